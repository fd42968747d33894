import { describe, expect, it } from 'vitest';
import { buildInThisThread } from '../../src/build.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { adopt, adoptCooperatively } from '../../src/store/adopt.ts';
import { packCorpus, unpackCorpusSteps } from '../../src/store/corpus-pack.ts';
import { harvestAcronyms } from '../../src/search/acronyms.ts';
import { CacheFormatError } from '../../src/errors.ts';
import { runAll, runCooperatively, type Steps } from '../../src/steps.ts';

const QUESTIONS = ['What is NIS2?', 'What did Japan introduce at the G7 summit?', 'capacity building in the Western Balkans'];

describe('adopting a packed knowledge base', () => {
  it('a few steps at a time gives the same knowledge base as all at once, and lets other work run between the steps', async () => {
    const packed = await buildInThisThread({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
    const whole = new Engine(adopt(packed, silentLogger()));
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // A zero budget pauses at every step: the other work gets a turn at each.
    const stepwise = new Engine(await adoptCooperatively(packed, silentLogger(), 0));
    ticking = false;
    expect(turns).toBeGreaterThan(3);
    for (const q of QUESTIONS) {
      expect(stepwise.ask(q, { top: 5 }).results.map((r) => [r.passage.id, r.score])).toEqual(
        whole.ask(q, { top: 5 }).results.map((r) => [r.passage.id, r.score]),
      );
    }
    expect(stepwise.kb.passages).toEqual(whole.kb.passages);
    expect(stepwise.kb.facts.facts).toEqual(whole.kb.facts.facts);
  });

  it('runs steps to the same result straight through or cooperatively, and passes their errors on', async () => {
    function* count(n: number): Steps<number> {
      let sum = 0;
      for (let i = 1; i <= n; i++) {
        yield;
        sum += i;
      }
      if (n < 0) throw new RangeError('negative');
      return sum;
    }
    expect(runAll(count(100))).toBe(5050);
    expect(await runCooperatively(count(100), 0)).toBe(5050);
    await expect(runCooperatively(count(-1), 0)).rejects.toThrow(RangeError);
  });

  it('packs a corpus into one buffer and JSON and back, whatever its characters, and refuses parts that disagree', async () => {
    const packed = await buildInThisThread({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
    if ('packed' in packed.corpus) throw new Error('a build in this thread keeps its corpus as loaded');
    const first = packed.corpus.documents[0];
    if (first === undefined) throw new Error('no document');
    const corpus = {
      ...packed.corpus,
      documents: [{ ...first, paragraphs: ['Naïve “quotes” — 日本 🛡️ ok', '', ...first.paragraphs] }, ...packed.corpus.documents.slice(1)],
    };
    const back = runAll(unpackCorpusSteps(packCorpus(corpus)));
    expect(back).toEqual(corpus);
    const p = packCorpus(corpus);
    expect(() => runAll(unpackCorpusSteps({ ...p, text: p.text.subarray(0, p.text.length - 1) }))).toThrow(CacheFormatError);
    expect(() => runAll(unpackCorpusSteps({ ...p, lengths: Uint32Array.from([...p.lengths, 0]) }))).toThrow(CacheFormatError);
    // A paragraph measured one code unit longer than its text: the run's paragraphs no longer measure its text.
    const longer = Uint32Array.from(p.lengths);
    longer[2] = (longer[2] ?? 0) + 1;
    expect(() => runAll(unpackCorpusSteps({ ...p, lengths: longer }))).toThrow(/does not fit its paragraph lengths/);
  });

  it('plans with the acronyms its packed index carries, harvested from the passages when it was packed', async () => {
    const packed = await buildInThisThread({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
    const kb = adopt(packed, silentLogger());
    expect(packed.index.acronyms).toEqual(harvestAcronyms(kb.passages));
    // An acronym only the packed index defines: the planner expands it, so it read the pack (not the passages again).
    const defined = { ...packed, index: { ...packed.index, acronyms: [{ actor: 'eu', acronym: 'QZX', longForm: 'cyber resilience capacity' }] } };
    const plan = adopt(defined, silentLogger()).planner.plan('What is QZX?');
    expect(plan.expansions.map((e) => e.found)).toContain('QZX');
    expect(kb.planner.plan('What is QZX?').expansions.map((e) => e.found)).not.toContain('QZX');
  });

  it('unpacks a corpus larger than one run (several strings), a run at a step, paragraphs and documents as packed', async () => {
    const packed = await buildInThisThread({ knowledgeDir: DEFAULT_KNOWLEDGE_DIR, cacheDir: false, logger: silentLogger() });
    if ('packed' in packed.corpus) throw new Error('a build in this thread keeps its corpus as loaded');
    const first = packed.corpus.documents[0];
    if (first === undefined) throw new Error('no document');
    // Six documents of ~1.2 MB (several runs of 2 MB), with characters of one, two and four UTF-8 bytes at the seams.
    const big = (n: number) => ({
      ...first,
      id: `${first.id}-${n}`,
      paragraphs: Array.from({ length: 400 }, (_, i) => `${'é'.repeat(i % 3)}Paragraph ${n}.${i} ${'policy text '.repeat(250)}🛡️`),
    });
    const corpus = { ...packed.corpus, documents: [0, 1, 2, 3, 4, 5].map(big) };
    const steps = unpackCorpusSteps(packCorpus(corpus));
    let pauses = 0;
    let next = steps.next();
    while (next.done !== true) {
      pauses++;
      next = steps.next();
    }
    expect(next.value).toEqual(corpus);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});
