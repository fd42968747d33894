import { describe, expect, it } from 'vitest';
import { isNamedBody } from '../../src/facts/bodies.ts';

/** Whether `name`, found at its first occurrence in `sentence`, is kept as a named body. */
function kept(sentence: string, name: string, aliases: readonly string[] = []): boolean {
  const start = sentence.indexOf(name);
  if (start < 0) throw new Error(`fixture: "${name}" is not in "${sentence}"`);
  return isNamedBody(sentence, name, start, aliases);
}

// Made-up bodies in the shapes real strategies bring: flattened tables, machine-translated fragments, glued cells.
describe('a named body', () => {
  it('is kept in running text with a verb, whatever the verb', () => {
    expect(kept('The Harbour Cyber Agency coordinates incident response across the state.', 'Harbour Cyber Agency')).toBe(true);
    expect(kept('Implemented with the cooperation of the Ministry of Harbours and Roads over five years.', 'Ministry of Harbours and Roads')).toBe(true);
    expect(kept('In collaboration with the Office of Lighthouses, we will run a survey of citizens.', 'Office of Lighthouses')).toBe(true);
  });

  it('is not read from a sentence without any verb: a heading, a glossary run, a machine-translated fragment', () => {
    expect(kept('Technology under the Office of the Keeper of Seals for the digital economy and society.', 'Office of the Keeper of Seals')).toBe(false);
    expect(kept('Copyright Office of Harbour Strategy on transnational threats.', 'Copyright Office of Harbour Strategy')).toBe(false);
    expect(kept('RHA, HCB, Association of Harbour Banks type of institutions at which time.', 'Association of Harbour Banks')).toBe(false);
  });

  it('is not read from a flattened table row, wherever its cell separator is', () => {
    const row = 'Private Sector awareness campaign Awareness Forum | awareness through the Harbour Partnership Council created for capacity building';
    expect(kept(row, 'Harbour Partnership Council')).toBe(false);
    expect(kept('The Harbour Partnership Council was created for capacity building in 2019.', 'Harbour Partnership Council')).toBe(true);
  });

  it('is not the owner column glued to the output before it (a lowercase noun right before a name that ends the row)', () => {
    const row = 'Revised curriculum which includes the cybersecurity aspects Ministry of Schools and Harbours (MoSH)';
    expect(kept(row, 'Ministry of Schools and Harbours', ['MoSH'])).toBe(false);
    expect(kept('Government will set up cyber security Ministry of Harbour Security', 'Ministry of Harbour Security')).toBe(false);
    // After a verb, a function word or an amount, a name ending the sentence is in running text.
    expect(kept('The curriculum was revised together with the Ministry of Schools and Harbours (MoSH).', 'Ministry of Schools and Harbours', ['MoSH'])).toBe(
      true,
    );
    expect(kept('The state has committed to a four-year $12 million Harbour-Isle Cyber Partnership.', 'Harbour-Isle Cyber Partnership')).toBe(true);
  });

  it('does not say its head noun twice (two cells run together)', () => {
    expect(kept('The HCSC Centre will be set up for operational coordination of all cyber initiatives.', 'HCSC Centre')).toBe(false);
    expect(kept('The plan will operationalise the Council (HCSCC) Centre after its establishment.', 'Council (HCSCC) Centre')).toBe(false);
    // A short acronym as a brand of a unit, and an acronym of a person's title inside a council's name, are names.
    expect(kept('HCA also set up the HCA Academy, which provides niche courses to professionals.', 'HCA Academy')).toBe(true);
    expect(kept('The Chief Harbour Officer (CHO) Council will create a sub-committee on emerging technology.', 'Chief Harbour Officer (CHO) Council')).toBe(
      true,
    );
  });
});
