/**
 * The worst-case hunt: inputs up to Discord's 6,000-character option built
 * to be slow for a MiniSearch-backed engine (see the project notes on
 * MiniSearch at scale): common words repeated, very short terms that expand
 * to much of the vocabulary as prefixes, long terms for fuzzy matching,
 * hundreds of distinct terms, Unicode that normalises into words.
 */
import { MAX_QUESTION_CHARS } from '../src/search/limits.ts';
import { ACRONYMS, ACTORS, POLICY_WORDS } from '../fixtures/synthetic/vocabulary.ts';

/** Repeats `unit` (joined by spaces) as often as fits in `chars` characters. */
function fill(unit: string, chars: number): string {
  const n = Math.max(1, Math.floor((chars + 1) / (unit.length + 1)));
  return Array.from({ length: n }, () => unit).join(' ');
}

/** Joins `words` by spaces, stopping before `chars` characters. */
function upTo(words: readonly string[], chars: number): string {
  let out = '';
  for (let i = 0; ; i++) {
    const w = words[i % words.length] ?? '';
    if (out.length + w.length + 1 > chars) return out;
    out = out === '' ? w : `${out} ${w}`;
  }
}

const STOP_30 = 'the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her'.split(' ');

/** Long words with a typo each: fuzzy matching at its widest distance. */
const LONG_TYPOS = [
  'cybersecuirty',
  'internatoinal',
  'infrastrcuture',
  'vulnerabilites',
  'telecommuncations',
  'interoperabilty',
  'standardisaton',
  'multistakeholdr',
  'accountabilty',
  'authenticaton',
  'countermeasurs',
  'implementaiton',
  'partnerhsips',
  'certificaiton',
  'preparednes',
  'disinformaton',
];

/** Named adversarial inputs, each at most MAX_QUESTION_CHARS characters. */
export function adversarialInputs(paragraphs: readonly string[]): { name: string; text: string }[] {
  const max = MAX_QUESTION_CHARS;
  const inputs = [
    { name: '`the` × 75 (300 chars)', text: fill('the', 300) },
    { name: '`the` × 1,500 (6,000 chars)', text: fill('the', max) },
    { name: '30 different stop words', text: STOP_30.join(' ') },
    { name: '30 stop words repeated to 6,000 chars', text: upTo(STOP_30, max) },
    { name: '`co` × 100', text: fill('co', 300) },
    { name: '`co` × 2,000 (6,000 chars)', text: fill('co', max) },
    { name: '`t` × 150', text: fill('t', 300) },
    { name: '`th` × 100', text: fill('th', 300) },
    { name: '`a b c … z` × 6', text: Array.from({ length: 6 }, () => 'abcdefghijklmnopqrstuvwxyz'.split('').join(' ')).join(' ') },
    { name: 'two-letter prefixes to 6,000 chars', text: upTo(['se', 'cy', 'in', 'co', 're', 'pr', 'de', 'st', 'ma', 'pa'], max) },
    { name: 'four-letter prefixes (16)', text: 'secu cybe inte nati stra prot defe gove regu info netw capa resi oper mili coop' },
    { name: 'commonest policy word × 600', text: fill('security', max) },
    { name: 'all policy words (hundreds of terms)', text: upTo(POLICY_WORDS, max) },
    { name: '16 long words with typos', text: LONG_TYPOS.join(' ') },
    { name: 'long typos repeated to 6,000 chars', text: upTo(LONG_TYPOS, max) },
    { name: 'one 300-character token', text: 'cybersecurity'.repeat(23).slice(0, 300) },
    { name: 'one 6,000-character token', text: 'strategy'.repeat(750).slice(0, max) },
    { name: 'every acronym (glossary expansions)', text: ACRONYMS.map((a) => a.term).join(' ') },
    {
      name: 'every actor name and alias',
      text: upTo(
        ACTORS.flatMap((a) => [a.name, ...a.aliases]),
        max,
      ),
    },
    { name: 'years × 1,200', text: upTo(['2016', '2019', '2021', '2023', '1999'], max) },
    { name: '`U.S.` × 1,200', text: fill('U.S.', max) },
    { name: 'a 6,000-char natural paragraph', text: upTo(paragraphs.join(' ').split(' '), max) },
    { name: 'unicode: math letters that normalise to words', text: fill('𝔰𝔢𝔠𝔲𝔯𝔦𝔱𝔶 𝔰𝔱𝔯𝔞𝔱𝔢𝔤𝔶', 3000) },
    { name: 'unicode: combining marks on every letter', text: fill('s\u0301e\u0301c\u0301u\u0301r\u0301i\u0301t\u0301y\u0301', max) },
    { name: 'unicode: CJK, emoji, RTL and zero-width', text: fill('网络安全 🛡️ أمن‮ ​sec​urity ﬃ ¼', max) },
    { name: 'punctuation only', text: fill('?!.,;:', max) },
  ];
  for (const i of inputs) if (i.text.length > max) throw new Error(`bench: adversarial input "${i.name}" is ${i.text.length} characters`);
  return inputs;
}
