/**
 * Head nouns: the last word of a name says what it names. "… Directive",
 * "… Strategy", "… Toolbox" are instruments; "… Summit" a meeting; "… Union",
 * "… Command", "… Dialogue" an organisation or forum. Generic English policy
 * vocabulary, nothing taken from one corpus.
 */

/** Instrument head nouns (singular, lowercase) → the kind shown for the instrument. */
export const INSTRUMENT_HEADS: ReadonlyMap<string, string> = new Map([
  ['strategy', 'strategy'],
  ['directive', 'directive'],
  ['act', 'act'],
  ['guidance', 'guidance'],
  ['principle', 'principles'],
  ['commission', 'commission'],
  ['scheme', 'scheme'],
  ['toolbox', 'toolbox'],
  ['regulation', 'regulation'],
  ['law', 'law'],
  ['framework', 'framework'],
  ['convention', 'convention'],
  ['treaty', 'treaty'],
  ['charter', 'charter'],
  ['declaration', 'declaration'],
  ['agenda', 'agenda'],
  ['doctrine', 'doctrine'],
  ['policy', 'policy'],
  ['programme', 'programme'],
  ['program', 'programme'],
  ['plan', 'plan'],
  ['roadmap', 'roadmap'],
  ['initiative', 'initiative'],
  ['code', 'code'],
  ['agreement', 'agreement'],
  ['review', 'review'],
  ['guideline', 'guidelines'],
  ['standard', 'standard'],
  ['communication', 'communication'],
  ['white paper', 'white paper'],
  ['decree', 'decree'],
  ['ordinance', 'ordinance'],
  ['masterplan', 'plan'],
]);

/** Meeting head nouns: a meeting is an event, not an instrument. */
export const MEETING_HEADS: ReadonlySet<string> = new Set(['summit', 'conference', 'meeting', 'congress', 'session', 'ministerial', 'symposium']);

/** Organisation and forum head nouns. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'union',
  'command',
  'organisation',
  'organization',
  'council',
  'agency',
  'alliance',
  'dialogue',
  'forum',
  'group',
  'community',
  'association',
  'coalition',
  'partnership',
  'nation',
  'ministry',
  'office',
  'institute',
  'committee',
  'secretariat',
  'bank',
  'parliament',
  'court',
  'authority',
  'department',
  'bureau',
  'force',
  'corps',
  'board',
  'assembly',
  'cooperation',
  'network',
  'centre',
  'center',
  'team',
  'school',
  'university',
  'college',
  'academy',
]);

/** Bodies named by what they are for or of: the organisation heads, and a few that never end a name ("Society for …"). */
const BODIES_WITH_REMIT: ReadonlySet<string> = new Set([...ORGANISATION_HEADS, 'society', 'federation', 'foundation', 'fund']);
/** Publications: "… Journal of Law and Technology" is a journal, whatever its subject's last word. */
const PUBLICATIONS: ReadonlySet<string> = new Set(['journal', 'magazine', 'newspaper', 'bulletin', 'review']);

/**
 * Words right after an acronym that show it names an organisation or forum
 * ("the ABC coalition", "the G5 summits", "the XYZ reports").
 */
export const ORGANISATION_CONTEXT: ReadonlySet<string> = new Set([
  'coalition',
  'alliance',
  'summit',
  'forum',
  'fora',
  'partner',
  'member',
  'report',
  'meeting',
  'group',
  'framework',
  'secretariat',
  'council',
  'format',
  'process',
]);

/** A word's singular, lowercase (a simple English rule: enough for head nouns). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/u.test(w)) return `${w.slice(0, -3)}y`;
  if (/(x|ss|ch|sh)es$/u.test(w)) return w.slice(0, -2);
  if (/[^s]s$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** What a name is by its head (last word). */
export type HeadClass =
  | { readonly is: 'instrument'; readonly kind: string }
  | { readonly is: 'meeting' }
  | { readonly is: 'organisation' }
  | { readonly is: 'other' };

/**
 * Classifies a name by its last word (or last two, for "White Paper"); for
 * "X of Y" names whose last word is no head, by the word before "of"
 * ("Group of Seven", "Council of Europe").
 */
export function classifyHead(words: readonly string[]): HeadClass {
  // "Directive on …", "Convention on …", "Strategy for …": the instrument, whatever its subject's last word.
  // Not "Strategies and Policies for …": a plural lead is a class, the title of a book or a chapter.
  const first = words[0] ?? '';
  const lead = singular(first) === first.toLowerCase() || first.toLowerCase() === 'principles' ? INSTRUMENT_HEADS.get(singular(first)) : undefined;
  if (lead !== undefined && ['on', 'of', 'for'].includes(words[1] ?? '')) return { is: 'instrument', kind: lead };
  const of = words.indexOf('of');
  // "Ministry of Post and Communications", "… School of Public Policy", "… Centre for Policy": the body, whatever its remit's last word.
  const remit = words.findIndex((w, i) => i >= 1 && (w === 'of' || w === 'for') && BODIES_WITH_REMIT.has(singular(words[i - 1] ?? '')));
  if (remit >= 1) return { is: 'organisation' };
  // "… Strategy of the Union": the instrument the union has, not the union.
  const beforeOf = words[of - 1] ?? '';
  if (of >= 1 && PUBLICATIONS.has(singular(beforeOf))) return { is: 'other' };
  const before = of >= 1 && singular(beforeOf) === beforeOf.toLowerCase() ? classifyLast(words.slice(0, of)) : undefined;
  if (before?.is === 'instrument') return before;
  // "International Cyber Strategy for Norland", "… Act on National Security": an instrument for or on its subject.
  const remitOf = words.findIndex((w, i) => i >= 1 && (w === 'for' || w === 'on'));
  const beforeRemit = words[remitOf - 1] ?? '';
  // Its subject in a few words, without an "of": a longer run after "for" or "on" is cells of a table glued together.
  const subject = words.slice(remitOf + 1).filter((w) => !/^(?:and|for|on|&|the)$/u.test(w));
  if (
    remitOf >= 1 &&
    subject.length <= 6 &&
    !subject.includes('of') &&
    singular(beforeRemit) === beforeRemit.toLowerCase() &&
    INSTRUMENT_HEADS.has(singular(beforeRemit))
  ) {
    const kind = INSTRUMENT_HEADS.get(singular(beforeRemit));
    if (kind !== undefined) return { is: 'instrument', kind };
  }
  const byLast = classifyLast(words);
  return byLast.is === 'other' && of > 0 && singular(beforeOf) === beforeOf.toLowerCase() ? classifyLast(words.slice(0, of)) : byLast;
}

function classifyLast(words: readonly string[]): HeadClass {
  const last = singular(words[words.length - 1] ?? '');
  const lastTwo = words.length >= 2 ? `${(words[words.length - 2] ?? '').toLowerCase()} ${last}` : '';
  const kind = INSTRUMENT_HEADS.get(lastTwo) ?? INSTRUMENT_HEADS.get(last);
  if (kind !== undefined) return { is: 'instrument', kind };
  if (MEETING_HEADS.has(last)) return { is: 'meeting' };
  if (ORGANISATION_HEADS.has(last)) return { is: 'organisation' };
  return { is: 'other' };
}

/** `word` with its last word made singular, keeping its case: "Cyber Resilience Acts" → "Cyber Resilience Act". */
export function singularName(name: string): string {
  return name.replace(/(\p{L}+)$/u, (w) => {
    const s = singular(w);
    return w[0] === w[0]?.toUpperCase() ? `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}` : s;
  });
}
