/**
 * Cleaning: extracted lines → typed blocks, layout removed and never words.
 * The steps run in order, each its own small tested function:
 *
 * 1. invisible characters removed            (invisible.ts)
 * 2. running headers, footers, page numbers  (layout-lines.ts; tables of contents found first)
 * 3. blocks rebuilt from hard-wrapped lines  (paragraphs.ts)
 * 4. lines joined, line-end hyphens resolved (hyphenation.ts)
 * 5. fixes inside the text: doubled glyphs, letter spacing, split ligatures, footnote markers (text-fixes.ts)
 * 6. layout blocks marked                    (layout-kinds.ts)
 * 7. nothing lost: words compared            (nothing-lost.ts)
 */
import type { Block, CleanedDocument, ExtractedDocument } from '../types.ts';
import { joinLines } from './hyphenation.ts';
import { removeInvisible } from './invisible.ts';
import { markLayout, type TextBlock } from './layout-kinds.ts';
import { removeLayoutLines } from './layout-lines.ts';
import { findMissingWords } from './nothing-lost.ts';
import { buildBlocks } from './paragraphs.ts';
import { TEXT_FIXES, type FixCounts, type TextFix } from './text-fixes.ts';
import { Vocabulary } from './vocabulary.ts';
import { type RemovedLine, workLine } from './work-line.ts';
import { tokens } from './words.ts';

/** At most this many missing words are named in the warning (all are in the report). */
const MISSING_SHOWN = 20;

/** Cleans an extracted document into blocks. */
export function cleanDocument(doc: ExtractedDocument): CleanedDocument {
  return cleanWith(doc, TEXT_FIXES);
}

/** Cleans with the given text fixes (step 5): {@link cleanDocument} with {@link TEXT_FIXES}. */
export function cleanWith(doc: ExtractedDocument, fixes: readonly TextFix[]): CleanedDocument {
  // 1. Invisible characters.
  let invisibleRemoved = 0;
  const lines = doc.lines.map((line) => {
    const r = removeInvisible(line.text);
    invisibleRemoved += r.removed;
    return workLine(line, r.text);
  });
  const vocab = Vocabulary.of(lines.map((l) => l.text));

  // 2. Layout lines.
  const layout = removeLayoutLines(lines, doc, (w) => vocab.isCommonWord(w));

  // 3–5. Blocks, their lines joined, their text fixed.
  const counts: FixCounts = { ligaturesJoined: 0, letterSpacingFixed: 0, footnoteMarkersSeparated: 0 };
  let hyphenationsJoined = 0;
  const removedWords: string[] = [];
  const blocks: TextBlock[] = [];
  for (const draft of buildBlocks(layout.lines)) {
    const joined = joinLines(draft.lines, vocab);
    hyphenationsJoined += joined.joined;
    let text = joined.text;
    for (const fix of fixes) {
      const r = fix(text, vocab);
      text = r.text;
      for (const [k, n] of Object.entries(r.counts ?? {}) as [keyof FixCounts, number][]) counts[k] += n;
      removedWords.push(...(r.removed ?? []));
    }
    text = text.replace(/\s+/gu, ' ').trim();
    if (text !== '') blocks.push({ kind: draft.kind, text, page: draft.page, ...(draft.level === undefined ? {} : { level: draft.level }) });
  }

  // 6. Layout blocks marked.
  const marked = markLayout(blocks, new Set(removedWords));

  // 7. Nothing lost.
  const missingWords = findMissingWords({
    extracted: doc.lines.map((l) => l.text),
    removed: [...layout.removed.map((r) => r.text), ...removedWords],
    kept: blocks.map((b) => b.text),
  });
  const warnings = [...doc.warnings];
  if (missingWords.length > 0) {
    const shown = missingWords.slice(0, MISSING_SHOWN).join(', ');
    warnings.push(
      `${missingWords.length} word(s) of the extracted text are missing after cleaning: ${shown}${missingWords.length > MISSING_SHOWN ? ', …' : ''}`,
    );
  }
  const wordCount = (texts: readonly string[]): number => texts.reduce((n, t) => n + tokens(t).length, 0);
  return {
    blocks: blocks.map(
      (b): Block => ({ kind: b.kind, text: b.text, page: b.page, ...(b.kind === 'heading' && b.level !== undefined ? { level: b.level } : {}) }),
    ),
    report: {
      headersFooters: layout.removed.filter((r) => r.reason === 'header-footer').length,
      pageNumbers: layout.removed.filter((r) => r.reason === 'page-number').length,
      hyphenationsJoined,
      ligaturesJoined: counts.ligaturesJoined,
      letterSpacingFixed: counts.letterSpacingFixed,
      invisibleRemoved,
      footnoteMarkersSeparated: counts.footnoteMarkersSeparated,
      marked,
      wordsExtracted: wordCount(doc.lines.map((l) => l.text)),
      wordsKept: wordCount(blocks.map((b) => b.text)),
      missingWords,
    },
    runningLines: runningLinesOf(layout.removed),
    warnings,
  };
}

/** The distinct texts of the removed running lines, their page numbers dropped, the most repeated first. */
function runningLinesOf(removed: readonly RemovedLine[]): string[] {
  const counts = new Map<string, number>();
  for (const r of removed) {
    if (r.reason !== 'header-footer') continue;
    const text = r.text
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^\d{1,3}\s+(?:\|\s*)?|(?:\s+\|)?\s+\d{1,3}$/gu, '')
      .trim();
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}
