/**
 * /ingest in-process: its slash definition, the registry's rules for
 * Discord-only options, what the terminal fronts say, the plan store, the
 * CDN check, the configuration, the summary view, and the upload pipeline
 * (what is refused before a byte is fetched, what a commit writes).
 */
import { readdir, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { usage } from '../../src/cli/one-shot.ts';
import type { IngestPlan } from '../../src/commands/documents.ts';
import type { UploadedFile } from '../../src/commands/options.ts';
import { loadCommands, validateCommand } from '../../src/commands/registry.ts';
import { loadConfig } from '../../src/config.ts';
import { isCdnUrl } from '../../src/discord/attachments.ts';
import { PlanStore } from '../../src/discord/plans.ts';
import { slashCommands } from '../../src/discord/slash.ts';
import { folderIngest } from '../../src/ingest/uploads.ts';
import { renderIngestOutcome, renderIngestPlan } from '../../src/views/discord/ingest.ts';
import { messageProblems } from '../../src/views/discord/limits.ts';
import { copyOfKnowledge } from '../support/engine.ts';
import { cli } from '../support/terminal.ts';

const TEXT = 'Japan Harbour Radar Plan\n\nAdopted on 2 May 2023.\n\nThe Government of Japan will fit harbour radars with tamper alarms.\n';

/** An upload that counts how often its bytes were fetched. */
function upload(name: string, body: string, extra: Partial<UploadedFile> = {}): UploadedFile & { fetched: () => number } {
  const bytes = new TextEncoder().encode(body);
  let fetched = 0;
  return {
    name,
    size: bytes.byteLength,
    contentType: undefined,
    bytes: async () => {
      fetched++;
      return bytes;
    },
    fetched: () => fetched,
    ...extra,
  };
}

const SUMMARY: IngestPlan['summary'] = {
  id: 'japan-x-2023',
  file: '@everyone [x](https://evil.example) **bold**.txt',
  actor: 'japan',
  title: '@everyone <@123456789012345678> '.repeat(20),
  published: '2023',
  language: 'en',
  type: 'strategy',
  pages: null,
  passages: 3,
  warnings: Array.from({ length: 30 }, (_, i) => `warning ${i} ${'w'.repeat(100)}`),
  written: null,
};

describe('/ingest: definition and fronts', () => {
  it('is registered for Manage Server only, in servers, with a required attachment and optional fields', async () => {
    const definition = slashCommands((await loadCommands()).all).find((c) => c.name === 'ingest');
    expect(definition?.default_member_permissions).toBe('32');
    expect(definition?.options?.map((o) => [o.name, o.type, o.required])).toEqual([
      ['file', 11, true],
      ['actor', 3, false],
      ['title', 3, false],
      ['published', 3, false],
    ]);
  });

  it('the registry takes an attachment option only as Discord-only, and a command requiring one only with what a terminal says instead', () => {
    const run = () => undefined;
    expect(() =>
      validateCommand(
        { name: 'x', description: 'x', options: [{ name: 'f', description: 'f', type: 'attachment', required: true }], inTerminal: 'no', run },
        'x.ts',
      ),
    ).toThrow('policy-bot: x.ts: options.0.discordOnly: expected true for an option of type attachment (only Discord can give one)');
    expect(() =>
      validateCommand(
        { name: 'x', description: 'x', options: [{ name: 'f', description: 'f', type: 'attachment', required: true, discordOnly: true }], run },
        'x.ts',
      ),
    ).toThrow('policy-bot: x.ts: inTerminal: expected what a terminal answers instead (option "f" is required and only Discord gives it)');
  });

  it('the console answers /ingest with the terminal command, and the CLI lists "policy-bot ingest" once', async () => {
    const run = await cli([], ['/ingest', '/help']);
    expect(run.out).toContain('In a terminal, add documents with: policy-bot ingest FILE... (see policy-bot ingest --help).');
    expect(run.out).toMatch(/^ {2}\/ingest +Add a document/mu);
    const text = usage(await loadCommands());
    expect(text.match(/policy-bot ingest/gu)).toHaveLength(2); // the line itself, and its "see: policy-bot ingest --help"
    expect(text).toMatch(/^ {2}policy-bot ingest FILE\.\.\. +adds PDF/mu);
  });
});

describe('the plan store', () => {
  const plan: IngestPlan = { summary: SUMMARY, commit: async () => 'x.md' };

  it('gives a plan to its owner once; another member leaves it in place', () => {
    const store = new PlanStore();
    const key = store.put({ plan, owner: 'alice' });
    expect(store.take(key, 'bob')).toEqual({ found: false, why: 'not-owner' });
    expect(store.take(key, 'alice')).toMatchObject({ found: true, pending: { owner: 'alice' } });
    expect(store.take(key, 'alice')).toEqual({ found: false, why: 'expired' });
  });

  it('forgets a plan after its time, and the oldest past its size', () => {
    let now = 0;
    const store = new PlanStore({ ttlMs: 1000, maxEntries: 2, now: () => now });
    const first = store.put({ plan, owner: 'a' });
    now = 999;
    const second = store.put({ plan, owner: 'a' });
    now = 1000;
    expect(store.take(first, 'a')).toEqual({ found: false, why: 'expired' });
    const third = store.put({ plan, owner: 'a' });
    store.put({ plan, owner: 'a' });
    expect(store.size).toBe(2);
    expect(store.take(second, 'a')).toEqual({ found: false, why: 'expired' });
    expect(store.take(third, 'a').found).toBe(true);
  });
});

describe('where attachments come from', () => {
  it('only URLs on the configured CDN origin and path are fetched', () => {
    const cdn = 'https://cdn.discordapp.com';
    expect(isCdnUrl('https://cdn.discordapp.com/ephemeral-attachments/1/2/a.pdf?ex=1', cdn)).toBe(true);
    expect(isCdnUrl('http://cdn.discordapp.com/attachments/1/2/a.pdf', cdn)).toBe(false);
    expect(isCdnUrl('https://cdn.discordapp.com.evil.example/a.pdf', cdn)).toBe(false);
    expect(isCdnUrl('https://user@cdn.discordapp.com/a.pdf', cdn)).toBe(false);
    expect(isCdnUrl('https://169.254.169.254/latest/meta-data', cdn)).toBe(false);
    expect(isCdnUrl('not a url', cdn)).toBe(false);
    expect(isCdnUrl('http://127.0.0.1:4000/cdn/attachments/1/a.txt', 'http://127.0.0.1:4000/cdn')).toBe(true);
    expect(isCdnUrl('http://127.0.0.1:4000/api/v10/x', 'http://127.0.0.1:4000/cdn')).toBe(false);
  });

  it("the configuration takes Discord's CDN or a loopback address, and 25 MB unless told", () => {
    const parse = (env: Record<string, string>) => loadConfig({ env, dotenvFile: false });
    expect(parse({})).toMatchObject({ ingestMaxBytes: 25 * 1024 * 1024, discordCdnBase: 'https://cdn.discordapp.com' });
    expect(parse({ INGEST_MAX_BYTES: '1000', DISCORD_CDN_BASE: 'http://127.0.0.1:9/cdn/' })).toMatchObject({
      ingestMaxBytes: 1000,
      discordCdnBase: 'http://127.0.0.1:9/cdn',
    });
    expect(() => parse({ DISCORD_CDN_BASE: 'https://files.example.org' })).toThrow(
      "DISCORD_CDN_BASE: expected https://cdn.discordapp.com (Discord's CDN) or, for tests, an address on 127.0.0.1 or localhost",
    );
    expect(() => parse({ INGEST_MAX_BYTES: '0' })).toThrow('INGEST_MAX_BYTES: expected a whole number of bytes, 1 or more');
  });
});

describe('the /ingest views', () => {
  it("fit Discord's limits, ping nobody and keep names from the file inert", () => {
    const plan = renderIngestPlan({ plan: { summary: SUMMARY, commit: async () => '' } }, undefined, { planKey: 'k1' });
    expect(messageProblems(plan)).toEqual([]);
    expect(plan.flags).toBe(64);
    expect(plan.allowedMentions).toEqual({ parse: [] });
    expect(plan.content).not.toContain('[x](');
    expect(plan.embeds[0]?.title).not.toMatch(/(^|[^\\])@everyone/u);
    expect(plan.components[0]?.components.map((b) => 'custom_id' in b && b.custom_id)).toEqual(['ingest:add:k1', 'ingest:cancel:k1']);
    expect(renderIngestPlan({ plan: { summary: SUMMARY, commit: async () => '' } }, undefined, {}).components).toEqual([]);
    for (const outcome of [
      { kind: 'adding', summary: SUMMARY },
      { kind: 'cancelled', summary: SUMMARY },
      { kind: 'refused', summary: SUMMARY, reason: '@everyone' },
      { kind: 'added', summary: SUMMARY, written: 'x.md', reload: { ok: false, file: 'x.md', field: 'actor', reason: '@here', message: '' } },
    ] as const) {
      const message = renderIngestOutcome(outcome);
      expect(messageProblems(message)).toEqual([]);
      expect(message.components).toEqual([]);
      expect(message.content).not.toMatch(/(^|[^\\])@(everyone|here)/u);
    }
  });
});

describe('the upload pipeline', () => {
  it('refuses by declared size and type before fetching, reads, and writes only on commit, once', async () => {
    const dir = await copyOfKnowledge();
    try {
      const ingest = folderIngest({ knowledgeDir: dir, maxBytes: 1000 });
      const big = upload('big.txt', TEXT, { size: 1001 });
      await expect(ingest.plan(big, {})).rejects.toThrow(/^Cannot add big\.txt: it is 1,001 bytes, over the limit of 1,000 bytes/u);
      const sheet = upload('sheet.xlsx', TEXT, { contentType: 'application/vnd.ms-excel' });
      await expect(ingest.plan(sheet, {})).rejects.toThrow(/^Cannot add sheet\.xlsx: it is application\/vnd\.ms-excel; only PDF/u);
      expect(big.fetched() + sheet.fetched()).toBe(0);
      await expect(ingest.plan(upload('radar.txt', TEXT), { published: 'May 2023' })).rejects.toThrow(
        '/ingest: option "published" must be a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      );

      const before = (await readdir(dir)).sort();
      const file = upload('radar', TEXT, { contentType: 'text/plain; charset=utf-8' });
      const plan = await ingest.plan(file, { actor: 'japan' });
      expect(file.fetched()).toBe(1);
      expect(plan.summary).toMatchObject({ actor: 'japan', title: 'Japan Harbour Radar Plan', published: '2023-05-02', written: null });
      expect((await readdir(dir)).sort()).toEqual(before);
      const written = await plan.commit();
      expect(written).toBe(`${plan.summary.id}.md`);
      expect((await readdir(dir)).sort()).toEqual([...before, written].sort());
      await expect(plan.commit()).rejects.toThrow(/^Cannot add radar: it is already in the knowledge base, as .+ \(the same file: same sha256\)/u);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
