/**
 * The version of the chunking stage whose output the store caches. Bump it
 * by hand whenever a change alters the passages cut from the same documents:
 * the store's key holds it (src/store/versions.ts), so every cache built by
 * the old code is then rebuilt.
 */

/** Cutting documents into passages (src/passages/chunk.ts and what it calls). */
export const CHUNKING_VERSION = 1;
