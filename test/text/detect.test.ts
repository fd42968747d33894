/** Question language detection (src/text/analysis/detect.ts): English stays the default; another language must show itself. */
import { describe, expect, it } from 'vitest';
import { detectQuestionLanguage } from '../../src/text/analysis/detect.ts';

describe('the language of a question', () => {
  it('reads English questions as English, short and full of acronyms or foreign names as they may be', () => {
    for (const q of [
      'What is NIS2?',
      'CBMs',
      'EU cybersecurity certification scheme',
      'supply chain security in EU law',
      "What does Benin's strategy say about a national CERT?",
      'Ghana EOCO',
      'Bénin stratégie',
      'What is the ANSSI in Togo?',
    ]) {
      expect(detectQuestionLanguage(q), q).toBe('en');
    }
  });

  it('reads French and Spanish questions, accented or not', () => {
    expect(detectQuestionLanguage('Que dit la stratégie du Bénin sur le CERT ?')).toBe('fr');
    expect(detectQuestionLanguage('que prevoit le Togo pour la formation des jeunes')).toBe('fr');
    expect(detectQuestionLanguage('¿Qué dice Uruguay sobre ciberseguridad?')).toBe('es');
    expect(detectQuestionLanguage('capacitacion de funcionarios publicos en Uruguay')).toBe('es');
  });

  it('reads Latvian, Russian, Greek, Japanese and Chinese', () => {
    expect(detectQuestionLanguage('Ko Latvija dara kiberdrošības jomā?')).toBe('lv');
    expect(detectQuestionLanguage('Что говорит Казахстан о кибербезопасности?')).toBe('ru');
    expect(detectQuestionLanguage('Τι λέει η Ελλάδα για την κυβερνοασφάλεια;')).toBe('el');
    expect(detectQuestionLanguage('日本のサイバーセキュリティ戦略とは')).toBe('ja');
    expect(detectQuestionLanguage('国家网络安全战略')).toBe('zh');
    expect(detectQuestionLanguage('Industrial Internet of Things και συστήματα SCADA')).toBe('el');
    expect(detectQuestionLanguage('informācijas drošības pārvaldība')).toBe('lv');
  });
});
