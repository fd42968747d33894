import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../src/facts/base.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { FactLexicon } from '../../src/facts/lexicon.ts';
import { buildProfile } from '../../src/facts/profile.ts';
import type { Actor, Corpus, KnowledgeDocument } from '../../src/knowledge/corpus.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';
import { packFacts, unpackFacts } from '../../src/store/fact-pack.ts';

// Made-up documents for the rules of whose an item is and what it is (issue 15): another country's
// instruments named by its demonym, a union's and treaties' instruments, names that go on "of the"
// another, and what is described rather than named. Country names are real (the list of countries is
// the world's); every instrument, body and union is made up.
const actors: Actor[] = [
  { id: 'xland', name: 'Xland', kind: 'state', aliases: [] },
  { id: 'norway', name: 'Norway', kind: 'state', aliases: [] },
];
const names = new Map(actors.map((a) => [a.id, a.name]));

function doc(id: string, paragraphs: string[], published = '2019-06-01'): KnowledgeDocument {
  return {
    id,
    title: id,
    actor: 'xland',
    topics: [],
    published,
    source: { publisher: 'Tests', title: id, url: `https://example.org/${id}`, retrieved: '2026-01-01' },
    file: `${id}.md`,
    paragraphs,
  };
}

function factsOf(paragraphs: string[]) {
  const documents = [doc('xland-strategy-2019', paragraphs)];
  const corpus: Corpus = { dir: '/nowhere', hash: 'x', documents, actors, glossary: [], topics: [] };
  const passages = chunkDocuments(documents, names);
  const base = buildFactBase(corpus, passages, new Map(passages.map((p) => [p.id, p])));
  return { corpus, passages, base, facts: extractFacts(passages, new FactLexicon(corpus)) };
}

const labels = (items: readonly { label: string }[]): string[] => items.map((i) => i.label);

describe('another country’s items', () => {
  const { facts, passages } = factsOf([
    'The Norwegian Harbour Shield Agenda, launched in 1996, serves as the main policy statement on the digital economy.',
    'Xland adopted the Xland Digital Plan in 2018 to grow its digital economy and its skills.',
  ]);

  it('are that country’s when the sentence names it by its demonym (from the same list of countries search uses)', () => {
    const agenda = facts.instruments.find((i) => i.label.includes('Harbour Shield Agenda'));
    expect(agenda?.evidence.actor).toBe('norway');
    expect(facts.instruments.find((i) => i.label.includes('Xland Digital Plan'))?.evidence.actor).toBe('xland');
  });

  it('stay that country’s through the fact cache', () => {
    const unpacked = unpackFacts(JSON.parse(JSON.stringify(packFacts(facts, passages))), passages);
    expect(unpacked.instruments.map((i) => [i.label, i.evidence.actor])).toEqual(facts.instruments.map((i) => [i.label, i.evidence.actor]));
    expect(unpacked.instruments.find((i) => i.label.includes('Harbour Shield Agenda'))?.evidence.actor).toBe('norway');
  });
});

describe('international instruments', () => {
  const { facts, base, corpus, passages } = factsOf([
    'Xland is one of the founding members of the Nordland Union (NU) and takes part in its work on cyber security.',
    'The Directive on Security of Harbour Systems, however, was only the beginning of the NU’s efforts to improve cyber security.',
    'In 2015 Xland ratified the Convention on Harbour Crime and it has since taken part in the work of its committee.',
    'Xland complies with the Cyber Strategy of the Nordland Union in all of its public bodies and their suppliers.',
    'In 2017 Xland adopted the Harbour Security Act, which sets out the duties of the operators of essential services.',
  ]);

  it('are the union’s, between states, or named after a union: marked as international, whatever actor names them', () => {
    const international = facts.instruments.filter((i) => i.international === true).map((i) => i.label);
    expect(international).toEqual(
      expect.arrayContaining(['Directive on Security of Harbour Systems', 'Convention on Harbour Crime', 'Cyber Strategy of the Nordland Union']),
    );
    expect(facts.instruments.find((i) => i.label === 'Harbour Security Act')?.international).toBeUndefined();
    expect(facts.events.find((e) => e.label === 'Convention on Harbour Crime')).toMatchObject({ year: 2015, international: true });
  });

  it('are shown apart in a profile: not among the actor’s own documents and laws', () => {
    const xland = actors[0] as Actor;
    const profile = buildProfile(xland, base, corpus.topics, passages.length);
    const text = (field: keyof typeof profile.fields) => (profile.fields[field] ?? []).map((e) => e.text).join('\n');
    expect(text('international')).toContain('Convention on Harbour Crime (convention, international');
    expect(text('international')).toContain('Directive on Security of Harbour Systems');
    expect(text('documents')).toContain('Harbour Security Act');
    expect(text('documents')).not.toContain('Convention on Harbour Crime');
    expect(text('laws')).toContain('Harbour Security Act');
    expect(text('laws')).not.toMatch(/Directive|Convention/u);
  });
});

