import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/errors.ts';
import { inferActor, resolveActor, unsureActor } from '../../src/ingest/infer/actor.ts';
import { dateOfFileName, wordsOfFileName } from '../../src/ingest/infer/file-name.ts';
import { documentId } from '../../src/ingest/infer/id.ts';
import { detectLanguage, inferLanguage } from '../../src/ingest/infer/language.ts';
import { dateInText, inferPublished } from '../../src/ingest/infer/published.ts';
import { selfName } from '../../src/ingest/infer/self-name.ts';
import { inferTitle } from '../../src/ingest/infer/title.ts';
import { inferType } from '../../src/ingest/infer/type.ts';
import type { Actor } from '../../src/knowledge/corpus.ts';

const ACTORS: Actor[] = [
  { id: 'atlantis', name: 'Atlantis', kind: 'state', aliases: ['Republic of Atlantis', 'ATL'] },
  { id: 'utopia', name: 'Utopia', kind: 'state', aliases: ['Utopian Federation'] },
  { id: 'us', name: 'United States', kind: 'state', aliases: ['USA', 'US'] },
];

describe('actor', () => {
  it('is found by id, name or alias, in any case', () => {
    expect(resolveActor('ATL', ACTORS, 'f.txt').id).toBe('atlantis');
    expect(resolveActor('utopian federation', ACTORS, 'f.txt').id).toBe('utopia');
    expect(resolveActor('us', ACTORS, 'f.txt').id).toBe('us');
  });

  it('not in actors.yaml is an IngestError that lists the known ones and says how to add one', () => {
    let error: unknown;
    try {
      resolveActor('Narnia', ACTORS, 'narnia.pdf');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).problem).toBe('unknown-actor');
    expect((error as IngestError).message).toBe(
      'policy-bot ingest: narnia.pdf: "Narnia" is not an actor of actors.yaml. Known actors: atlantis (Atlantis), utopia (Utopia), us (United States). ' +
        'Pass --actor with one of them, or add the actor to actors.yaml first (id, name, kind: state | union | organisation, aliases), then ingest again.',
    );
  });

  it('is inferred from the title first, then the file name, then the actor the text names most', () => {
    const text = ['Utopia and Atlantis met.', 'Atlantis agreed.', 'Atlantis signed.'];
    expect(inferActor(undefined, { title: 'Utopian Federation strategy', file: '2020_Atlantis.txt', paragraphs: text }, ACTORS)).toMatchObject({
      actor: { id: 'utopia' },
      reason: 'title',
    });
    expect(inferActor(undefined, { title: 'A strategy', file: '20151030_USA_ENG.txt', paragraphs: text }, ACTORS)).toMatchObject({
      actor: { id: 'us' },
      reason: 'file name',
    });
    expect(inferActor(undefined, { title: 'A strategy', file: 'x.txt', paragraphs: text }, ACTORS)).toMatchObject({
      actor: { id: 'atlantis' },
      reason: 'text',
    });
  });

  it('from the text is sure when the most-named actor clearly dominates, and a guess when others are named about as often', () => {
    const strategy = ['Atlantis protects its networks.', 'Atlantis trains its staff.', 'Atlantis works with Utopia.', 'Atlantis reports each year.'];
    expect(inferActor(undefined, { title: 'A strategy', file: 'x.txt', paragraphs: strategy }, ACTORS)).toEqual({
      actor: ACTORS[0],
      reason: 'text',
      sure: true,
      candidates: [
        { id: 'atlantis', paragraphs: 4 },
        { id: 'utopia', paragraphs: 1 },
      ],
    });
    const paper = ['Atlantis and Utopia compared.', 'Atlantis first.', 'Utopia next.', 'The United States later.', 'Atlantis again.'];
    expect(inferActor(undefined, { title: 'A panel study', file: 'paper.pdf', paragraphs: paper }, ACTORS)).toMatchObject({
      actor: { id: 'atlantis' },
      reason: 'text',
      sure: false,
      candidates: [
        { id: 'atlantis', paragraphs: 3 },
        { id: 'utopia', paragraphs: 2 },
        { id: 'us', paragraphs: 1 },
      ],
    });
    // Named in one paragraph: too little to be sure, even alone; in two, alone, it is the document's.
    expect(inferActor(undefined, { title: 'Notes', file: 'x.txt', paragraphs: ['Atlantis once.', 'Nobody here.'] }, ACTORS)).toMatchObject({ sure: false });
    expect(inferActor(undefined, { title: 'Notes', file: 'x.txt', paragraphs: ['Atlantis once.', 'Atlantis twice.'] }, ACTORS)).toMatchObject({ sure: true });
  });

  it('is sure from a title or file name that names one actor, and reads one that names two as naming none', () => {
    const text = ['Atlantis.', 'Atlantis.', 'Atlantis.', 'Utopia.'];
    expect(inferActor(undefined, { title: 'Utopia National Strategy', file: 'x.txt', paragraphs: text }, ACTORS)).toMatchObject({
      actor: { id: 'utopia' },
      reason: 'title',
      sure: true,
    });
    expect(inferActor(undefined, { title: 'Atlantis and Utopia compared', file: 'Utopia-Atlantis.pdf', paragraphs: text }, ACTORS)).toMatchObject({
      actor: { id: 'atlantis' },
      reason: 'text',
      sure: true,
    });
    expect(inferActor('utopia', { title: 'Atlantis and Utopia compared', file: 'x.pdf', paragraphs: text }, ACTORS)).toMatchObject({
      actor: { id: 'utopia' },
      reason: 'given',
      sure: true,
    });
  });

  it('that is a guess is refused, where nobody can be asked, with the candidates and what to do', () => {
    const error = unsureActor('paper.pdf', [
      { id: 'atlantis', paragraphs: 6 },
      { id: 'utopia', paragraphs: 5 },
    ]);
    expect(error.problem).toBe('actor-unsure');
    expect(error.message).toBe(
      'policy-bot ingest: paper.pdf: its actor is not clear: no actor is named in its title or file name, and its text names several about as often (atlantis (6 paragraphs), utopia (5 paragraphs)), as a paper or a report about them does. ' +
        'Pass --actor with the one it is by; if it is by none of them (a research paper, an international body), add its publisher to actors.yaml (kind: organisation) and pass that.',
    );
    expect(unsureActor('note.txt', [{ id: 'atlantis', paragraphs: 1 }]).message).toContain(
      'and its text names only atlantis (1 paragraph): too little to go on. Pass --actor',
    );
  });

  it('reads hyphens in a file name as spaces', () => {
    const actors: Actor[] = [{ id: 'sierra-leone', name: 'Sierra Leone', kind: 'state', aliases: [] }];
    expect(inferActor(undefined, { title: undefined, file: '20161027_Sierra-Leone_ENG.txt', paragraphs: [] }, actors).actor.id).toBe('sierra-leone');
  });

  it('that nothing names is an unknown-actor error', () => {
    expect(() => inferActor(undefined, { title: 'Strategy', file: 'x.txt', paragraphs: ['Nothing here.'] }, ACTORS)).toThrow(
      /no actor of actors\.yaml is named/u,
    );
  });
});

