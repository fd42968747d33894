/**
 * Whether a question asks across actors ("which countries…", "who else…",
 * "compare…") rather than about the one it names. A question that names one
 * actor is answered from that actor's documents only; one that asks across
 * shows the best passage of each actor that has one (answer.ts).
 *
 * Written by hand: these are a handful of English phrasings of one intent,
 * not data a library keeps.
 */

/** "countries", "nations"…, but not in a body's name ("United Nations", "United States"). */
const ACTORS = String.raw`(?<!united\s)(?:countries|nations|states|governments|strategies|actors)\b`;

/** Phrases that ask across actors even when the question names one ("Who else besides Norway…"). */
const ACROSS_EVEN_WITH_ONE_ACTOR = [
  /\bwho\s+else\b/iu,
  /\bcompar(?:e|es|ed|ing|ison)\b/iu,
  // "Who else do other countries…", not "work with other countries": there they are whom the named actor works with.
  new RegExp(String.raw`(?<!\b(?:with|alongside)\s)\bother\s+${ACTORS}`, 'iu'),
  /\b(?:besides|apart\s+from|other\s+than|except)\b/iu,
  /\bwhich\s+(?:country|nation|government)\b/iu,
];

/** Phrases that ask across actors when no single actor is named ("Which countries mention blockchain?"). */
const ACROSS_WITHOUT_ACTOR = [
  new RegExp(String.raw`\b(?:which|what|how\s+many|any|all|several|many|most|some|different|various)\s+${ACTORS}`, 'iu'),
  new RegExp(String.raw`\b(?:across|among|between)\s+${ACTORS}`, 'iu'),
  /\b(?:which|what)\s+(?:country|nation|government)\b/iu,
];

/** True when `question` asks across actors: it names two or more (`mentioned`), or says so. */
export function asksAcross(question: string, mentioned: readonly string[]): boolean {
  if (mentioned.length >= 2) return true;
  if (ACROSS_EVEN_WITH_ONE_ACTOR.some((p) => p.test(question))) return true;
  return mentioned.length === 0 && ACROSS_WITHOUT_ACTOR.some((p) => p.test(question));
}
