/**
 * Stop words per language: the stopword package's list for each, plus the
 * question words and auxiliaries an analyst types in a question ("que dit",
 * "qué dice", "что говорит"), as the English list has them (terms.ts). All
 * folded as the language's words are (fold.ts), so "était" and "etait" are
 * both stop words.
 */
import { ell, fra, jpn, lav, rus, spa, zho } from 'stopword';
import { foldWord } from './fold.ts';
import type { AnalysedLanguage } from './languages.ts';

/** Question words, auxiliaries and verbs of asking that the package's lists lack. */
const QUESTION_WORDS: Readonly<Record<AnalysedLanguage, readonly string[]>> = {
  fr: ['que', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'comment', 'pourquoi', 'quand', 'où', 'qui', 'dit', 'dire', 'disent', 'fait', 'font', 'prévoit', 'prevoit', 'est-ce', 'y', 'a-t-il', 'il', 'elle', 'sont', 'est', 'sur', 'selon', 'parle', 'concernant'],
  es: ['qué', 'que', 'cómo', 'como', 'cuál', 'cuáles', 'cual', 'cuales', 'cuándo', 'dónde', 'quién', 'quiénes', 'dice', 'dicen', 'hace', 'hacen', 'prevé', 'preve', 'es', 'son', 'hay', 'sobre', 'según', 'segun', 'para', 'por', 'con', 'su', 'sus', 'se', 'lo', 'las', 'al', 'una', 'uno', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'o', 'u', 'e', 'ni', 'le', 'les', 'más', 'mas', 'muy', 'ya', 'no', 'sí', 'si', 'tiene', 'tienen', 'habla', 'respecto'],
  ru: ['что', 'как', 'какие', 'какой', 'какая', 'каких', 'кто', 'где', 'когда', 'почему', 'говорит', 'говорится', 'сказано', 'предусматривает', 'ли', 'об', 'о', 'про'],
  el: ['τι', 'πώς', 'πως', 'ποια', 'ποιες', 'ποιοι', 'ποιο', 'ποιος', 'πότε', 'λέει', 'λεει', 'αναφέρει', 'προβλέπει', 'η', 'ο', 'το', 'τα', 'οι', 'της', 'του', 'των', 'την', 'τον', 'τις', 'τους', 'για', 'με', 'σε', 'στο', 'στη', 'στην', 'στον', 'στα', 'στις', 'στους', 'και'],
  lv: ['ko', 'kā', 'kas', 'kādi', 'kādas', 'kāda', 'kāds', 'kur', 'kad', 'kāpēc', 'saka', 'paredz', 'par', 'ir', 'un', 'vai', 'uz', 'no', 'ar', 'līdz'],
  ja: ['何', 'どう', 'どのように', 'について', 'とは', 'か'],
  zh: ['什么', '如何', '怎么', '关于', '吗', '哪些'],
};

const LISTS: Readonly<Record<AnalysedLanguage, readonly string[]>> = { fr: fra, es: spa, ru: rus, el: ell, lv: lav, ja: jpn, zh: zho };

const built = new Map<AnalysedLanguage, ReadonlySet<string>>();

/** The stop words of `language`, folded. Built on first use. */
export function stopWordsOf(language: AnalysedLanguage): ReadonlySet<string> {
  let set = built.get(language);
  if (set === undefined) {
    set = new Set([...LISTS[language], ...QUESTION_WORDS[language]].map((w) => foldWord(w, language)));
    built.set(language, set);
  }
  return set;
}
