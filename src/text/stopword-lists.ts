/**
 * The stopword package's lists this project reads, loaded with `require`:
 * the package is CommonJS, and imported as ESM its 237 kB file was scanned
 * for its named exports at every start (~80 ms of a one-question command,
 * against ~15 ms required). Each list is checked to be what it is.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { InstallationError } from '../errors.ts';

const list = z.array(z.string());
const listsSchema = z.looseObject({ eng: list, ell: list, fra: list, jpn: list, lav: list, rus: list, spa: list, zho: list });

const parsed = listsSchema.safeParse(createRequire(import.meta.url)('stopword'));
if (!parsed.success) throw new InstallationError(`policy-bot: the stopword package has an unexpected shape: ${parsed.error.message}`);

/** Stop words by ISO 639-3 code, as the stopword package lists them. */
export const STOPWORD_LISTS: Readonly<z.infer<typeof listsSchema>> = parsed.data;
