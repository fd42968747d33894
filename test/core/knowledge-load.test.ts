import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.ts';
import { copyOfKnowledge } from '../support/engine.ts';

const dirs: string[] = [];
async function brokenCopy(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await copyOfKnowledge();
  dirs.push(dir);
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const validDoc = (front: string) => `---\n${front}\n---\n\nSome text about the EU. It has two sentences.\n`;
const SOURCE = 'source:\n  publisher: P\n  title: T\n  url: https://example.org/x\n  retrieved: 2026-01-01';

describe('loading the shipped knowledge', () => {
  it('loads three documents, one per actor, with their paragraphs', async () => {
    const corpus = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    expect(corpus.documents.map((d) => [d.actor, d.paragraphs.length])).toEqual([
      ['eu', 3],
      ['japan', 3],
      ['us', 3],
    ]);
    expect(corpus.actors.map((a) => a.id)).toEqual(['eu', 'japan', 'us']);
    expect(corpus.glossary.find((g) => g.term === 'CCB')?.means).toContain('cyber capacity building');
    expect(corpus.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the same files the same way, and a one-byte change differently', async () => {
    const a = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const b = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    expect(a.hash).toBe(b.hash);
    const dir = await brokenCopy('eu.md', (t) => t.replace('great importance', 'great  importance'));
    expect((await loadKnowledge(dir)).hash).not.toBe(a.hash);
  });
});

describe('validation errors name the file, the field and what was expected', () => {
  const cases: [string, string, (t: string) => string, string][] = [
    ['a missing field', 'eu.md', (t) => t.replace(/^title: .*\n/m, ''), 'policy-bot: eu.md: title: is missing (expected string)'],
    ['a bad URL', 'eu.md', (t) => t.replace(/url: .*/, 'url: not a url'), 'policy-bot: eu.md: source.url: expected an http(s) URL, got "not a url"'],
    [
      'a bad date',
      'japan.md',
      (t) => t.replace(/retrieved: .*/, 'retrieved: yesterday'),
      'policy-bot: japan.md: source.retrieved: expected a date written YYYY-MM-DD, got "yesterday"',
    ],
    [
      'a bad id',
      'us.md',
      (t) => t.replace(/^id: .*/m, 'id: US Strategy'),
      'policy-bot: us.md: id: expected a lowercase id of letters, digits and hyphens (e.g. "eu-cyber-strategy"), got "US Strategy"',
    ],
    ['an unknown field', 'eu.md', (t) => t.replace(/^title:/m, 'author: someone\ntitle:'), 'policy-bot: eu.md: unknown field "author"'],
    [
      'an unknown actor',
      'eu.md',
      (t) => t.replace(/^actor: eu/m, 'actor: mars'),
      'policy-bot: eu.md: actor: one of the actors in actors.yaml (eu, japan, us), got "mars"',
    ],
    ['an unknown topic', 'eu.md', (t) => t.replace(/^topics: \[/m, 'topics: [cooking, '), 'policy-bot: eu.md: topics.0: one of the topics in topics.yaml'],
    ['no front matter', 'eu.md', (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''), 'policy-bot: eu.md: front matter between "---" lines at the top of the file'],
    ['bad YAML in front matter', 'eu.md', (t) => t.replace(/^title: .*/m, 'title: [unclosed'), 'policy-bot: eu.md: front matter that is valid YAML'],
    ['an empty body', 'eu.md', (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n\n'), 'policy-bot: eu.md: a body with at least one paragraph of text'],
    [
      'a bad actor kind',
      'actors.yaml',
      (t) => t.replace('kind: union', 'kind: empire'),
      'policy-bot: actors.yaml: actors.0.kind: expected one of "state", "union", "organisation", got "empire"',
    ],
    [
      'an alias of two actors',
      'actors.yaml',
      (t) => t.replace('aliases: [Japanese,', 'aliases: [Brussels, Japanese,'),
      'policy-bot: actors.yaml: actors.japan.aliases: names that belong to one actor only ("Brussels" is also eu)',
    ],
    [
      'a glossary entry without meaning',
      'glossary.yaml',
      (t) => t.replace('means: [cyber capacity building, capacity building]', 'means: []'),
      'policy-bot: glossary.yaml: entries.0.means: expected at least one meaning',
    ],
    ['invalid YAML', 'topics.yaml', (t) => `${t}\n  - id: [broken\n`, 'policy-bot: topics.yaml: valid YAML'],
  ];
  it.each(cases)('%s', async (_what, file, edit, message) => {
    const dir = await brokenCopy(file, edit);
    const error = await loadKnowledge(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message.startsWith(message)).toBe(true);
    expect((error as KnowledgeError).file).toBe(file);
  });

  it('rejects two documents with one id', async () => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    const eu = await readFile(join(dir, 'eu.md'), 'utf8');
    await writeFile(join(dir, 'zz-copy.md'), eu);
    await expect(loadKnowledge(dir)).rejects.toThrow(
      'policy-bot: zz-copy.md: id: an id no other document uses ("eu-resilience-capacity-building" is also the id of eu.md)',
    );
  });

  it('rejects a folder without actors.yaml', async () => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    await rm(join(dir, 'actors.yaml'));
    await expect(loadKnowledge(dir)).rejects.toThrow(/^policy-bot: actors\.yaml: a file listing the actors/);
  });

  it('takes a new document dropped into the folder, in a subfolder too', async () => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    await writeFile(join(dir, 'extra.md'), validDoc(`id: eu-extra\ntitle: Extra\nactor: eu\ntopics: [resilience]\n${SOURCE}`));
    const corpus = await loadKnowledge(dir);
    expect(corpus.documents.map((d) => d.id)).toContain('eu-extra');
    expect(corpus.documents.find((d) => d.id === 'eu-extra')?.paragraphs).toEqual(['Some text about the EU. It has two sentences.']);
  });
});

describe('a folder of many documents (read and parsed a batch at a time)', () => {
  const many = async (count: number): Promise<string> => {
    const dir = await copyOfKnowledge();
    dirs.push(dir);
    await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const n = String(i).padStart(3, '0');
        return writeFile(join(dir, `bulk-${n}.md`), validDoc(`id: bulk-${n}\ntitle: Bulk ${n}\nactor: eu\ntopics: [resilience]\n${SOURCE}`));
      }),
    );
    return dir;
  };

  it('loads every document, in path order, whatever the batch size', async () => {
    const corpus = await loadKnowledge(await many(150));
    const bulk = corpus.documents.map((d) => d.id).filter((id) => id.startsWith('bulk-'));
    expect(bulk).toEqual(Array.from({ length: 150 }, (_, i) => `bulk-${String(i).padStart(3, '0')}`));
  });

  it('names the first broken document even when it is read in a late batch', async () => {
    const dir = await many(150);
    await writeFile(join(dir, 'bulk-140.md'), validDoc(`id: bulk-140\ntitle: Bulk\nactor: mars\ntopics: [resilience]\n${SOURCE}`));
    await writeFile(join(dir, 'bulk-145.md'), validDoc(`id: Bad Id\ntitle: Bulk\nactor: eu\ntopics: [resilience]\n${SOURCE}`));
    await expect(loadKnowledge(dir)).rejects.toThrow(/^policy-bot: bulk-140\.md: actor: one of the actors/);
  });

  it('hashes a change in a late document', async () => {
    const dir = await many(100);
    const before = (await loadKnowledge(dir)).hash;
    await writeFile(join(dir, 'bulk-099.md'), validDoc(`id: bulk-099\ntitle: Bulk 99 changed\nactor: eu\ntopics: [resilience]\n${SOURCE}`));
    expect((await loadKnowledge(dir)).hash).not.toBe(before);
  });
});
