/**
 * Acronyms the documents define (acronyms.ts), found by Schwartz–Hearst and
 * used as query expansion: per actor where the question names one.
 */
import { describe, expect, it } from 'vitest';
import { acronymEntries, harvestAcronyms, longFormOf } from '../../src/search/acronyms.ts';
import { QueryPlanner } from '../../src/search/plan.ts';
import { chunkDocuments } from '../../src/passages/chunk.ts';

const doc = (id: string, actor: string, text: string) => ({
  id,
  title: id,
  actor,
  topics: [],
  source: { publisher: 'p', title: 't', url: 'https://example.org/', retrieved: '2020-01-01' },
  file: `${id}.md`,
  paragraphs: [text],
});

describe('acronyms the documents define', () => {
  it('finds the long form before the parenthesis, letters inside words allowed after the first', () => {
    expect(longFormOf('NACSA', 'the government set up the National Cyber Security Agency ')).toBe('National Cyber Security Agency');
    expect(longFormOf('CIIs', 'owners of Critical Information Infrastructures ')).toBe('Critical Information Infrastructures');
    expect(longFormOf('NIST', 'the National Institute of Standards and Technology ')).toBe('National Institute of Standards and Technology');
    expect(longFormOf('NATO', 'as it was said. Then ')).toBeUndefined();
    expect(longFormOf('X', 'Xylophones ')).toBeUndefined();
  });

  it("harvests each actor's definitions, and expands with the named actor's own long form", () => {
    const passages = chunkDocuments(
      [
        doc('a', 'malaysia', 'Malaysia set up the National Cyber Security Agency (NACSA) in 2017.'),
        doc('b', 'ghana', 'Ghana created the National Cyber Security Authority (NCSA) by law.'),
        doc('c', 'norway', 'Norway has a National Cyber Security Centre (NCSC) and the NCSA is not one.'),
      ],
      new Map(),
    );
    const acronyms = harvestAcronyms(passages);
    expect(acronyms).toContainEqual({ actor: 'malaysia', acronym: 'NACSA', longForm: 'National Cyber Security Agency' });
    expect(acronymEntries(acronyms, 'ghana')).toEqual([{ term: 'NCSA', means: ['National Cyber Security Authority'] }]);
    const planner = new QueryPlanner({
      actors: [
        { id: 'malaysia', name: 'Malaysia', kind: 'state', aliases: [] },
        { id: 'ghana', name: 'Ghana', kind: 'state', aliases: [] },
      ],
      glossary: [],
      acronyms,
    });
    const added = (q: string) => planner.plan(q).expansions.flatMap((e) => e.addedTerms);
    expect(added('What is NACSA?')).toEqual(expect.arrayContaining(['agenc']));
    expect(added('What does Ghana say about the NCSA?')).toEqual(expect.arrayContaining(['author']));
    expect(added('What does Ghana say about the NCSA?')).not.toContain('agenc');
  });
});
