/**
 * The language of each paragraph of a document: its front matter's
 * `language`, or, in a document that mixes languages (`languages`), the one
 * of those its paragraph is written in, detected with tinyld among them only.
 * Only such documents pay for detection, once per paragraph and document.
 */
import type { KnowledgeDocument } from '../knowledge/corpus.ts';
import { primarySubtag } from '../text/analysis/languages.ts';
import { detectAmong } from '../text/analysis/tinyld.ts';
import type { Passage } from './chunk.ts';

/** Below this, a paragraph is too short to tell: it is taken to be in the document's main language. */
const MIN_DETECT_CHARS = 40;

const byDocument = new WeakMap<KnowledgeDocument, (paragraph: number) => string | undefined>();

/** The language of paragraph `p` (0-based) of `doc`, as a function of `p` (remembered for the document). */
export function paragraphLanguages(doc: KnowledgeDocument): (paragraph: number) => string | undefined {
  let of = byDocument.get(doc);
  if (of !== undefined) return of;
  const languages = doc.languages;
  if (languages === undefined) {
    of = () => doc.language;
  } else {
    const main = doc.language ?? languages[0];
    // tinyld knows languages by their primary subtag: `pt-BR` is detected as `pt`.
    const only = languages.map(primarySubtag);
    const seen = new Map<number, string | undefined>();
    of = (p) => {
      if (seen.has(p)) return seen.get(p);
      const text = doc.paragraphs[p] ?? '';
      const code = text.length < MIN_DETECT_CHARS ? '' : detectAmong(text, only);
      const language = code === '' ? main : (languages.find((l) => primarySubtag(l) === code) ?? main);
      seen.set(p, language);
      return language;
    };
  }
  byDocument.set(doc, of);
  return of;
}

/** The `language` field of a passage: only where it is known. */
export function languageField(language: string | undefined): Pick<Passage, 'language'> {
  return language === undefined ? {} : { language };
}
