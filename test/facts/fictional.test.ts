import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { FICTIONAL_DIR, openEngine } from './helpers.ts';

// A made-up corpus (test/fixtures/fictional) with other instruments, fora, years and spellings than the seed:
// what is found here is found by the rules, not by anything tuned to the seed.
let engine: Engine;
beforeAll(async () => {
  engine = await openEngine(FICTIONAL_DIR);
});

describe('extraction over a fictional corpus', () => {
  it('finds the dated events in order (month-and-year, a range, a loose year), planned ones apart', () => {
    const t = engine.timeline();
    expect(t.dated.map((e) => [e.date, e.actor, e.label])).toEqual([
      ['2011', 'norland', 'National Cyber Resilience Law'],
      ['2015', 'ostmark', '2015–2020 Cyber Action Plan'],
      ['2017-09', 'norland', 'Digital Defence Doctrine'],
      ['2019-10', 'norland', 'Northern Shield Conference'],
      ['2019-10', 'norland', 'Harbour Principles'],
    ]);
    expect(t.dated.find((e) => e.actor === 'ostmark')?.untilYear).toBe(2020);
    expect(t.planned.map((e) => e.label)).toEqual(['Cyber Skills Programme', 'Critical Services Act (proposal)']);
  });

  it('leaves out what a rule is unsure of: two loose dates in one sentence, a joining with no named instrument', () => {
    const labels = engine.timeline({ actors: 'ostmark' }).dated.map((e) => e.label);
    expect(labels).toEqual(['2015–2020 Cyber Action Plan']);
  });

  it('profiles a fictional actor: instruments with what they are, fora merged across acronyms, plans', () => {
    const p = engine.actorProfile('Norland');
    expect(p.fields.documents.map((d) => d.text)).toEqual([
      'National Cyber Resilience Law (law, in force, 2011)',
      'Digital Defence Doctrine (doctrine, in force, 2017-09): whose central aim is the protection of the electricity grid and water utilities',
      'Harbour Principles (principles, in force, 2019-10)',
      'Cyber Skills Programme (programme, planned)',
      'Critical Services Act (proposal) (act, planned)',
    ]);
    expect(p.fields.partners.map((e) => e.text)).toEqual(['Nordic Cyber Cooperation Board (also NCCB)', 'Baltic Sea Cyber Forum (also BSCF)']);
    expect(p.fields.themes.map((e) => e.text)).toEqual(['Grid security (2 sentences)', 'Skills (1 sentence)', 'Information sharing (1 sentence)']);
    expect(p.gaps).toEqual(['no passage on capacity building for Republic of Norland']);
  });

  it('merges an acronym with its spelled-out name across actors and documents', () => {
    const ostmark = engine.actorProfile('ostmark').fields.partners.map((e) => e.text);
    expect(ostmark).toEqual(['Baltic Sea Cyber Forum (also BSCF)', 'NCCB (also Nordic Cyber Cooperation Board)']);
    const c = engine.compare(['norland', 'ostmark']);
    expect(
      c.shared
        .filter((s) => s.aspect === 'partners and fora')
        .map((s) => s.text)
        .sort(),
    ).toEqual(['Baltic Sea Cyber Forum', 'Nordic Cyber Cooperation Board', 'works with partners and fora']);
    // Both touch skills (Norland through the glossary's "cyber skills"); only Ostmark has a plan.
    expect(
      c.shared
        .filter((s) => s.aspect === 'themes')
        .map((s) => s.text)
        .sort(),
    ).toEqual(['Information sharing', 'Skills']);
    expect(c.distinct.ostmark?.map((d) => d.text)).toEqual(['plan']);
  });

  it('says plainly that the corpus has nothing on an actor without passages', () => {
    const p = engine.actorProfile('Vesteria');
    expect(p.gaps[0]).toBe('no passage at all for Vesteria');
    expect(p.gaps).toContain('no passage on documents and instruments for Vesteria');
    const c = engine.compare(['norland', 'vesteria'], 'grid-security');
    for (const row of c.rows) expect(row.cells.vesteria).toEqual([]);
    expect(c.rows.at(-1)?.cells.norland?.[0]?.passageId).toBe('norland-cyber-policy#1');
  });
});
