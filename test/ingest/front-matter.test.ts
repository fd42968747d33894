import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { frontMatterSchema } from '../../src/knowledge/schema.ts';
import { HAND_WRITTEN, knowledgeFolder } from './fixtures.ts';

const base = { id: 'utopia-x', title: 'X', actor: 'utopia', source: { publisher: 'P', title: 'X', url: 'https://example.org', retrieved: '2026-01-01' } };
const ingest = { file: 'x.pdf', sha256: 'a'.repeat(64), format: 'pdf', pages: 12, ingested: '2026-12-05' };

describe('front matter: the optional fields of ingested documents', () => {
  it('accepts published, language, type, versionOf and the ingest record', () => {
    const parsed = frontMatterSchema.parse({ ...base, published: '2021-10', language: 'fr', type: 'strategy', versionOf: 'utopia-old', ingest });
    expect(parsed).toMatchObject({ published: '2021-10', language: 'fr', type: 'strategy', versionOf: 'utopia-old', ingest });
  });

  it('reads a bare YAML year and a YAML date as dates', () => {
    expect(frontMatterSchema.parse({ ...base, published: 2021 }).published).toBe('2021');
    expect(frontMatterSchema.parse({ ...base, published: new Date('2021-10-01T00:00:00Z') }).published).toBe('2021-10-01');
  });

  it('accepts a source without a URL (a local file is cited by title and page)', () => {
    const { url: _url, ...source } = base.source;
    expect(frontMatterSchema.parse({ ...base, source }).source.url).toBeUndefined();
  });

  it.each([
    ['published', '2021-13', 'published: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2021-13"'],
    ['language', 'French', 'language: expected a BCP 47 language tag (e.g. "en", "fr", "pt-BR"), got "French"'],
    ['type', 'novel', 'type: expected one of "strategy", "law", "report", "statement", "web", "other", got "novel"'],
  ])('refuses a bad %s with a message naming it', async (field, value, message) => {
    const dir = await knowledgeFolder({ 'x.md': HAND_WRITTEN.replace('actor: utopia\n', `actor: utopia\n${field}: ${value}\n`) });
    await expect(loadKnowledge(dir)).rejects.toThrow(`policy-bot: x.md: ${message}`);
  });

  it('refuses an ingest record with a malformed sha256', async () => {
    const record = 'ingest:\n  file: x.pdf\n  sha256: abc\n  format: pdf\n  pages: 2\n  ingested: 2026-12-05\n';
    const dir = await knowledgeFolder({ 'x.md': HAND_WRITTEN.replace('actor: utopia\n', `actor: utopia\n${record}`) });
    await expect(loadKnowledge(dir)).rejects.toThrow('policy-bot: x.md: ingest.sha256: expected a SHA-256 written as 64 lowercase hex digits, got "abc"');
  });

  it('still loads a hand-written file with none of them, its paragraphs as before and no places', async () => {
    const dir = await knowledgeFolder({ 'notes.md': HAND_WRITTEN });
    const corpus = await loadKnowledge(dir);
    expect(corpus.documents[0]?.paragraphs).toEqual(['Utopia keeps a small cyber agency. It reports to the prime minister.', 'Its budget grew in 2024.']);
    expect(corpus.documents[0]?.places).toBeUndefined();
    expect(corpus.documents[0]?.published).toBeUndefined();
  });
});
