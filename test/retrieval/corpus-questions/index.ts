/** Every corpus question, validated. */
import { ACROSS } from './across.ts';
import { FRENCH } from './french.ts';
import { FURTHER } from './further.ts';
import { MORE } from './more.ts';
import { NONE } from './none.ts';
import { ONE_COUNTRY } from './one-country.ts';
import { type CorpusQuestion, parseQuestions } from './schema.ts';
import { SILENT } from './silent.ts';
import { SPANISH } from './spanish.ts';
import { GREEK, LATVIAN, RUSSIAN } from './russian-greek-latvian.ts';

/** The questions, parsed by the schema (throws a QuestionDataError naming the first bad one). */
export function corpusQuestions(): CorpusQuestion[] {
  return parseQuestions([...ONE_COUNTRY, ...MORE, ...FURTHER, ...ACROSS, ...SILENT, ...NONE, ...FRENCH, ...SPANISH, ...RUSSIAN, ...GREEK, ...LATVIAN]);
}
