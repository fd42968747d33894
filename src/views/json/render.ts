/**
 * JSON views: a {@link Reply} as a plain object for `--json` (one object per
 * answer, one line per object with `--stdin`). Pure; shapes are documented
 * in the README and tested.
 */
import type { Catalogue } from '../../engine.ts';
import type { AnswerHit, AskResult } from '../../search/answer.ts';
import type { Passage } from '../../passages/chunk.ts';
import { citationUrl } from '../../text/fragment.ts';
import type { Reply, ReplyBodies } from '../../replies.ts';
import { actorJson, compareJson, timelineJson } from './facts.ts';

/** A JSON renderer for one kind of reply. */
export type JsonRenderer<K extends keyof ReplyBodies> = (body: ReplyBodies[K]) => unknown;

/**
 * The JSON of an `ask` result: `{query, abstained, reason?, actor?, scope, language, sourceLanguages?, results: [{id, actor, title, language?, text, excerpt, score, source}]}`
 * and a few more fields; with `reason: "actor-silent"`, `others: [{actor, actorName, id, ...}]`: other actors' passages, never the named actor's answer;
 * with `reason: "actor-absent"`, `absent: ["Germany"]` (countries the library has no documents of) and the same `others`.
 */
export function askJson(result: AskResult): unknown {
  return {
    query: result.query,
    abstained: result.abstained,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    ...(result.actor === undefined ? {} : { actor: result.actor }),
    ...(result.absent === undefined ? {} : { absent: result.absent }),
    scope: result.scope,
    language: result.plan.language,
    ...(result.sourceLanguages === undefined ? {} : { sourceLanguages: result.sourceLanguages }),
    shortened: result.plan.shortened,
    total: result.total,
    ...(result.totalAtLeast === true ? { totalAtLeast: true } : {}),
    ...(result.others === undefined ? {} : { others: result.others.map((hit) => ({ ...hitJson(hit), actor: hit.actor, actorName: hit.actorName })) }),
    results: result.results.map(hitJson),
  };
}

/** One answering passage: `{id, actor, actorName, title, year?, text, excerpt, marks, score, link, page, headings, layout?, source}`. */
function hitJson(hit: AnswerHit): Record<string, unknown> {
  return {
    id: hit.passage.id,
    actor: hit.passage.actor,
    actorName: hit.passage.actorName,
    title: hit.passage.title,
    ...(hit.passage.language === undefined ? {} : { language: hit.passage.language }),
    ...(hit.year === undefined ? {} : { year: hit.year }),
    text: hit.passage.text,
    excerpt: hit.excerpt.text,
    marks: hit.excerpt.marks.map((m) => [m.start, m.end]),
    score: Math.round(hit.score * 1000) / 1000,
    link: hit.link ?? null,
    ...placeJson(hit.passage),
    source: { title: hit.passage.source.title, url: hit.passage.source.url ?? null, publisher: hit.passage.source.publisher },
  };
}

/** Where a passage stands: `page` (null where the document has no pages), `headings` (outermost first; empty where it has none) and `layout` when marked. */
function placeJson(p: Passage): { page: number | null; headings: readonly string[]; layout?: string } {
  return { page: p.page ?? null, headings: p.headings ?? [], ...(p.layout === undefined ? {} : { layout: p.layout }) };
}

/** The JSON of one passage. */
export function passageJson(p: Passage): unknown {
  return {
    id: p.id,
    actor: p.actor,
    actorName: p.actorName,
    title: p.title,
    document: p.docId,
    position: p.position,
    ...placeJson(p),
    link: citationUrl(p.source.url, p.page, p.text) ?? null,
    text: p.text,
    source: p.source,
  };
}

function catalogueJson(c: Catalogue): unknown {
  return {
    passages: c.passages,
    actors: c.actors.map(({ actor, documents, passages }) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      passages,
      documents: documents.map((d) => ({
        id: d.id,
        title: d.title,
        file: d.file,
        topics: d.topics,
        source: d.source,
        ...(d.language === undefined ? {} : { language: d.language }),
      })),
    })),
    topics: c.topics.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** Renderers by reply kind. The facts layer adds its kinds here. */
const RENDERERS: { [K in keyof ReplyBodies]: JsonRenderer<K> } = {
  ask: ({ result }) => askJson(result),
  passage: ({ passage }) => passageJson(passage),
  help: ({ catalogue }) => catalogueJson(catalogue),
  sources: ({ catalogue }) => catalogueJson(catalogue),
  notice: ({ text }) => ({ message: text }),
  // The same object as `policy-bot ingest --dry-run --json` prints.
  ingest: ({ plan }) => plan.summary,
  actor: ({ profile }) => actorJson(profile),
  timeline: ({ timeline }) => timelineJson(timeline),
  compare: ({ comparison }) => compareJson(comparison),
  feedback: ({ listing, since }) => (listing.available ? { since: since ?? null, questions: listing.questions } : { error: 'feedback unavailable' }),
};

/** Renders any reply as a JSON-ready value. */
export function renderJson(reply: Reply): unknown {
  const render = RENDERERS[reply.kind] as JsonRenderer<typeof reply.kind>;
  return render(reply as never);
}
