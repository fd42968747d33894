/**
 * Discord views, without a network: escaping, fitting, and a property test
 * that random long, hostile inputs always render within every Discord limit
 * and never carry an unescaped mention or link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/engine.ts';
import { type Coverage, reply } from '../../src/replies.ts';
import type { AnswerHit, AskResult } from '../../src/search/answer.ts';
import type { Passage } from '../../src/passages/chunk.ts';
import { buttonId, parseButtonId } from '../../src/views/discord/buttons.ts';
import { escapeDiscord } from '../../src/views/discord/escape.ts';
import { ELLIPSIS, fitText, LIMITS, messageProblems } from '../../src/views/discord/limits.ts';
import type { DiscordMessage } from '../../src/views/discord/message.ts';
import { renderDiscord, renderPrivateError } from '../../src/views/discord/render.ts';

const URLS = ['https://example.org/policy', 'https://eucyberdirect.eu/atlas/country/japan?x=(1)', 'http://a.example/%28x%29'];
const COLLEAGUE = '123456789012345678';

function passage(over: Partial<Passage> & { text: string }): Passage {
  return {
    id: 'doc#1',
    docId: 'doc',
    actor: 'eu',
    actorName: 'European Union',
    title: 'A title',
    source: { publisher: 'Publisher', title: 'Source title', url: URLS[0] ?? '', retrieved: '2024-01-01' },
    topics: [],
    position: { index: 1, paragraph: 1 },
    sentenceBounds: [0, over.text.length],
    ...over,
  };
}

function askResult(question: string, hits: readonly AnswerHit[], total = hits.length, offset = 0, shortened = false): AskResult {
  return {
    query: question,
    plan: { question, language: 'en', terms: [], mentionedActors: [], years: [], expansions: [], shortened },
    abstained: hits.length === 0,
    scope: 'all',
    total,
    offset,
    results: hits,
  };
}

/** Whether the character at `i` is escaped by an odd number of backslashes before it. */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** Mentions and bare links in rendered markdown that Discord would act on. `own` is the mention the bot itself put first. */
function liveMarkup(text: string, own = ''): string[] {
  const body = own !== '' && text.startsWith(own) ? text.slice(own.length) : text;
  const found: string[] = [];
  for (const m of body.matchAll(/@(everyone|here)|<[@#]|https?:\/\//gu)) {
    const at = m.index;
    if (m[0].startsWith('@') && escapedAt(body, at)) continue;
    if (m[0].startsWith('<') && escapedAt(body, at)) continue;
    if (m[0].startsWith('http') && (body.slice(at - 2, at) === '](' || !/^https?:\/\//u.test(body.slice(at)))) continue;
    found.push(m[0]);
  }
  return found;
}

function markdownTexts(message: DiscordMessage): string[] {
  return [message.content ?? '', ...message.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])];
}

const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(
        '@everyone',
        '@here',
        '<@123456789012345678>',
        '<#123456789012345678>',
        '<@&1234>',
        '[click](https://evil.example)',
        'https://evil.example/x',
        '**bold**',
        '`code`',
        '||spoiler||',
        '# heading',
        '\n> quote',
        '-# small',
        '1. item',
        ' ',
        '\u200b',
        '😀',
        'word',
      ),
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(' '));

const hitArb = fc
  .record({ text: hostileText, title: hostileText, actorName: hostileText, publisher: hostileText, sourceTitle: hostileText, url: fc.constantFrom(...URLS) })
  .map((h): AnswerHit => {
    const text = h.text === '' ? 'x' : h.text;
    const p = passage({
      id: 'doc#1',
      text,
      title: h.title,
      actorName: h.actorName,
      source: { publisher: h.publisher, title: h.sourceTitle, url: h.url, retrieved: '2024-01-01' },
    });
    const words = [...text.matchAll(/\S+/gu)].slice(0, 30).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return { passage: p, score: 1, evidence: 1, excerpt: { text, start: 0, end: text.length, marks: words }, link: `${h.url}#:~:text=x` };
  });

describe('escapeDiscord', () => {
  it('neutralises markdown, mentions and links, line-start syntax included', () => {
    expect(escapeDiscord('**b** _i_ `c` ||s|| ~~x~~ [m](https://x.y) @everyone <@1> <#2> https://a.b\n# h\n> q\n-# s\n1. n')).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\|\\|s\\|\\| \\~\\~x\\~\\~ \\[m\\](https\\://x.y) \\@everyone \\<\\@1> \\<#2> https\\://a.b\n\\# h\n\\> q\n\\-# s\n1\\. n',
    );
  });
  it('property: escaped text has no active markdown, mention or scheme character left', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const bare = escapeDiscord(text).replace(/\\[\s\S]/gu, 'x');
        expect(bare).not.toMatch(/[*_~`|<[\]@\\]|:\/\/|^\s*([#>+-]|\d+\.)/mu);
      }),
      { numRuns: 300 },
    );
  });

  it('drops invisible characters that could hide markup', () => {
    expect(escapeDiscord('@\u200beveryone')).toBe('\\@everyone');
  });
});

describe('fitText', () => {
  it('cuts at a word boundary with an ellipsis and the tail', () => {
    expect(fitText('one two three four', 12)).toBe(`one two${ELLIPSIS}`);
    expect(fitText('one two three four', 15, (s) => s, ' >')).toBe(`one two${ELLIPSIS} >`);
    expect(fitText('short', 10)).toBe('short');
  });
  it('cuts inside a single long word, never past the maximum, never inside a surrogate pair', () => {
    const text = '😀'.repeat(50);
    const fitted = fitText(text, 11);
    expect(fitted.length).toBeLessThanOrEqual(11);
    expect(fitted).toBe(`${'😀'.repeat(5)}${ELLIPSIS}`);
  });
  it('counts escaping in the length', () => {
    const fitted = fitText('*'.repeat(100), 21, escapeDiscord);
    expect(fitted).toBe(`${'\\*'.repeat(10)}${ELLIPSIS}`);
  });
});

describe('custom ids', () => {
  it('round-trip and stay within 100 characters', () => {
    expect(parseButtonId(buttonId({ kind: 'more', key: 'abc_-123', offset: 3 }) ?? '')).toEqual({ kind: 'more', key: 'abc_-123', offset: 3 });
    expect(parseButtonId(buttonId({ kind: 'passage', id: 'eu-strategy#2' }) ?? '')).toEqual({ kind: 'passage', id: 'eu-strategy#2' });
    expect(buttonId({ kind: 'passage', id: 'x'.repeat(100) })).toBeUndefined();
    expect(parseButtonId('something-else')).toBeUndefined();
  });
});

describe('Discord renderers', () => {
  const covers: Coverage = { actors: ['European Union', 'Japan'], topics: ['Resilience'] };

  it('an answer: bold marks, a link on the title, the passage id, buttons, nobody pinged', () => {
    const text = 'The NIS2 Directive raises the bar.';
    const hit: AnswerHit = {
      passage: passage({ text }),
      score: 1,
      evidence: 1,
      excerpt: { text, start: 0, end: text.length, marks: [{ start: 4, end: 8 }] },
      link: 'https://example.org/policy#:~:text=The',
    };
    const m = renderDiscord(reply('ask', { result: askResult('What is NIS2?', [hit], 4), covers }), { pageKey: 'k1' });
    expect(m.allowedMentions).toEqual({ parse: [] });
    expect(m.flags).toBeUndefined();
    expect(m.content).toBe('**Q:** What is NIS2? (1 of 4)');
    expect(m.embeds[0]).toMatchObject({
      author: { name: 'European Union' },
      title: '1\\. A title',
      url: hit.link,
      description: '“The **NIS2** Directive raises the bar.”',
      footer: { text: 'doc#1 · Publisher, Source title' },
    });
    expect(m.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')))).toEqual(['more:k1:1', 'passage:doc#1']);
  });

  it('hidden and mentioned deliveries: the ephemeral flag, and only the colleague may be pinged', () => {
    const result = askResult('q', []);
    expect(renderDiscord(reply('ask', { result, covers }, { hide: true })).flags).toBe(64);
    const m = renderDiscord(reply('ask', { result, covers }, { mention: COLLEAGUE }));
    expect(m.allowedMentions).toEqual({ users: [COLLEAGUE] });
    expect(m.content?.startsWith(`<@${COLLEAGUE}> `)).toBe(true);
  });

  it('a private error pings nobody and is ephemeral', () => {
    expect(renderPrivateError('Unknown actor "@everyone".')).toEqual({
      content: 'Unknown actor "\\@everyone".',
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
      flags: 64,
    });
  });

  it('property: any answer, however long and hostile, renders within every limit with no live mention or link', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.array(hitArb, { minLength: 0, maxLength: 10 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (question, hits, hide, mention, shortened) => {
          const unique = hits.map((h, i) => ({ ...h, passage: { ...h.passage, id: `doc#${i + 1}` } }));
          const delivery = { ...(hide ? { hide: true } : {}), ...(mention ? { mention: COLLEAGUE } : {}) };
          const result = askResult(question, unique, unique.length + 5, 3, shortened);
          const m = renderDiscord(reply('ask', { result, covers: { actors: [question, question], topics: [question] } }, delivery), { pageKey: 'key' });
          expect(messageProblems(m)).toEqual([]);
          for (const text of markdownTexts(m)) expect(liveMarkup(text, mention ? `<@${COLLEAGUE}> ` : '')).toEqual([]);
          expect(m.allowedMentions).toEqual(mention ? { users: [COLLEAGUE] } : { parse: [] });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: any passage, catalogue or notice renders within every limit with no live mention or link', () => {
    const catalogueArb = fc
      .array(fc.record({ name: hostileText, docs: fc.array(fc.record({ title: hostileText, publisher: hostileText }), { maxLength: 8 }) }), { maxLength: 30 })
      .map(
        (actors): Catalogue => ({
          passages: 99,
          topics: actors.map((a, i) => ({ id: `t${i}`, name: a.name, terms: [] }) as unknown as Catalogue['topics'][number]),
          actors: actors.map((a, i) => ({
            actor: { id: `a${i}`, name: a.name, kind: 'state', aliases: [] } as unknown as Catalogue['actors'][number]['actor'],
            passages: 3,
            documents: a.docs.map((d, j) => ({
              id: `d${j}`,
              title: d.title,
              actor: `a${i}`,
              topics: [],
              file: 'f.md',
              paragraphs: [],
              source: { publisher: d.publisher, title: d.title, url: URLS[j % URLS.length] ?? '', retrieved: '2024-01-01' },
            })),
          })),
        }),
      );
    // Commands as the registry's schema admits them: a name of up to 32 safe characters, a description of up to 100.
    const name = fc.stringMatching(/^[-_a-z0-9]{1,32}$/u);
    const commandsArb = fc.array(
      fc.record({
        name,
        description: hostileText.map((t) => t.slice(0, 100) || 'x'),
        options: fc.array(
          fc.record({ name, description: fc.constant('d'), type: fc.constantFrom('string', 'integer', 'boolean', 'user' as const), required: fc.boolean() }),
          { maxLength: 25 },
        ),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(hitArb, catalogueArb, hostileText, commandsArb, (hit, catalogue, notice, commands) => {
        const messages = [
          renderDiscord(reply('passage', { passage: hit.passage })),
          renderDiscord(reply('help', { catalogue, commands })),
          renderDiscord(reply('sources', { catalogue })),
          renderDiscord(reply('notice', { text: notice === '' ? 'x' : notice })),
          renderPrivateError(notice === '' ? 'x' : notice),
        ];
        for (const m of messages) {
          expect(messageProblems(m)).toEqual([]);
          for (const text of markdownTexts(m)) expect(liveMarkup(text)).toEqual([]);
          expect(m.allowedMentions).toEqual({ parse: [] });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('messageProblems names what Discord would refuse', () => {
    const m: DiscordMessage = {
      content: 'x'.repeat(LIMITS.content + 1),
      embeds: [{ title: 't'.repeat(300), fields: [{ name: 'n', value: '' }] }],
      components: [],
      allowedMentions: { parse: [] },
    };
    expect(messageProblems(m)).toEqual(['content is 2001 (max 2000)', 'embed 0 title is 300 (max 256)', 'embed 0 field 0 is blank']);
  });
});
