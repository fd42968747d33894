/** A document that mixes languages: ingest says which (detectLanguages) and each paragraph is read in its own (passages/language.ts). */
import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/ingest/infer/language.ts';
import type { KnowledgeDocument } from '../../src/knowledge/corpus.ts';
import { chunkDocument } from '../../src/passages/chunk.ts';

const ENGLISH =
  'The national cybersecurity strategy strengthens the resilience of critical infrastructure and the trust of citizens in digital services, with a computer emergency response team for the government.';
const FRENCH =
  "La stratégie nationale de cybersécurité renforce la résilience des infrastructures critiques et la confiance des citoyens dans les services numériques, avec une équipe de réponse aux incidents pour l'administration.";

describe('documents in several languages', () => {
  it('are told apart from documents with a stray paragraph in another language', () => {
    // An English part, then its French version: a few windows of each.
    const bilingual = [...Array.from({ length: 15 }, () => ENGLISH), ...Array.from({ length: 15 }, () => FRENCH)];
    expect(detectLanguages(bilingual).sort()).toEqual(['en', 'fr']);
    const english = [...Array.from({ length: 20 }, () => ENGLISH), FRENCH];
    expect(detectLanguages(english)).toEqual(['en']);
  });

  it('give each passage the language of its paragraph', () => {
    const doc: KnowledgeDocument = {
      id: 'bilingual',
      title: 'Bilingual strategy',
      actor: 'avalon',
      topics: [],
      source: { publisher: 'Government', title: 'Bilingual strategy', retrieved: '2024-01-01' },
      language: 'en',
      languages: ['en', 'fr'],
      file: 'bilingual.md',
      paragraphs: [ENGLISH, FRENCH, 'Annex'],
    };
    expect(chunkDocument(doc, 'Avalon').map((p) => p.language)).toEqual(['en', 'fr', 'en']);
    const { languages: _, ...single } = doc;
    expect(chunkDocument({ ...single, language: 'fr' }, 'Avalon').map((p) => p.language)).toEqual(['fr', 'fr', 'fr']);
  });
});
