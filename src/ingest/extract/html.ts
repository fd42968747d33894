/**
 * A saved web page → lines with hints, through Readability over linkedom.
 * linkedom builds a DOM without running scripts or loading anything the page
 * references (no network, no resource loader); Readability keeps the article
 * and drops navigation, sharing widgets and other page furniture. A page
 * Readability finds no article in is read whole, furniture skipped.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../../errors.ts';
import type { ExtractedDocument, ExtractedLine, ExtractedMetadata } from '../types.ts';
import { normalizeDate } from './dates.ts';
import { linesOfDom, type WalkNode } from './html-lines.ts';
import { decodeText } from './text.ts';

/** The query surface this module uses of linkedom's document (its own types lean on the browser's DOM types). */
interface QueryableNode extends WalkNode {
  querySelector(selector: string): QueryableElement | null;
  querySelectorAll(selector: string): ArrayLike<QueryableElement>;
}
interface QueryableElement extends QueryableNode {
  getAttribute(name: string): string | null;
  remove(): void;
}
interface PageDocument extends QueryableNode {
  readonly documentElement: QueryableElement | null;
  readonly body: QueryableElement | null;
  readonly title: string;
}

/** The charset a page declares in its first KB of markup, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
}

/** Parses HTML text into a document (no scripts run, nothing fetched). */
export function parseDocument(html: string): PageDocument {
  return parseHTML(html).document as unknown as PageDocument;
}

const attr = (doc: PageDocument, selector: string, name = 'content'): string | undefined => {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** Dates a page states for itself, most specific first. */
const DATE_SELECTORS: readonly [string, string][] = [
  ['meta[property="article:published_time"]', 'content'],
  ['meta[name="article:published_time"]', 'content'],
  ['meta[itemprop="datePublished"]', 'content'],
  ['meta[name="citation_publication_date"]', 'content'],
  ['meta[name="dcterms.date"]', 'content'],
  ['meta[name="DC.date"]', 'content'],
  ['meta[name="dc.date"]', 'content'],
  ['meta[name="date"]', 'content'],
  ['time[datetime]', 'datetime'],
];

/** What the page's head (and a `<time>`) says about it. */
function metadataOf(doc: PageDocument): ExtractedMetadata {
  const title = attr(doc, 'meta[property="og:title"]') ?? (doc.title.trim() === '' ? undefined : doc.title.trim());
  const published = DATE_SELECTORS.map(([selector, name]) => normalizeDate(attr(doc, selector, name))).find((d) => d !== undefined);
  const author = attr(doc, 'meta[name="author"]');
  const language = doc.documentElement?.getAttribute('lang')?.trim() || attr(doc, 'meta[http-equiv="content-language"]');
  return {
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    ...(author === undefined ? {} : { author }),
    ...(language === undefined || language === '' ? {} : { language }),
  };
}

/** Page furniture skipped when the whole body is read. */
const FURNITURE =
  'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/** The page's text whole, furniture removed: for pages Readability finds no article in. */
function bodyLines(doc: PageDocument): ExtractedLine[] {
  const body = doc.body;
  if (body === null) return [];
  for (const node of Array.from(body.querySelectorAll(FURNITURE))) node.remove();
  return linesOfDom(body);
}

/** Readability's article as lines, or none when it finds no article. */
function articleLines(doc: PageDocument): { lines: ExtractedLine[]; title?: string; byline?: string; published?: string } {
  const article = new Readability<WalkNode>(doc as never, { serializer: (node) => node as unknown as WalkNode }).parse();
  if (article === null || article.content === null || article.content === undefined) return { lines: [] };
  const title = article.title?.trim();
  const byline = article.byline?.trim();
  const published = normalizeDate(article.publishedTime);
  return {
    lines: linesOfDom(article.content),
    ...(title === undefined || title === '' ? {} : { title }),
    ...(byline === undefined || byline === '' ? {} : { byline }),
    ...(published === undefined ? {} : { published }),
  };
}

/** The text of the page's first `<h1>`, if it has one. */
function firstHeading(doc: PageDocument): string | undefined {
  const h1 = doc
    .querySelector('h1')
    ?.textContent?.replace(/[ \t\n\r\f]+/gu, ' ')
    .trim();
  return h1 === '' ? undefined : h1;
}

/**
 * The page's first `<h1>` as a heading line, when the article's lines lack
 * it: Readability drops a heading that repeats the page's title, and the
 * title is the document's first heading.
 */
function withTitleHeading(h1: string | undefined, lines: ExtractedLine[]): ExtractedLine[] {
  if (h1 === undefined || lines.some((l) => l.text === h1)) return lines;
  return [{ text: h1, page: null, hint: { kind: 'heading', level: 1 }, blockEnd: true }, ...lines];
}

/** Extracts a saved web page. Throws an {@link IngestError} ('empty') for a page with no readable text. */
export function extractHtml(bytes: Uint8Array, file: string): ExtractedDocument {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const html = decoded.text;
  // Read before Readability, which changes the document it is given (hence a second parse for it).
  const original = parseDocument(html);
  const metadata = metadataOf(original);
  const h1 = firstHeading(original);
  let article = articleLines(parseDocument(html));
  if (article.lines.length === 0) article = { lines: bodyLines(original) };
  else article = { ...article, lines: withTitleHeading(h1, article.lines) };
  if (article.lines.length === 0) {
    throw new IngestError(
      file,
      'empty',
      'the page has no readable text (it is all script or markup: a page that builds itself in the browser). Open it in a browser, let it load, and save it as PDF (Print › Save as PDF), or paste its text into a .txt file.',
    );
  }
  const title = metadata.title ?? article.title;
  const published = metadata.published ?? article.published;
  const author = metadata.author ?? article.byline;
  return {
    format: 'html',
    lines: article.lines,
    pages: null,
    metadata: {
      ...metadata,
      ...(title === undefined ? {} : { title }),
      ...(published === undefined ? {} : { published }),
      ...(author === undefined ? {} : { author }),
    },
    emptyPages: [],
    warnings: decoded.warning === undefined ? [] : [decoded.warning],
  };
}
