/** Paths fixed by where the package is installed. */
import { fileURLToPath } from 'node:url';

/** The package's root folder (where package.json is). */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The knowledge folder shipped with the package. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));

/** Where built indexes are cached unless configured otherwise: the usual tool-cache place under node_modules. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/policy-bot', import.meta.url));
