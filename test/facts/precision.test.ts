import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../src/facts/base.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { FactLexicon } from '../../src/facts/lexicon.ts';
import { buildProfile } from '../../src/facts/profile.ts';
import { MAX_QUOTE_CHARS, quoteSpan } from '../../src/facts/span.ts';
import { buildTimeline } from '../../src/facts/timeline.ts';
import type { Actor, Corpus, KnowledgeDocument, ParagraphPlace } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';

// Made-up countries and documents written for these rules: real documents' troubles (running titles,
// captions, bullet runs, other countries' strategies, glued footnotes) in a few lines each.
const actors: Actor[] = [
  { id: 'xland', name: 'Xland', kind: 'state', aliases: ['Republic of Xland'] },
  { id: 'yland', name: 'Yland', kind: 'state', aliases: [] },
];
const names = new Map(actors.map((a) => [a.id, a.name]));
const place = (headings: string[] = [], layout: ParagraphPlace['layout'] = null): ParagraphPlace => ({ page: 1, headings, layout });

function doc(id: string, paragraphs: string[], extra: Partial<KnowledgeDocument> = {}, places?: ParagraphPlace[]): KnowledgeDocument {
  return {
    id,
    title: extra.title ?? id,
    actor: 'xland',
    topics: [],
    source: { publisher: 'Tests', title: id, url: `https://example.org/${id}`, retrieved: '2026-01-01' },
    file: `${id}.md`,
    paragraphs,
    ...(places === undefined ? {} : { places }),
    ...extra,
  };
}

function corpusOf(documents: KnowledgeDocument[]): Corpus {
  return {
    dir: '/nowhere',
    hash: 'x',
    documents,
    actors,
    glossary: [],
    topics: [{ id: 'capacity-building', name: 'Capacity building', terms: ['capacity building'] }],
  };
}

function factsOf(documents: KnowledgeDocument[], glossary: Corpus['glossary'] = []) {
  const corpus = { ...corpusOf(documents), glossary };
  const passages = chunkDocuments(documents, names);
  const base = buildFactBase(corpus, passages, new Map(passages.map((p) => [p.id, p])));
  return { corpus, passages, base, facts: extractFacts(passages, new FactLexicon(corpus)) };
}

describe('quotes', () => {
  it('are the bullet item that carries the item, not the run of bullets', () => {
    const s = '• Build the Youth Cyber Camp Programme for schools • Review the Data Law • Train officials in every ministry of the state';
    const at = s.indexOf('Data Law');
    const span = quoteSpan(s, at, at + 'Data Law'.length);
    expect(s.slice(span.start, span.end)).toBe('Review the Data Law');
  });

  it('are whole clauses of at most ~300 characters around the item in a long sentence, verbatim', () => {
    const filler = 'the ministry, together with its partners in industry and academia, has long worked on awareness, training and exercises';
    const s = `${filler}, ${filler}, and in 2019 it adopted the Harbour Cyber Plan, which sets out its goals, ${filler}, ${filler}.`;
    const at = s.indexOf('Harbour Cyber Plan');
    const span = quoteSpan(s, at, at + 18);
    const quote = s.slice(span.start, span.end);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quote).toContain('Harbour Cyber Plan');
    expect(s.length).toBeGreaterThan(MAX_QUOTE_CHARS);
  });

  it('of extracted items never exceed the bound on prose whose sentences do', () => {
    const long = `In 2016 Xland adopted the Digital Shield Strategy, ${'which is long and winding and has many words in it, '.repeat(8)}and so on.`;
    const { facts, passages } = factsOf([doc('long', [long])]);
    const item = facts.instruments.find((i) => i.label === 'Digital Shield Strategy');
    expect(item?.evidence.quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(passages[0]?.text.slice(item?.evidence.start, item?.evidence.end)).toBe(item?.evidence.quote);
  });
});

