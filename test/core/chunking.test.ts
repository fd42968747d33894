import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { chunkDocument, chunkDocuments, MAX_PASSAGE_CHARS } from '../../src/passages/chunk.ts';
import { endsSentence, joinHardWraps, markdownParagraphs } from '../../src/text/paragraphs.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { sentenceCount, sentenceSpans, sentenceText } from '../../src/passages/sentences.ts';
import type { KnowledgeDocument } from '../../src/knowledge/corpus.ts';

const SEED = new URL('../fixtures/seed-atlas-eu-japan-us.txt', import.meta.url);

/** A document of one paragraph: the sentences joined. */
const longDoc = (sentences: string[]): KnowledgeDocument => ({
  id: 'doc',
  title: 'T',
  actor: 'eu',
  topics: [],
  file: 'doc.md',
  source: { publisher: 'P', title: 'T', url: 'https://example.org', retrieved: '2026-01-01' },
  paragraphs: [sentences.join(' ')],
});

describe('joining hard-wrapped lines', () => {
  it('turns the seed page copy into nine paragraphs, three per actor', async () => {
    const paragraphs = joinHardWraps(await readFile(SEED, 'utf8'));
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[3]).toMatch(/^Resilience constitutes one of the central objectives of Japan’s 2018 Cybersecurity Strategy, /);
    expect(paragraphs[3]).toContain('Japan has traditionally argued that');
    expect(paragraphs[5]).toMatch(/^At the G7 Ise-Shina Summit in May 2016, for instance, Japan introduced the Ise-Shima Principles, /);
    expect(paragraphs[6]).toMatch(/^The March 2021 Interim National Security Strategic Guidance states that /);
    expect(paragraphs[6]).toContain('Following the recommendations of the 2020 Solarium Commission');
  });

  it('matches the knowledge files word for word: the text is verbatim', async () => {
    const fromSeed = joinHardWraps(await readFile(SEED, 'utf8'));
    const corpus = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    expect(corpus.documents.flatMap((d) => d.paragraphs)).toEqual(fromSeed);
  });

  it('knows what ends a sentence', () => {
    expect(endsSentence('as a whole.”')).toBe(true);
    expect(endsSentence('(the eponymous Quad).')).toBe(true);
    expect(endsSentence('Japan’s')).toBe(false);
    expect(endsSentence('effect of national initiatives,')).toBe(false);
    expect(endsSentence('The')).toBe(false);
  });

  it('reads Markdown paragraphs: blank lines separate, single breaks are spaces', () => {
    expect(markdownParagraphs('One line\nwrapped.\n\n  Two.  \n\n\n')).toEqual(['One line wrapped.', 'Two.']);
  });
});

describe('sentence splitting', () => {
  it('does not break after abbreviations and initialisms', () => {
    const text = 'Both bilaterally (e.g. between the US Cyber Command and others) and under NATO. The U.S. Army agreed, i.e. it signed. Mr. Smith left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Both bilaterally (e.g. between the US Cyber Command and others) and under NATO.',
      'The U.S. Army agreed, i.e. it signed.',
      'Mr. Smith left.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    const text = 'It says that “[the US] will act.” Following the report, it acted. (This is an aside.) Then more.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'It says that “[the US] will act.”',
      'Following the report, it acted.',
      '(This is an aside.)',
      'Then more.',
    ]);
  });

  it('gives offsets that slice the text back', () => {
    const text = '  First one.  Second “one”; still second. Third!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('chunking', () => {
  it('makes the seed one passage per paragraph with stable ids', async () => {
    const corpus = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
    const first = chunkDocuments(corpus.documents, names);
    const again = chunkDocuments((await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)).documents, names);
    expect(first.map((p) => p.id)).toEqual(again.map((p) => p.id));
    expect(first.map((p) => p.id)).toEqual([
      'eu-resilience-capacity-building#1',
      'eu-resilience-capacity-building#2',
      'eu-resilience-capacity-building#3',
      'japan-resilience-capacity-building#1',
      'japan-resilience-capacity-building#2',
      'japan-resilience-capacity-building#3',
      'us-resilience-capacity-building#1',
      'us-resilience-capacity-building#2',
      'us-resilience-capacity-building#3',
    ]);
    const p = first[4];
    expect(p?.actor).toBe('japan');
    expect(p?.actorName).toBe('Japan');
    expect(p?.source.url).toBe('https://eucyberdirect.eu/atlas/country/european-union/compare/japan/united-states');
    expect(p?.position).toEqual({ index: 2, paragraph: 2 });
  });

  it(`splits a paragraph longer than ${MAX_PASSAGE_CHARS} characters at sentence ends, never inside a sentence`, () => {
    const sentence = (i: number) => `Sentence number ${i} talks about cyber resilience and the many measures it takes to build it.`;
    const sentences = Array.from({ length: 40 }, (_, i) => sentence(i));
    const passages = chunkDocument(longDoc(sentences), 'EU');
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(sentenceSpans(p).every((s) => sentences.includes(s.text))).toBe(true);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(sentences.join(' '));
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `doc#${i + 1}`));
  });

  it('keeps a single over-long sentence whole', () => {
    const huge = `Word ${'word '.repeat(400).trim()}.`;
    const passages = chunkDocument(longDoc(['Short one.', huge, 'Short two.']), 'EU');
    expect(passages.map((p) => p.text)).toEqual(['Short one.', huge, 'Short two.']);
  });
});

describe('passage sentences', () => {
  it('are read from flat offsets as verbatim slices of the passage text', () => {
    const doc = longDoc(['The U.S. agreed.', 'It signed in 2016!', 'Then it ratified.']);
    const [p] = chunkDocument(doc, 'EU');
    expect(p === undefined ? 0 : sentenceCount(p)).toBe(3);
    expect(p === undefined ? [] : sentenceSpans(p)).toEqual(splitSentences(doc.paragraphs[0] ?? ''));
    expect(p === undefined ? '' : sentenceText(p, 1)).toBe('It signed in 2016!');
  });
});
