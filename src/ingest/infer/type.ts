/** What kind of document it is, from its title (and an HTML page is a web page unless its title says otherwise). */
import type { DocumentType } from '../../knowledge/schema.ts';
import type { SourceFormat } from '../types.ts';

/** Title words that say what a document is, in the languages of the corpora (English, French, Spanish), first match wins. */
const BY_TITLE: readonly [RegExp, DocumentType][] = [
  [/\b(?:strateg(?:y|ies|ie|ia)|stratégie|estrategia|roadmap|plan d'action|action plan)\b/iu, 'strategy'],
  [/\b(?:act|law|bill|decree|regulation|directive|code|loi|décret|ley|decreto)\b/iu, 'law'],
  [/\b(?:report|review|assessment|study|white paper|rapport|informe)\b/iu, 'report'],
  [/\b(?:statement|declaration|communiqué|communique|speech|remarks|déclaration|declaración)\b/iu, 'statement'],
];

/** The type: given, or read from the title, or `web` for an HTML page, or `other`. */
export function inferType(given: DocumentType | undefined, title: string, format: SourceFormat): DocumentType {
  if (given !== undefined) return given;
  for (const [pattern, type] of BY_TITLE) if (pattern.test(title)) return type;
  return format === 'html' ? 'web' : 'other';
}
