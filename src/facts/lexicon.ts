/**
 * What extraction knows about a corpus besides its text: the actors' names
 * (which are not partners of themselves), the glossary (which merges names
 * with their acronyms and tells organisations apart) and the topic list
 * (what themes are). Built once per knowledge base.
 */
import { distance } from 'fastest-levenshtein';
import type { Corpus, GlossaryEntry } from '../knowledge/corpus.ts';
import { isAcronym, normaliseText, processText } from '../text/terms.ts';
import { CountryFinder } from './foreign.ts';
import { classifyHead } from './heads.ts';
import { escapeRegExp, wholeWordRegExp } from '../text/regexp.ts';

/** A topic as extraction matches it: its id and its terms (and their glossary twins), processed. */
export interface TopicMatcher {
  readonly id: string;
  readonly phrases: readonly (readonly string[])[];
}

/** A glossary entry's spellings that differ by so little that they are one word spelled two ways. */
const MAX_VARIANT_EDITS = 2;

/** Lowercase, normalised, white space folded: how names are compared. */
export function nameKey(name: string): string {
  return normaliseText(name).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The lexicon of one corpus. */
export class FactLexicon {
  private readonly actorNames: ReadonlySet<string>;
  private readonly glossaryByName: ReadonlyMap<string, GlossaryEntry>;
  /** Spelling variant → the glossary's own spelling, e.g. a misspelt place name → the right one. */
  private readonly variants: readonly { readonly pattern: RegExp; readonly canonical: string }[];
  readonly topics: readonly TopicMatcher[];
  /** Country names, to tell what a document says of another country from what it says of its own. */
  readonly countries: CountryFinder;
  /** Each actor's names as one pattern: a sentence that names its own actor is about it. */
  private readonly ownNames: ReadonlyMap<string, RegExp>;
  private readonly states: ReadonlySet<string>;
  /** The glossary's acronyms with what they stand for: [acronym, name]. */
  readonly acronyms: readonly (readonly [string, string])[];

  /** Each document's year, by id, where its front matter gives one. */
  private readonly documentYears: ReadonlyMap<string, number>;

  constructor(corpus: Pick<Corpus, 'actors' | 'glossary' | 'topics'> & Partial<Pick<Corpus, 'documents'>>) {
    this.documentYears = new Map(
      (corpus.documents ?? []).flatMap((d) => {
        const year = /^(\d{4})/u.exec(d.published ?? '')?.[1];
        return year === undefined ? [] : [[d.id, Number(year)] as const];
      }),
    );
    this.actorNames = new Set(corpus.actors.flatMap((a) => [a.id, a.name, ...a.aliases].map(nameKey)));
    const named = corpus.actors.map((a) => ({ id: a.id, kind: a.kind, names: [a.name, ...a.aliases] }));
    this.countries = new CountryFinder(named.filter((a) => a.kind === 'state'));
    this.states = new Set(corpus.actors.filter((a) => a.kind === 'state').map((a) => a.id));
    this.acronyms = corpus.glossary.flatMap((e) =>
      [e.term, ...e.means].filter((n) => isAcronym(n)).flatMap((a) => [e.term, ...e.means].filter((n) => n !== a).map((n) => [a, n] as const)),
    );
    // Its names and their stems, so that adjectives count too ("Ghanaian", "Philippine" government).
    const stems = (n: string): string[] => (n.length >= 5 ? [n, n.slice(0, -1)] : [n]);
    this.ownNames = new Map(named.map((a) => [a.id, new RegExp(`(?<![\\p{L}\\p{N}])(?:${a.names.flatMap(stems).map(escapeRegExp).join('|')})`, 'u')]));
    const byName = new Map<string, GlossaryEntry>();
    for (const e of corpus.glossary) for (const n of [e.term, ...e.means]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), e);
    this.glossaryByName = byName;
    this.variants = corpus.glossary.flatMap((e) =>
      e.means
        .filter((m) => m !== e.term && !isAcronym(e.term) && distance(nameKey(m), nameKey(e.term)) <= MAX_VARIANT_EDITS)
        .map((m) => ({ pattern: wholeWordRegExp(m, 'gu'), canonical: e.term })),
    );
    const glossarySides = corpus.glossary.map((e) => [e.term, ...e.means].map((s) => processText(s)));
    this.topics = corpus.topics.map((t) => {
      const phrases = t.terms.map((term) => processText(term)).filter((p) => p.length > 0);
      // A topic term that is one side of a glossary entry also matches the entry's other sides ("CCB").
      const twins = glossarySides.filter((sides) => sides.some((s) => phrases.some((p) => sameRun(p, s)))).flat();
      return { id: t.id, phrases: dedupeRuns([...phrases, ...twins.filter((p) => p.length > 0)]) };
    });
  }

  /** True when `name` is one of the corpus's actors (by id, name or alias). */
  isActorName(name: string): boolean {
    return this.actorNames.has(nameKey(name));
  }

  /** True when actor `id` is a state (a country), not a union or an organisation. */
  isState(id: string): boolean {
    return this.states.has(id);
  }

  /** The year of document `id`, when it has one. */
  documentYear(id: string): number | undefined {
    return this.documentYears.get(id);
  }

  /** A pattern that finds any name of actor `id` (never matching for an unknown id). */
  namesOf(id: string): RegExp {
    return this.ownNames.get(id) ?? /(?!)/u;
  }

  /**
   * `name` without actor `id`'s own name or adjective leading it or closing it: "Xlandic Data Act",
   * "Xland's Data Act", "Data Strategy for Xland" → "Data Act", "Data Strategy". Unchanged otherwise.
   */
  withoutOwnName(id: string, name: string): string {
    const own = this.ownNames.get(id);
    if (own === undefined) return name;
    // Its adjective: a name and a usual ending ("Xlandic", "Austrian", "Ghanaian"), not any longer word ("USAID").
    const lead = new RegExp(`^(?:the\\s+)?(?:${own.source})(?:n|an|ian|ese|ish|ic|i|ean)?(?:['’]s)?\\s+`, 'u');
    const close = new RegExp(`\\s+(?:of|for)\\s+(?:the\\s+)?(?:${own.source})$`, 'u');
    return name.replace(lead, '').replace(close, '');
  }

  /** The glossary entry `name` is a side of, if any. */
  glossaryEntry(name: string): GlossaryEntry | undefined {
    return this.glossaryByName.get(nameKey(name));
  }

  /** True when the glossary has `name` spelled exactly so (case too) on one of its sides. */
  glossarySpells(name: string): boolean {
    const entry = this.glossaryEntry(name);
    return entry !== undefined && [entry.term, ...entry.means].includes(name);
  }

  /** True when the glossary spells out `name` as an organisation or forum ("Group of Five" for G5). */
  glossaryNamesOrganisation(name: string): boolean {
    const entry = this.glossaryEntry(name);
    if (entry === undefined) return false;
    return [entry.term, ...entry.means].some((side) => {
      const words = side.split(/\s+/u);
      return words.length > 1 && classifyHead(words).is === 'organisation';
    });
  }

  /** A label with the glossary's spelling where the source spells a word another way. Labels are ours; quotes stay verbatim. */
  canonicalSpelling(label: string): string {
    return this.variants.reduce((l, v) => l.replace(v.pattern, v.canonical), label);
  }
}

function sameRun(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function dedupeRuns(runs: readonly (readonly string[])[]): (readonly string[])[] {
  const seen = new Set<string>();
  return runs.filter((r) => {
    const k = r.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
