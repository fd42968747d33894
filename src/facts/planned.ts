/**
 * Whether a sentence speaks of something still to come: "in the coming
 * months", "intends to", "a proposal", "plans to launch". Plain English cue
 * phrases; a sentence without one is taken as stating what exists.
 */

const PLANNED =
  /(?<![\p{L}])(?:in the (?:coming|next|following) (?:weeks|months|years)|intends? to|intention to|plans? to|planned|planning to|proposals?|proposed|forthcoming|upcoming|(?:is|are) (?:expected|set|due|scheduled|about) to|will (?:launch|adopt|introduce|propose|publish|present|establish|create|set up)|aims? to (?:launch|adopt|introduce|establish|create|set up))(?![\p{L}])/iu;

/** True when `sentence` speaks of plans. */
export function isPlannedSentence(sentence: string): boolean {
  return PLANNED.test(sentence);
}
