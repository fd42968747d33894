/**
 * /ingest end to end: the real discord.js client against the loopback fake,
 * which also serves the attachments as Discord's CDN on 127.0.0.1. Checks
 * who may ingest, what is fetched (and what never is), the private summary
 * with Add / Cancel, that Add writes and reloads (a following /ask answers
 * from the new document) and that Cancel and every refusal write nothing.
 */
import { readdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from '../../fixtures/discord/bot-harness.ts';
import { copyOfKnowledge } from '../support/engine.ts';
import type { AttachmentPayload, InteractionCallback } from '../../fixtures/discord/fake-discord.ts';
import { buttonPress, OPTION_TYPE, type SentOption, slashCommand, type TestUser, testUser } from '../../fixtures/discord/interactions.ts';
import { NOT_YOUR_PLAN_TEXT } from '../../src/discord/ingest-buttons.ts';
import { encryptedPdf } from '../ingest/fixtures/encrypted-pdf.ts';
import { imagePdf, TWO_PAGE, twoPagePdf } from '../ingest/fixtures/pdf.ts';

const EPHEMERAL = 64;
/** Small, so that the refusals by size need no big files; the documents of these tests are far smaller. */
const MAX_BYTES = 8192;

const CABLES = [
  'Japan Undersea Cable Resilience Plan',
  '',
  'Adopted on 12 March 2024.',
  '',
  'The Government of Japan will protect undersea cables with a dedicated cable repair fleet and a registry of cable landing stations.',
  '',
  'Operators of cable landing stations shall report every cable fault to the national incident response team within 24 hours.',
  '',
].join('\n');

type Message = {
  content?: string;
  flags?: number;
  embeds?: { title?: string; fields?: { name: string; value: string }[] }[];
  components?: { components: { custom_id: string; label: string }[] }[];
};

describe('/ingest on Discord', () => {
  let bot: BotHarness;
  let dir: string;
  const manager = testUser('manager', '32');
  const otherManager = testUser('deputy', '32');
  const member = testUser('member');

  beforeAll(async () => {
    dir = await copyOfKnowledge();
    bot = await startBot({ knowledgeDir: dir, env: { INGEST_MAX_BYTES: String(MAX_BYTES) } });
  });
  afterAll(async () => {
    await bot?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const files = async (): Promise<string[]> => (await readdir(dir)).sort();

  /** The message a callback ends in: its own data, or for a deferral the edit (an answer) or follow-up (a refusal) that comes next. */
  async function finalMessage(cb: InteractionCallback): Promise<Message> {
    if (cb.body.type !== 5) return (cb.body.data ?? {}) as Message;
    const webhook = `/webhooks/${bot.fake.applicationId}/${cb.token}`;
    const sent = await bot.fake.waitForRequest(
      (r) => (r.method === 'PATCH' && r.path === `${webhook}/messages/@original`) || (r.method === 'POST' && r.path === webhook),
      15_000,
    );
    return sent.body as Message;
  }

  /** Runs /ingest by `user` with `file` attached and `options`; resolves to the first callback and the message it ends in. */
  async function ingest(user: TestUser, file: AttachmentPayload, options: readonly SentOption[] = []): Promise<{ cb: InteractionCallback; message: Message }> {
    const interaction = slashCommand(bot.fake, user, 'ingest', [{ name: 'file', type: OPTION_TYPE.attachment, value: file.id }, ...options], [], [file]);
    const cb = await bot.fake.interact(interaction, 15_000);
    return { cb, message: await finalMessage(cb) };
  }

  const buttons = (m: Message): string[] => (m.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
  const field = (m: Message, name: string): string | undefined => m.embeds?.[0]?.fields?.find((f) => f.name === name)?.value;
  const text = (body: string): Uint8Array => new TextEncoder().encode(body);

  it('refuses a member without Manage Server, and fetches nothing', async () => {
    const before = await files();
    const file = bot.fake.attachment('cables.txt', text(CABLES), { contentType: 'text/plain; charset=utf-8' });
    const { cb, message } = await ingest(member, file);
    expect(cb.body.type).toBe(4);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toBe('/ingest is for server managers only.');
    expect(bot.fake.fetchesOf(file)).toEqual([]);
    expect(await files()).toEqual(before);
  });

  it('shows a manager the dry-run summary privately, with Add and Cancel; Add writes, reloads, and /ask then answers from it', async () => {
    const before = await files();
    const file = bot.fake.attachment('cables.txt', text(CABLES), { contentType: 'text/plain; charset=utf-8' });
    const { message } = await ingest(manager, file, [{ name: 'actor', type: OPTION_TYPE.string, value: 'Japan' }]);
    expect(bot.fake.fetchesOf(file)).toHaveLength(1);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain('**cables.txt** reads as below; nothing is written yet.');
    expect(message.embeds?.[0]?.title).toBe('Japan Undersea Cable Resilience Plan');
    const id = field(message, 'Id') ?? '';
    expect(id).toMatch(/^japan-/u);
    expect(field(message, 'Actor')).toBe('japan');
    expect(field(message, 'Published')).toBe('2024-03-12');
    expect(field(message, 'Language')).toBe('en');
    expect(field(message, 'Passages')).toMatch(/^[1-9]\d*$/u);
    const [add, cancel] = buttons(message);
    expect(add).toMatch(/^ingest:add:[\w-]+$/u);
    expect(cancel).toMatch(/^ingest:cancel:[\w-]+$/u);
    expect(await files()).toEqual(before);

    // Another manager cannot press Add: refused privately, the plan left for its owner.
    const stranger = await bot.fake.interact(buttonPress(bot.fake, otherManager, add ?? '', { ...message, flags: EPHEMERAL }));
    expect(stranger.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: NOT_YOUR_PLAN_TEXT } });
    expect(await files()).toEqual(before);

    const press = buttonPress(bot.fake, manager, add ?? '', { ...message, flags: EPHEMERAL });
    const update = await bot.fake.interact(press);
    expect(update.body.type).toBe(7);
    expect((update.body.data as Message).content).toBe('Adding **cables.txt**…');
    expect((update.body.data as Message).components).toEqual([]);
    const edit = await bot.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${bot.fake.applicationId}/${press.token}/messages/@original`,
      30_000,
    );
    expect((edit.body as Message).content).toMatch(
      new RegExp(`^Added \\*\\*cables\\.txt\\*\\* as \`${id}\\.md\`\\. Knowledge base reloaded: 4 document\\(s\\), \\d+ passage\\(s\\)\\.$`, 'u'),
    );
    expect(await files()).toEqual([...before, `${id}.md`].sort());

    const ask = await bot.fake.interact(
      slashCommand(bot.fake, member, 'ask', [{ name: 'question', type: OPTION_TYPE.string, value: 'undersea cable repair fleet' }]),
    );
    const top = (ask.body.data as { embeds: { footer: { text: string } }[] }).embeds[0]?.footer.text ?? '';
    expect(top.split(' · ')[0]).toMatch(new RegExp(`^${id}#\\d+$`, 'u'));

    // The same file again: already in the knowledge base, nothing written.
    const again = await ingest(manager, bot.fake.attachment('copy-of-cables.txt', text(CABLES), { contentType: 'text/plain' }));
    expect(again.message.flags).toBe(EPHEMERAL);
    expect(again.message.content).toMatch(
      /^Cannot add copy-of-cables\.txt: it is already in the knowledge base, as .+\.md \(the same file: same sha256\); nothing to add\.$/u,
    );
    expect(buttons(again.message)).toEqual([]);
    expect(await files()).toEqual([...before, `${id}.md`].sort());
  });

  it('Cancel discards the plan and writes nothing; its buttons then say the plan is gone', async () => {
    const before = await files();
    const body = CABLES.replace('Undersea Cable', 'Satellite Ground Station').replace(/cable/gu, 'antenna');
    const { message } = await ingest(manager, bot.fake.attachment('antennas.md', text(body)), [{ name: 'actor', type: OPTION_TYPE.string, value: 'japan' }]);
    const [add, cancel] = buttons(message);
    // A member without Manage Server is refused on the button too, whatever the message says.
    const outsider = await bot.fake.interact(buttonPress(bot.fake, member, add ?? '', { ...message, flags: EPHEMERAL }));
    expect(outsider.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: '/ingest is for server managers only.' } });
    const cancelled = await bot.fake.interact(buttonPress(bot.fake, manager, cancel ?? '', { ...message, flags: EPHEMERAL }));
    expect(cancelled.body.type).toBe(7);
    expect((cancelled.body.data as Message).content).toBe('Cancelled: **antennas.md** was not added; nothing was written.');
    const late = await bot.fake.interact(buttonPress(bot.fake, manager, add ?? '', { ...message, flags: EPHEMERAL }));
    expect(late.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect((late.body.data as Message).content).toMatch(/^This document was not added: its summary expired .* Run \/ingest again\.$/u);
    expect(await files()).toEqual(before);
  });

  it('refuses an attachment Discord declares too large without fetching it', async () => {
    const file = bot.fake.attachment('huge.pdf', text('%PDF-1.7 tiny'), { contentType: 'application/pdf', declaredSize: 30 * 1024 * 1024 });
    const { message } = await ingest(manager, file);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toBe(
      "Cannot add huge.pdf: it is 30 MB, over the limit of 8 KB: split it, or export it without images (a PDF's text is small), then add it again.",
    );
    expect(bot.fake.fetchesOf(file)).toEqual([]);
  });

  it('stops reading an attachment that turns out larger than declared', async () => {
    const file = bot.fake.attachment('liar.txt', text('word '.repeat(MAX_BYTES)), { contentType: 'text/plain', declaredSize: 100 });
    const before = await files();
    const { message } = await ingest(manager, file);
    expect(bot.fake.fetchesOf(file)).toHaveLength(1);
    expect(message.content).toMatch(/^Cannot add liar\.txt: it is larger than the limit of 8,192 bytes/u);
    expect(await files()).toEqual(before);
    // A length the CDN announces is believed when it is over the limit: the body is not read.
    const announced = bot.fake.attachment('liar2.txt', text('word '.repeat(MAX_BYTES)), { contentType: 'text/plain', declaredSize: 100, announceLength: true });
    expect((await ingest(manager, announced)).message.content).toBe('Cannot add liar2.txt: it is 40,960 bytes, over the limit of 8,192.');
  });

  it('keeps nothing of a download cut off midway', async () => {
    const before = await files();
    const file = bot.fake.attachment('cut.txt', text(CABLES), { contentType: 'text/plain', cutAfterBytes: 40 });
    const { message } = await ingest(manager, file);
    expect(bot.fake.fetchesOf(file)).toHaveLength(1);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toMatch(/^Cannot add cut\.txt: its download was interrupted \(.+\); attach it again\.$/u);
    expect(await files()).toEqual(before);
  });

  it('refuses a type it does not read: by its name and type before fetching, by its bytes after', async () => {
    const photo = bot.fake.attachment('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), { contentType: 'image/png' });
    const early = await ingest(manager, photo);
    expect(early.message.content).toMatch(
      /^Cannot add photo\.png: it is image\/png; only PDF, HTML \(a saved web page\), Word \(\.docx\), plain text \(\.txt\) and Markdown \(\.md\) files can be added/u,
    );
    expect(bot.fake.fetchesOf(photo)).toEqual([]);

    const disguised = bot.fake.attachment('notes.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), {
      contentType: 'text/plain',
    });
    const late = await ingest(manager, disguised);
    expect(bot.fake.fetchesOf(disguised)).toHaveLength(1);
    expect(late.message.content).toMatch(/^Cannot add notes\.txt: its name says plain text \(\.txt\) but its bytes are a PNG image/u);
  });

  it('refuses an unknown actor, listing the known ones', async () => {
    const before = await files();
    const { message } = await ingest(manager, bot.fake.attachment('cables2.txt', text(CABLES.replace('Japan', 'Atlantis'))), [
      { name: 'actor', type: OPTION_TYPE.string, value: 'Atlantis' },
    ]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain(
      'Cannot add cables2.txt: "Atlantis" is not an actor of actors.yaml. Known actors: eu (European Union), japan (Japan), us (United States). Pass the actor option',
    );
    expect(await files()).toEqual(before);
  });

  it('reads a PDF in the worker: its pages and metadata in the summary; an encrypted or scanned PDF is refused', async () => {
    const before = await files();
    const pdf = await ingest(manager, bot.fake.attachment('strategy.pdf', await twoPagePdf(), { contentType: 'application/pdf' }), [
      { name: 'actor', type: OPTION_TYPE.string, value: 'japan' },
    ]);
    expect(pdf.message.embeds?.[0]?.title).toBe(TWO_PAGE.title);
    expect(field(pdf.message, 'Pages')).toBe('2');
    expect(field(pdf.message, 'Published')).toBe('2024-03-05');
    expect(buttons(pdf.message)).toHaveLength(2);

    const locked = await ingest(manager, bot.fake.attachment('annex.pdf', encryptedPdf(), { contentType: 'application/pdf' }));
    expect(locked.message.content).toBe(
      'Cannot add annex.pdf: the PDF is protected by a password: open it, save a copy without the password (or print it to PDF), and ingest that.',
    );
    const scan = await ingest(manager, bot.fake.attachment('scan.pdf', await imagePdf(2), { contentType: 'application/pdf' }));
    expect(scan.message.content).toBe(
      'Cannot add scan.pdf: none of its 2 pages has a text layer (a scanned document?): run OCR on it first (e.g. ocrmypdf) and ingest the result.',
    );
    expect(await files()).toEqual(before);
  });
});
