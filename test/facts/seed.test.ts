import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { UserError } from '../../src/errors.ts';
import { openEngine, SEED_DIR } from './helpers.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine(SEED_DIR);
});

const texts = (entries: readonly { text: string }[]): string => entries.map((e) => e.text).join('\n');

describe('timeline over the seed', () => {
  it('lists every dated milestone the corpus states, in order, and the planned ones at the end', () => {
    const t = engine.timeline();
    // Read off knowledge/eu.md, japan.md and us.md by hand.
    expect(t.dated.map((e) => [e.date, e.actor, e.label])).toEqual([
      ['2013', 'eu', '2013 Cybersecurity Act'],
      ['2016', 'eu', '2016 Network and Information Security (NIS) Directive'],
      ['2016-05', 'japan', 'G7 Ise-Shima Summit'],
      ['2016-05', 'japan', 'Ise-Shima Principles'],
      ['2018', 'japan', '2018 Cybersecurity Strategy'],
      ['2019', 'eu', '2019 Cybersecurity Act'],
      ['2020', 'us', '2020 Solarium Commission'],
      ['2021-03', 'us', '2021 Interim National Security Strategic Guidance'],
    ]);
    expect(t.planned.map((e) => [e.date, e.actor, e.label, e.planned])).toEqual([
      [null, 'eu', 'NIS Directive (NIS2) (updated)', true],
      [null, 'eu', 'Critical Entities Resilience (CER) Directive (proposal)', true],
      [null, 'eu', 'network of Security Operations Centres (SOC)', true],
    ]);
  });

  it('keeps the source spelling in the quote while the label uses the glossary spelling', () => {
    const summit = engine.timeline({ actors: 'japan' }).dated.find((e) => e.label === 'G7 Ise-Shima Summit');
    expect(summit?.quote).toContain('G7 Ise-Shina Summit in May 2016');
    expect(summit?.month).toBe(5);
  });

  it('narrows by actors (a comma-separated list), topic and year range', () => {
    expect(new Set(engine.timeline({ actors: 'eu, Japan' }).dated.map((e) => e.actor))).toEqual(new Set(['eu', 'japan']));
    const ranged = engine.timeline({ from: 2016, to: 2018 });
    expect(ranged.dated.map((e) => e.date)).toEqual(['2016', '2016-05', '2016-05', '2018']);
    expect(ranged.planned).toEqual([]);
    const cyberDefence = engine.timeline({ topic: 'cyber-defence' });
    expect(cyberDefence.dated).toEqual([]);
    expect(engine.timeline({ topic: 'Certification' }).dated.map((e) => e.actor)).toEqual(['eu', 'eu', 'eu']);
    // A topic may be named by one of its terms too ("CBMs" is a term of confidence-building measures).
    expect(engine.timeline({ topic: 'CBMs' }).topic?.id).toBe('confidence-building');
  });

  it('refuses a backwards range, an unknown actor and an unknown topic with UserErrors', () => {
    expect(() => engine.timeline({ from: 2020, to: 2016 })).toThrow(expect.objectContaining({ code: 'bad-range' }));
    expect(() => engine.timeline({ actors: ['narnia'] })).toThrow(expect.objectContaining({ code: 'unknown-actor' }));
    expect(() => engine.timeline({ topic: 'quantum computing' })).toThrow(UserError);
    expect(() => engine.timeline({ topic: 'quantum computing' })).toThrow(expect.objectContaining({ code: 'unknown-topic' }));
  });
});