describe('page furniture gives no items', () => {
  it('running titles, captions, glued lines and layout blocks are left out; a real sentence is kept', () => {
    const { facts } = factsOf([
      doc(
        'furniture',
        [
          'XLAND’S APPROACH XLAND’S APPROACH OBJECTIVES OBJECTIVES Regulation',
          'Testing Framework',
          'Programme and Vulnerability Disclosure Programme Vulnerability Rewards Programme',
          'Ministry of Digital Affairs Cyber Unit National Cyber Office Foreign Service',
          'The Government launched the Cyber Hygiene Programme to help small firms protect their systems.',
          'We thank the Digital Transformation Agency and the National Statistics Office for their help.',
        ],
        {},
        [place(), place(), place(), place(['Annex', 'Table 3'], 'table'), place(), place(['Acknowledgements'], 'acknowledgements')],
      ),
    ]);
    expect(facts.instruments.map((i) => i.label)).toEqual(['Cyber Hygiene Programme']);
    expect(facts.organisations).toEqual([]);
  });

  it('class names, generic names and names run together by "and" are no instruments', () => {
    const { facts } = factsOf([
      doc('generic', [
        'Operators must test their Disaster Recovery Plans every year and report to the regulator.',
        'The National Strategy sets out what the government will do in the next years.',
        'The ABCF and Computer Misuse Act protect the systems of the state.',
        'The Computer Misuse Act protects the systems of the state.',
      ]),
    ]);
    expect(facts.instruments.map((i) => i.label)).toEqual(['Computer Misuse Act']);
  });
});

describe('bodies', () => {
  it('are named bodies: not one of a kind, an action item, a table date column or a footnote', () => {
    const { facts } = factsOf([
      doc('bodies', [
        'Each operator shall designate a national Cyber Watch Centre for its sector and staff it.',
        'Development of Computer Emergency Response Team capacity remains an objective for the ministry.',
        'The plan was approved by the Council of Ministers July, 2014, for a duration of nine months.',
        '[16] Harbour Statistics Office, Annual report on the digital economy of the region.',
        'The Xland Cyber Watch Centre monitors the networks of the state and warns operators.',
      ]),
    ]);
    expect(facts.organisations.map((o) => o.name)).toEqual(['Xland Cyber Watch Centre']);
  });

  it('give an event when the sentence says the body was set up, and when', () => {
    const { facts } = factsOf([
      doc('founded', [
        'In 2015, the Harbour Cyber Agency (HCA) was set up as the central agency for the nation.',
        'The Harbour Cyber Agency works with the ministry on every plan it makes.',
      ]),
    ]);
    expect(facts.events.map((e) => [e.label, e.year])).toEqual([['Harbour Cyber Agency established', 2015]]);
  });
});

describe('whose an item is', () => {
  it('is the other country’s when a section or a sentence is about it: an actor of the corpus gets it, any other country nobody', () => {
    const { facts } = factsOf([
      doc(
        'abroad',
        [
          'In France, the Information Systems Defence Strategy was established in 2011 to protect the state.',
          'In Yland, the Yland Cyber Resilience Act was adopted in 2015 by the parliament.',
          'The National Cyber Security Masterplan was established in August of 2011 to clarify the roles of institutions.',
          'Xland adopted its own Cyber Defence Doctrine in 2017 after long consultation.',
        ],
        {},
        [place(), place(), place(['Strategies abroad', '[South Korea]']), place()],
      ),
    ]);
    expect(facts.instruments.map((i) => [i.evidence.actor, i.label])).toEqual([
      ['yland', 'Yland Cyber Resilience Act'],
      ['xland', 'Cyber Defence Doctrine'],
    ]);
  });
});

describe('dates', () => {
  it('reads a footnote number glued to a year, and a day and "of" after the month', () => {
    const { facts } = factsOf([doc('dates', ['The Cyber Crime Act was promulgated on March 09 of 201223 after a long debate in parliament.'])]);
    expect(facts.events.map((e) => [e.label, e.year, e.month])).toEqual([['Cyber Crime Act', 2012, 3]]);
  });

  it('takes a range after a name, or a loose one, as the period something covers, not an event; a year after a name is its year', () => {
    const { facts } = factsOf([
      doc('ranges', [
        'The ministry follows the Regional Cooperation Strategy 2017–2020 in all of its work.',
        'The Harbour Plan will be implemented over the period 2020–2025 by all ministries.',
        'The Electronic Signatures Act 2011 gives electronic signatures the force of handwritten ones.',
      ]),
    ]);
    expect(facts.events.map((e) => [e.label, e.year])).toEqual([['Electronic Signatures Act', 2011]]);
    expect(facts.instruments.find((i) => i.label === 'Regional Cooperation Strategy')).toMatchObject({ year: 2017, untilYear: 2020 });
  });
});