describe('dates', () => {
  it("come from a file name's leading date", () => {
    expect(dateOfFileName('20211001_Singapore_ENG.txt')).toBe('2021-10-01');
    expect(dateOfFileName('/some/where/2019-05_Norway.pdf')).toBe('2019-05');
    expect(dateOfFileName('2016 strategy.docx')).toBe('2016');
    expect(dateOfFileName('strategy_20211001.txt')).toBeUndefined();
    expect(dateOfFileName('20211399_x.txt')).toBeUndefined();
  });

  it("leave a file name's words for a title: no date, no language code", () => {
    expect(wordsOfFileName('20161027_Sierra-Leone_ENG.txt')).toBe('Sierra Leone');
    expect(wordsOfFileName('national_cyber-strategy.pdf')).toBe('national cyber strategy');
  });

  it('come from the title page when the file name has none', () => {
    expect(dateInText('Published 1 October 2021 by the Agency')).toBe('2021-10-01');
    expect(dateInText('October 1, 2021')).toBe('2021-10-01');
    expect(dateInText('Strategy 2016 – 2021, March 2016')).toBe('2016-03');
    const sentence = {
      kind: 'paragraph' as const,
      text: 'Atlantis will set up a national incident response team by 2025 and train its staff in every ministry.',
      page: 1,
    };
    expect(inferPublished(undefined, {}, [sentence], 'x.pdf')).toBeUndefined();
    expect(inferPublished(undefined, {}, [sentence, { kind: 'paragraph', text: 'Adopted in March 2016.', page: 1 }], 'x.pdf')).toEqual({
      published: '2016-03',
      reason: 'title page',
    });
    expect(
      inferPublished(
        undefined,
        {},
        [
          { kind: 'paragraph', text: 'National Strategy 2019', page: 1 },
          { kind: 'paragraph', text: 'Laws of 2001', page: 2 },
        ],
        'x.pdf',
      ),
    ).toEqual({
      published: '2019',
      reason: 'title page',
    });
  });

  it('come from metadata first, then the file name', () => {
    expect(inferPublished(undefined, { published: '2020-02' }, [], '20211001_x.txt')).toEqual({ published: '2020-02', reason: 'metadata' });
    expect(inferPublished(undefined, {}, [{ kind: 'paragraph', text: 'May 2010', page: null }], '20211001_x.txt')).toEqual({
      published: '2021-10-01',
      reason: 'file name',
    });
    expect(inferPublished('2018', { published: '2020-02' }, [], '20211001_x.txt')).toEqual({ published: '2018', reason: 'given' });
  });
});