describe('actor profiles over the seed', () => {
  it('names the EU’s key documents with years and status, its plans, and says it names no partners', () => {
    const p = engine.actorProfile('EU');
    expect(p.actor.id).toBe('eu');
    const docs = texts(p.fields.documents);
    expect(docs).toContain('2016 Network and Information Security (NIS) Directive (directive, in force, 2016)');
    expect(docs).toContain('2013 Cybersecurity Act (act, in force, 2013)');
    expect(docs).toContain('2019 Cybersecurity Act (act, in force, 2019)');
    expect(docs).toContain('EU cybersecurity certification scheme (scheme, in force)');
    expect(docs).toContain('cyber diplomacy toolbox (toolbox, in force): that allows the Union');
    expect(docs).toContain('NIS Directive (NIS2) (updated) (directive, planned)');
    expect(p.fields.documents.find((d) => d.text.startsWith('2013'))?.year).toBe(2013);
    expect(p.fields.planned.map((e) => e.text)).toEqual([
      'NIS Directive (NIS2) (updated)',
      'Critical Entities Resilience (CER) Directive (proposal)',
      'network of Security Operations Centres (SOC)',
    ]);
    expect(p.fields.partners).toEqual([]);
    expect(p.gaps).toEqual(['no passage on partners and fora for European Union']);
  });

  it('names Japan’s strategy, principles and fora, and its capacity-building approach', () => {
    const p = engine.actorProfile('Japan');
    const docs = texts(p.fields.documents);
    expect(docs).toContain('2018 Cybersecurity Strategy (strategy, in force, 2018)');
    expect(docs).toContain('Ise-Shima Principles (principles, in force, 2016-05): which included the enhancement of cooperation on CCB');
    expect(p.fields.partners.map((e) => e.text)).toEqual([
      'G7 (also Group of Seven)',
      'G20 (also Group of Twenty)',
      'ASEAN (also Association of Southeast Asian Nations)',
    ]);
    expect(texts(p.fields.capacityBuilding)).toContain('Japan has thus acted primarily through ASEAN');
    expect(texts(p.fields.approach)).toContain('As a result, the country has assumed a balanced approach to CCB.');
    expect(p.fields.themes[0]?.text).toMatch(/^Capacity building \(\d+ sentences\)$/u);
    expect(p.gaps).toEqual(['no passage on planned initiatives for Japan']);
  });

  it('names the US guidance and commission, its partners merged across acronyms, and the curated partner', () => {
    const p = engine.actorProfile('United States');
    const docs = texts(p.fields.documents);
    expect(docs).toContain('2021 Interim National Security Strategic Guidance (guidance, in force, 2021-03)');
    expect(docs).toContain('2020 Solarium Commission (commission, in force, 2020)');
    const partners = p.fields.partners.map((e) => e.text);
    expect(partners).toEqual([
      'African Union (also AU)',
      'SADC (also Southern African Development Community)',
      'US Cyber Command',
      'NATO (also North Atlantic Treaty Organization, North Atlantic Alliance)',
      'AUKUS (also Australia United Kingdom United States)',
      'Structured Quadrilateral Security Dialogue (also Quad, Quadrilateral Security Dialogue)',
      'GGE (also Group of Governmental Experts)',
      'Montenegrin military (bilateral joint operations and exercises)',
    ]);
    expect(p.fields.partners.at(-1)?.curated).toBe(true);
    expect(p.gaps).toEqual(['no passage on planned initiatives for United States']);
  });

  it('refuses an unknown actor', () => {
    expect(() => engine.actorProfile('Atlantis')).toThrow(expect.objectContaining({ code: 'unknown-actor' }));
  });
});

describe('compare over the seed', () => {
  it('gives every actor a cell in every row, on a topic too', () => {
    const c = engine.compare(['eu', 'japan', 'us'], 'resilience');
    expect(c.rows.map((r) => r.aspect)).toEqual([
      'documents and instruments',
      'approach',
      'partners and fora',
      'capacity building',
      'best passage on resilience',
    ]);
    for (const row of c.rows) expect(Object.keys(row.cells).sort()).toEqual(['eu', 'japan', 'us']);
    const best = c.rows.at(-1);
    for (const id of ['eu', 'japan', 'us']) expect(best?.cells[id]?.[0]?.passageId).toMatch(new RegExp(`^${id}-`, 'u'));
    expect(c.shared.find((s) => s.aspect === 'themes' && s.text === 'Resilience')?.actors).toEqual(['eu', 'japan', 'us']);
  });

  it('gives an actor with nothing on the topic an explicit empty cell', () => {
    const c = engine.compare(['eu', 'us'], 'cyber-defence');
    const best = c.rows.find((r) => r.aspect === 'best passage on cyber defence');
    expect(best?.cells.eu).toEqual([]);
    expect(best?.cells.us?.[0]?.quote).toContain('cyber defence');
    expect(c.rows.find((r) => r.aspect === 'partners and fora')?.cells.eu).toEqual([]);
  });

  it('says what they share and what only one has', () => {
    const c = engine.compare(['japan', 'us']);
    expect(c.shared.map((s) => `${s.aspect}: ${s.text}`)).toContain('partners and fora: works with partners and fora');
    expect(c.distinct.japan?.map((d) => d.text)).toEqual(expect.arrayContaining(['G7', 'ASEAN', 'strategy']));
    expect(c.distinct.us?.map((d) => d.text)).toEqual(expect.arrayContaining(['NATO', 'Cyber defence']));
  });

  it('takes two or three different actors only', () => {
    expect(() => engine.compare(['eu'])).toThrow(expect.objectContaining({ code: 'bad-argument' }));
    expect(() => engine.compare(['eu', 'EU'])).toThrow(expect.objectContaining({ code: 'bad-argument' }));
    expect(() => engine.compare(['eu', 'japan', 'us', 'eu'])).toThrow(UserError);
    expect(() => engine.compare(['eu', 'mars'])).toThrow(expect.objectContaining({ code: 'unknown-actor' }));
  });
});
