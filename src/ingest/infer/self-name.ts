/**
 * The name a document gives itself in its opening sentences, for a title
 * page that has none left in the text (a cover that was an image, a memo
 * headed by its office, a cover misread by OCR): "This Cybersecurity
 * Strategy and Implementation Plan (“CSIP”) is…", "this strategy has been
 * named the "Cybersecurity Strategy"", "La présente Stratégie Nationale de
 * Cybersécurité (SNCY)…", "Esta Estrategia Nacional de Ciberseguridad (ENC)…".
 *
 * Written by hand: no library finds a document's name for itself; the
 * patterns are the two ways the shared corpora's strategies do it (a
 * capitalised name after "this" followed by its abbreviation, or "named")
 * in the corpora's languages.
 */
import { namesKind } from './title-lines.ts';

/** A capitalised word of a name (letters, marks, inner hyphens and apostrophes). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** Small words a name keeps in lower case. */
const CONNECTOR = String.raw`(?:and|of|for|on|the|in|to|de|du|des|la|le|les|et|del|y|para|en|sur)`;
/** A name: capitalised words, small words only between them. */
const NAME = String.raw`${WORD}(?:\s+(?:${CONNECTOR}\s+)*${WORD})*`;

/** "This <Name> (“ABBR”)", "La présente <Name> (ABBR)", "Esta <Name> (ABBR)": the document naming itself and its abbreviation. */
const THIS_NAME_ABBREVIATED = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:this|the present|la présente|le présent|la presente|el presente|esta|este)\s+(${NAME})\s*\(\s*(?:hereinafter\s+)?[“"«]?\p{Lu}`,
  'iu',
);
/** "this strategy has been named the “<Name>”", "…is entitled “<Name>”". */
const NAMED =
  /\bthis\s+(?:strategy|policy|plan|document|programme|program|framework)\s+(?:has been|is|was)\s+(?:named|called|entitled|titled)\s+(?:the\s+)?[“"]([^”"]{3,120})[”"]/iu;

/** The name `text` gives its document, if it names itself as a kind of document in two words or more. */
export function selfName(text: string): string | undefined {
  const named = NAMED.exec(text)?.[1] ?? THIS_NAME_ABBREVIATED.exec(text)?.[1];
  const name = named?.replace(/\s+/gu, ' ').trim();
  // The "i" flag lets WORD match any first letter; a name must start with a capital.
  return name !== undefined && /^\p{Lu}/u.test(name) && namesKind(name) ? name : undefined;
}
