/**
 * The whole pipeline on each format, from bytes the test makes to answers
 * the bot gives: extract (in the worker) → clean → write → load → ask. What
 * the knowledge file holds is the document's words without its layout, and
 * every passage knows its page and heading.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { commitDocument, openFolder, prepareDocument, readDocument } from '../../src/ingest/ingest.ts';
import { silentLogger } from '../../src/log.ts';
import { knowledgeFolder } from './fixtures.ts';
import { sampleDocx } from './fixtures/docx.ts';
import { ARTICLE_PAGE } from './fixtures/html.ts';
import { TWO_PAGE, twoPagePdf } from './fixtures/pdf.ts';
import { utf8 } from './support.ts';

const TODAY = new Date('2026-12-05T10:00:00Z');

/** Ingests `bytes` into a fresh folder; resolves to the written Markdown and an engine over the folder. */
async function ingested(bytes: Uint8Array, file: string, fields: Record<string, string>) {
  const dir = await knowledgeFolder();
  const folder = await openFolder(dir);
  const prepared = prepareDocument(await readDocument(bytes, file), fields, folder, TODAY);
  const { written } = await commitDocument(prepared, folder);
  const markdown = await readFile(join(dir, written ?? ''), 'utf8');
  const engine = await Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
  return { prepared, markdown, body: markdown.slice(markdown.indexOf('\n---\n') + 5), engine };
}

describe('ingesting each format end to end', () => {
  it('a two-page PDF: running header and "Page N of 2" gone, the line-end hyphen resolved, passages cited by page and heading', async () => {
    const { prepared, body, engine } = await ingested(await twoPagePdf(), 'strategy.pdf', { actor: 'atlantis', url: 'https://example.org/strategy.pdf' });
    expect(prepared).toMatchObject({ title: TWO_PAGE.title, published: '2024-03-05', language: 'en-GB' });
    expect(prepared.read.extracted.pages).toBe(2);
    expect(body).not.toContain(TWO_PAGE.header);
    expect(body).not.toMatch(/Page \d of 2/u);
    expect(body).not.toContain('cyber- security');
    expect(body).toMatch(/critical infrastructure and invest in cyber-?security skills across the country\./u);
    expect(body).toContain('<!-- page: 2 -->');
    const hit = engine.ask('recovering quickly from incidents').results[0];
    expect(hit?.passage).toMatchObject({ page: 2, headings: [TWO_PAGE.headings[1]] });
    expect(hit?.link).toBe('https://example.org/strategy.pdf#page=2');
    expect(engine.ask('protection of critical infrastructure').results[0]?.passage).toMatchObject({ page: 1, headings: [TWO_PAGE.headings[0]] });
  });

  it('a saved web page: the article only (no menu, cookie banner, footer or script output), headings kept, links to the sentence', async () => {
    const { prepared, body, engine } = await ingested(utf8(ARTICLE_PAGE), 'page.html', { actor: 'atlantis', url: 'https://example.org/strategy' });
    expect(prepared).toMatchObject({ title: "Australia's Cyber Security Strategy", published: '2023-11-22', type: 'strategy' });
    for (const junk of ['News menu link', 'We use cookies', 'Footer text', 'Injected by a script']) expect(body).not.toContain(junk);
    expect(body).toContain('## Six cyber shields');
    const hit = engine.ask('commits funding over the forward estimates').results[0];
    expect(hit?.passage.headings).toEqual(["Australia's Cyber Security Strategy", 'Funding']);
    expect(hit?.link).toMatch(/^https:\/\/example\.org\/strategy#:~:text=/u);
  });

  it('a Word file: its headings and list items, each item a passage of its own under its heading', async () => {
    const { prepared, body, engine } = await ingested(sampleDocx(), 'framework.docx', { actor: 'utopia' });
    expect(prepared).toMatchObject({ title: 'Digital Security Framework', published: '2023-11-20' });
    expect(body).toContain('- Grow the cyber workforce');
    const hit = engine.ask('grow the cyber workforce').results[0];
    expect(hit?.passage).toMatchObject({ text: 'Grow the cyber workforce', headings: ['Digital Security Framework', 'Priorities'] });
    expect(hit?.link).toBeUndefined();
  });
});
