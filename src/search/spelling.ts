/**
 * Spelling correction before stemming. A misspelt word stems to something
 * no passage holds (or only a broken one) and that typo matching on stems cannot reach:
 * "securty" stems to "securti", two edits from "secur" (security);
 * "informaton" stays whole, four from "inform". So each question word whose
 * term the index does not know is tried as written with one edit (a letter
 * dropped, added, changed, or two swapped), each variant stemmed like the
 * index's words, and replaced by the variant whose term the most passages
 * hold. Written by hand: the vocabulary is the index's own, which no
 * spelling library knows; the cost is bounded (MAX_CORRECTED_WORDS words of
 * at most FUZZY_MAX_LENGTH letters, ~0.3 ms each).
 */
import { isEnglishWord } from '../text/common-words.ts';
import { processWord, tokenize } from '../text/terms.ts';
import type { Vocabulary } from './correct.ts';
import { FUZZY_MAX_LENGTH, MAX_EXPANSION_TERMS } from './limits.ts';
import type { PlanOptions, QueryPlan, QueryPlanner, QueryTerm } from './plan.ts';

/** The most words of one question corrected: a question of many unknown words is not misspelt, it is about something else. */
export const MAX_CORRECTED_WORDS = 4;

/**
 * A term this rare is corrected too when a spelling one edit away is
 * RARE_RATIO times as common: broken words in the documents ("securit y")
 * make some misspellings known to the index.
 */
export const RARE_DF = 2;
export const RARE_RATIO = 50;

/** The shortest word corrected: one edit turns a short word into too many others. */
export const MIN_CORRECTED_LENGTH = 5;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit away from `word` (lowercase). */
function variants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) out.push(head + word.slice(i + 1));
    if (i + 1 < word.length) out.push(head + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    for (const c of LETTERS) {
      out.push(head + c + word.slice(i));
      if (i < word.length && c !== word.charAt(i)) out.push(head + c + word.slice(i + 1));
    }
  }
  return out;
}

/** The best-known spelling one edit from `word`, with its index term, if the index knows one. */
function bestSpelling(word: string, vocabulary: Vocabulary, atLeast: number): { readonly spelling: string; readonly term: string } | undefined {
  let best: { spelling: string; term: string } | undefined;
  let bestDf = atLeast - 1;
  for (const v of variants(word.toLowerCase())) {
    const term = processWord(v);
    if (term === undefined) continue;
    const df = vocabulary.documentFrequency(term);
    if (df > bestDf) {
      best = { spelling: v, term };
      bestDf = df;
    }
  }
  return best;
}

/** The index term of the best-known spelling one edit from `word`, if the index knows one. */
export function correctedTerm(word: string, vocabulary: Vocabulary, atLeast = 1): string | undefined {
  return bestSpelling(word, vocabulary, atLeast)?.term;
}

/** One misspelt question word, where it stands, and what replaces it. */
interface Fix {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly term: string;
  readonly spelling: string;
  readonly fixed: string;
}

/** The misspelt words of `plan`'s question and their corrections (see the module comment). */
function fixesOf(plan: QueryPlan, vocabulary: Vocabulary): Fix[] {
  const unknown = (t: QueryTerm): boolean => t.source === 'question' && t.fuzzy !== false && vocabulary.documentFrequency(t.term) <= RARE_DF;
  if (!plan.terms.some(unknown)) return [];
  const fixes: Fix[] = [];
  for (const { word, start, end } of tokenize(plan.question)) {
    if (fixes.length >= MAX_CORRECTED_WORDS) break;
    if (word.length < MIN_CORRECTED_LENGTH || word.length > FUZZY_MAX_LENGTH || !/^\p{L}+$/u.test(word)) continue;
    // A real word is what was meant ("recipes"), however close it is to a word of the documents.
    if (isEnglishWord(word.toLowerCase())) continue;
    const term = processWord(word);
    const planned = plan.terms.find((t) => t.term === term);
    if (term === undefined || planned === undefined || !unknown(planned) || fixes.some((f) => f.term === term)) continue;
    const df = vocabulary.documentFrequency(term);
    const best = bestSpelling(word, vocabulary, df === 0 ? 1 : df * RARE_RATIO);
    if (best !== undefined && !plan.terms.some((o) => o.term === best.term) && !fixes.some((f) => f.fixed === best.term)) {
      fixes.push({ start, end, word, term, spelling: best.spelling, fixed: best.term });
    }
  }
  return fixes;
}

/** `plan` with the terms of misspelt question words replaced by their corrections (see the module comment). */
export function correctSpelling(plan: QueryPlan, vocabulary: Vocabulary): QueryPlan {
  const fixes = new Map(fixesOf(plan, vocabulary).map((f) => [f.term, f.fixed]));
  if (fixes.size === 0) return plan;
  return { ...plan, terms: plan.terms.map((t) => ({ ...t, term: fixes.get(t.term) ?? t.term })) };
}

/**
 * `plan`'s question as it was meant, each misspelt word replaced by its
 * correction (its first letter's case kept), or undefined when no word was
 * misspelt. Planned again, the question gets the glossary and thesaurus
 * expansions of the words meant: "critcal informaton infrastructure
 * defintion" is searched as "CII" and "shall mean" too, as its spelt
 * form is.
 */
export function correctedQuestion(plan: QueryPlan, vocabulary: Vocabulary): string | undefined {
  const fixes = fixesOf(plan, vocabulary);
  if (fixes.length === 0) return undefined;
  let text = plan.question;
  for (const f of [...fixes].sort((a, b) => b.start - a.start)) {
    const upper = /^\p{Lu}/u.test(f.word);
    const spelling = upper ? f.spelling.charAt(0).toUpperCase() + f.spelling.slice(1) : f.spelling;
    text = text.slice(0, f.start) + spelling + text.slice(f.end);
  }
  return text;
}

/**
 * Plans `question` and, an English question with a misspelt word, adds the
 * expansions its corrected form gets ({@link correctedQuestion}): the
 * glossary and thesaurus terms of the words meant. The question's own terms
 * stay as typed (answering corrects them, correctSpelling), so only what the
 * misspelling hid is added, within the expansions' bound.
 */
export function planAsMeant(planner: Pick<QueryPlanner, 'plan'>, question: string, options: PlanOptions, vocabulary: Vocabulary): QueryPlan {
  const typed = planner.plan(question, options);
  if (typed.language !== 'en') return typed;
  const meant = correctedQuestion(typed, vocabulary);
  if (meant === undefined) return typed;
  const asMeant = planner.plan(meant, { ...options, language: typed.language });
  const seen = new Set(typed.terms.map((t) => t.term));
  const found = new Set(typed.expansions.map((e) => e.found));
  let room = MAX_EXPANSION_TERMS - typed.terms.filter((t) => t.source === 'glossary').length;
  const terms = [...typed.terms];
  const expansions = [...typed.expansions];
  for (const e of asMeant.expansions) {
    const fresh = e.addedTerms.filter((t) => !seen.has(t));
    if (found.has(e.found) || fresh.length === 0 || fresh.length > room) continue;
    for (const t of fresh) {
      const term = asMeant.terms.find((q) => q.term === t);
      if (term === undefined) continue;
      seen.add(t);
      terms.push(term);
    }
    room -= fresh.length;
    expansions.push({ ...e, addedTerms: fresh });
  }
  return expansions.length === typed.expansions.length ? typed : { ...typed, terms, expansions };
}
