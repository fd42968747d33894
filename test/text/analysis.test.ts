/**
 * Per-language analysis (src/text/analysis): each language's words fold,
 * lose their stop words and stem so that the forms an analyst types meet the
 * forms a document writes; terms are marked with their language, and
 * numbers, acronyms and names cross languages unmarked. English is analysed
 * exactly as the original pipeline does.
 */
import { describe, expect, it } from 'vitest';
import { analysedTerms, analyseText, analyseWord } from '../../src/text/analysis/analyse.ts';
import { foldWord } from '../../src/text/analysis/fold.ts';
import { analysisOf, languageOfTerm } from '../../src/text/analysis/languages.ts';
import { stemLatvian } from '../../src/text/analysis/latvian.ts';
import { wordsOf } from '../../src/text/analysis/segment.ts';
import { processText } from '../../src/text/terms.ts';

/** The language-marked terms of `text` (crossing terms left out). */
const own = (text: string, language: Parameters<typeof analysedTerms>[1]) => analysedTerms(text, language).filter((t) => languageOfTerm(t) !== undefined);

describe('English', () => {
  it('gives exactly the terms of the original pipeline, unmarked', () => {
    const text = "Japan's national cybersecurity strategy (2015) and the U.S. CERT's capacity-building programmes.";
    expect(analysedTerms(text, 'en')).toEqual(processText(text));
    expect(analysedTerms(text, 'en').some((t) => t.includes(':'))).toBe(false);
  });

  it('is the analysis of documents with no language or one without an analysis of its own', () => {
    expect(analysisOf(undefined)).toBe('en');
    expect(analysisOf('de')).toBe('en');
    expect(analysisOf('fr-BE')).toBe('fr');
    expect(analysisOf('zh-Hant')).toBe('zh');
  });
});

describe('French', () => {
  it('meets a word typed with or without its accents, in another inflection', () => {
    expect(own('cybersécurité', 'fr')).toEqual(own('cybersecurite', 'fr'));
    expect(own('les stratégies nationales', 'fr')).toEqual(own('la strategie nationale', 'fr'));
    expect(own('la formation des magistrats', 'fr')).toEqual(own('formations du magistrat', 'fr'));
  });

  it('drops stop words and elided articles, and marks its terms', () => {
    const terms = own("Que prévoit l'agence pour la sensibilisation ?", 'fr');
    expect(terms).toEqual(own('agence sensibilisation', 'fr'));
    expect(terms.every((t) => t.startsWith('fr:'))).toBe(true);
  });

  it('gives names and acronyms a term an English question has too, and numbers only that', () => {
    const english = new Set(processText('Benin ANSSI 2020'));
    const cross = analyseText('Le Bénin a créé l’ANSSI en 2020.', 'fr')
      .map((t) => t.term)
      .filter((t) => t !== undefined && languageOfTerm(t) === undefined);
    expect(new Set(cross)).toEqual(english);
    expect(analyseWord('2020', 'fr')).toEqual({ own: undefined, cross: '2020' });
  });
});

describe('Spanish', () => {
  it('conflates inflections and accents', () => {
    expect(own('ciberseguridad nacional', 'es')).toEqual(own('Ciberseguridad Nacionales', 'es'));
    expect(own('la capacitación de funcionarios públicos', 'es')).toEqual(own('capacitacion funcionario publico', 'es'));
  });

  it('drops question words', () => {
    expect(own('¿Qué dice Uruguay sobre los centros de datos?', 'es')).toEqual(own('Uruguay centros datos', 'es'));
  });
});

describe('Russian', () => {
  it('stems case endings and keeps й, folding only ё', () => {
    expect(own('кибербезопасности', 'ru')).toEqual(own('кибербезопасность', 'ru'));
    expect(own('информационной безопасности', 'ru')).toEqual(own('информационная безопасность', 'ru'));
    expect(foldWord('Ёмкий', 'ru')).toBe('емкий');
  });
});

describe('Greek', () => {
  it('meets a word typed without its accents or in capitals, in another case', () => {
    expect(own('κυβερνοασφάλεια', 'el')).toEqual(own('κυβερνοασφαλειας', 'el'));
    expect(own('ΚΥΒΕΡΝΟΑΣΦΑΛΕΙΑ', 'el')).toEqual(own('κυβερνοασφάλεια', 'el'));
    expect(own('η εθνική στρατηγική', 'el')).toEqual(own('εθνικης στρατηγικης', 'el'));
  });
});

describe('Latvian', () => {
  it('meets a word typed without its diacritics, in another case', () => {
    expect(own('kiberdrošība', 'lv')).toEqual(own('kiberdrosibas', 'lv'));
    expect(own('Latvijas stratēģija', 'lv')).toEqual(own('latvija strategijai', 'lv'));
  });

  it('strips the longest ending and keeps a stem of three letters', () => {
    expect(stemLatvian('drosibas')).toBe('drosib');
    expect(stemLatvian('valstij')).toBe('valst');
    expect(stemLatvian('ar')).toBe('ar');
    expect(stemLatvian('aka')).toBe('aka');
  });
});

describe('Japanese and Chinese', () => {
  it('splits text written without spaces into words', () => {
    expect(
      wordsOf('サイバーセキュリティ戦略', 'ja')
        .map((t) => t.word)
        .join('|'),
    ).toContain('戦略');
    const zh = wordsOf('国家网络安全战略', 'zh');
    expect(zh.length).toBeGreaterThan(1);
    expect(zh.map((t) => t.word).join('')).toBe('国家网络安全战略');
  });

  it('gives every word its offsets and Latin words their English terms', () => {
    const text = '日本のNISCは戦略を定める';
    for (const t of wordsOf(text, 'ja')) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(analysedTerms(text, 'ja')).toContain('nisc');
    expect(own('戦略', 'ja')).toEqual(['ja:戦略']);
  });
});
