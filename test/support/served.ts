/**
 * What the tests of updates in place compare: what an engine answers and
 * knows, in a form two engines can be compared by; a small document that
 * says a given sentence; and a folder whose files are dated back.
 */
import { readdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { benchQueries } from '../../fixtures/synthetic/queries.ts';
import type { Engine } from '../../src/engine.ts';

const questions = [...benchQueries(20, 3).map((q) => q.text), 'zorbulex accord', 'quendrith protocol', 'What did the Varnholt Cyber Agency establish?'];

/** A document of actor `actor` that says `sentence` among a few others. */
export function documentOf(id: string, actor: string, sentence: string): string {
  return [
    '---',
    `id: ${id}`,
    `title: "A new strategy ${id} (2031)"`,
    `actor: ${actor}`,
    'topics: [resilience]',
    'source:',
    '  publisher: Synthetic Policy Library',
    `  title: "Document ${id}"`,
    `  url: https://example.org/policy/${id}`,
    '  retrieved: 2031-06-01',
    '---',
    '',
    sentence,
    '',
    'The Varnholt Cyber Agency was established in 2031 to coordinate incident response across government.',
    '',
    'The strategy sets out resilience measures for critical infrastructure operators and their suppliers.',
    '',
  ].join('\n');
}

/** What an engine answers and knows, in a form two engines can be compared by. */
export function served(engine: Engine) {
  const kb = engine.kb;
  const sortedJson = (items: readonly unknown[]) => items.map((i) => JSON.stringify(i)).sort();
  return {
    answers: questions.map((q) => {
      const r = engine.ask(q);
      return r.results.map((x) => `${x.passage.id} ${x.excerpt}`);
    }),
    passages: kb.passages.map((p) => p.id),
    documents: kb.facts.documents,
    facts: Object.fromEntries(Object.entries(kb.facts.facts).map(([kind, items]) => [kind, sortedJson(items as unknown[])])),
  };
}

/** Dates every knowledge file an hour back, so that its size and time identify it (no file is within RACY_MS of now). */
export async function settle(dir: string): Promise<void> {
  const past = new Date(Date.now() - 3_600_000);
  for (const sub of ['', 'docs']) {
    for (const name of await readdir(join(dir, sub))) if (/\.(?:md|yaml)$/u.test(name)) await utimes(join(dir, sub, name), past, past);
  }
}
