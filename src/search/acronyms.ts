/**
 * Acronyms the documents define themselves ("National Cyber Security Agency
 * (NACSA)", "Critical Information Infrastructure (CII)"), harvested when the
 * knowledge base is built and used as glossary entries (plan.ts): a question
 * asking for "NACSA" also searches the long form, and one that spells it out
 * also searches the acronym. The same acronym may mean different things in
 * different actors' documents: a question naming one actor expands with that
 * actor's long forms.
 *
 * The matching is the Schwartz–Hearst algorithm (2003), written here because
 * no maintained npm package does it: each letter of the acronym, from the
 * last, is found in the words before the parenthesis, the first at the start
 * of a word.
 */
import type { GlossaryEntry } from '../knowledge/corpus.ts';
import type { Passage } from '../passages/chunk.ts';
import { ITEMS_PER_STEP, runAll, type Steps } from '../steps.ts';

/** One definition found in an actor's documents. */
export interface Acronym {
  readonly actor: string;
  readonly acronym: string;
  readonly longForm: string;
}

/** "(NACSA)", "(CIIs)", "(Sri Lanka CERT)" is not one: 2–10 characters, a capital first, mostly capitals. */
const DEFINITION = /\(([A-Z][A-Za-z&]{1,9})\)/gu;

/** The most long forms one acronym keeps per actor, the most frequent first. */
const MAX_LONG_FORMS = 2;

/** The long form of `acronym` ending `before` (Schwartz–Hearst), or undefined. */
export function longFormOf(acronym: string, before: string): string | undefined {
  const letters = acronym.replace(/s$/u, '').toLowerCase();
  if ((letters.match(/[a-z]/gu)?.length ?? 0) < 2 || !/^[A-Z]{2}/u.test(acronym)) return undefined;
  const words = before.trimEnd().split(/\s+/u);
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const text = words.slice(-maxWords).join(' ');
  let t = text.length - 1;
  for (let a = letters.length - 1; a >= 0; a--) {
    const c = letters.charAt(a);
    if (!/[a-z]/u.test(c)) continue;
    // The first letter must start a word; the others may stand anywhere (NACSA: NAtional Cyber Security Agency).
    while (t >= 0 && (text.charAt(t).toLowerCase() !== c || (a === 0 && t > 0 && /[\p{L}\p{N}]/u.test(text.charAt(t - 1))))) t--;
    if (t < 0) return undefined;
    t--;
  }
  const long = text.slice(t + 1).trim();
  // A long form is words, longer than the acronym, that do not run over a sentence or another parenthesis.
  if (long.length <= acronym.length || /[.;:()[\]]/u.test(long) || long.split(/\s+/u).length < 2) return undefined;
  return long;
}

/** Every definition in `passages`, per actor; each acronym with at most MAX_LONG_FORMS long forms, the most frequent first. */
export function harvestAcronyms(passages: readonly Passage[]): Acronym[] {
  return runAll(harvestAcronymSteps(passages));
}

/** {@link harvestAcronyms} as steps (steps.ts): an update harvests a whole corpus's between interactions (~60 ms at 100k passages). */
export function* harvestAcronymSteps(passages: readonly Passage[]): Steps<Acronym[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const [i, p] of passages.entries()) {
    if (i % ITEMS_PER_STEP === 0) yield;
    if (!p.text.includes('(')) continue;
    for (const m of p.text.matchAll(DEFINITION)) {
      const acronym = m[1] ?? '';
      const long = longFormOf(acronym, p.text.slice(Math.max(0, m.index - 200), m.index));
      if (long === undefined) continue;
      const key = `${p.actor}\u0000${acronym.replace(/s$/u, '')}`;
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(long, (forms.get(long) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  return [...counts].flatMap(([key, forms]) => {
    const [actor = '', acronym = ''] = key.split('\u0000');
    return [...forms]
      .sort((x, y) => y[1] - x[1])
      .slice(0, MAX_LONG_FORMS)
      .map(([longForm]) => ({ actor, acronym, longForm }));
  });
}

/**
 * Glossary entries from harvested acronyms: one per acronym, with its long
 * forms: those of `actor` when given (none if it defines none), else the
 * MAX_LONG_FORMS that most actors use.
 */
export function acronymEntries(acronyms: readonly Acronym[], actor?: string): GlossaryEntry[] {
  const byAcronym = new Map<string, Map<string, number>>();
  for (const a of acronyms) {
    if (actor !== undefined && a.actor !== actor) continue;
    const forms = byAcronym.get(a.acronym) ?? new Map<string, number>();
    forms.set(a.longForm, (forms.get(a.longForm) ?? 0) + 1);
    byAcronym.set(a.acronym, forms);
  }
  return [...byAcronym].map(([term, forms]) => ({
    term,
    means: [...forms]
      .sort((x, y) => y[1] - x[1])
      .slice(0, MAX_LONG_FORMS)
      .map(([form]) => form),
  }));
}
