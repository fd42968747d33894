/**
 * The shape of each cached part as read back. Shallow on purpose: the
 * checksum proves these are the bytes the store wrote, and the unpackers
 * check what they read as they go; this only keeps a part of another layout
 * from reaching them. Loose objects: their other fields pass through
 * unchanged.
 */
import { z } from 'zod';
import type { PackedIndex } from '../search/index.ts';
import type { PackedPassages } from './passage-pack.ts';

const u32 = z.instanceof(Uint32Array);

export const passagesSchema: z.ZodType<PackedPassages> = z.strictObject({ count: z.number().int().nonnegative(), records: z.instanceof(Int32Array) });

// Checked as far as the cache needs; the rest of PackedIndex is checked by the restore (search/pack.ts).
export const indexSchema = z.looseObject({
  engine: z.literal('minisearch'),
  terms: z.array(z.string()),
  documentFrequency: u32,
  postingCounts: u32,
  postingIds: u32,
  postingFrequencies: z.instanceof(Uint16Array),
  fieldLengths: u32,
  common: z.looseObject({ terms: z.array(z.string()), counts: u32, ordinals: u32, frequencies: z.instanceof(Uint8Array), lengths: z.instanceof(Uint16Array) }),
  acronyms: z.array(z.strictObject({ actor: z.string(), acronym: z.string(), longForm: z.string() })),
  drift: z.number().int().nonnegative().optional(),
}) as unknown as z.ZodType<PackedIndex>;
