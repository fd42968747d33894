/**
 * The version of the index the store caches (src/search: capping, postings,
 * the packed index). Bump it by hand whenever a change alters the index
 * built from the same passages: the store's key holds it (src/store/versions.ts).
 */
export const INDEX_VERSION = 6;
