/**
 * Answering a planned query: whose documents to search (the one actor the
 * question names, several, or all), the evidence test that decides whether
 * the sources answer at all (evidence.ts; abstain otherwise), the order of
 * what answers (order.ts), and excerpts with links. When the named actor's
 * documents are silent, the answer says so and lists the other actors whose
 * documents do speak of it, apart, as theirs.
 */
import type { Passage } from '../passages/chunk.ts';
import { citationUrl } from '../text/fragment.ts';
import { correctTranspositions } from './correct.ts';
import { conceptMasks, coverageScore } from './coverage.ts';
import { adjacencyFactors } from './adjacency.ts';
import { withCompounds } from './compounds.ts';
import { withCyberMeant } from './cyber-alone.ts';
import { splitSearch } from './defer.ts';
import { withDocumentWords } from './document-terms.ts';
import { correctSpelling } from './spelling.ts';
import { ACTOR_MIN_EVIDENCE, answers, evidence, evidenceWeights, judgeOf, MIN_EVIDENCE } from './evidence.ts';
import { bestExcerpt, type Excerpt } from './excerpt.ts';
import { focusFactors, readWords } from './focus.ts';
import type { RankedHit, Ranking, SearchIndex } from './index.ts';
import { type AbsentCountry, speaksOf } from './absent-countries.ts';
import { asksAcross } from './intent.ts';
import { byActorRounds, distinct, documentYear, ordered } from './order.ts';
import type { QueryPlan } from './plan.ts';
import { leadInById } from './lead-in.ts';
import { namedPhrases, phraseKey } from './phrases.ts';
import { PROXIMITY_HEAD, proximityFactors } from './proximity.ts';

export { EVERYDAY_WORD_WEIGHT, FUZZY_MATCH_CREDIT, MIN_EVIDENCE, PREFIX_MATCH_CREDIT } from './evidence.ts';

/**
 * How many of the best-scored hits (past the requested offset) are judged
 * for evidence and refined to exact scores: the rest could only matter to
 * the count of answering passages, which is then reported as a lower bound.
 */
export const EVIDENCE_WINDOW = 200;

/**
 * How much fuller another actor's best match must be than the named actor's
 * best for the named actor's documents to count as silent on the question:
 * they matched only part of it ("cloud computing" answered by a passage on
 * computing), another's matched it whole.
 */
export const SILENT_MARGIN = 0.25;

/** How many other actors an `actor-silent` answer lists. */
export const MAX_OTHERS = 5;

/**
 * Why an answer has no passages. `actor-silent`: the named actor's documents
 * do not answer; `actor-absent`: the question names a country the library
 * has no documents of (`absent`); with either, `others` lists actors whose
 * documents do answer.
 */
export type AbstainReason = 'no-search-terms' | 'no-match' | 'weak-match' | 'actor-silent' | 'actor-absent';

/** One passage that answers, with its best excerpt and a link to the quote. */
export interface AnswerHit {
  readonly passage: Passage;
  readonly score: number;
  /** Share of the question's weight this passage matched (0–1). */
  readonly evidence: number;
  readonly excerpt: Excerpt;
  /** The source opened at the quote (its page, or a text fragment); undefined for a source with no URL. */
  readonly link: string | undefined;
  /** The year of the passage's document, when its title says. */
  readonly year?: number;
}

/** Another actor's passage, listed when the named actor's documents are silent: never the named actor's answer. */
export interface OtherActorHit extends AnswerHit {
  readonly actor: string;
  readonly actorName: string;
  /** The passage id. */
  readonly id: string;
}

/** Whose documents were searched: one actor's, several (each actor's best shown), or all. */
export type AnswerScope = 'actor' | 'across' | 'all';

