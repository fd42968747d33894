/**
 * Checks the corpus questions against the corpus before anything is
 * measured, and fails loudly (a list of every problem) when one does not
 * hold: an expected slice that is not in the actor's documents, a "silent"
 * topic the actor's documents do mention, a "nothing answers" topic that some
 * document mentions, an "absent" country that has documents, an actor that mentions what a "which countries…"
 * question asks about but has no expected passage, or an expected slice
 * that no passage holds whole (the chunker split it, so no answerer could
 * ever be right).
 */
import { type CorpusQuestion, QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';
import { matchKey } from '../../fixtures/retrieval/corpus-metrics.ts';
import type { StrategyFile } from './corpus-files.ts';

/** Text as searched for absent topics: hyphenation at line ends joined, zero-width characters dropped, spaces collapsed. */
export function flatText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/gu, '')
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/\s+/gu, ' ');
}

/** What the check found for one question: the files that hold each expected slice. */
export interface Verified {
  readonly question: CorpusQuestion;
  readonly files: readonly string[];
}

/** Verifies `questions` against `files`; throws a QuestionDataError listing every problem. */
export function verifyQuestions(questions: readonly CorpusQuestion[], files: readonly StrategyFile[]): Verified[] {
  const keyed = files.map((f) => ({ file: f, key: matchKey(f.text), flat: flatText(f.text) }));
  const problems: string[] = [];
  const verified = questions.map((q) => {
    const found: string[] = [];
    for (const e of q.expect) {
      const key = matchKey(e.text);
      const holders = keyed.filter((k) => k.key.includes(key));
      const own = holders.filter((k) => k.file.actor === e.actor);
      if (own.length === 0) {
        const elsewhere = holders.map((k) => k.file.name).join(', ');
        problems.push(`"${q.question}": "${e.text}" is not in ${e.actor}'s documents${elsewhere === '' ? '' : ` (it is in ${elsewhere})`}`);
      }
      found.push(...own.map((k) => k.file.name));
    }
    const patterns = q.absent.map((p) => new RegExp(p, 'iu'));
    if (q.kind === 'silent') {
      const own = keyed.filter((k) => k.file.actor === q.actor);
      if (own.length === 0) problems.push(`"${q.question}": ${q.actor ?? '?'} has no document`);
      for (const k of own)
        for (const p of patterns)
          if (p.test(k.flat)) problems.push(`"${q.question}": ${k.file.name} does mention /${p.source}/ ("${p.exec(k.flat)?.[0] ?? ''}")`);
      if (q.expect.some((e) => e.actor === q.actor)) problems.push(`"${q.question}": the silent actor cannot be the one that answers`);
    }
    if (q.mentions !== undefined) {
      const topic = new RegExp(q.mentions, 'iu');
      const listed = new Set(q.expect.map((e) => e.actor));
      const missing = [...new Set(keyed.filter((k) => topic.test(k.flat)).map((k) => k.file.actor))].filter((a) => !listed.has(a));
      if (missing.length > 0) problems.push(`"${q.question}": ${missing.join(', ')} also mention /${q.mentions}/ and need an expected passage`);
    }
    if (q.kind === 'absent' && keyed.some((k) => k.file.actor === q.actor))
      problems.push(`"${q.question}": ${q.actor ?? '?'} has documents (a silent question, then)`);
    if (q.kind === 'none') {
      for (const k of keyed)
        for (const p of patterns) if (p.test(k.flat)) problems.push(`"${q.question}": ${k.file.name} mentions /${p.source}/ ("${p.exec(k.flat)?.[0] ?? ''}")`);
    }
    return { question: q, files: [...new Set(found)] };
  });
  if (problems.length > 0) throw new QuestionDataError(`${problems.length} corpus question(s) do not hold:\n  ${problems.join('\n  ')}`);
  return verified;
}

/** Throws when an expected slice is held by no single passage of its actor (so no answer could be right). */
export function verifyPassages(questions: readonly CorpusQuestion[], passages: readonly { actor: string; text: string }[]): void {
  const keyed = passages.map((p) => ({ actor: p.actor, key: matchKey(p.text) }));
  const split = questions.flatMap((q) =>
    q.expect
      .filter((e) => !keyed.some((p) => p.actor === e.actor && p.key.includes(matchKey(e.text))))
      .map((e) => `"${q.question}": no ${e.actor} passage holds "${e.text}" whole`),
  );
  if (split.length > 0)
    throw new QuestionDataError(`${split.length} expected slice(s) are split across passages; pick a slice within one sentence:\n  ${split.join('\n  ')}`);
}
