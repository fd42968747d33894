/**
 * A document's title: what the file says it is (metadata), else the line of
 * its opening that names what it is (a strategy, a policy, a law…), else its
 * first heading that is not a section name, a short first line, or its file name.
 *
 * Real title pages open with everything but the title: "REPUBLIC OF GHANA",
 * "Foreword", "Executive Summary", "Table of figures", a date. Measured on
 * the 47 strategies of the shared corpus, "the first heading" gave
 * "Foreword", "Executive Summary", "TABLE OF FIGURES" or "DECISION" for about
 * half of them; a line that names the document's kind is the title far more often.
 */
import type { Block, ExtractedMetadata } from '../types.ts';
import { wordsOfFileName } from './file-name.ts';

/** A first block longer than this is body text, not a title. */
const MAX_TITLE_CHARS = 150;
/** How many blocks of the opening are looked at for the title. */
const OPENING_BLOCKS = 15;

/** Where a title came from, for the user to check. */
export type TitleReason = 'given' | 'metadata' | 'names its kind' | 'heading' | 'first line' | 'file name';

const usable = (t: string | undefined): t is string => t !== undefined && t.trim().length >= 3 && t.trim().length <= MAX_TITLE_CHARS;

/** Metadata titles that are a tool's default, not the document's ("Microsoft Word - draft.docx", "untitled"). */
const PLACEHOLDER = /^(?:untitled|document\d*|microsoft word\b.*|.*\.(?:docx?|pdf|txt))$/iu;

/** Words that say what kind of document a line names, in the languages of the corpora (the stem is enough). */
const KIND_WORDS =
  /(?:strateg|policy|policies|masterplan|\bplan\b|framework|programme|program\b|\bact\b|\blaw\b|estrategia|política|politique|stratégie|стратеги|концепци|στρατηγικ|stratēģij|pamatnostādn)/iu;

/** Section names and title-page furniture that are never a document's title. */
const SECTION_NAMES =
  /^(?:#+\s*)?(?:the\s+)?(?:foreword|preface|executive summary|summary|contents|table of contents|table of figures|list of (?:figures|tables)|introduction|acknowledge?ments?|abbreviations|glossary|avant-propos|préface|sommaire|résumé|saturs|ievads|resumen ejecutivo|índice|introducción|содержание|введение|περιεχόμενα|εισαγωγή|(?:minister|president|prime minister)['’]?s? (?:foreword|message|statement)|message(?: from .*)?|\(?draft\)?|provisional translation|decision|the government)\b/iu;

/** A line that is only a date or a place and a date ("Vienna, 2021", "October 2021"). */
const DATE_LINE = /^(?:\p{L}+,\s+)?(?:\d{1,2}\.?\s+)?(?:\p{L}+\s+)?(?:19|20)\d{2}\.?$/u;

const candidate = (b: Block): boolean =>
  (b.kind === 'heading' || b.kind === 'paragraph') && usable(b.text) && !/[.;,:]$/u.test(b.text.trim()) && !SECTION_NAMES.test(b.text.trim()) && !DATE_LINE.test(b.text.trim());

/** The title, and where it came from. */
export function inferTitle(given: string | undefined, metadata: ExtractedMetadata, blocks: readonly Block[], file: string): { title: string; reason: TitleReason } {
  if (given !== undefined) return { title: given.trim(), reason: 'given' };
  if (usable(metadata.title) && !PLACEHOLDER.test(metadata.title.trim())) return { title: metadata.title.trim(), reason: 'metadata' };
  const opening = blocks.slice(0, OPENING_BLOCKS).filter(candidate);
  const namesKind = opening.find((b) => KIND_WORDS.test(b.text));
  if (namesKind !== undefined) return { title: namesKind.text.trim(), reason: 'names its kind' };
  const heading = opening.find((b) => b.kind === 'heading');
  if (heading !== undefined) return { title: heading.text.trim(), reason: 'heading' };
  const first = blocks.find((b) => b.kind === 'paragraph');
  // A short first paragraph that does not end a sentence reads as a title line.
  if (first !== undefined && candidate(first)) return { title: first.text.trim(), reason: 'first line' };
  const words = wordsOfFileName(file);
  return { title: words === '' ? file : words, reason: 'file name' };
}