describe('duplicates', () => {
  it('merge across passages, aliases and a second version of a document', () => {
    const text = [
      'In 2008 the Electronic Transactions Act (ETA) set rules for online trade and signatures.',
      'The Electronic Transactions Act was amended by the parliament to cover new cases.',
    ];
    const { facts } = factsOf([
      doc('v1', text, { published: '2020', type: 'strategy' }),
      doc('v2', text, { published: '2022', type: 'strategy', versionOf: 'v1' }),
    ]);
    expect(facts.instruments.map((i) => [i.label, i.year])).toEqual([['Electronic Transactions Act (ETA)', 2008]]);
    expect(facts.events.map((e) => [e.label, e.year])).toEqual([['Electronic Transactions Act (ETA)', 2008]]);
  });
});

describe('the fields analysts look for', () => {
  const documents = [
    doc('strategy-2015', ['Xland adopts this strategy to protect its people and their data from attacks.'], {
      published: '2015-07',
      type: 'strategy',
      title: 'Cyber Strategy 2015',
    }),
    doc(
      'strategy-2024',
      [
        'This strategy renews the commitments of the government for the coming five years.',
        'The National Cyber Agency shall coordinate the implementation of this strategy across government.',
        'The National Computer Emergency Response Team (XL-CERT) handles incidents reported by operators.',
        'The Data Protection Act and the Cyber Harbour Programme protect citizens and firms.',
        'Xland supports capacity building in its region through training.',
      ],
      { published: '2024-10', type: 'strategy', title: 'Cyber Strategy 2024' },
    ),
  ];
  const { corpus, passages, base } = factsOf(documents);
  const xland = actors[0] as Actor;
  const profile = buildProfile(xland, base, corpus.topics, passages.length);

  it('lists the documents with year, type and status, the older one superseded', () => {
    expect(profile.fields.sources?.map((e) => [e.text, e.status])).toEqual([
      ['Cyber Strategy 2015 (strategy, 2015-07, superseded), superseded by strategy-2024', 'superseded'],
      ['Cyber Strategy 2024 (strategy, 2024-10, in force)', 'in force'],
    ]);
  });

  it('names the lead agency with the sentence giving its role, the CERT, and the laws, each with its document', () => {
    expect(profile.fields.leadAgencies?.map((e) => [e.text, e.role])).toEqual([
      ['National Cyber Agency', 'The National Cyber Agency shall coordinate the implementation of this strategy across government.'],
    ]);
    expect(profile.fields.responseTeams?.map((e) => e.text)).toEqual(['National Computer Emergency Response Team (also XL-CERT)']);
    expect(profile.fields.laws?.map((e) => e.text)).toEqual(['Data Protection Act (act, in force)']);
    expect(profile.fields.laws?.[0]?.document).toBe('Cyber Strategy 2024 (2024)');
  });

  it('puts each document’s own date on the timeline as its adoption', () => {
    const t = buildTimeline(base, { actors: [xland] }, names);
    expect(t.dated.map((e) => [e.date, e.label])).toEqual([
      ['2015-07', 'Cyber Strategy 2015 (strategy adopted)'],
      ['2024-10', 'Cyber Strategy 2024 (strategy adopted)'],
    ]);
    for (const e of t.dated) expect(passages.find((p) => p.id === e.passageId)?.text).toContain(e.quote);
  });
});

describe('lead agencies', () => {
  const { corpus, passages, base } = factsOf(
    [
      doc('strategy-2021', [
        'Xland is a founding member of the Harbour Union of Nations (HUN) and works closely with its partners.',
        'Xland also hosts the HUN Ministerial Conference on Cybersecurity, chaired by the Xland Minister for Cyber.',
        'The Cyber Harbour Agency is responsible for the protection of critical information infrastructure.',
      ]),
    ],
    [{ term: 'HUN', means: ['Harbour Union of Nations'] }],
  );
  const profile = buildProfile(actors[0] as Actor, base, corpus.topics, passages.length);

  it('are the actor’s own bodies: a body of several states chairing or hosting a meeting is a forum, not a lead agency', () => {
    expect(profile.fields.leadAgencies?.map((e) => e.text)).toEqual(['Cyber Harbour Agency']);
    expect(base.facts.organisations.map((o) => o.name)).toContain('Harbour Union of Nations');
  });
});
