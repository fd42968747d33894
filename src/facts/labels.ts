/**
 * Our labels for extracted names, and the keys items merge under: a label
 * starts with the name (a year written before it first), then its aliases,
 * its modifier and "(proposal)"; a key is the label without the aliases.
 */
import type { DateMention } from './dates.ts';
import { singularName } from './heads.ts';
import { type FactLexicon, nameKey } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { ALIAS_PARENS, LEADING_MODIFIER } from './modifiers.ts';

/** The merge key of a label: the name with its year and modifier, without the aliases in brackets. */
export function keyOfLabel(label: string): string {
  return nameKey(label.replace(ALIAS_PARENS, ''));
}

/**
 * Our label for a name: its attached year (or range) first, then the name, its aliases, its modifier
 * ("… Strategy (updated)": a label starts with the name, never with a lowercase description) and
 * "(proposal)" where it is one. "new" says only that it was made lately: left out.
 */
export function labelOf(m: Pick<Mention, 'name' | 'aliases' | 'proposal'>, lexicon: FactLexicon, date?: DateMention, plural = false): string {
  const modifier = LEADING_MODIFIER.exec(m.name)?.[1];
  const written = modifier === undefined ? m.name : m.name.slice(modifier.length + 1);
  const name = plural ? singularName(written) : written;
  const glossary = lexicon.glossaryEntry(written)?.term;
  const aliases = [...m.aliases, ...(glossary === undefined ? [] : [glossary])].filter((a, i, xs) => !name.includes(a) && xs.indexOf(a) === i);
  const when = date === undefined ? '' : `${date.year}${date.untilYear === undefined ? '' : `–${date.untilYear}`} `;
  const said = modifier === undefined || modifier === 'new' ? '' : ` (${modifier})`;
  const label = `${when}${name}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}${said}${m.proposal ? ' (proposal)' : ''}`;
  return lexicon.canonicalSpelling(label);
}

export function dateFields(d: DateMention | undefined): { year?: number; month?: number; untilYear?: number } {
  if (d === undefined) return {};
  return { year: d.year, ...(d.month === undefined ? {} : { month: d.month }), ...(d.untilYear === undefined ? {} : { untilYear: d.untilYear }) };
}
