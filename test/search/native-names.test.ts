/** Actors named in another language, inflected (src/search/native-names.ts), and the typo bounds of a term of another language (query-term.ts). */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/knowledge/corpus.ts';
import { NativeNames } from '../../src/search/native-names.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { makeTerm } from '../../src/search/query-term.ts';
import { analyseWord } from '../../src/text/analysis/analyse.ts';
import type { AnalysedLanguage } from '../../src/text/analysis/languages.ts';
import { wordsOf } from '../../src/text/analysis/segment.ts';

const actors: Actor[] = [
  { id: 'latvia', name: 'Latvia', kind: 'state', aliases: ['Latvija'] },
  { id: 'kazakhstan', name: 'Kazakhstan', kind: 'state', aliases: ['Казахстан'] },
  { id: 'greece', name: 'Greece', kind: 'state', aliases: ['Ελλάδα'] },
  { id: 'chad', name: 'Chad', kind: 'state', aliases: ['Tchad', 'tchadien'] },
];
const own = (text: string, language: AnalysedLanguage) => wordsOf(text, language).flatMap((w) => analyseWord(w.word, language).own ?? []);
const names = new NativeNames(actors);

describe('actors named in their own language', () => {
  it('finds a name in any inflection', () => {
    expect(names.find(own('Ko paredz Latvijas stratēģija?', 'lv'), 'lv').actors).toEqual(['latvia']);
    expect(names.find(own('Что говорится в стратегии Казахстана?', 'ru'), 'ru').actors).toEqual(['kazakhstan']);
    // The stemmer cuts the name and its inflection differently (казахста, казахстан): a stem that starts the other matches.
    expect(names.find(own('Какие законы в Казахстане?', 'ru'), 'ru').actors).toEqual(['kazakhstan']);
    expect(names.find(own('Τι προβλέπει η στρατηγική της Ελλάδας;', 'el'), 'el').actors).toEqual(['greece']);
    expect(names.find(own("Que dit la stratégie tchadienne sur l'audit ?", 'fr'), 'fr').actors).toEqual(['chad']);
    expect(names.find(own('Que dit la stratégie sur les audits ?', 'fr'), 'fr').actors).toEqual([]);
  });

  it('makes the question about that actor: its name ranks, it is no evidence', () => {
    const plan = new QueryPlanner({ actors, glossary: [] }).plan('Ko paredz Latvijas kiberdrošības stratēģija?');
    expect(plan.language).toBe('lv');
    expect(plan.mentionedActors).toEqual(['latvia']);
    expect(plan.terms.find((t) => t.term === 'lv:latvij')?.source).toBe('actor');
  });
});

describe('a question in another language', () => {
  it('searches an acronym only as written: no prefix or typo match ("CERT" is not "certifiés" or "certaines")', () => {
    const plan = new QueryPlanner({ actors, glossary: [] }).plan('Que dit la stratégie du Tchad sur le CERT national ?');
    expect(plan.language).toBe('fr');
    expect(plan.terms.find((t) => t.term === 'fr:cert')).toMatchObject({ fuzzy: false, prefix: false });
    // A word of the same language written in lower case keeps both.
    expect(plan.terms.find((t) => t.term === 'fr:national')).toMatchObject({ fuzzy: 2, prefix: true });
  });

  it('keeps the letters its language folds differently: й stays in Russian, accents tell French apart', () => {
    const planner = new QueryPlanner({ actors, glossary: [] });
    const ru = planner.plan('Что говорит Казахстан о безопасности районов?');
    expect(ru.language).toBe('ru');
    expect(ru.terms.map((t) => t.term)).toContain('ru:район');
    expect(planner.plan('Que prévoit le Tchad ?').language).toBe('fr');
  });
});

describe('typo and prefix matching of a term of another language', () => {
  it('is sized on the word, not on its language mark', () => {
    expect(makeTerm('fr:tart', 'question', false)).toMatchObject({ fuzzy: false, prefix: true });
    expect(makeTerm('es:prep', 'question', false)).toMatchObject({ fuzzy: false });
    expect(makeTerm('fr:cybersecurit', 'question', false).fuzzy).toBe(2);
    expect(makeTerm('fr:menac', 'question', false).fuzzy).toBe(1);
    expect(makeTerm('strategi', 'question', false).fuzzy).toBeCloseTo(0.2);
  });
});