/** What `ask` returns. */
export interface AskResult {
  readonly query: string;
  readonly plan: QueryPlan;
  readonly abstained: boolean;
  readonly reason?: AbstainReason;
  /** The actor results were limited to, if any (given as an option, or the one the question names). */
  readonly actor?: string;
  /** That actor's display name (set by the engine). */
  readonly actorName?: string;
  readonly scope: AnswerScope;
  /**
   * How many passages answer (for paging; across actors: how many actors):
   * exact when `totalAtLeast` is absent; otherwise a lower bound from the
   * EVIDENCE_WINDOW best hits past the offset, which still pages correctly.
   */
  readonly total: number;
  readonly totalAtLeast?: true;
  readonly offset: number;
  readonly results: readonly AnswerHit[];
  /** With `actor-silent` or `actor-absent`: other actors whose documents answer, their best passage each. */
  readonly others?: readonly OtherActorHit[];
  /** With `actor-absent`: the countries the question names that the library has no documents of. */
  readonly absent?: readonly string[];
  /** Languages (BCP 47 tags) of the sources that are not the question's: the quotes are in them, as written (set by the engine). */
  readonly sourceLanguages?: readonly string[];
}

/** Options of one answer. */
export interface AnswerOptions {
  readonly actor?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** A hit that answers, before its excerpt is made. */
interface Candidate {
  readonly hit: RankedHit;
  readonly passage: Passage;
  readonly score: number;
  readonly share: number;
}

/** What one search found: the answering hits in ranking order, or why none. */
interface Found {
  readonly candidates: readonly Candidate[];
  readonly reason: AbstainReason | undefined;
  readonly more: boolean;
  /** Excerpts for some candidates: call before the index searches again. */
  readonly present: (shown: readonly Candidate[]) => AnswerHit[];
}

/** Where and how strictly one search looks: an actor's documents or all, how many hits it judges, the share they need, names they must hold (phrases.ts). */
interface Scope {
  readonly actor: string | undefined;
  readonly window: number;
  readonly minShare: number;
  readonly names: readonly string[];
}

/** Searches `plan` in one actor's documents or all, keeping the hits that pass the evidence test and hold the names asked for. */
function search(plan: QueryPlan, index: SearchIndex, passages: ReadonlyMap<string, Passage>, { actor, window, minShare, names }: Scope): Found {
  const weighed = evidenceWeights(plan, index);
  // Frequent terms that could not make a passage answer on their own are scored only on what the others find (defer.ts):
  // on their own within this search's share, lower in one actor's documents than across all.
  const { searched, deferred } = splitSearch(plan, { weights: weighed.weights, total: weighed.total, minShare }, index);
  // Only the best hits are judged and shown: the evidence test costs per hit, and nobody pages past the window.
  const ranking = index.rank(searched, { actor }, { deferred, limit: window });
  const none = (reason: AbstainReason): Found => ({ candidates: [], reason, more: false, present: () => [] });
  // Deferred terms are frequent: passages hold them, but none of those could answer.
  if (ranking.found === 0) return none(deferred.length === 0 ? 'no-match' : 'weak-match');
  const judge = judgeOf(plan, weighed, ranking);
  const concepts = conceptMasks(plan, ranking);
  const candidates = ranking.hits.flatMap((hit): Candidate[] => {
    const ev = evidence(hit, judge);
    const passage = passages.get(hit.id);
    if (passage === undefined || !answers(ev, () => passage, plan, minShare)) return [];
    return holdsNames(passage, names, passages) ? [{ hit, passage, score: coverageScore(hit, ev.share, concepts), share: ev.share }] : [];
  });
  if (candidates.length === 0) return none('weak-match');
  // Ordered by how much of the question each answers (coverage.ts) before the best few are read for proximity.
  candidates.sort((a, b) => b.score - a.score);
  // The best few scored up for how close together their matched terms stand (proximity.ts).
  const shownFirst = candidates.slice(0, PROXIMITY_HEAD);
  const factors = proximityFactors(
    ranking,
    shownFirst.map((c) => c.hit),
    shownFirst.map((c) => c.passage.text),
    plan.expansions,
  );
  // And for how much of what they matched stands in one sentence (focus.ts) and the question's adjacent words they
  // hold side by side (adjacency.ts): their words and matches read once for both.
  const heads = shownFirst.map((c) => c.hit);
  const read = { matched: ranking.matchedTerms(heads), words: shownFirst.map((c) => readWords(c.passage.text)) };
  const focus = focusFactors(
    plan,
    ranking,
    heads,
    shownFirst.map((c) => c.passage),
    weighed.weights,
    judge,
    read,
  );
  const adjacent = adjacencyFactors(plan, ranking, heads, weighed.weights, read);
  const head = shownFirst.map((c, i) => ({ ...c, score: c.score * (factors[i] ?? 1) * (focus[i] ?? 1) * (adjacent[i] ?? 1) }));
  candidates.splice(0, head.length, ...head);
  return { candidates, reason: undefined, more: ranking.found > ranking.hits.length, present: (shown) => present(shown, ranking, index) };
}

/**
 * The names (phrases.ts) a passage must hold to answer `plan`: those whose
 * words the index knows (a misspelt name is left to typo matching) and that
 * no glossary entry stands for (it may be written as its acronym).
 */
function requiredNames(plan: QueryPlan, index: SearchIndex): string[] {
  const actorTerms = new Set(plan.terms.filter((t) => t.source === 'actor').map((t) => t.term));
  // A glossary expansion stands for the name ("SOC" for "Security Operations Centre"); an equivalent in another language does not.
  const expanded = new Set(plan.expansions.filter((e) => e.crossLanguage !== true).flatMap((e) => e.foundTerms));
  return namedPhrases(plan.question, actorTerms)
    .filter((n) => n.terms.every((t) => index.documentFrequency(t) > 0 && !expanded.has(t)))
    .map((n) => n.key);
}

/** Whether `passage` holds every name in `names` (phrase keys), in its text or in the lead-in it is read after (lead-in.ts). */
function holdsNames(passage: Passage, names: readonly string[], passages: ReadonlyMap<string, Passage>): boolean {
  if (names.length === 0) return true;
  const text = phraseKey(passage.text);
  if (names.every((n) => text.includes(n))) return true;
  const lead = leadInById(passage, passages);
  if (lead === undefined) return false;
  const context = `${phraseKey(lead)} ${text}`;
  return names.every((n) => context.includes(n));
}

/** The excerpts and links of `shown`, read from `ranking` (before the index searches again). */
function present(shown: readonly Candidate[], ranking: Ranking, index: SearchIndex): AnswerHit[] {
  const matched = ranking.matchedTerms(shown.map((c) => c.hit));
  return shown.map((c, i) => {
    const excerpt = bestExcerpt(c.passage, new Set(matched[i]), (t) => index.idf(t));
    const year = documentYear(c.passage);
    return {
      passage: c.passage,
      score: c.score,
      evidence: c.share,
      excerpt,
      link: citationUrl(c.passage.source.url, c.passage.page, excerpt.text),
      ...(year === undefined ? {} : { year }),
    };
  });
}

/** The plan without the actor names it searched for: other actors' passages are not to be ranked up for naming the silent one. */
function withoutActorTerms(plan: QueryPlan): QueryPlan {
  return { ...plan, terms: plan.terms.filter((t) => t.source !== 'actor'), mentionedActors: [] };
}

/** The question's own terms but the names of the `absent` countries: what a sentence naming one must also speak of (absent-countries.ts). */
function askedBeside(plan: QueryPlan, absent: readonly AbsentCountry[]): Set<string> {
  const names = new Set(absent.flatMap((c) => c.terms));
  return new Set(plan.terms.filter((t) => t.source === 'question' && !names.has(t.term)).map((t) => t.term));
}

/** The best passage of each actor but `silent` whose documents answer `plan`, best first. */
function othersFor(
  plan: QueryPlan,
  index: SearchIndex,
  passages: ReadonlyMap<string, Passage>,
  silent: string | undefined,
  names: readonly string[],
): OtherActorHit[] {
  const rest = withoutActorTerms(plan);
  if (rest.terms.length === 0) return [];
  const found = search(rest, index, passages, { actor: undefined, window: EVIDENCE_WINDOW, minShare: MIN_EVIDENCE, names });
  const shown = distinct(ordered(found.candidates.filter((c) => c.passage.actor !== silent)), MAX_OTHERS, 1);
  return found.present(shown).map((h) => ({ ...h, actor: h.passage.actor, actorName: h.passage.actorName, id: h.passage.id }));
}

/** Answers `plan` from `index`, whose passages are `passages` by id. */
export function answer(planned: QueryPlan, index: SearchIndex, passages: ReadonlyMap<string, Passage>, options: AnswerOptions): AskResult {
  const corrected = withCyberMeant(correctTranspositions(correctSpelling(planned, index), index), index);
  const across = options.actor === undefined && asksAcross(corrected.question, corrected.mentionedActors);
  const named = options.actor ?? (across ? undefined : corrected.mentionedActors.length === 1 ? corrected.mentionedActors[0] : undefined);
  // Within one actor's documents, the words naming its document ("Korea's masterplan") say where to look, as its name does.
  // And an acronym of the question also as the actor's documents write it into a name ("NorCERT"): compounds.ts.
  const plan = named === undefined ? corrected : withCompounds(withDocumentWords(corrected, named, passages), named, passages);
  const scope: AnswerScope = named !== undefined ? 'actor' : across ? 'across' : 'all';
  const base = { query: plan.question, plan, offset: options.offset, scope, ...(named === undefined ? {} : { actor: named }) };
  if (plan.terms.length === 0) return { ...base, abstained: true, reason: 'no-search-terms', total: 0, results: [] };
  const window = EVIDENCE_WINDOW + options.offset + options.limit;
  const names = requiredNames(plan, index);
  // Countries the library has no documents of, named where no actor it has is (absent-countries.ts).
  const absent = across || named !== undefined ? [] : (plan.absentCountries ?? []);
  const absentAnswer = (): AskResult => {
    // Never another's passage as the country's answer: others' apart, searched without the country's name.
    const countryTerms = new Set(absent.flatMap((c) => c.terms));
    const rest = { ...plan, terms: plan.terms.filter((t) => !countryTerms.has(t.term)) };
    const others = othersFor(rest, index, passages, undefined, names);
    return { ...base, abstained: true, reason: 'actor-absent', absent: absent.map((c) => c.name), total: 0, results: [], others };
  };
  const end = options.offset + options.limit;

  if (across && plan.mentionedActors.length >= 2) {
    // Each named actor searched on its own, its best passage shown: the excerpt is made before the next search.
    const best = plan.mentionedActors.flatMap((a) => {
      const found = search(withCompounds(plan, a, passages), index, passages, { actor: a, window, minShare: MIN_EVIDENCE, names });
      return found.present(distinct(ordered(found.candidates), end));
    });
    const results = byActorRounds(ordered(best));
    if (results.length === 0) return { ...base, abstained: true, reason: 'weak-match', total: 0, results: [] };
    return { ...base, abstained: false, total: results.length, results: results.slice(options.offset, end) };
  }

  const found = search(plan, index, passages, { actor: named, window, minShare: named === undefined ? MIN_EVIDENCE : ACTOR_MIN_EVIDENCE, names });
  if (found.reason !== undefined) {
    if (named === undefined) return absent.length > 0 ? absentAnswer() : { ...base, abstained: true, reason: found.reason, total: 0, results: [] };
    const others = othersFor(plan, index, passages, named, names);
    return { ...base, abstained: true, reason: others.length > 0 ? 'actor-silent' : found.reason, total: 0, results: [], others };
  }
  // A country the library lacks: only passages whose sentences speak of it on what is asked ("the Montenegrin military" in a
  // US passage) answer about it, as a topic; none: it is absent. The first page does not decide it: the same passages, whatever the page size.
  const asked = absent.length === 0 ? undefined : askedBeside(plan, absent);
  const candidates = asked === undefined ? found.candidates : found.candidates.filter((c) => absent.some((a) => speaksOf(c.passage, a, asked)));
  if (candidates.length === 0) return absentAnswer();
  // Across actors: each actor's best first, grouped in rounds, one actor's near-duplicates once.
  const shown = across ? byActorRounds(distinct(ordered(candidates), candidates.length, end)).slice(0, end) : distinct(ordered(candidates), end);
  const results = found.present(shown.slice(options.offset));
  const answered = {
    ...base,
    abstained: false,
    total: candidates.length,
    ...(found.more && absent.length === 0 ? { totalAtLeast: true as const } : {}),
    results,
  };
  if (named === undefined) return answered;
  // The named actor's passages match only part of the question: if another actor's match it clearly better, the named one is silent on it.
  const best = Math.max(...found.candidates.map((c) => c.share));
  if (best + SILENT_MARGIN > 1) return answered;
  const others = othersFor(plan, index, passages, named, names);
  if (!others.some((o) => o.evidence >= Math.max(MIN_EVIDENCE, best + SILENT_MARGIN))) return answered;
  return { ...base, abstained: true, reason: 'actor-silent', total: 0, results: [], others };
}
