import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract/index.ts';
import { ALL_SCRIPT_PAGE, ARTICLE_PAGE } from './fixtures/html.ts';
import { refusal, utf8 } from './support.ts';

describe('a saved web page', () => {
  it('keeps the article: headings with their level, paragraphs, list items, table rows, each block ended', async () => {
    const doc = await extractDocument(utf8(ARTICLE_PAGE), 'strategy.html');
    expect(doc.format).toBe('html');
    expect(doc.pages).toBeNull();
    const lines = doc.lines.map((l) => [l.hint?.kind === 'heading' ? `h${l.hint.level}` : (l.hint?.kind ?? 'p'), l.text.slice(0, 40)]);
    expect(lines).toEqual([
      ['h1', "Australia's Cyber Security Strategy"],
      ['p', 'The strategy sets out how Australia will'],
      ['h2', 'Six cyber shields'],
      ['p', 'Each shield adds a layer of defence agai'],
      ['list-item', 'Strong businesses and citizens'],
      ['list-item', 'Safe technology'],
      ['list-item', 'World-class threat sharing and blocking'],
      ['h2', 'Funding'],
      ['p', 'The government commits funding over the '],
      ['table-row', 'Horizon | Years'],
      ['table-row', 'Horizon 1 | 2023–2025'],
    ]);
    expect(doc.lines.every((l) => l.blockEnd === true && l.page === null)).toBe(true);
  });

  it('drops the furniture: navigation, scripts (never run), styles, cookie banner, footer', async () => {
    const text = (await extractDocument(utf8(ARTICLE_PAGE), 'strategy.html')).lines.map((l) => l.text).join('\n');
    for (const junk of ['News menu link', 'Contact us', 'analytics', 'font-family', 'cookies', 'Injected by a script', 'Footer text']) {
      expect(text).not.toContain(junk);
    }
  });

  it('reads the metadata the head states: og:title, article:published_time, author, html lang', async () => {
    const doc = await extractDocument(utf8(ARTICLE_PAGE), 'strategy.html');
    expect(doc.metadata).toEqual({
      title: "Australia's Cyber Security Strategy",
      published: '2023-11-22',
      author: 'Department of Home Affairs',
      language: 'en-AU',
    });
  });

  it('falls back to <title> and a <time datetime> when the head has no og:title or date', async () => {
    const page = `<!doctype html><html><head><title>Plain page</title></head><body><p>Published <time datetime="2021-06">June 2021</time>.</p><p>Second paragraph.</p></body></html>`;
    const doc = await extractDocument(utf8(page), 'plain.html');
    expect(doc.metadata).toEqual({ title: 'Plain page', published: '2021-06' });
    expect(doc.lines.map((l) => l.text)).toEqual(['Published June 2021.', 'Second paragraph.']);
  });

  it('keeps line breaks inside a block and text as written (entities decoded, no-break spaces kept)', async () => {
    const page = `<!doctype html><html><body><p>Line one<br>Line&nbsp;two &amp; more</p></body></html>`;
    const doc = await extractDocument(utf8(page), 'breaks.html');
    expect(doc.lines).toEqual([
      { text: 'Line one', page: null },
      { text: 'Line\u00a0two & more', page: null, blockEnd: true },
    ]);
  });

  it('refuses a page that is all script, saying how to save it with its text', async () => {
    const error = await refusal(extractDocument(utf8(ALL_SCRIPT_PAGE), 'app.html'));
    expect(error.problem).toBe('empty');
    expect(error.file).toBe('app.html');
    expect(error.detail).toMatch(/no readable text.*all script.*Save as PDF/u);
  });
});

describe('a saved web page in a legacy encoding', () => {
  it('is decoded by the charset its markup declares', async () => {
    const page = Buffer.from(
      '<!doctype html><html><head><meta charset="windows-1252"><title>Strat\xe9gie</title></head><body><p>Cybers\xe9curit\xe9 nationale.</p></body></html>',
      'latin1',
    );
    const doc = await extractDocument(page, 'fr.html');
    expect(doc.metadata.title).toBe('Stratégie');
    expect(doc.lines.map((l) => l.text)).toEqual(['Cybersécurité nationale.']);
    expect(doc.warnings).toEqual([]);
  });
});
