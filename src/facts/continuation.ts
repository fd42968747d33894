/**
 * Passages cut inside a sentence: a chunk or page may end in the middle of a
 * name ("• Using the Operational" | "Technology (OT) … Framework as a tool …").
 * The next passage then starts with the rest of that name, and its first words
 * are lost: such a name is no item. Told by typography only.
 */

/** The document id of a passage id (`<document>#<n>`). */
export function documentOf(passageId: string): string {
  return passageId.slice(0, passageId.lastIndexOf('#'));
}

/**
 * True when `text` stops in the middle of a sentence that goes on in a name: no closing punctuation,
 * and its last word capitalised ("… Europol’s European") or a connector inside a name ("… Ministry of");
 * not "the", after which a name starts whole.
 */
export function endsMidSentence(text: string): boolean {
  const end = text.trimEnd();
  if (/[.!?:;…)\]”"’]$/u.test(end)) return false;
  const last = /(\S+)$/u.exec(end)?.[1] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(last) || /^(?:of|and|for|on|in)$/u.test(last);
}

/** The words a title in title case keeps in lowercase: a heading with any other lowercase word is a sentence. */
const TITLE_LOWERCASE = /^(?:of|and|for|on|the|in|to|a|an|with|by|at|from|or|as|into)$/u;

/**
 * True when a heading is the start of a sentence the text under it goes on with: it reads as a sentence
 * (a lowercase word a title would not have: "As per the Information and Cyber") and stops mid-sentence.
 */
export function headingGoesOn(heading: string): boolean {
  const words = heading.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_LOWERCASE.test(w)) && endsMidSentence(heading);
}
