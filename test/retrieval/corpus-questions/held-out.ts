/**
 * Paraphrase questions written after the everyday-words thesaurus
 * (src/search/thesaurus.ts) was, to see whether it helps beyond the
 * questions in view when it was written: passages picked from the
 * documents first, then asked in an analyst's words, not checked against
 * the thesaurus. Same rules as one-country.ts; never remove one to make a
 * change pass.
 */
import { about, type CorpusQuestionInput } from './schema.ts';

export const HELD_OUT: readonly CorpusQuestionInput[] = [
  about('paraphrase', 'jamaica', 'Can every cybercrime victim in Jamaica get justice, whoever they are?', 'There will be no discrimination in the application of the law'),
  about('paraphrase', 'costa-rica', 'Who reviews how the Costa Rican strategy is working and proposes fixes?', 'The Advisory Board shall be responsible of analyzing the strategy and issue reports'),
  about('paraphrase', 'belize', 'Why does Belize want more home-grown tech talent?', 'building a pool of talent in Belize, will serve to benefit the country as technology advances'),
  about('paraphrase', 'nigeria', 'Will Nigeria look into cover for losses from hacking?', 'cyber-insurance coverage, to identify whether there is a need for'),
  about('paraphrase', 'nigeria', 'Is Nigeria worried about meddling in its votes?', 'potential to leverage cyberspace and interfere with the electoral process'),
  about('paraphrase', 'nigeria', 'What is Nigeria doing about the gap between men and women online?', 'dedicated to breaking the barriers hindering accessibility for women'),
];
