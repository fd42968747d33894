/**
 * Sources in several languages (issue 16): a question is searched in its own
 * language against passages of that language, and reaches the others
 * through names, acronyms, numbers and the built-in equivalents; an English
 * question about an actor whose documents are all French says so; quotes
 * stay the original text; abstention works in each language.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { UserError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { renderTerminal } from '../../src/views/terminal/render.ts';
import { coverageOf, reply } from '../../src/replies.ts';
import { tempDir } from '../support/engine.ts';

const ACTORS = `actors:
  - { id: avalon, name: Avalon, kind: state, aliases: [] }
  - { id: borduria, name: Borduria, kind: state, aliases: [Bordurie] }
  - { id: carpathia, name: Carpathia, kind: state, aliases: [] }
`;

const document = (id: string, actor: string, language: string, ...paragraphs: string[]): string =>
  `---\nid: ${id}\ntitle: ${id} strategy\nactor: ${actor}\nlanguage: ${language}\nsource:\n  publisher: Government\n  title: ${id} strategy\n  url: https://example.org/${id}\n  retrieved: 2024-01-01\n---\n\n${paragraphs.join('\n\n')}\n`;

const FRENCH = [
  "La Bordurie créera un centre national de réponse aux incidents, le CERT-BO, rattaché à l'ANSSI en 2021.",
  'La stratégie prévoit la formation des magistrats à la cybercriminalité et aux nouvelles technologies.',
  'Les opérateurs de télécommunications devront signaler les incidents graves dans les vingt-quatre heures.',
];
const ENGLISH = [
  'Avalon will train judges and prosecutors in cybercrime and new technologies through a national academy.',
  'The Avalon national cybersecurity strategy sets up a computer emergency response team for government networks.',
];
const SPANISH = [
  'Carpathia fortalecerá la ciberseguridad de las infraestructuras críticas con un centro de operaciones de seguridad.',
  'Los servidores de correo electrónico del gobierno deben alojarse dentro del territorio nacional.',
];

let engine: Engine;

beforeAll(async () => {
  const dir = await tempDir('policy-bot-languages-');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'actors.yaml'), ACTORS);
  await writeFile(join(dir, 'borduria.md'), document('borduria-2020', 'borduria', 'fr', ...FRENCH));
  await writeFile(join(dir, 'avalon.md'), document('avalon-2019', 'avalon', 'en', ...ENGLISH));
  await writeFile(join(dir, 'carpathia.md'), document('carpathia-2021', 'carpathia', 'es', ...SPANISH));
  engine = await Engine.open({ knowledgeDir: dir, cacheDir: false, logger: silentLogger() });
});

const texts = (r: { results: readonly { passage: { text: string } }[] }) => r.results.map((h) => h.passage.text);

describe('questions in the language of the sources', () => {
  it('finds a French passage from a French question typed with or without accents', () => {
    for (const q of ['Que prévoit la Bordurie pour la formation des magistrats ?', 'que prevoit la bordurie pour former les magistrats']) {
      const r = engine.ask(q);
      expect(r.plan.language, q).toBe('fr');
      expect(texts(r)[0], q).toBe(FRENCH[1]);
      expect(r.sourceLanguages).toBeUndefined();
      const first = r.results[0];
      // The words that matched are marked in the original text, accents and all.
      expect(first?.excerpt.marks.map((m) => first.excerpt.text.slice(m.start, m.end))).toEqual(expect.arrayContaining(['formation', 'magistrats']));
    }
  });

  it('finds a Spanish passage from a Spanish question', () => {
    const r = engine.ask('¿Dónde deben alojarse los servidores de correo del gobierno?');
    expect(r.plan.language).toBe('es');
    expect(texts(r)[0]).toBe(SPANISH[1]);
  });

  it('keeps an English question on English sources to English passages', () => {
    const r = engine.ask('How will Avalon train judges in cybercrime?');
    expect(r.plan.language).toBe('en');
    expect(texts(r)[0]).toBe(ENGLISH[0]);
    expect(r.sourceLanguages).toBeUndefined();
  });

  it('abstains on an off-topic question in each language', () => {
    for (const q of ['Quelle est la recette de la tarte aux pommes ?', '¿Cómo se prepara una paella valenciana?', 'What is the best recipe for apple pie?']) {
      expect(engine.ask(q).abstained, q).toBe(true);
    }
  });
});

describe('across languages', () => {
  it('answers an English question about an actor whose documents are French through its acronyms, quoting the French text and saying so', () => {
    const r = engine.ask("What does Borduria's strategy say about the ANSSI and a national CERT?");
    expect(r.plan.language).toBe('en');
    expect(r.abstained).toBe(false);
    expect(texts(r)[0]).toBe(FRENCH[0]);
    expect(r.sourceLanguages).toEqual(['fr']);
    const shown = renderTerminal(reply('ask', { result: r, covers: coverageOf(engine.catalogue()) }));
    expect(shown).toContain("Borduria's sources are in French: the quotes are the original text, not a translation.");
    // The quote is the French text as written, the acronym that matched marked.
    expect(shown).toContain("rattaché à l'**ANSSI** en 2021");
  });

  it('says the sources are French even when nothing in them answers', () => {
    const r = engine.ask('What does Borduria say about quantum computing?');
    expect(r.abstained).toBe(true);
    expect(r.sourceLanguages).toEqual(['fr']);
  });

  it('reaches a French passage from an English word through the equivalents (cybercrime → cybercriminalité)', () => {
    const r = engine.ask('What does Borduria say about cybercrime training?', { top: 3 });
    expect(texts(r)).toContain(FRENCH[1]);
  });

  it('reaches English passages from a French question on an English-speaking actor', () => {
    const r = engine.ask('Que dit Avalon sur la cybersécurité et la réponse aux incidents ?');
    expect(r.plan.language).toBe('fr');
    expect(texts(r)[0]).toBe(ENGLISH[1]);
    expect(r.sourceLanguages).toEqual(['en']);
  });

  it("shows each document's language in the list of sources and in /help", () => {
    const catalogue = engine.catalogue();
    const sources = renderTerminal(reply('sources', { catalogue }));
    expect(sources).toContain('borduria-2020: borduria-2020 strategy (French)');
    expect(sources).toContain('carpathia-2021: carpathia-2021 strategy (Spanish)');
    expect(sources).toContain('avalon-2019: avalon-2019 strategy (English)');
    const help = renderTerminal(reply('help', { catalogue, commands: [] }));
    expect(help).toContain('Languages: English 1, French 1, Spanish 1');
    expect(engine.actorProfile('borduria').fields.sources?.map((e) => e.text)).toEqual([expect.stringContaining('French')]);
  });

  it('reads a question in the language it is told, and refuses one it does not know', () => {
    expect(engine.ask('formation', { lang: 'fr' }).plan.language).toBe('fr');
    expect(() => engine.ask('formation', { lang: 'xx' })).toThrow(UserError);
  });
});
