/**
 * The versions of the text stages whose output the store caches. Bump one
 * by hand whenever a change alters what its stage produces for the same
 * input: the store's key holds them (src/store/versions.ts), so every cache
 * built by the old code is then rebuilt, and only the parts that depend on
 * the stage.
 */

/** Normalising, tokenising, stemming, sentence splitting (src/text: terms, sentences, paragraphs). */
export const TEXT_PIPELINE_VERSION = 3;
