/**
 * British and American spellings folded to one form, so that "organisation"
 * finds "organization" and "defense" finds "defence". Applied to lowercase,
 * diacritic-free words before stemming, at index and query time alike; the
 * form chosen does not matter as long as both sides use it.
 */

/** Whole words whose two spellings differ in ways no suffix rule catches (American → British). */
const WORD_PAIRS: ReadonlyMap<string, string> = new Map([
  ['defense', 'defence'],
  ['defenses', 'defences'],
  ['offense', 'offence'],
  ['offenses', 'offences'],
  ['license', 'licence'],
  ['licenses', 'licences'],
  ['pretense', 'pretence'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['centered', 'centred'],
  ['theater', 'theatre'],
  ['fiber', 'fibre'],
  ['meter', 'metre'],
  ['liter', 'litre'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['catalog', 'catalogue'],
  ['dialog', 'dialogue'],
  ['dialogs', 'dialogues'],
  ['color', 'colour'],
  ['favor', 'favour'],
  ['favorable', 'favourable'],
  ['behavior', 'behaviour'],
  ['behaviors', 'behaviours'],
  ['labor', 'labour'],
  ['honor', 'honour'],
  ['neighbor', 'neighbour'],
  ['neighbors', 'neighbours'],
  ['neighboring', 'neighbouring'],
  ['endeavor', 'endeavour'],
  ['endeavors', 'endeavours'],
  ['harbor', 'harbour'],
  ['rumor', 'rumour'],
  ['vigor', 'vigour'],
  ['gray', 'grey'],
  ['enroll', 'enrol'],
  ['fulfill', 'fulfil'],
  ['judgment', 'judgement'],
  ['aging', 'ageing'],
  ['cybercenter', 'cybercentre'],
]);

/** Short words ending in -ize that have no -ise twin. */
const IZE_KEEP: ReadonlySet<string> = new Set([
  'size',
  'sizes',
  'sized',
  'prize',
  'prizes',
  'seize',
  'seized',
  'seizes',
  'seizing',
  'capsize',
  'downsize',
  'oversize',
  'resize',
]);

/** Folds one lowercase word to the project's single spelling. */
export function foldSpelling(word: string): string {
  const pair = WORD_PAIRS.get(word);
  if (pair !== undefined) return pair;
  if (IZE_KEEP.has(word)) return word;
  // -ize/-yze families: organize, organization, analyzed, ... (three letters or more before the suffix).
  const ize = /^(\p{L}{3,})([iy])z(e|es|ed|ing|er|ers|ation|ations|ational)$/u.exec(word);
  if (ize !== null) return `${ize[1]}${ize[2]}s${ize[3]}`;
  // Doubled l before -ed/-ing/-er: travelled/traveled, modelling/modeling, labelled/labeled.
  const ll = /^(\p{L}{3,}[aeiou])ll(ed|ing|er|ers)$/u.exec(word);
  if (ll !== null) return `${ll[1]}l${ll[2]}`;
  return word;
}
