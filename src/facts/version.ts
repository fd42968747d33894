/**
 * The version of fact extraction (src/facts: the rules, the lexicon, the
 * shape of a fact). Bump it by hand whenever a change alters the facts
 * extracted from the same passages: the store's key holds it
 * (src/store/versions.ts), and only the facts are then extracted again.
 */
export const FACTS_VERSION = 6;
