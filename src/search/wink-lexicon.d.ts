/** The one file of wink-lexicon the search reads (it ships no types): every form of an English irregular verb mapped to its base form. */
declare module 'wink-lexicon/src/irregular-verbs.js' {
  const irregularVerbs: unknown;
  export default irregularVerbs;
}
