import { describe, expect, it } from 'vitest';
import { belowThresholds } from '../../bench/quality/thresholds.ts';
import { type Answer, figures, figuresByKind, hitRank, judge, matchKey, type RankedPassage } from '../../fixtures/retrieval/corpus-metrics.ts';
import { type CorpusQuestion, parseQuestions } from '../../fixtures/retrieval/corpus-questions/schema.ts';

const SLICE = 'the agency will train judges and prosecutors';

function question(kind: CorpusQuestion['kind'], extra: Partial<CorpusQuestion> = {}): CorpusQuestion {
  const [q] = parseQuestions([
    kind === 'none'
      ? { kind, question: 'A question?', absent: ['zzz'] }
      : kind === 'silent'
        ? { kind, actor: 'borduria', question: 'A question?', absent: ['zzz'], expect: [{ actor: 'avalon', text: SLICE }] }
        : kind === 'absent'
          ? { kind, actor: 'syldavia', question: 'A question?', expect: [{ actor: 'avalon', text: SLICE }] }
          : kind === 'across'
            ? {
                kind,
                question: 'A question?',
                expect: [
                  { actor: 'avalon', text: SLICE },
                  { actor: 'carpathia', text: SLICE },
                ],
              }
            : { kind, actor: 'avalon', question: 'A question?', expect: [{ actor: 'avalon', text: SLICE }] },
  ]);
  if (q === undefined) throw new TypeError('no question');
  return { ...q, ...extra };
}

const passage = (actor: string, text: string, id = `${actor}#${text.length}`): RankedPassage => ({ id, actor, text });
const right = passage('avalon', 'In 2020 The Agency will train\njudges and pro- secutors in cybercrime.');
const otherActorSameText = passage('carpathia', 'In 2020 the agency will train judges and prosecutors.');
const ownWrong = passage('avalon', 'The agency publishes a yearly report.');
const answered = (...results: RankedPassage[]): Answer => ({ abstained: false, results });
const abstained: Answer = { abstained: true, reason: 'weak-match', results: [] };

describe('matchKey', () => {
  it('ignores case, spaces, line breaks, joined hyphenation and zero-width characters', () => {
    expect(matchKey('Tech- nology and Cyber\u200bSecurity')).toBe(matchKey('technology and cyber security'));
    expect(matchKey('pro-\nsecutors')).toBe('prosecutors');
  });

  it('keeps letters and digits apart from what differs', () => {
    expect(matchKey('NIS 2')).not.toBe(matchKey('NIS 3'));
  });
});

describe('hitRank', () => {
  it('is the 1-based rank of the first passage of the expected actor holding the slice', () => {
    expect(hitRank(question('direct'), [ownWrong, right])).toBe(2);
    expect(hitRank(question('direct'), [right, ownWrong])).toBe(1);
  });

  it("does not count another actor's passage with the same words", () => {
    expect(hitRank(question('direct'), [otherActorSameText, ownWrong])).toBeUndefined();
  });

  it('counts any listed actor for a question across actors', () => {
    expect(hitRank(question('across'), [ownWrong, otherActorSameText])).toBe(2);
  });
});

