/**
 * Lead-ins (src/search/lead-in.ts): a list item is found by the lead-in it
 * is read after, and a passage a page break began mid-sentence by the
 * sentence's start in the passage before; a name the question asks for may
 * stand there. An index updated in place indexes them as a whole build does.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocuments, type Passage } from '../../src/passages/chunk.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { leadInById, leadIns } from '../../src/search/lead-in.ts';
import type { QueryTerm } from '../../src/search/plan.ts';
import { processWord } from '../../src/text/terms.ts';
import { answeringOver, atlantisDocument, fillerDocuments } from '../support/atlantis.ts';

const lists = atlantisDocument(
  'lists',
  'The main threats to the harbours of Atlantis are the following:',
  'a) flooding of the quays by spring tides;',
  'b) pirates seizing the lighthouse keepers;',
  '8. Atlantis will also train pilots.',
  'c) a list item after a section that ends with no colon;',
);
const cut = atlantisDocument(
  'cut',
  'Several bodies share the work. One key hub is the Joint Harbour Watch Centre (in the Atlantean language',
  '– JHWC), which comprises representatives from the navy, the coast guard and the port police.',
  'the sentence before this one ended, so this one is read alone.',
);
const passagesOf = (...docs: Parameters<typeof chunkDocuments>[0]): Passage[] => chunkDocuments(docs, new Map([['atlantis', 'Atlantis']]));

describe('lead-ins', () => {
  it("gives a list item its list's lead-in and a cut sentence's second half its start, nothing to other passages", () => {
    const passages = passagesOf(lists, cut);
    expect(passages.map((p) => p.text.slice(0, 4))).toEqual(['The ', 'a) f', 'b) p', '8. A', 'c) a', 'Seve', '– JH', 'the ']);
    expect(leadIns(passages)).toEqual([
      undefined,
      'The main threats to the harbours of Atlantis are the following:',
      'The main threats to the harbours of Atlantis are the following:',
      undefined,
      undefined,
      undefined,
      'One key hub is the Joint Harbour Watch Centre (in the Atlantean language',
      undefined,
    ]);
    const byId = new Map(passages.map((p) => [p.id, p]));
    expect(passages.map((p) => leadInById(p, byId))).toEqual(leadIns(passages));
  });

  it('never reads a lead-in across documents', () => {
    const [first, ...rest] = passagesOf(atlantisDocument('other', 'A list follows:'), lists);
    expect(leadIns([first as Passage, ...rest])[1]).toBeUndefined();
  });

  it('answers with a list item by the words of its lead-in', () => {
    const { ask } = answeringOver([lists, cut, ...fillerDocuments()]);
    const r = ask('What threats do pirates pose to the harbours?');
    expect(r.results[0]?.passage.text).toBe('b) pirates seizing the lighthouse keepers;');
  });

  it('answers a question naming a body with the passage whose lead-in names it', () => {
    const { ask } = answeringOver([lists, cut, ...fillerDocuments()]);
    const r = ask('Who sits in the Joint Harbour Watch Centre?');
    expect(r.results.map((h) => h.passage.text)).toContain('– JHWC), which comprises representatives from the navy, the coast guard and the port police.');
  });

  it('is indexed by an update in place as by a whole build', () => {
    const filler = passagesOf(...fillerDocuments());
    const added = passagesOf(lists, cut);
    const updated = SearchIndex.build(filler, Infinity).update([], added);
    const fresh = SearchIndex.build([...filler, ...added], Infinity);
    const term = (w: string): QueryTerm => ({ term: processWord(w) ?? w, weight: 1, fuzzy: false, prefix: false, source: 'question', everyday: false });
    // Words the filler's index has never seen (a word it holds in text only stays out of an update's headings: update.ts).
    for (const q of [[term('threats')], [term('joint'), term('watch')], [term('pirates'), term('threats')]]) {
      const hits = (index: SearchIndex) => index.search(q).hits.map((h) => [h.id, h.score.toFixed(9)]);
      expect(hits(updated)).toEqual(hits(fresh));
      expect(hits(fresh).length).toBeGreaterThan(1);
    }
  });
});
