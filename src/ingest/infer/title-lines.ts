/**
 * What makes a line of a document's opening its title, or not: the kind of
 * document it names (as a noun: "Strategy", not "strategic"), title-page
 * furniture (a ministry, a republic), table-of-contents entries, and the
 * layout debris a title line carries (a "TABLE OF CONTENTS" glued on, a
 * "Subject:" label, the quotation marks of a quoted name).
 *
 * Measured on the 47 strategies and 3 papers of the shared corpus: "strateg"
 * as a stem took "STRATEGIC PILLARS 28 PILLAR 1 30" (a contents line), "Línea
 * Estratégica 1.1" and a Greek directorate "of strategic planning" for titles.
 */

/**
 * Words that name a kind of document, as nouns, in the languages of the
 * corpora: the adjective ("strategic", "estratégica", "стратегический",
 * "στρατηγικού") describes something else.
 */
const KIND_WORDS =
  /(?:strateg(?:y|ies)(?!\p{L})|\bpolicy\b|\bpolicies\b|masterplan|\bplan\b|framework|programme|\bprogram\b|\bact\b|\blaw\b|\bappendix\b|\bannex\b|research note|white paper|estrategia|política|politique|strat[ée]gie(?!\p{L})|стратеги[яиюей](?!\p{L})|концепци|политик[аиуе](?!\p{L})|στρατηγικ(?:[ηή]|[ηή]ς)(?!\p{L})|stratēģij|pamatnostādn)/iu;

/** A line that names a kind of document in more than that one word ("Strategy" alone is a section or a cover's last word). */
export function namesKind(text: string): boolean {
  return KIND_WORDS.test(text) && text.trim().split(/\s+/u).length >= 2;
}

/**
 * Title-page furniture: who issues the document (a republic, a ministry, an
 * office, a council), which a line names without naming the document.
 */
const FURNITURE =
  /^(?:the\s+)?(?:republic|kingdom|state|government|ministry|ministries|office|executive office|department|council|cabinet|república|republique|république|ministerio|minist[èe]re|consejo|gobierno|gouvernement|son excellence|his excellency|her excellency|honou?rable)\b/iu;

export function isFurniture(text: string): boolean {
  return FURNITURE.test(text.trim());
}

/**
 * A table-of-contents entry: a section number and a page number around its
 * words ("01 SUMMARY … BANGLADESH 2"), or page numbers between words
 * ("PILLARS 28 PILLAR 1 30"), or a numbered section ("1.1", "I.", "05")
 * inside or in front of it.
 */
export function looksLikeContents(text: string): boolean {
  const t = text.trim();
  if (/^\d{1,3}\s.*\s\d{1,3}$/u.test(t)) return true;
  if ((t.match(/(?<=\p{L}\s)\d{1,3}(?=\s|$)/gu) ?? []).length >= 2) return true;
  // A numbered section: "1.1", "I." anywhere, or a number in front ("05 PILLAR — 4").
  return /(?:^|\s)(?:\d+\.\d+(?:\.\d+)*|[IVX]+\.)(?=\s|$)/u.test(t) || /^\d{1,2}\s/u.test(t);
}

/** Section names a title line sometimes has glued to its end, in capitals ("… GOVERNMENT OF JAMAICATABLE OF CONTENTS"). */
const GLUED_SECTION = /\s*(?:TABLE OF CONTENTS|CONTENTS|CONTACT INFORMATION|FOREWORD|PREFACE)$/u;

/** A label that introduces the title ("Subject:", the Greek "Θέμα :", "Objet :", "Asunto:"). */
const LABEL = /^(?:subject|re|objet|asunto|θέμα|тема)\s*:\s*/iu;

/** Quotation marks around the whole title, and a full stop after them. */
const QUOTED = /^[“"‘'«]\s*(.+?)\s*[”"’'»]\.?$/u;

/**
 * `text` as a title: a glued-on section name, a leading label and enclosing
 * quotation marks removed, white space folded.
 */
export function titleText(text: string): string {
  let t = text.replace(/\s+/gu, ' ').trim();
  t = t.replace(GLUED_SECTION, '').replace(LABEL, '').trim();
  const quoted = QUOTED.exec(t);
  return (quoted?.[1] ?? t).trim();
}

/** How many quotation marks `text` opens and leaves open (a title quoted over two lines opens on the first). */
export function openQuotes(text: string): number {
  const opens = (text.match(/[“‘«]/gu) ?? []).length;
  const closes = (text.match(/[”’»]/gu) ?? []).length;
  // An apostrophe inside a word ("Norway’s") closes nothing.
  const apostrophes = (text.match(/\p{L}’\p{L}/gu) ?? []).length;
  return opens - (closes - apostrophes);
}
