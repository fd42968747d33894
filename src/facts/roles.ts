/**
 * What analysts look for in a profile beyond names: which body leads or
 * coordinates (and the sentence that says so), which is the national
 * CERT/CSIRT, which instruments are laws. Plain English cue words and
 * generic acronyms of the field, nothing from one corpus.
 */

/** A sentence giving a body a role: it leads, coordinates, oversees, is responsible or the focal point. */
const ROLE =
  /(?<![\p{L}])(?:lead(?:s|ing)? (?:agency|institution|body|role|entity)|(?:shall|will|to) (?:lead|coordinate|oversee|supervise)|(?:is|are|be|as) (?:the )?(?:lead|leading|coordinating|national|competent|central|main|principal|responsible|focal)\b|coordinat(?:e|es|ed|ing|ion) (?:of|by|the)|responsib(?:le|ility) for|in charge of|mandated? (?:to|with)|focal point|overall (?:responsibility|coordination)|chaired by|under the (?:authority|leadership|direction|coordination) of)(?![\p{L}])/iu;

/** True when `quote` gives a body a role. */
export function givesRole(quote: string): boolean {
  return ROLE.test(quote);
}

/** A computer emergency or incident response team, by its generic acronyms or words. */
const RESPONSE_TEAM =
  /(?<![\p{L}])(?:[\p{L}-]*CERT|[\p{L}-]*CSIRT|[\p{L}-]*CIRT|CSIRC|SOC|(?:Computer|Cyber(?:security)?|Information Security|Security) (?:Emergency|Incident)(?: Readiness| Response)*(?: Team| Centre| Center| Coordination Centre| Coordination Center)|Incident Response Team)(?![\p{L}])/u;

/** True when an organisation (its name or aliases) is a CERT, CSIRT or another incident response team. */
export function isResponseTeam(names: readonly string[]): boolean {
  return names.some((n) => RESPONSE_TEAM.test(n));
}

/** Instrument kinds that are laws: what a "laws" field lists. */
export const LAW_KINDS: ReadonlySet<string> = new Set([
  'act',
  'law',
  'regulation',
  'directive',
  'code',
  'convention',
  'treaty',
  'decree',
  'bill',
  'ordinance',
  'decision',
]);
