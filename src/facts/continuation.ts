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
 * and its last word capitalised ("… Europol’s European") or one that a name goes on from ("… of the").
 */
export function endsMidSentence(text: string): boolean {
  const end = text.trimEnd();
  if (/[.!?:;…)\]”"’]$/u.test(end)) return false;
  const last = /(\S+)$/u.exec(end)?.[1] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(last) || /^(?:the|of|and|for|on|in)$/u.test(last);
}
