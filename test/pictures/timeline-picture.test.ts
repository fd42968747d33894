/**
 * The timeline picture: every event of the seed drawn and named in the SVG,
 * escaped; a PNG of a sane size; labels that fit their lane; and what a
 * crowded timeline leaves out counted honestly.
 */
import { describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/facts/timeline.ts';
import { reply } from '../../src/replies.ts';
import { measureText } from '../../src/views/picture/font.ts';
import { pictureOf, renderPicture } from '../../src/views/picture/render.ts';
import { escapeXml } from '../../src/views/picture/text.ts';
import { CELL_CAP, MAX_LANES, MAX_YEARS, planTimeline, PLANNED_CAP } from '../../src/views/picture/timeline-plan.ts';
import { timelineSvg } from '../../src/views/picture/timeline-svg.ts';
import { SCALE } from '../../src/views/picture/svg.ts';
import { seedEngine } from '../support/engine.ts';
import { pngSize } from '../support/png.ts';

function event(actor: string, year: number | undefined, label: string, planned = false): TimelineEvent {
  return {
    date: year === undefined ? null : String(year),
    ...(year === undefined ? {} : { year }),
    actor,
    actorName: `Actor ${actor.toUpperCase()}`,
    label,
    quote: `${label}.`,
    passageId: `${actor}#1`,
    planned,
  };
}

function timeline(dated: TimelineEvent[], planned: TimelineEvent[] = []): Timeline {
  return { actors: [], dated, planned };
}

const svgSize = (svg: string): { width: number; height: number } => {
  const m = /<svg [^>]*width="(\d+)" height="(\d+)"/u.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

describe('the timeline picture', () => {
  it('names every event of the seed, escaped, and renders to a PNG twice the SVG size', async () => {
    const engine = await seedEngine();
    const answer = reply('timeline', engine.citedTimeline({}));
    if (answer.kind !== 'timeline') throw new Error('not a timeline');
    const events = [...answer.timeline.dated, ...answer.timeline.planned];
    expect(events.length).toBeGreaterThan(5);
    const picture = pictureOf(answer);
    if (picture === undefined) throw new Error('no picture');
    for (const e of events) expect(picture.svg).toContain(escapeXml(e.label));
    for (const name of ['European Union', 'Japan', 'United States', 'Planned and undated']) expect(picture.svg).toContain(name);
    expect(picture.alt).toMatch(/^Timeline: \d+ dated events, 2013–2021 · 3 planned or undated\.$/u);

    const rendered = await renderPicture(picture);
    const size = pngSize(rendered.png);
    const svg = svgSize(picture.svg);
    expect(size).toEqual({ width: svg.width * SCALE, height: svg.height * SCALE });
    expect(size).toEqual({ width: rendered.width, height: rendered.height });
    // Wide enough to be sharp, narrow enough to read on a phone; a few hundred kilobytes at most.
    expect(size.width).toBeGreaterThanOrEqual(1000);
    expect(size.width).toBeLessThanOrEqual(1800);
    expect(size.height).toBeLessThan(3 * size.width);
    expect(rendered.png.byteLength).toBeGreaterThan(10_000);
    expect(rendered.png.byteLength).toBeLessThan(1_000_000);
  });

  it('escapes hostile labels and names, and resvg still draws them', async () => {
    const hostile = [
      '<script>alert(1)</script> & "quotes" \'too\'',
      'control\u0001\u0008chars\uffff and a lone \ud800 surrogate',
      'Côte d’Ivoire — Łódź Strategy',
    ];
    const t: Timeline = {
      actors: [{ id: 'x', name: '<b>X</b> & Co', kind: 'state', aliases: [] }],
      dated: hostile.map((l, i) => ({ ...event('x', 2010 + i, l), actorName: '<b>X</b> & Co' })),
      planned: [],
    };
    const svg = timelineSvg(t, measureText);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;too&apos;');
    expect(svg).toContain('Côte d’Ivoire — Łódź Strategy');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that no control character reaches the SVG
    expect(svg).not.toMatch(/[\u0001\u0008\uffff]/u);
    const rendered = await renderPicture({ fileName: 't.png', svg, alt: '' });
    expect(pngSize(rendered.png).width).toBeGreaterThan(0);
  });

  it('cuts a label too long for its lane with an ellipsis, within the lane, and keeps it whole in the title', () => {
    const long = 'The Comprehensive National Strategy for the Protection of Critical Information Infrastructure and the Digital Economy of the Republic';
    const svg = timelineSvg(timeline([event('a', 2020, long), event('b', 2020, 'Short'), event('c', 2021, 'Other')]), measureText);
    expect(svg).toContain(`<title>2020 · Actor A: ${long}</title>`);
    const group = svg.slice(svg.indexOf(`<title>2020 · Actor A:`), svg.indexOf('</g>', svg.indexOf(`<title>2020 · Actor A:`)));
    const lines = [...group.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/gu)].map((m) => m[1] ?? '');
    expect(lines.length).toBe(3);
    expect(lines.at(-1)).toMatch(/…$/u);
    expect(long.startsWith(lines.join(' ').replace(/…$/u, ''))).toBe(true);
    // Three lanes of 180 units, the label set 18 units in from the lane's edge.
    for (const l of lines) expect(measureText(l, 15)).toBeLessThanOrEqual(180 - 18);
  });

  it('draws at most the caps and counts every event it leaves out', () => {
    const actors = ['a', 'b', 'c', 'd', 'e', 'f'];
    const dated: TimelineEvent[] = [];
    for (let year = 2000; year < 2015; year++)
      for (const a of actors) for (let k = 0; k < (a === 'f' ? 1 : 4); k++) dated.push(event(a, year, `${a} ${year} #${k}`));
    const planned = actors.flatMap((a) => Array.from({ length: 7 }, (_, k) => event(a, undefined, `${a} plan ${k}`, true)));
    const t = timeline(dated, planned);
    const plan = planTimeline(t);
    expect(plan.lanes.length).toBe(MAX_LANES);
    expect(plan.hiddenActors).toEqual(['Actor E', 'Actor F']);
    expect(plan.years.map((r) => r.year)).toEqual(Array.from({ length: MAX_YEARS }, (_, i) => 2015 - MAX_YEARS + i));
    const cells = [...plan.years.flatMap((r) => [...r.cells.values()])];
    expect(cells.every((c) => c.shown.length <= CELL_CAP && c.more === 4 - CELL_CAP)).toBe(true);
    expect([...plan.planned.values()].every((c) => c.shown.length === PLANNED_CAP && c.more === 7 - PLANNED_CAP)).toBe(true);
    const hidden = dated.concat(planned).filter((e) => e.actor === 'e' || e.actor === 'f').length;
    const more = [...cells, ...plan.planned.values()].reduce((n, c) => n + c.more, 0);
    expect(plan.shown + more + (plan.earlier?.events ?? 0) + hidden).toBe(plan.total);

    const svg = timelineSvg(t, measureText);
    expect(svg).toContain(`${plan.shown} of ${plan.total} drawn; the text answer lists all`);
    expect(svg).toContain(`${plan.earlier?.events} earlier events (2000–${2014 - MAX_YEARS}) not drawn`);
    expect(svg).toContain('Not drawn: Actor E, Actor F');
    expect(svg).toContain(`+${4 - CELL_CAP} more`);
    expect(svg).toContain(`+${7 - PLANNED_CAP} more`);
    expect(svgSize(svg).height).toBeLessThan(2000);
  });

  it('shows one event more rather than "+1 more", and says which years have nothing dated', () => {
    const t = timeline([event('a', 2010, 'one'), event('a', 2010, 'two'), event('a', 2010, 'three'), event('a', 2014, 'four')]);
    const svg = timelineSvg(t, measureText);
    expect(svg).not.toContain('+1 more');
    for (const label of ['one', 'two', 'three', 'four']) expect(svg).toContain(`: ${label}</title>`);
    expect(svg).toContain('nothing dated in 2011–2013');
  });

  it('has no picture for a timeline with no event', async () => {
    const engine = await seedEngine();
    expect(pictureOf(reply('timeline', engine.citedTimeline({ from: 1990, to: 1991 })))).toBeUndefined();
  });
});
