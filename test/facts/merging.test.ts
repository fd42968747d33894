import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/facts/profile.ts';
import { actorJson } from '../../src/views/json/facts.ts';
import { MADE_UP_ACTORS, madeUpDocument, madeUpFacts } from './made-up.ts';

// One instrument however a document writes it (issue 15: "duplicates merge: the same instrument named in
// several passages is one item with its citations"). Every name here is made up.
function instrumentsOf(paragraphs: string[]) {
  return madeUpFacts([madeUpDocument('xland-doc-2019', paragraphs)]).facts.instruments;
}

describe('an instrument named several ways', () => {
  it('is one item under its name and the alias in brackets, with the other places it is cited', () => {
    const items = instrumentsOf([
      'Xland adopted the Law on Digital Harbours (Harbour Law) in 2018 to protect its ports.',
      'The Harbour Law obliges every port operator to report incidents to the agency.',
    ]);
    expect(items.map((i) => i.label)).toEqual(['Law on Digital Harbours (Harbour Law)']);
    expect(items[0]?.citations?.map((c) => c.passageId)).toEqual(['xland-doc-2019#2']);
    expect(items[0]?.citations?.[0]?.quote).toContain('The Harbour Law obliges');
  });

  it('reads an alias stated with "also known as", "hereinafter" or "(hereafter ‘…’)"', () => {
    const items = instrumentsOf([
      'The National Resilience Programme, also known as the Shield Programme, trains the operators of the state.',
      'The Shield Programme was extended to the hospitals and schools of the state.',
      'The Cyber Operations Framework (hereafter ‘Ops Framework’) sets the rules for the responders of the state.',
      'Every agency applies the Ops Framework to its systems and reports on it.',
      'The Port Data Regulation, hereinafter the Data Regulation, binds the operators of every port.',
      'Under the Data Regulation, operators keep their logs for a year.',
    ]);
    expect(items.map((i) => [i.label, i.citations?.length])).toEqual([
      ['National Resilience Programme (Shield Programme)', 1],
      ['Cyber Operations Framework (Ops Framework)', 1],
      // An alias the name already holds is not repeated in the label.
      ['Port Data Regulation', 1],
    ]);
  });

  it('is one item with and without the country’s own name, and with its acronym for the words it spells', () => {
    const items = instrumentsOf([
      'The Xlandic Data Security Act sets the duties of the operators in the state.',
      'Under the Data Security Act, the ministry audits the operators every year.',
      'Operators use the Operational Technology (OT) Security Framework to train the staff of their plants.',
      'The OT Security Framework was revised by the agency for the ports of the state.',
    ]);
    expect(items.map((i) => i.label)).toEqual(['Xlandic Data Security Act', 'Operational Technology (OT) Security Framework']);
  });

  it('is one international item under a union’s short name and the name its regulation gives it', () => {
    const items = instrumentsOf([
      'The Nordland Union (NU) adopted the NU Cyber Resilience Act in 2019 to protect the networks of its members.',
      'Regulation (NU) 2019/881 of the Nordland Parliament on the certification of products (Cyber Resilience Act)',
    ]);
    expect(items.map((i) => [i.label, i.international, i.year])).toEqual([['NU Cyber Resilience Act', true, 2019]]);
  });

  it('reads an acronym with its name in brackets as that name, the acronym its alias', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', ['The act upgraded HCSA (the Harbour Cyber Security Agency) to an agency in its own right.']),
    ]);
    expect(facts.organisations.map((o) => [o.name, o.aliases])).toEqual([['Harbour Cyber Security Agency', ['HCSA']]]);
  });

  it('stays two items when two instruments share a one-word alias or only a head noun', () => {
    const items = instrumentsOf([
      'The Port Security Act (the Act) binds the operators of every port of the state.',
      'The Data Sharing Act (the Act) binds the ministries that hold the data of citizens.',
    ]);
    expect(items.map((i) => i.label)).toEqual(['Port Security Act', 'Data Sharing Act']);
  });

  it('gives one event a year, whichever name each sentence uses', () => {
    const { facts } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'In 2018 Xland adopted the Law on Digital Harbours (Harbour Law) to protect its ports.',
        'The Harbour Law was adopted in 2018 after a long debate in the parliament of the state.',
      ]),
    ]);
    expect(facts.events.map((e) => [e.year, e.label])).toEqual([[2018, 'Law on Digital Harbours (Harbour Law)']]);
  });

  it('shows its other citations in the profile’s JSON, as a new key', () => {
    const { base } = madeUpFacts([
      madeUpDocument('xland-doc-2019', [
        'Xland adopted the Law on Digital Harbours (Harbour Law) in 2018 to protect its ports.',
        'The Harbour Law obliges every port operator to report incidents to the agency.',
      ]),
    ]);
    const profile = buildProfile(MADE_UP_ACTORS[0] as (typeof MADE_UP_ACTORS)[0], base, [], 2);
    const json = actorJson(profile) as { fields: Record<string, { text: string; citations?: { passageId: string; quote: string }[] }[]> };
    const law = json.fields.laws?.[0];
    expect(law?.text).toMatch(/^Law on Digital Harbours \(Harbour Law\) \(law, in force, 2018\)/u);
    expect(law?.citations).toEqual([
      { passageId: 'xland-doc-2019#2', quote: 'The Harbour Law obliges every port operator to report incidents to the agency.' },
    ]);
  });
});
