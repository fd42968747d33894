/**
 * Whether a sentence speaks of something still to come: "in the coming
 * months", "intends to", "a proposal", "plans to launch"; and the initiatives
 * such a sentence sets up ("will establish a network of … Centres"). Plain
 * English cue phrases; a sentence without one is taken as stating what exists.
 */
import { classifyHead, singularName } from './heads.ts';
import type { FactLexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { NameRun } from './names.ts';

/** "a network of Regional Response Hubs": the noun a plan is "of", kept in its label. */
const OF_LEAD = /(?:^|\s)(?:a|an|the) ((?:network|system|series|set|pool|cluster|group|family|register|registry|chain|grid) of )$/u;
/** "will establish a", "to set up the new": a verb of setting something up, right before a name. */
export const PLAN_VERB_LEAD =
  /(?:^|\s)(?:establish|create|set up|launch|develop|introduce|build|operationali[sz]e|adopt|formulate|present)\s+(?:(?:a|an|the|our|its|their|new|joint|national|dedicated)\s+)*$/iu;

const PLANNED =
  /(?<![\p{L}])(?:in the (?:coming|next|following) (?:weeks|months|years)|intends? to|intention to|plans? to|planned|planning to|proposals?|proposed|forthcoming|upcoming|(?:is|are) (?:expected|set|due|scheduled|about) to|will (?:launch|adopt|introduce|propose|publish|present|establish|create|set up)|aims? to (?:launch|adopt|introduce|establish|create|set up))(?![\p{L}])/iu;

/** True when `sentence` speaks of plans. */
export function isPlannedSentence(sentence: string): boolean {
  return PLANNED.test(sentence);
}

/** Names in a plan that are neither instruments, meetings, organisations nor actors: planned initiatives ("a network of … Centres"). */
export function plannedInitiatives(
  sentence: string,
  names: readonly NameRun[],
  lexicon: FactLexicon,
): (Pick<Mention, 'name' | 'aliases' | 'proposal' | 'start' | 'end'> & { words: readonly string[] })[] {
  return names
    .filter((r) => r.words.length >= 2 && !['instrument', 'meeting'].includes(classifyHead(r.words).is) && !lexicon.isActorName(r.text))
    .flatMap((r) => {
      const before = sentence.slice(0, r.start);
      const of = OF_LEAD.exec(before)?.[1];
      // Only what the plan sets up: "a network of …", "will establish a …"; any other name in a plan is no initiative.
      if (of === undefined && !PLAN_VERB_LEAD.test(before)) return [];
      const glossary = lexicon.glossaryEntry(r.text)?.term;
      const aliases = glossary === undefined || r.aliases.includes(glossary) ? r.aliases : [...r.aliases, glossary];
      // "a network of … Centres": many of one kind, named in the plural.
      const words = of === undefined ? r.words : singularName(r.words.join(' ')).split(' ');
      return [{ name: `${of ?? ''}${r.text}`, aliases, proposal: false, start: r.start, end: r.end, words }];
    });
}