describe('names', () => {
  it('go on "of the" another, and across a lowercase word when their acronym spells both', () => {
    const { facts } = factsOf([
      'In 2006, the Cybercrime Bureau of the Judicial Police of the Harbour Guard was established by decree of the minister.',
      'Xland works with the Vienna-based Organisation for Trust and Co-operation in Oceania (OTCO) on confidence-building measures.',
    ]);
    expect(facts.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Cybercrime Bureau of the Judicial Police of the Harbour Guard', 'Organisation for Trust and Co-operation in Oceania']),
    );
    expect(facts.events.find((e) => e.label.startsWith('Cybercrime Bureau'))).toMatchObject({ year: 2006 });
    expect(facts.organisations.map((o) => o.name)).not.toContain('Organisation for Trust and Co-operation');
  });

  it('are not cut at their noun ("Ministry of Foreign") nor a class of bodies ("Institutes of …")', () => {
    const { facts } = factsOf([
      'Participation in international forums on cybercrime and on its prevention Ministry of Foreign',
      'The Government will also partner the industry and Institutes of Higher Learning to develop skills and careers.',
    ]);
    expect(facts.organisations.map((o) => o.name)).toEqual([]);
  });

  it('keep a parenthesised list inside them, and a title’s subject after "On" is no name', () => {
    const { facts } = factsOf([
      'Our Cybercrimes (Prohibition, Prevention, Etc) Act 2015 empowers us with the legal framework for addressing cybercrime.',
      'According to article 122 of Law No. 9918, dated 19.5.2008 “On Electronic Communication in Xland” the operators report incidents.',
    ]);
    expect(labels(facts.instruments)).toContain('Cybercrimes (Prohibition, Prevention, Etc) Act');
    expect(labels(facts.instruments).join('\n')).not.toContain('Electronic Communication');
  });
});

describe('what is described is no instrument, and dates are whose they are', () => {
  const { facts } = factsOf([
    'The central bank has developed and implemented a mature, standard-based, advanced and innovative Cyber Defence Program that permits it to defeat attacks.',
    'We also released an Economic Recovery Plan 2018 targeted at mitigating the effects of a deep recession on small firms.',
    'Also, policymakers are becoming more aware of the need to secure the future, as cybersecurity became part of the Harbour Agenda 2063.',
    'In July 2018, the agency embarked on an awareness campaign on cybersecurity with funding from the Coastal Infrastructure Program.',
    'Incident management will also be enhanced through the revision of the National Crisis Management Plan by the first quarter of 2021.',
    'Cyber security is a shared duty of the state and its citizens, said the minister in her speech, as of March 2018 with Xland a party to the Harbour Pact.',
  ]);

  it('"a mature … Program" is described, not named; "released an … Plan" is named', () => {
    expect(labels(facts.instruments).join('\n')).not.toContain('Cyber Defence Program');
    expect(labels(facts.instruments)).toContain('Economic Recovery Plan');
  });

  it('a year after the document’s own is a horizon or planned, a referred-to name and an "as of" date give no event', () => {
    expect(facts.events.filter((e) => !e.planned && (e.year ?? 0) > 2019)).toEqual([]);
    expect(facts.events.find((e) => e.label.includes('National Crisis Management Plan'))).toMatchObject({ planned: true, year: 2021 });
    expect(facts.events.find((e) => e.label.includes('Coastal Infrastructure Program'))).toBeUndefined();
    expect(facts.events.find((e) => e.label.includes('Harbour Pact'))).toBeUndefined();
  });
});

