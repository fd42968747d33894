/**
 * The version of how knowledge files are read (front matter schema, the
 * structured body: page markers, headings, list items, layout marks). Bump
 * it whenever the same file would load differently: the store keys the
 * cached corpus and every part built from it by it (src/store/versions.ts,
 * corpus-cache.ts), since the files' bytes (the corpus hash) do not change.
 */
export const KNOWLEDGE_FORMAT_VERSION = 4;