describe('language', () => {
  it('is detected on a French and on an English paragraph', () => {
    expect(
      detectLanguage([
        'La stratégie nationale de cybersécurité vise à renforcer la résilience des infrastructures critiques et la confiance numérique des citoyens.',
      ]),
    ).toBe('fr');
    expect(
      detectLanguage(['The national cybersecurity strategy aims to strengthen the resilience of critical infrastructure and the digital trust of citizens.']),
    ).toBe('en');
  });

  it('is not guessed from too little text, and a given or declared one wins', () => {
    expect(detectLanguage(['Oui.'])).toBeUndefined();
    expect(inferLanguage('de', 'fr', ['The strategy is in English.'])).toEqual({ language: 'de', reason: 'given' });
    expect(inferLanguage('auto', 'fr', ['The strategy is in English.'])).toEqual({ language: 'fr', reason: 'metadata' });
  });
});

describe('the name a document gives itself', () => {
  it('is the capitalised name after "this" that its abbreviation follows, or the name "this strategy" is given, in the corpora\'s languages', () => {
    expect(selfName('This Cybersecurity Strategy and Implementation Plan (“CSIP”) is the result of the Sprint.')).toBe(
      'Cybersecurity Strategy and Implementation Plan',
    );
    expect(selfName('Thus, this strategy has been named the "Cybersecurity Strategy" in order to make clear its scope.')).toBe('Cybersecurity Strategy');
    expect(selfName('La présente Stratégie Nationale de Cybersécurité (SNCY), élaborée conformément aux pratiques…')).toBe(
      'Stratégie Nationale de Cybersécurité',
    );
    expect(selfName('Esta Estrategia Nacional de Ciberseguridad (ENC) actualizada describe un camino.')).toBe('Estrategia Nacional de Ciberseguridad');
  });

  it('is no name when the words after "this" name no kind of document, are not capitalised, or have no abbreviation after them', () => {
    expect(selfName('This letter (Resilience) explains the approach.')).toBeUndefined();
    expect(selfName('This service (or services) could address authentication.')).toBeUndefined();
    expect(selfName('This Strategy will pursue four key areas.')).toBeUndefined();
    expect(selfName('this national strategy (NCS) aims to protect.')).toBeUndefined();
  });
});