describe('judge and figures', () => {
  it('computes hit@1, hit@3, MRR and right actor first over answerable questions', () => {
    const q = question('direct');
    const outcomes = [
      judge(q, answered(right)),
      judge(q, answered(ownWrong, ownWrong, right)),
      judge(q, answered(otherActorSameText, ownWrong, ownWrong, ownWrong, right)),
      judge(q, abstained),
    ];
    expect(outcomes.map((o) => o.rank)).toEqual([1, 3, 5, undefined]);
    const f = figures(outcomes);
    expect(f.questions).toBe(4);
    expect(f.hitAt1).toBe(0.25);
    expect(f.hitAt3).toBe(0.5);
    expect(f.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 5) / 4, 10);
    // Three answered: the first result is avalon's in the first two, carpathia's in the third.
    expect(f.answered).toBe(0.75);
    expect(f.actorFirst).toBeCloseTo(2 / 3, 10);
    expect(f.silentHonest).toBeUndefined();
    expect(f.noneAbstained).toBeUndefined();
  });

  it("counts right actor first across actors when the first result is any expected actor's", () => {
    expect(judge(question('across'), answered(otherActorSameText)).actorFirst).toBe(true);
    expect(judge(question('across'), answered(passage('dystopia', 'x'))).actorFirst).toBe(false);
  });

  it('calls a silent answer honest only when no passage is presented as the answer', () => {
    const q = question('silent');
    const honestWithOthers: Answer = { abstained: true, reason: 'actor-silent', results: [], others: [{ actor: 'avalon' }] };
    const honestPointingWrong: Answer = { abstained: true, reason: 'actor-silent', results: [], others: [{ actor: 'carpathia' }] };
    const outcomes = [
      judge(q, honestWithOthers),
      judge(q, honestPointingWrong),
      judge(q, abstained),
      judge(q, answered(right)), // another actor's passage as the named actor's answer
      judge(q, answered(passage('borduria', 'Borduria has a strategy.'))), // the named actor's own passage, which does not answer
    ];
    expect(outcomes.map((o) => o.honest)).toEqual([true, true, true, false, false]);
    const f = figures(outcomes);
    expect(f.silentHonest).toBe(0.6);
    // Only answers that list others count here: one of the two points to an actor that answers.
    expect(f.silentPointsElsewhere).toBe(0.5);
    expect(f.hitAt3).toBeUndefined();
  });

  it('calls an answer about a country with no documents honest only when no passage is presented as the answer', () => {
    const q = question('absent');
    const outcomes = [
      judge(q, { abstained: true, reason: 'actor-absent', results: [], others: [{ actor: 'avalon' }] }),
      judge(q, abstained),
      judge(q, answered(right)), // another actor's passage as the answer about the country
    ];
    expect(outcomes.map((o) => o.honest)).toEqual([true, true, false]);
    const f = figures(outcomes);
    expect(f.absentHonest).toBeCloseTo(2 / 3);
    // Neither answerable nor silent: no hit, answered or silent figure counts it.
    expect(f.hitAt3).toBeUndefined();
    expect(f.silentHonest).toBeUndefined();
    expect(f.answered).toBeUndefined();
  });

  it('refuses an absent question without another actor that answers, or with absent patterns', () => {
    expect(() => parseQuestions([{ kind: 'absent', actor: 'syldavia', question: 'A question?' }])).toThrow(/names another actor whose documents do answer/);
    expect(() =>
      parseQuestions([{ kind: 'absent', actor: 'syldavia', question: 'A question?', absent: ['xyz'], expect: [{ actor: 'avalon', text: SLICE }] }]),
    ).toThrow(/no absent patterns/);
  });

  it('counts a question nothing answers as abstained only when no passage is shown', () => {
    const q = question('none');
    const f = figures([judge(q, abstained), judge(q, answered(ownWrong)), judge(q, abstained), judge(q, abstained)]);
    expect(f.noneAbstained).toBe(0.75);
  });

  it('gives figures per kind and in total, leaving out kinds without questions', () => {
    const rows = figuresByKind(
      [judge(question('direct'), answered(right)), judge(question('paraphrase'), abstained), judge(question('none'), abstained)],
      ['direct', 'paraphrase', 'typo', 'none'],
    );
    expect(rows.map((r) => r.kind)).toEqual(['direct', 'paraphrase', 'none', 'total']);
    expect(rows.find((r) => r.kind === 'total')?.figures).toMatchObject({ questions: 3, hitAt1: 0.5, noneAbstained: 1 });
  });
});

describe('thresholds', () => {
  const measured = [{ kind: 'total', figures: { questions: 10, hitAt3: 0.5, mrr: 0.4 } }];

  it('lists every figure under its floor, and a floor on a figure not measured', () => {
    expect(belowThresholds({ min: { total: { hitAt3: 0.6, mrr: 0.4 } } }, measured)).toEqual(['total hitAt3: 0.500 < 0.6']);
    expect(belowThresholds({ min: { paraphrase: { hitAt3: 0.1 } } }, measured)).toEqual(['paraphrase hitAt3: not measured (floor 0.1)']);
  });

  it('passes when every figure is at or above its floor', () => {
    expect(belowThresholds({ min: { total: { hitAt3: 0.5, mrr: 0.39 } } }, measured)).toEqual([]);
  });
});
