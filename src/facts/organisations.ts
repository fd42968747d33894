/**
 * Organisations, fora and partners named in one sentence: capitalised names
 * ending in an organisation head noun ("Baltic Sea Cyber Forum", "Norland Defence Command"),
 * names the glossary spells out as one ("Pentad"), and acronyms that the
 * glossary spells out as one (G5 → Group of Five) or that the next word
 * shows to be one ("the ABC coalition"). The actors themselves are not
 * their own partners. Merged across aliases through the glossary.
 */
import { isAcronym, normaliseText } from '../text/terms.ts';
import { classifyHead, ORGANISATION_CONTEXT, singular } from './heads.ts';
import { type FactLexicon, nameKey } from './lexicon.ts';
import { isStandingCommission } from './mentions.ts';
import type { NameRun } from './names.ts';

/** An organisation named in a sentence. */
export interface OrganisationMention {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly start: number;
}

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu;
const NEXT_WORD = /^\s+([\p{L}]+)/u;

function organisation(name: string, aliases: readonly string[], start: number, lexicon: FactLexicon): OrganisationMention {
  const entry = [name, ...aliases].map((n) => lexicon.glossaryEntry(n)).find((e) => e !== undefined);
  const sides = entry === undefined ? [] : [entry.term, ...entry.means];
  const all = [...aliases, ...sides].filter((a, i, xs) => nameKey(a) !== nameKey(name) && xs.findIndex((x) => nameKey(x) === nameKey(a)) === i);
  return { key: nameKey(entry?.term ?? name), name, aliases: all, start };
}

/** The organisations of a sentence, in order, each once. */
export function findOrganisations(sentence: string, names: readonly NameRun[], lexicon: FactLexicon): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const covered: { start: number; end: number }[] = [];
  for (const run of names) {
    if (lexicon.isActorName(run.text)) continue;
    // "Uganda and Uganda Communications Commission": a lone word and a commission are two names, not one body.
    const commission = isStandingCommission(run.text, lexicon) && !/^\S+ and /u.test(run.text);
    const multiWord = run.words.length >= 2 && (classifyHead(run.text.split(/\s+/u)).is === 'organisation' || commission);
    const glossaryWord = run.words.length === 1 && !isAcronym(normaliseText(run.text)) && lexicon.glossaryNamesOrganisation(run.text);
    if (!multiWord && !glossaryWord) continue;
    found.push(organisation(run.text, run.aliases, run.start, lexicon));
    covered.push(run);
  }
  for (const m of sentence.matchAll(ACRONYM)) {
    const word = m[0];
    // G5 and G12 count too: one capital and digits is an acronym here (isAcronym wants two capitals).
    if (lexicon.isActorName(word)) continue;
    if (covered.some((c) => c.start <= m.index && m.index < c.end)) continue;
    const next = NEXT_WORD.exec(sentence.slice(m.index + word.length))?.[1];
    // In lowercase: "the ABC coalition"; "REGULATORY FRAMEWORK" in capitals is a heading.
    const byContext = next !== undefined && next === next.toLowerCase() && ORGANISATION_CONTEXT.has(singular(next));
    // "NCII report their incidents": the word after is a verb there, not a kind of body's output.
    const verb = byContext && /^\s+\S+\s+(?:their|its|our|them)\b/u.test(sentence.slice(m.index + word.length));
    // The glossary's own spelling: a forum spelt "Abc" there is not the "ABC" of another text.
    const byGlossary = lexicon.glossaryNamesOrganisation(word) && lexicon.glossarySpells(word);
    if ((!byContext || verb) && !byGlossary) continue;
    found.push(organisation(word, [], m.index, lexicon));
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((o) => {
      if (seen.has(o.key)) return false;
      seen.add(o.key);
      return true;
    });
}
