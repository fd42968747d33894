/**
 * Terminal views: a {@link Reply} as text for the console and the one-shot
 * CLI. Pure functions of the reply and a style.
 */
import type { Catalogue } from '../../engine.ts';
import type { AnswerHit, AskResult } from '../../search/answer.ts';
import type { Passage } from '../../passages/chunk.ts';
import type { Coverage, Reply, ReplyBodies } from '../../replies.ts';
import { citationUrl, placeLabel } from '../../text/fragment.ts';
import { applyMarks } from '../marks.ts';
import { documentLanguage, sourceLanguagesNote } from '../languages.ts';
import { othersHeading, silenceText } from '../silence.ts';
import { renderActorProfile, renderComparison, renderTimeline } from './facts.ts';
import { renderFeedback } from './feedback.ts';
import { renderHelp } from './help.ts';
import { type TerminalStyle, PLAIN_STYLE } from './style.ts';

/** A terminal renderer for one kind of reply. */
export type TerminalRenderer<K extends keyof ReplyBodies> = (body: ReplyBodies[K], style: TerminalStyle) => string;

function indent(text: string, by = '   '): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
}

/** The abstention message: nothing matched, and what the corpus does cover. */
export function abstainText(covers: Coverage): string {
  const topics = covers.topics.length > 0 ? ` Topics: ${covers.topics.join(', ')}.` : '';
  return `Nothing in the sources answers that. They cover ${covers.actors.join(', ')}.${topics} Try naming an actor or a topic, e.g. "What is the EU's approach to ${covers.topics[0]?.toLowerCase() ?? 'resilience'}?"`;
}

/** One passage: its number, actor, title (and year when the title lacks it), the excerpt, its source and link. */
function hitLines(hit: AnswerHit, label: string, style: TerminalStyle): string[] {
  const p = hit.passage;
  const year = hit.year !== undefined && !p.title.includes(String(hit.year)) ? ` (${hit.year})` : '';
  const place = placeLabel(p);
  return [
    `${style.bold(`${label} ${p.actorName}`)} · ${p.title}${year} ${style.dim(`[${p.id}]`)}`,
    indent(`“${applyMarks(hit.excerpt.text, hit.excerpt.marks, style.markOpen, style.markClose)}”`),
    indent(style.dim(`${p.source.publisher}, ${p.source.title}${place === '' ? '' : ` · ${place}`}`)),
    ...(hit.link === undefined ? [] : [indent(hit.link)]),
  ];
}

/** The answer when the named actor's documents are silent: said plainly, then other actors' passages, apart and labelled as theirs. */
function renderSilent(result: AskResult, silence: string, covers: Coverage, style: TerminalStyle): string {
  const others = result.others ?? [];
  if (others.length === 0) return `${silence} ${abstainText(covers)}`;
  return [style.bold(silence), othersHeading(result), ...others.flatMap((hit) => hitLines(hit, '-', style))].join('\n');
}

function renderAsk({ result, covers }: { result: AskResult; covers: Coverage }, style: TerminalStyle): string {
  const note = sourceLanguagesNote(result);
  const body = renderAnswer(result, covers, style);
  return note === undefined ? body : `${style.dim(note)}\n${body}`;
}

function renderAnswer(result: AskResult, covers: Coverage, style: TerminalStyle): string {
  const silence = silenceText(result);
  if (silence !== undefined) return renderSilent(result, silence, covers, style);
  if (result.abstained) return abstainText(covers);
  const lines: string[] = [];
  if (result.plan.shortened) lines.push(style.dim('(The question was long: only its first terms were searched.)'));
  result.results.forEach((hit, i) => {
    lines.push(...hitLines(hit, `${result.offset + i + 1}.`, style));
  });
  const shown = result.offset + result.results.length;
  if (shown < result.total) lines.push(style.dim(`${result.total - shown}${result.totalAtLeast === true ? ' or more' : ''} more passage(s) match.`));
  return lines.join('\n');
}

function renderPassage({ passage: p }: { passage: Passage }, style: TerminalStyle): string {
  const place = placeLabel(p);
  const link = citationUrl(p.source.url, p.page, p.text);
  return [
    `${style.bold(p.id)} · ${p.title}`,
    ...(place === '' ? [] : [style.dim(place)]),
    '',
    p.text,
    '',
    style.dim(`Source: ${p.source.publisher}, ${p.source.title} (retrieved ${p.source.retrieved})`),
    ...(link === undefined ? [] : [link]),
  ].join('\n');
}

function renderSources({ catalogue }: { catalogue: Catalogue }, style: TerminalStyle): string {
  const lines: string[] = [];
  for (const { actor, documents, passages } of catalogue.actors) {
    lines.push(`${style.bold(actor.name)} (${actor.id}, ${actor.kind}; also: ${actor.aliases.join(', ') || '-'}) · ${passages} passage(s)`);
    for (const d of documents)
      lines.push(
        `  ${d.id}: ${d.title} (${documentLanguage(d)})\n    ${d.source.publisher}, ${d.source.title}${d.source.url === undefined ? '' : `\n    ${d.source.url}`}`,
      );
    if (documents.length === 0) lines.push('  (no documents yet)');
  }
  return lines.join('\n');
}

/** A document `/ingest` would add (only Discord runs it; a terminal front shows the same summary if one ever does). */
function renderIngestPlan({ plan }: ReplyBodies['ingest'], style: TerminalStyle): string {
  const s = plan.summary;
  return [
    `${style.bold(s.title)} (${s.id})`,
    `  actor ${s.actor} · published ${s.published ?? 'unknown'} · language ${s.language ?? 'unknown'} · ${s.type}`,
    `  ${s.pages === null ? '' : `${s.pages} page(s), `}${s.passages} passage(s) from ${s.file}`,
    ...s.warnings.map((w) => `  warning: ${w}`),
  ].join('\n');
}

/** Renderers by reply kind. The facts layer adds its kinds here. */
const RENDERERS: { [K in keyof ReplyBodies]: TerminalRenderer<K> } = {
  ask: renderAsk,
  passage: renderPassage,
  help: renderHelp,
  sources: renderSources,
  notice: ({ text }) => text,
  ingest: renderIngestPlan,
  actor: renderActorProfile,
  timeline: renderTimeline,
  compare: renderComparison,
  feedback: renderFeedback,
};

/** Renders any reply as terminal text. */
export function renderTerminal(reply: Reply, style: TerminalStyle = PLAIN_STYLE): string {
  const render = RENDERERS[reply.kind] as TerminalRenderer<typeof reply.kind>;
  return render(reply as never, style);
}
