/**
 * `npx tsx bench/facts/audit.ts KNOWLEDGE_DIR [--root DIR] [--per-kind N] [--out FILE]`:
 * the precision and recall audit of extracted facts (issue 15), over a
 * knowledge folder built by bench/facts/build-knowledge.ts.
 *
 * Precision: a deterministic sample (by a hash of each item's key) of up to
 * N items of every kind (instrument, organisation, dated event, planned
 * event, and the capacity-building sentences given a direction: `given` or
 * `received`, right when the sentence is capacity building going that way
 * for that actor; and, as `undirected`, those given none, right when the
 * sentence indeed says neither) is written with its quote to FILE; the labels we gave by reading
 * each quote are in bench/facts/labels.tsv (`y` or `n`, a tab, the key).
 * Precision per kind is over the labelled sampled items; unlabelled ones are
 * counted and listed. Recall: bench/facts/recall.tsv lists what we read out
 * of the documents ourselves (actor, kind, a phrase, and for events a year);
 * one is found when an item of that actor and kind contains the phrase.
 *
 * `--root` runs the audit on another checkout's code (the before figures:
 * `git archive <commit> | tar -x -C DIR`, node_modules linked).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: {
    root: { type: 'string', default: join(import.meta.dirname, '../..') },
    'per-kind': { type: 'string', default: '80' },
    out: { type: 'string', default: '/tmp/facts-audit-sample.txt' },
  },
  allowPositionals: true,
  strict: true,
});
const dir = positionals[0];
if (dir === undefined) {
  process.stderr.write('usage: npx tsx bench/facts/audit.ts KNOWLEDGE_DIR [--root DIR] [--per-kind N] [--out FILE]\n');
  process.exit(2);
}
const perKind = Number(values['per-kind']);

interface EngineLike {
  readonly kb: {
    readonly facts: {
      readonly facts: {
        readonly instruments: readonly { label: string; international?: true; evidence: Ev }[];
        readonly organisations: readonly { name: string; evidence: Ev }[];
        readonly events: readonly { label: string; year?: number; planned: boolean; international?: true; evidence: Ev }[];
        readonly themes: readonly { topic: string; evidence: Ev }[];
      };
    };
  };
}
interface Ev {
  readonly actor: string;
  readonly passageId: string;
  readonly quote: string;
}

const root = resolve(values.root);
const { Engine } = (await import(join(root, 'src/engine.ts'))) as { Engine: { open(o: unknown): Promise<EngineLike> } };
const { silentLogger } = (await import(join(root, 'src/log.ts'))) as { silentLogger(): unknown };
const { capacityDirection } = (await import(join(root, 'src/facts/capacity.ts'))) as { capacityDirection(s: string): string | undefined };
const engine = await Engine.open({ knowledgeDir: resolve(dir), cacheDir: false, logger: silentLogger() });
const { facts } = engine.kb.facts;

interface Item {
  readonly kind: 'instrument' | 'organisation' | 'event' | 'planned' | 'capacity' | 'undirected';
  readonly actor: string;
  readonly text: string;
  readonly year?: number;
  readonly passageId: string;
  readonly quote: string;
}
// An international instrument (a union's directive, a convention) is shown apart from the actor's own: its label says so.
const scoped = (label: string, international?: true): string => (international === true ? `${label} [international]` : label);
const items: Item[] = [
  ...facts.instruments.map(
    (i): Item => ({
      kind: 'instrument',
      actor: i.evidence.actor,
      text: scoped(i.label, i.international),
      passageId: i.evidence.passageId,
      quote: i.evidence.quote,
    }),
  ),
  ...facts.organisations.map(
    (o): Item => ({ kind: 'organisation', actor: o.evidence.actor, text: o.name, passageId: o.evidence.passageId, quote: o.evidence.quote }),
  ),
  ...facts.events.map(
    (e): Item => ({
      kind: e.planned || e.year === undefined ? 'planned' : 'event',
      actor: e.evidence.actor,
      text: scoped(e.label, e.international),
      ...(e.year === undefined ? {} : { year: e.year }),
      passageId: e.evidence.passageId,
      quote: e.evidence.quote,
    }),
  ),
  // A capacity-building sentence that says which way it goes: is it capacity building, given (or received) by that actor?
  ...facts.themes.flatMap((t): Item[] => {
    if (t.topic !== 'capacity-building') return [];
    const direction = capacityDirection(t.evidence.quote);
    const text = `${direction ?? 'none'}: ${t.evidence.quote.slice(0, 60)}`;
    return [
      { kind: direction === undefined ? 'undirected' : 'capacity', actor: t.evidence.actor, text, passageId: t.evidence.passageId, quote: t.evidence.quote },
    ];
  }),
];
// The key a label is kept under: what the item says and where it comes from, not how its quote is cut.
const keyOf = (i: Item): string => [i.kind, i.actor, i.year ?? '', i.text, i.passageId].join('|');
const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

const labelsFile = join(import.meta.dirname, 'labels.tsv');
const labels = new Map<string, boolean>();
for (const line of (await readFile(labelsFile, 'utf8').catch(() => '')).split('\n')) {
  const [mark, key] = line.split('\t');
  if ((mark === 'y' || mark === 'n') && key !== undefined) labels.set(key, mark === 'y');
}

const kinds = ['instrument', 'organisation', 'event', 'planned', 'capacity', 'undirected'] as const;
const out: string[] = [];
const report: string[] = [`${items.length} items (${kinds.map((k) => `${items.filter((i) => i.kind === k).length} ${k}`).join(', ')})`];
let quotesTooLong = 0;
// A capacity-building item quotes its whole sentence, as the profile does: only the facts' quotes are bounded.
for (const i of items) if (i.kind !== 'capacity' && i.kind !== 'undirected' && i.quote.length > 320) quotesTooLong++;
report.push(`quotes over 320 characters: ${quotesTooLong} of ${items.filter((i) => i.kind !== 'capacity' && i.kind !== 'undirected').length}`);
for (const kind of kinds) {
  const sample = items
    .filter((i) => i.kind === kind)
    .sort((a, b) => hash(keyOf(a)).localeCompare(hash(keyOf(b))))
    .slice(0, perKind);
  let yes = 0;
  let no = 0;
  for (const i of sample) {
    const label = labels.get(keyOf(i));
    if (label === true) yes++;
    if (label === false) no++;
    out.push(`${label === undefined ? '?' : label ? 'y' : 'n'}\t${keyOf(i)}\n\t“${i.quote}”`);
  }
  const p = yes + no === 0 ? '-' : (yes / (yes + no)).toFixed(3);
  report.push(`${kind.padEnd(12)} precision ${p} (${yes} right of ${yes + no} labelled; ${sample.length - yes - no} of ${sample.length} sampled unlabelled)`);
}

const recallFile = join(import.meta.dirname, 'recall.tsv');
const wanted = (await readFile(recallFile, 'utf8'))
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t'));
let found = 0;
const missed: string[] = [];
for (const [actor, kind, phrase, year] of wanted) {
  const hit = items.some(
    (i) =>
      i.actor === actor &&
      (kind === 'event' ? i.kind === 'event' || i.kind === 'planned' : i.kind === kind) &&
      i.text.toLowerCase().includes((phrase ?? '').toLowerCase()) &&
      (year === undefined || year === '' || i.year === Number(year)),
  );
  if (hit) found++;
  else missed.push(`  missed: ${actor} ${kind} "${phrase}"${year ? ` ${year}` : ''}`);
}
report.push(`recall ${(found / wanted.length).toFixed(3)} (${found} of ${wanted.length} read from the documents)`, ...missed);
await writeFile(values.out, `${out.join('\n')}\n`);
process.stdout.write(`${report.join('\n')}\nsample written to ${values.out}\n`);
