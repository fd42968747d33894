/** Every corpus question, validated. */
import { ACROSS } from './across.ts';
import { FURTHER } from './further.ts';
import { HELD_OUT } from './held-out.ts';
import { MORE } from './more.ts';
import { NONE } from './none.ts';
import { ONE_COUNTRY } from './one-country.ts';
import { type CorpusQuestion, parseQuestions } from './schema.ts';
import { SILENT } from './silent.ts';

/** The questions, parsed by the schema (throws a QuestionDataError naming the first bad one). */
export function corpusQuestions(): CorpusQuestion[] {
  return parseQuestions([...ONE_COUNTRY, ...MORE, ...FURTHER, ...HELD_OUT, ...ACROSS, ...SILENT, ...NONE]);
}
