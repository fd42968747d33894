/**
 * What every front says about languages: the languages of an answer's
 * sources when they are not the question's, and a document's language in
 * the lists of sources. Pure functions of the results.
 */
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import type { AskResult } from '../search/answer.ts';
import { languageName } from '../text/analysis/languages.ts';

/** "French", "French and Spanish", "French, Spanish and Greek". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The note an answer carries when its sources are in other languages than
 * the question ("Benin's sources are in French: the quotes are the original
 * text, not a translation."), or undefined when they are in the question's.
 */
export function sourceLanguagesNote(result: AskResult): string | undefined {
  const tags = result.sourceLanguages ?? [];
  if (tags.length === 0) return undefined;
  const names = listed([...new Set(tags.map(languageName))]);
  const whose = result.scope === 'actor' && result.actorName !== undefined ? `${result.actorName}'s sources are` : 'Some of these sources are';
  return `${whose} in ${names}: the quotes are the original text, not a translation.`;
}

/** A document's language by name ("French"), or "language unknown". */
export function documentLanguage(doc: Pick<KnowledgeDocument, 'language' | 'languages'>): string {
  if (doc.languages !== undefined) return listed(doc.languages.map(languageName));
  return doc.language === undefined ? 'language unknown' : languageName(doc.language);
}

/** The documents of a catalogue counted by language, most first: "English 33, French 6, Spanish 4". */
export function languageCounts(documents: readonly Pick<KnowledgeDocument, 'language' | 'languages'>[]): string {
  const counts = new Map<string, number>();
  for (const d of documents) {
    const name = documentLanguage(d);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}
