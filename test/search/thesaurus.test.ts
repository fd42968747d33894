/**
 * Everyday words searched in the documents' words (thesaurus.ts, plan.ts):
 * one way only, a phrase only when all its words are asked, and a passage
 * answers for the everyday word only when it holds one of the documents'
 * phrases whole.
 */
import { describe, expect, it } from 'vitest';
import { ATLANTIS_ACTORS, answeringOver, atlantisDocument, fillerDocuments } from '../support/atlantis.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { compileThesaurus, THESAURUS } from '../../src/search/thesaurus.ts';
import { processText } from '../../src/text/terms.ts';

const actors = ATLANTIS_ACTORS;
const planner = new QueryPlanner({ actors, glossary: [] });
const added = (q: string) => planner.plan(q).expansions.flatMap((e) => e.added);

describe('the thesaurus in planning', () => {
  it('searches an everyday word also in the words documents use for it', () => {
    expect(added("Who is Atlantis's cybersecurity watchdog?")).toEqual(expect.arrayContaining(['regulator', 'supervisory authority']));
    expect(added('How will the bosses back the plan?')).toContain('senior management');
    const plan = planner.plan('How will Atlantis spot break-ins?');
    expect(plan.expansions.map((e) => e.found)).toEqual(expect.arrayContaining(['spot', 'break-ins']));
    expect(plan.terms.filter((t) => t.source === 'glossary').map((t) => t.term)).toEqual(expect.arrayContaining(['intrus', 'detect']));
  });

  it('goes one way: a document word does not bring in the everyday one', () => {
    expect(added('Who is the regulator?')).toEqual([]);
    // Only the irregular verb's base form (inflections.ts), never the everyday word for the budget.
    expect(added('How is the budget spent?')).toEqual(['spend']);
  });

  it('matches an everyday phrase only when all its words are asked', () => {
    expect(added('How will Atlantis bounce back after an attack?')).toContain('recovery');
    expect(added('Will Atlantis hold back funding?')).not.toContain('recovery');
  });

  it('matches a phrase with stop words only as written, not as the one word left of it', () => {
    // "in charge of" is the term `charg` alone once its stop words are dropped.
    expect(added('Who is in charge of cybersecurity in Atlantis?')).toContain('responsible for');
    expect(added('How secure are charging stations in Atlantis?')).not.toContain('responsible for');
    expect(added('Who checks up on the banks?')).toContain('audit');
  });

  it('is given by the lexicon (none: no expansion), and compiled by the first term of each phrase', () => {
    expect(new QueryPlanner({ actors, glossary: [], thesaurus: [] }).plan("Who is Atlantis's watchdog?").expansions).toEqual([]);
    const compiled = compileThesaurus(THESAURUS, processText);
    expect(compiled.get('bounc')?.map((p) => p.everyday)).toEqual(['bounce back']);
    expect(compiled.get('watchdog')?.[0]?.policy.map((p) => p.label)).toContain('regulator');
  });
});

describe('the thesaurus in answering', () => {
  const { ask } = answeringOver(
    [
      atlantisDocument('a', 'The Cyber Authority is the regulator responsible for overseeing the implementation of the law.'),
      atlantisDocument('b', 'Human resources for the cyber programme are drawn from the ministries.'),
      atlantisDocument('c', 'Schools will teach pupils about safe passwords.'),
      ...fillerDocuments('harbours, ports and ships'),
    ],
    planner,
  );

  it('answers a question in everyday words with the passage in the documents’ words', () => {
    const r = ask('Who is the cyber watchdog of Atlantis?');
    expect(r.abstained).toBe(false);
    expect(r.results[0]?.passage.docId).toBe('a');
  });

  it('does not count a phrase of the documents matched in part ("human resources" is not "financial resources")', () => {
    const r = ask('How much money does Atlantis give?');
    expect(r.results.map((h) => h.passage.docId)).not.toContain('b');
  });
});
