/**
 * The corpus-quality harness on a small corpus written here (three made-up
 * countries), so it runs on a fresh clone without the real corpus: the questions are checked
 * against the files, the engine is asked, and what it did is measured as the
 * metrics define it. Also: the shipped corpus questions validate and are
 * enough of every kind.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Country } from '../../bench/quality/actors-fixture.ts';
import type { StrategyFile } from '../../bench/quality/corpus-files.ts';
import { buildKnowledgeFolder } from '../../bench/quality/knowledge-folder.ts';
import { verifyPassages, verifyQuestions } from '../../bench/quality/verify.ts';
import { Engine } from '../../src/engine.ts';
import { silentLogger } from '../../src/log.ts';
import { figures, judge, matchKey } from '../../fixtures/retrieval/corpus-metrics.ts';
import { corpusQuestions } from '../../fixtures/retrieval/corpus-questions/index.ts';
import { parseQuestions, QuestionDataError } from '../../fixtures/retrieval/corpus-questions/schema.ts';

const COUNTRIES: Country[] = [
  { id: 'avalon', name: 'Avalon', aliases: ['Avalonian'] },
  { id: 'borduria', name: 'Borduria', aliases: ['Bordurian'] },
  { id: 'carpathia', name: 'Carpathia', aliases: ['Carpathian'] },
];

const FILES: StrategyFile[] = [
  {
    name: '20200101_Avalon_ENG.txt',
    actor: 'avalon',
    date: '2020-01-01',
    language: 'en',
    text: 'National Cyber Strategy of Avalon\n\nThe Ministry of Education will introduce cyber hygiene lessons in every primary school by 2022.\n\nThe Avalon Computer Emergency Response Team (ACERT) coordinates the response to incidents in the energy and water sectors.\n',
  },
  {
    name: '20210101_Borduria_ENG.txt',
    actor: 'borduria',
    date: '2021-01-01',
    language: 'en',
    text: 'Borduria Cyber Security Strategy\n\nThe Bordurian police will open a cybercrime unit staffed by forty investigators.\n\nOperators of essential services must report incidents to the regulator within 24 hours.\n',
  },
  {
    name: '20190101_Carpathia_ENG.txt',
    actor: 'carpathia',
    date: '2019-01-01',
    language: 'en',
    text: 'Carpathia Digital Security Plan\n\nCarpathia will fund a national cyber range for joint exercises with its neighbours.\n',
  },
];

const QUESTIONS = parseQuestions([
  {
    kind: 'direct',
    actor: 'avalon',
    question: 'When will Avalon teach cyber hygiene in primary schools?',
    expect: [{ actor: 'avalon', text: 'introduce cyber hygiene lessons in every primary school' }],
  },
  {
    kind: 'acronym',
    actor: 'avalon',
    question: 'What does ACERT coordinate?',
    expect: [{ actor: 'avalon', text: 'coordinates the response to incidents in the energy and water sectors' }],
  },
  {
    kind: 'direct',
    actor: 'borduria',
    question: 'How many investigators will the Bordurian cybercrime unit have?',
    expect: [{ actor: 'borduria', text: 'open a cybercrime unit staffed by forty investigators' }],
  },
  {
    kind: 'silent',
    actor: 'borduria',
    question: 'When will Borduria teach cyber hygiene in primary schools?',
    absent: ['school', 'hygiene'],
    expect: [{ actor: 'avalon', text: 'introduce cyber hygiene lessons in every primary school' }],
  },
  {
    kind: 'silent',
    actor: 'carpathia',
    question: 'Which Carpathian unit investigates cybercrime?',
    absent: ['cybercrime', 'police'],
    expect: [{ actor: 'borduria', text: 'open a cybercrime unit staffed by forty investigators' }],
  },
  { kind: 'none', question: 'What is the price of tulip bulbs in Avalon?', absent: ['tulip'] },
]);

let dir: string;
let engine: Engine;
beforeAll(async () => {
  dir = await buildKnowledgeFolder(FILES, COUNTRIES);
  engine = await Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ask = (question: string) => {
  const r = engine.ask(question, { top: 10 });
  return { abstained: r.abstained, reason: r.reason, results: r.results.map((x) => ({ id: x.passage.id, actor: x.passage.actor, text: x.passage.text })) };
};

describe('the corpus harness on a made-up corpus', () => {
  it('accepts questions whose slices and absences hold, and every slice is whole in one passage', () => {
    expect(verifyQuestions(QUESTIONS, FILES).map((v) => v.files)).toEqual([
      ['20200101_Avalon_ENG.txt'],
      ['20200101_Avalon_ENG.txt'],
      ['20210101_Borduria_ENG.txt'],
      ['20200101_Avalon_ENG.txt'],
      ['20210101_Borduria_ENG.txt'],
      [],
    ]);
    expect(() => verifyPassages(QUESTIONS, engine.kb.passages)).not.toThrow();
  });

  it('fails loudly on a slice that is not in the named actor, a silent topic the actor mentions, and a "none" topic someone mentions', () => {
    const bad = parseQuestions([
      {
        kind: 'direct',
        actor: 'borduria',
        question: 'Borduria and schools?',
        expect: [{ actor: 'borduria', text: 'introduce cyber hygiene lessons in every primary school' }],
      },
      {
        kind: 'silent',
        actor: 'avalon',
        question: 'Avalon and schools?',
        absent: ['school'],
        expect: [{ actor: 'borduria', text: 'open a cybercrime unit staffed by forty investigators' }],
      },
      { kind: 'none', question: 'Cyber ranges?', absent: ['cyber range'] },
      {
        kind: 'across',
        question: 'Which countries mention incidents?',
        mentions: 'incidents',
        expect: [{ actor: 'avalon', text: 'coordinates the response to incidents in the energy and water sectors' }],
      },
    ]);
    const thrown = (() => {
      try {
        verifyQuestions(bad, FILES);
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(QuestionDataError);
    const message = (thrown as QuestionDataError).message;
    expect(message).toContain("is not in borduria's documents (it is in 20200101_Avalon_ENG.txt)");
    expect(message).toContain('20200101_Avalon_ENG.txt does mention /school/');
    expect(message).toContain('20190101_Carpathia_ENG.txt mentions /cyber range/');
    expect(message).toContain('borduria also mention /incidents/ and need an expected passage');
  });

  it('rejects a question list that does not validate, naming the question', () => {
    expect(() => parseQuestions([{ kind: 'direct', actor: 'avalon', question: 'Avalon?', expect: [{ actor: 'avalon', text: 'too short a slice' }] }])).toThrow(
      /"Avalon\?".*at least six words/,
    );
    expect(() =>
      parseQuestions([
        {
          kind: 'silent',
          actor: 'avalon',
          question: 'Avalon?',
          expect: [{ actor: 'borduria', text: 'open a cybercrime unit staffed by forty investigators' }],
        },
      ]),
    ).toThrow(/patterns that are absent/);
    expect(() =>
      parseQuestions([
        {
          kind: 'direct',
          actor: 'avalon',
          question: 'Avalon?',
          mentions: 'school',
          expect: [{ actor: 'avalon', text: 'introduce cyber hygiene lessons in every primary school' }],
        },
      ]),
    ).toThrow(/only an across question/);
  });

  it('fails loudly when the chunker splits an expected slice', () => {
    const across = parseQuestions([
      {
        kind: 'direct',
        actor: 'avalon',
        question: 'Avalon?',
        expect: [{ actor: 'avalon', text: 'every primary school by 2022. The Avalon Computer Emergency' }],
      },
    ]);
    expect(() => verifyPassages(across, engine.kb.passages)).toThrow(/split across passages/);
  });

  it('measures what the engine did, question by question', () => {
    for (const q of QUESTIONS) {
      const answer = ask(q.question);
      const outcome = judge(q, answer);
      // Recomputed here without the metric code: the first result holding the slice, of the right actor.
      const keys = q.expect.map((e) => ({ actor: e.actor, key: matchKey(e.text) }));
      const i = answer.results.findIndex((r) => keys.some((k) => k.actor === r.actor && matchKey(r.text).includes(k.key)));
      if (q.kind === 'silent' || q.kind === 'none') {
        expect(outcome.rank).toBeUndefined();
        expect(outcome.honest).toBe(answer.results.length === 0);
      } else {
        expect(outcome.rank).toBe(i < 0 ? undefined : i + 1);
        expect(outcome.actorFirst).toBe(answer.results[0]?.actor === q.actor);
      }
    }
  });

  it("finds each named actor's passage first, abstains on what nothing answers, and the figures say so", () => {
    const outcomes = QUESTIONS.map((q) => judge(q, ask(q.question)));
    const f = figures(outcomes);
    expect(f).toMatchObject({ questions: 6, hitAt1: 1, hitAt3: 1, mrr: 1, actorFirst: 1, noneAbstained: 1 });
    // Silent questions: the figure is the share of the two with no passage shown, whatever the engine does today.
    const shown = outcomes.filter((o) => o.question.kind === 'silent' && o.answer.results.length > 0).length;
    expect(f.silentHonest).toBe((2 - shown) / 2);
  });
});

describe('the shipped corpus questions', () => {
  const questions = corpusQuestions();
  const count = (kind: string) => questions.filter((q) => q.kind === kind).length;

  it('validate, and hold at least 150 answerable questions, 25 silent and 25 that nothing answers', () => {
    expect(questions.filter((q) => q.kind !== 'silent' && q.kind !== 'none').length).toBeGreaterThanOrEqual(150);
    expect(count('silent')).toBeGreaterThanOrEqual(25);
    expect(count('none')).toBeGreaterThanOrEqual(25);
    for (const kind of ['direct', 'paraphrase', 'acronym', 'typo', 'named-body', 'across']) expect(count(kind)).toBeGreaterThanOrEqual(10);
  });

  it('are asked once each', () => {
    const texts = questions.map((q) => q.question.toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});
