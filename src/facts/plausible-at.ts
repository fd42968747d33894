/**
 * Whether a name found at a place of a sentence is a real name in running
 * text: the checks of plausible.ts on its words, and on the sentence around
 * it (its head noun first, two names joined by "and", a name that is an
 * action on "the programme", a participle glued on, a quote that is no sentence).
 */
import { classifyHead } from './heads.ts';
import type { NameRun } from './names.ts';
import { isPlausibleName, isRunningText, isTwoNames } from './plausible.ts';
import { quoteSpan } from './span.ts';

/** True when the name at `[start, end)` of `text` is a real name in running text (see plausible.ts). */
export function plausibleAt(text: string, words: readonly string[], start: number, end: number, names: readonly NameRun[]): boolean {
  // "Directive on …", "Strategy for …", "Ministry of Science, … and Telecommunications": led by its head noun, ending in its remit.
  const lead = /^(.*?)\s+(?:on|of|for)\s/u.exec(text.slice(start, end))?.[1];
  const headFirst = lead !== undefined && classifyHead(lead.split(/\s+/u)).is !== 'other';
  // "Council of Europe and Organization of … States": two bodies, each with its head and remit.
  const parts = text
    .slice(start, end)
    .split(/\s+and\s+/u)
    .map((p) => p.split(/\s+/u));
  if (parts.length === 2 && parts.every((p) => p.length >= 3 && p.includes('of') && classifyHead(p).is !== 'other')) return false;
  if (
    !isPlausibleName(
      words.map((w) => w.replace(/,$/u, '')),
      headFirst,
    ) ||
    isTwoNames(
      text.slice(start, end),
      (w) => classifyHead([w]).is === 'instrument',
      (w) => classifyHead([w]).is !== 'other',
    )
  )
    return false;
  // "Coordination of Programme", "Description of Program": an action on "the programme", not a name.
  const ofHead = /^\S+\s+of\s+(?:the\s+)?(\S+)$/u.exec(text.slice(start, end))?.[1];
  if (ofHead !== undefined && classifyHead([ofHead]).is === 'instrument') return false;
  // A participle closing a name is the next cell's or line's first word ("… for Cyber Security Supporting").
  if (/\p{Ll}ing$/u.test(words[words.length - 1] ?? '') && classifyHead([words[words.length - 1] ?? '']).is === 'other') return false;
  const span = quoteSpan(text, start, end);
  const inside = names.filter((n) => n.start >= span.start && n.end <= span.end).map((n) => ({ start: n.start - span.start, end: n.end - span.start }));
  return isRunningText(text.slice(span.start, span.end), inside);
}
