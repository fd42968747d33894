/**
 * A document's id: a slug of its actor, its title and its year
 * (`sg-singapore-cybersecurity-strategy-2021`), the same for the same
 * document every time it is ingested, so its passage ids stay stable.
 */

/** Title words left out of an id: they make it longer and say nothing. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'on', 'in', 'to', 'de', 'la', 'le', 'les', 'des', 'du', 'et', 'el', 'del', 'y']);
/** The most title words an id keeps. */
const MAX_TITLE_WORDS = 7;
const MAX_ID_CHARS = 80;

/** Lowercase ASCII words of `text`: accents folded, everything else a separator. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '');
}

/**
 * The id for a document of `actor` titled `title`, published in `published`
 * (YYYY…), if known. `fullDate`: the whole date instead of the year, for a
 * second version of a document published the same year under the same title
 * (a paper's draft and its revision): `…-adoption-2025-12-03`.
 */
export function documentId(actor: string, title: string, published: string | undefined, fullDate = false): string {
  const year = published?.slice(0, 4);
  const dated = fullDate && published !== undefined ? published : year;
  const actorWords = new Set(slugWords(actor));
  const words = slugWords(title).filter((w) => !FILLER.has(w) && !actorWords.has(w) && w !== year);
  const date = dated === undefined ? '' : `-${slugWords(dated).join('-')}`;
  let id = [actor, ...words.slice(0, MAX_TITLE_WORDS)].join('-');
  // The date is kept whole: it is what tells two versions apart.
  if (id.length + date.length > MAX_ID_CHARS) id = id.slice(0, MAX_ID_CHARS - date.length).replace(/-[^-]*$/u, '');
  return `${id}${date}`;
}