describe('title, type and id', () => {
  it('title: a heading followed by an entry of the contents is an entry itself, not the title', () => {
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1 });
    const contents = [
      para('Copyright © 2021 Ministerio de Ciencia de Atlantis. El presente informe fue elaborado con apoyo técnico.'),
      { kind: 'heading' as const, level: 2, text: 'Conciencia Pública', page: 1 },
      para('Línea Estratégica 2.1 Concienciación – Público en General Línea Estratégica 2.2 Sector Público'),
    ];
    expect(inferTitle(undefined, {}, contents, '20210101_Atlantis_ESP.txt')).toEqual({ title: 'Atlantis', reason: 'file name' });
    const section = [contents[0], contents[1], para('La conciencia pública crece cada año en Atlantis.')].filter((b) => b !== undefined);
    expect(inferTitle(undefined, {}, section, '20210101_Atlantis_ESP.txt')).toEqual({ title: 'Conciencia Pública', reason: 'heading' });
  });

  it('title: the name the opening gives the document when no line names its kind, and in place of a title line misread by OCR', () => {
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1 });
    const memo = [
      { kind: 'heading' as const, level: 1, text: 'EXECUTIVE OFFICE OF THE PRESIDENT', page: 1 },
      para('October 30, 2015'),
      para('This Cybersecurity Strategy and Implementation Plan (“CSIP”) is the result of a review. It sets five objectives.'),
    ];
    expect(inferTitle(undefined, {}, memo, '20151030_USA_ENG.txt')).toEqual({
      title: 'Cybersecurity Strategy and Implementation Plan',
      reason: 'names itself',
    });
    const cover = (text: string) => ({ kind: 'heading' as const, level: 2, text, page: 1 });
    const misread = [
      cover('Stratégie Nationale de SHHHIE'),
      para('2024-2028'),
      para('La présente Stratégie Nationale de Cybersécurité (SNCY), élaborée avec les partenaires, protège le pays.'),
      para('La cybersécurité est un enjeu majeur ; la stratégie nationale le reconnaît.'),
    ];
    expect(inferTitle(undefined, {}, misread, 'x.txt')).toEqual({ title: 'Stratégie Nationale de Cybersécurité', reason: 'names itself' });
    // A title line whose words the text uses again is kept, even when the text names itself otherwise.
    const kept = [cover('Stratégie Nationale de Sécurité Numérique'), ...misread.slice(1), para('La sécurité numérique concerne chacun.')];
    expect(inferTitle(undefined, {}, kept, 'x.txt')).toEqual({ title: 'Stratégie Nationale de Sécurité Numérique', reason: 'names its kind' });
  });

  it('title: metadata, then the opening line that names its kind, then the first heading, then a short first line, then the file name', () => {
    const heading = { kind: 'heading' as const, level: 1, text: 'National Cyber Strategy', page: 1 };
    const line = { kind: 'paragraph' as const, text: 'Digital Atlantis Plan', page: 1 };
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1 });
    const head = (text: string) => ({ kind: 'heading' as const, level: 1, text, page: 1 });
    expect(inferTitle(undefined, { title: 'From metadata' }, [heading], 'f.pdf')).toEqual({ title: 'From metadata', reason: 'metadata' });
    expect(inferTitle(undefined, { title: 'Microsoft Word - draft3.docx' }, [line, heading], 'f.pdf')).toEqual({
      title: 'Digital Atlantis Plan',
      reason: 'names its kind',
    });
    // Title-page furniture first, the title after it.
    expect(
      inferTitle(
        undefined,
        {},
        [head('REPUBLIC OF ATLANTIS'), para('Vienna, 2021'), head('Foreword'), head('Executive Summary'), head('National Cyber Strategy')],
        'f.pdf',
      ),
    ).toEqual({ title: 'National Cyber Strategy', reason: 'names its kind' });
    expect(inferTitle(undefined, {}, [head('Foreword'), head('Atlantis Digital Future'), para('Dear readers, this is the text.')], 'f.pdf')).toEqual({
      title: 'Atlantis Digital Future',
      reason: 'heading',
    });
    expect(inferTitle(undefined, {}, [para('Atlantis Digital Future')], 'f.pdf')).toEqual({ title: 'Atlantis Digital Future', reason: 'first line' });
    expect(inferTitle(undefined, {}, [{ kind: 'paragraph', text: 'A long first sentence that ends.', page: 1 }], '20211001_Sierra-Leone_ENG.txt')).toEqual({
      title: 'Sierra Leone',
      reason: 'file name',
    });
  });

  it('title: a line naming its kind as a noun, in more than that one word, with what is glued to it removed', () => {
    const head = (text: string) => ({ kind: 'heading' as const, level: 1, text, page: 1 });
    const title = (blocks: Parameters<typeof inferTitle>[2], running: string[] = [], file = 'f.pdf') => inferTitle(undefined, {}, blocks, file, running);
    // "Strategy" alone ends a cover; the adjective "strategic" and a contents line name no document.
    expect(title([head('Strategy'), head('STRATEGIC PILLARS 28 PILLAR 1 30 : PILLAR 4 62'), head('Atlantis Digital Future')])).toEqual({
      title: 'Atlantis Digital Future',
      reason: 'heading',
    });
    expect(title([head('NATIONAL CYBER SECURITY STRATEGY GOVERNMENT OF ATLANTISTABLE OF CONTENTS')])).toEqual({
      title: 'NATIONAL CYBER SECURITY STRATEGY GOVERNMENT OF ATLANTIS',
      reason: 'names its kind',
    });
    expect(title([head('REPUBLIC OF ATLANTIS'), head('DRAFT NATIONAL CYBERSECURITY STRATEGY')])).toEqual({
      title: 'DRAFT NATIONAL CYBERSECURITY STRATEGY',
      reason: 'names its kind',
    });
    expect(title([head('ON THE APPROVAL OF THE PROGRAMME FOR ELECTRONIC INFORMATION SECURITY')]).title).toBe(
      'ON THE APPROVAL OF THE PROGRAMME FOR ELECTRONIC INFORMATION SECURITY',
    );
  });

  it('title: in other languages, past section names, furniture, addresses and labels', () => {
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1 });
    const head = (text: string) => ({ kind: 'heading' as const, level: 1, text, page: 1 });
    const title = (blocks: Parameters<typeof inferTitle>[2], file = 'f.pdf') => inferTitle(undefined, {}, blocks, file);
    expect(
      title([
        para('Приложение № 10 к протоколу комиссии'),
        para('Методические пособия по разработке политики информационной безопасности'),
        head('I. Общие положения'),
      ]).title,
    ).toBe('Методические пособия по разработке политики информационной безопасности');
    expect(
      title([
        head('ΓΕΝΙΚΗ ΔΙΕΥΘΥΝΣΗ ΣΤΡΑΤΗΓΙΚΟΥ ΣΧΕΔΙΑΣΜΟΥ'),
        para('E-mail: dir.strategy@example.org'),
        para('Θέμα : Έγκριση της Εθνικής Στρατηγικής Κυβερνοασφάλειας 2020 – 2025'),
      ]).title,
    ).toBe('Έγκριση της Εθνικής Στρατηγικής Κυβερνοασφάλειας 2020 – 2025');
    expect(
      title([head('CONSEJO NACIONAL PARA LA INNOVACIÓN'), para('“Por la cual se aprueba la Estrategia Nacional de Ciberseguridad 2021-2024”.')]).title,
    ).toBe('Por la cual se aprueba la Estrategia Nacional de Ciberseguridad 2021-2024');
    // Nothing but who issues it, a scanned seal and a date: the file name says more.
    expect(title([head('MINISTERIO DEL INTERIOR'), head('SOON'), para('October 30, 2015')], '20140417_Utopia_ESP.txt')).toEqual({
      title: 'Utopia',
      reason: 'file name',
    });
  });

  it('title: the running header that names the document when the opening does not', () => {
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1 });
    const running = ['PRIORITISED AREAS', 'The Atlantis Cybersecurity Strategy 2021'];
    expect(inferTitle(undefined, {}, [para('Lee Hsien Loong October 2021'), para('Foreword')], 'f.txt', running)).toEqual({
      title: 'The Atlantis Cybersecurity Strategy 2021',
      reason: 'running header',
    });
    // An opening line that names the document still comes first.
    expect(inferTitle(undefined, {}, [para('National Cyber Security Strategy for Atlantis')], 'f.txt', running).reason).toBe('names its kind');
  });

  it('title: set over two heading lines inside quotation marks, or an appendix', () => {
    const head = (text: string) => ({ kind: 'heading' as const, level: 1, text, page: 1 });
    const para = (text: string) => ({ kind: 'paragraph' as const, text, page: 1 });
    const paper = [
      head('‘Cyber Chess: Using a New Panel Dataset to Identify Global'),
      head('Patterns in National Cybersecurity-Strategy Adoption’'),
      head('Research Note'),
      para('September 22, 2025'),
    ];
    expect(inferTitle(undefined, {}, paper, 'paper.pdf').title).toBe(
      'Cyber Chess: Using a New Panel Dataset to Identify Global Patterns in National Cybersecurity-Strategy Adoption',
    );
    const appendix = [
      para('Cyber Chess Online Appendix: Data, Method, & Robustness Checks'),
      head('Online Appendix:'),
      head('Data, Method, & Robustness Checks'),
      ...paper,
    ];
    expect(inferTitle(undefined, {}, appendix, 'appendix.pdf').title).toBe('Cyber Chess Online Appendix: Data, Method, & Robustness Checks');
  });

  it('type from the title', () => {
    expect(inferType(undefined, 'National Cybersecurity Strategy 2021', 'pdf')).toBe('strategy');
    expect(inferType(undefined, 'Loi relative à la cybersécurité', 'pdf')).toBe('law');
    expect(inferType(undefined, 'Annual threat report', 'pdf')).toBe('report');
    expect(inferType(undefined, 'Home', 'html')).toBe('web');
    expect(inferType('law', 'Strategy', 'pdf')).toBe('law');
  });

  it('id: a stable slug of actor, title and year, without repeating the actor or the year', () => {
    expect(documentId('atlantis', 'Republic of Atlantis National Cybersecurity Strategy 2021', '2021-10-01')).toBe(
      'atlantis-republic-national-cybersecurity-strategy-2021',
    );
    expect(documentId('utopia', 'Stratégie nationale de cybersécurité', undefined)).toBe('utopia-strategie-nationale-cybersecurite');
    expect(documentId('atlantis', 'A B C D E F G H I J', '2020')).toBe('atlantis-b-c-d-e-f-g-h-2020');
    // The whole date, for a second version of the same title and year; kept whole when the id is cut.
    expect(documentId('atlantis', 'Cyber Chess Research Note', '2025-12-03', true)).toBe('atlantis-cyber-chess-research-note-2025-12-03');
    expect(documentId('atlantis', 'Strategy '.repeat(7) + 'for the digital transformation of everything', '2025-12-03', true)).toMatch(
      /^atlantis-(?:strategy-)+2025-12-03$/u,
    );
  });
});
