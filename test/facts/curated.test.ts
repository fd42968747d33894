import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.ts';
import { openEngine, SEED_DIR } from './helpers.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A copy of the seed whose actors.yaml has `edit` applied. */
async function seedWith(edit: (actorsYaml: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-bot-facts-'));
  dirs.push(dir);
  await cp(SEED_DIR, dir, { recursive: true });
  const file = join(dir, 'actors.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

async function loadError(dir: string): Promise<KnowledgeError> {
  const error: unknown = await openEngine(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

describe('curated profile entries in actors.yaml', () => {
  it('fails loading when an entry cites a passage that does not exist, naming file and field', async () => {
    const dir = await seedWith((y) => y.replace('passage: us-resilience-capacity-building#3', 'passage: us-resilience-capacity-building#9'));
    const error = await loadError(dir);
    expect(error.file).toBe('actors.yaml');
    expect(error.field).toBe('actors.us.profile.partners.0.passage');
    expect(error.message).toBe(
      'policy-bot: actors.yaml: actors.us.profile.partners.0.passage: the id of a passage (like "eu-resilience-capacity-building#1"), got "us-resilience-capacity-building#9"',
    );
  });

  it('fails loading when the quote is not verbatim in the cited passage', async () => {
    const dir = await seedWith((y) => y.replace('the Montenegrin military)"', 'the Montenegrin army)"'));
    const error = await loadError(dir);
    expect(error.field).toBe('actors.us.profile.partners.0.quote');
    expect(error.expected).toMatch(/^a verbatim slice of passage us-resilience-capacity-building#3/u);
  });

  it('fails loading on an unknown profile field', async () => {
    const dir = await seedWith((y) => y.replace('    profile:\n      partners:', '    profile:\n      hobbies:'));
    const error = await loadError(dir);
    expect(error.field).toBe('actors.2.profile');
    expect(error.expected).toBe('unknown field "hobbies"');
  });

  it('lets a curated entry correct an extracted one', async () => {
    const dir = await seedWith(
      (y) => `${y}        - text: NATO (joint operations and exercises under its auspices)
          passage: us-resilience-capacity-building#3
          quote: "under the auspices of NATO"
          replaces: "NATO ("
`,
    );
    const engine = await openEngine(dir);
    const partners = engine.actorProfile('us').fields.partners.map((e) => e.text);
    expect(partners.filter((t) => t.startsWith('NATO'))).toEqual(['NATO (joint operations and exercises under its auspices)']);
  });
});