describe('capacity building', () => {
  it('is given or received as its sentence says, and neither when it says neither', () => {
    const documents = [
      doc('xland-capacity-2019', [
        'The strategy was developed with the technical support of the Harbour Development Bank as part of a capacity building programme.',
        'Xland will provide cyber security training to partner countries in the region as part of its capacity building efforts.',
        'Capacity building is one of the five pillars of this strategy and of its action plan for the next years.',
      ]),
    ];
    const corpus: Corpus = {
      dir: '/nowhere',
      hash: 'x',
      documents,
      actors,
      glossary: [],
      topics: [{ id: 'capacity-building', name: 'Capacity building', terms: ['capacity building'] }],
    };
    const passages = chunkDocuments(documents, names);
    const base = buildFactBase(corpus, passages, new Map(passages.map((p) => [p.id, p])));
    const profile = buildProfile(actors[0] as Actor, base, corpus.topics, passages.length);
    expect(profile.fields.capacityBuilding.map((e) => [e.quote.slice(0, 24), e.direction])).toEqual([
      ['The strategy was develop', 'received'],
      ['Xland will provide cyber', 'given'],
      ['Capacity building is one', undefined],
    ]);
  });
});

describe('page furniture and citations give no bodies', () => {
  it('table cells, a page counter, a source of a figure and a data network are left out; a body in running text is kept', () => {
    const { facts } = factsOf([
      'National Child Safety Task Force | (NCCC) inter-agency campaign channels for online safety engagements',
      'Periodic cyber defence assessment involving public and private sector Ministry of Defence/HAF Periodically',
      'Page 50 of Specific Objectives critical success factors within the Harbour Police Force',
      'To put this in perspective, the Harbour Bank says that global output was about $70 trillion in 2011.',
      'The agency will extend the deployment of the Emergency Communication Network to all of the islands.',
      'The National Cyber Security Agency leads the work of the government on incident response in Xland.',
    ]);
    expect(facts.organisations.map((o) => o.name)).toEqual(['National Cyber Security Agency']);
  });

  it('a country’s congress is its legislature, not a meeting with a date', () => {
    const { facts } = factsOf(['The Norwegian Congress passed into law on May 23, 2016 the act that created the digital ministry.']);
    expect(facts.events).toEqual([]);
  });
});

describe('approach', () => {
  it('is read from running text, not from a heading that names a goal', () => {
    const { facts } = factsOf(['GOAL', 'Our goal is to create a healthy and secure digital environment for everyone in Xland.']);
    expect(facts.stances.map((s) => s.evidence.quote)).toEqual(['Our goal is to create a healthy and secure digital environment for everyone in Xland.']);
  });
});

describe('bodies named with a listed remit, and what only looks like one', () => {
  it('a remit listed with commas is one name; a standing commission is a body; a heading, a class, a reference and an index are none', () => {
    const { facts } = factsOf([
      'The Act designates the Ministry of Science, Technology and Harbours as the lead agency of the sector in Xland.',
      'The National Privacy Commission was created through the same act and oversees the protection of personal data.',
      'CHAPTER 3 STRENGTHENING LEGAL AND REGULATORY FRAMEWORK of the strategy in full',
      'New members may be added to the Working Group to overcome any shortfall in skill such as legal expertise.',
      'Jane Roe et al., The Digital Shield: How Countries Can Win, Harbour Consulting Group, perspective 27 (January 2012).',
      'Xland is ranked 79 in the United Nations e-government development index among all of the member countries.',
    ]);
    // The standing commission is listed with the bodies (it was left out of both before).
    expect(facts.organisations.map((o) => o.name)).toEqual(['Ministry of Science, Technology and Harbours', 'National Privacy Commission']);
    expect(labels(facts.instruments).join('\n')).not.toContain('Commission');
  });
});

describe('a body of states named after a people', () => {
  it('does not make a sentence another country’s; two such bodies joined by "and" are no one name', () => {
    const { facts } = factsOf([
      'The Harbour Ministry had the specialised technical support of the Organization of American States (OAS) in drafting the Harbour Cyber Plan.',
      'Consult with international organizations such as the Council of Europe and Organization of American States for technical assistance.',
    ]);
    expect(facts.instruments.find((i) => i.label === 'Harbour Cyber Plan')?.evidence.actor).toBe('xland');
    expect(facts.organisations.map((o) => o.name)).not.toContain('Council of Europe and Organization of American States');
  });
});
