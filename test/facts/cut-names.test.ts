import { describe, expect, it } from 'vitest';
import { capacityDirection } from '../../src/facts/capacity.ts';
import { instrumentLabels, madeUpDocument, madeUpFacts, under } from './made-up.ts';

// What real documents do to names, in made-up sentences (issue 15): names cut by a page or a heading,
// descriptions in lowercase, table cells, lists of categories and title lines are no instruments.
describe('a name that lost its first words', () => {
  it('to the passage before, which stops mid-sentence, is no item; the whole name elsewhere is', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        '• Using the Operational',
        'Technology (OT) Security Framework as a tool to manage the plants of the state',
        'Firms of the state are invited to apply the Harbour Skills Framework.',
        'Cooperation in the context of the Harbour Police’s European',
        'Cybercrime Centre and the Harbour Cyber Agency works on every case of the state.',
      ]),
    ]);
    expect(facts.instruments.map((i) => i.label)).toEqual(['Harbour Skills Framework']);
    expect(facts.organisations.map((o) => o.name)).toEqual(['Harbour Cyber Agency']);
  });

  it('to a heading that is the start of its sentence is no item', () => {
    const labels = instrumentLabels(
      ['Security Skills Framework, we will train the staff of every ministry of the state.'],
      [under('4.2 As per the Harbour and Cyber')],
    );
    expect(labels).toEqual([]);
  });

  it('shown by the acronym inside it ("Technology (OT) …") is no item', () => {
    expect(instrumentLabels(['Plants use the Technology (OT) Security Framework to train the staff of the state.'])).toEqual([]);
    expect(instrumentLabels(['Plants use the Operational Technology (OT) Security Framework to train the staff of the state.'])).toEqual([
      'Operational Technology (OT) Security Framework',
    ]);
  });
});

describe('a lowercase description', () => {
  it('is no name: the document itself ("This updated … Strategy") gives nothing, a modifier goes after the name', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'This updated Cyber Shield Strategy charts the next stage of the journey of the state.',
        'The updated Harbour Defence Strategy will be adopted in the coming months by the government.',
        'In 2021 the agency launched the new Bug Rewards Programme (BRP) for the researchers of the state.',
        'The agencies have developed a draft AI governance testing framework with their partners.',
        'Xland takes part in the negotiations on the upcoming Harbour Convention on Piracy.',
      ]),
    ]);
    expect(facts.instruments.map((i) => [i.label, i.status])).toEqual([
      ['Harbour Defence Strategy (updated)', 'planned'],
      ['Bug Rewards Programme (BRP)', 'in-force'],
      ['Harbour Convention on Piracy (upcoming)', 'planned'],
    ]);
  });

  it('after "a", capitalised, is one of a kind unless it is given its acronym', () => {
    expect(
      instrumentLabels([
        'A Talent Retention Program shall also be planned and prepared for the staff of the state.',
        'A Government Harbour Systems Plan (GHSP) was approved in July 2000 for all ports of the state.',
      ]),
    ).toEqual(['Government Harbour Systems Plan (GHSP)']);
  });
});

describe('instruments of their own kind', () => {
  it('"… Strategy for <country>" is the country’s instrument, and a date said "in August 2017" is no table cell', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'The governing document is the “International Cyber Strategy for Xland” (Cyberstrategi for Xland), published by the government in August 2017.',
      ]),
    ]);
    expect(facts.instruments.map((i) => [i.label, i.international])).toEqual([['International Cyber Strategy for Xland (Cyberstrategi for Xland)', undefined]]);
    expect(facts.events.map((e) => [e.year, e.month])).toEqual([[2017, 8]]);
  });
});

describe('a year written before a name', () => {
  it('is a plan’s within a few years of the document, a horizon beyond, and a fiscal year is a period', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'The 2021 Harbour Cyber Strategy will strengthen the ports of the state.',
        'Its preparation coincided with the endorsement of the 2040 Harbour Agenda for the region.',
        'The guidance is referred to as the “FY 2020 Harbour Guidance” in this document.',
      ]),
    ]);
    expect(facts.events.map((e) => [e.year, e.label, e.planned])).toEqual([[2021, '2021 Harbour Cyber Strategy', true]]);
  });
});

describe('what is no instrument', () => {
  it('a flattened table, a clause led by an acronym, a list of categories, a title line, an action on "the programme", an objective’s label', () => {
    expect(
      instrumentLabels([
        'Development of the ONSA | Human resources Term Plan developed and executed | 2021',
        'The SIM registration by NCA is another initiative to mitigate the crimes committed with phones.',
        'Activities such as Governance, Asset Management, Risk Management Strategy, and Risk Assessment shall be implemented.',
        'Roadmap for the Preparation of the National Harbour Strategy and the Fight Against Piracy',
        'Coordination of Programme implementation shall be carried out by the Ministry of the Interior.',
        'Objective 11 : Institutional Governance Framework for Harbour Security Supporting implementing Agencies',
        'Harbour Policy and Strategy: To enable the formulation of policies for a secure port of the state.',
      ]),
    ).toEqual([]);
  });

  it('while a list of laws cut out of a sentence still names its laws', () => {
    expect(
      instrumentLabels([
        'Currently, Xland has several laws that relate to cybercrime: the Port Act, the Electronic Evidence Act, the Harbour Property Act and the Telecommunications and Other Legislation Amendment (Assistance and Access) Act.',
      ]),
    ).toEqual([
      'Port Act',
      'Electronic Evidence Act',
      'Harbour Property Act',
      'Telecommunications and Other Legislation Amendment (Assistance and Access) Act',
    ]);
  });
});

describe('whose instrument, and what kind of name', () => {
  it('is a union’s when written with the possessive of a body of states; an author of a report is no instrument', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'The Nordland Union (NU) brings the states of the north together.',
        'Xland is committed to implementing the Nordland Union’s Harbour Security Strategy in its ports.',
        'A recent report by Security and Harbour Agenda assesses the readiness of the states of the region.',
        'Xland will apply the Basic Law and the Periodic Review to the operators of its ports.',
      ]),
    ]);
    expect(facts.instruments.map((i) => [i.label, i.international])).toEqual([['Harbour Security Strategy', true]]);
  });
});

describe('a standing commission', () => {
  it('of a regulator is a body, not an inquiry', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', ['The Harbour Regulatory Commission (HRC) should adopt new rules for the ports of the state.']),
    ]);
    expect(facts.organisations.map((o) => o.name)).toEqual(['Harbour Regulatory Commission']);
    expect(facts.instruments).toEqual([]);
  });

  it('is a body, but not glued to a lone name before "and"', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'Reports from the Xland Communications Commission (XCC) show that attacks grow every year.',
        'The police with the Harbour Authority – Yland and Yland Harbour Commission have published awareness materials.',
      ]),
    ]);
    expect(facts.organisations.map((o) => o.name)).toEqual(['Xland Communications Commission', 'Harbour Authority']);
    expect(facts.instruments).toEqual([]);
  });
});

describe('capacity building given or received', () => {
  it('reads help to a region and taking advantage of others’ programmes; domestic delivery goes neither way', () => {
    expect(capacityDirection('Xland has committed funds to support cyber capacity building in the Harbour Sea region.')).toBe('given');
    expect(capacityDirection('Xland will take full advantage of the capacity building initiatives of the Global Forum.')).toBe('received');
    expect(capacityDirection('The agency will design and deliver capacity-building programmes, in collaboration with partner countries.')).toBe('given');
    expect(capacityDirection('Develop and deliver capacity building programs for researchers, academics and the private sector.')).toBeUndefined();
  });
});
