import { describe, expect, it } from 'vitest';
import { separateFootnoteMarkers } from '../../../src/ingest/clean/footnotes.ts';
import { joinLines, resolveHyphen } from '../../../src/ingest/clean/hyphenation.ts';
import { removeInvisible } from '../../../src/ingest/clean/invisible.ts';
import { restoreDoubledGlyphs, restoreLetterSpacing } from '../../../src/ingest/clean/letter-spacing.ts';
import { joinSplitLigatures } from '../../../src/ingest/clean/ligatures.ts';
import { Vocabulary } from '../../../src/ingest/clean/vocabulary.ts';

const vocab = (text = ''): Vocabulary => Vocabulary.of([text]);

describe('invisible characters', () => {
  it('removes zero-width spaces, soft hyphens and byte-order marks inside text, and counts them', () => {
    const r = removeInvisible('National Cyber\u200b\u200bSecurity co\u00adordination\ufeff plan');
    expect(r.text).toBe('National CyberSecurity coordination plan');
    expect(r.removed).toBe(4);
  });
  it('joins a word a soft hyphen broke at a line end, whatever the next line is indented by', () => {
    const r = removeInvisible('atkarīga no infor\u00AD\n  mācijas un komunikāciju\nla ciberseguri\u00AD \r\ndad nacional');
    expect(r.text).toBe('atkarīga no informācijas un komunikāciju\nla ciberseguridad nacional');
    expect(r.removed).toBe(2);
  });
  it('leaves ordinary text as it is', () => {
    expect(removeInvisible('Plain text – with “quotes”.')).toEqual({ text: 'Plain text – with “quotes”.', removed: 0 });
  });
});

describe('line-end hyphens', () => {
  it('joins a word broken at a line end when the joined word is a word', () => {
    expect(joinLines(['the public consulta-', 'tion ended in May'], vocab())).toEqual({ text: 'the public consultation ended in May', joined: 1 });
    expect(joinLines(['Information Tech-', 'nology'], vocab()).text).toBe('Information Technology');
  });
  it('keeps the hyphen of a compound: "secure- by-design", and two words of their own', () => {
    expect(joinLines(['products that are secure-', 'by-design'], vocab()).text).toBe('products that are secure-by-design');
    expect(joinLines(['the day-to-', 'day running'], vocab('Today we act, day-to-day and today.')).text).toBe('the day-to-day running');
    expect(joinLines(['support mid-', 'career professionals'], vocab()).text).toBe('support mid-career professionals');
    expect(joinLines(['a non-', 'discriminatory and socio-', 'economic approach to long-', 'term well-', 'being'], vocab()).text).toBe(
      'a non-discriminatory and socio-economic approach to long-term well-being',
    );
  });
  it('follows how the document writes the word elsewhere', () => {
    const hyphenated = vocab('Cyber-attacks rise. Most cyber-attacks are crimes.');
    expect(joinLines(['the number of cyber-', 'attacks grew'], hyphenated).text).toBe('the number of cyber-attacks grew');
    const joined = vocab('Cyberattacks rise. Most cyberattacks are crimes.');
    expect(joinLines(['the number of cyber-', 'attacks grew'], joined)).toEqual({ text: 'the number of cyberattacks grew', joined: 1 });
  });
  it('keeps a hyphen before a capital or a suspended hyphen before "and"', () => {
    expect(resolveHyphen('Asia', 'Pacific', vocab())).toBe('keep');
    expect(joinLines(['both pre-', 'and post-incident'], vocab()).text).toBe('both pre- and post-incident');
  });
  it('keeps the hyphen of a URL broken at a line end', () => {
    expect(joinLines(['see https://example.org/wp-', 'content/report.pdf'], vocab()).text).toBe('see https://example.org/wp-content/report.pdf');
  });
  it('joins lines with a space where no hyphen ends them', () => {
    expect(joinLines(['one line', 'and the next', 'and a dash –', 'then more'], vocab())).toEqual({
      text: 'one line and the next and a dash – then more',
      joined: 0,
    });
  });
});

describe('split ligatures', () => {
  it('joins a word split after an ff/fi/fl ligature', () => {
    const r = joinSplitLigatures('Our eff orts identifi ed the fi nancial fl ow and the off er made.', vocab());
    expect(r.text).toBe('Our efforts identified the financial flow and the offer made.');
    expect(r.joined).toBe(5);
  });
  it('leaves two real words that only look split: "staff ensure", "off line" unless the document writes "offline"', () => {
    expect(joinSplitLigatures('The staff ensure systems go off line at night.', vocab()).text).toBe('The staff ensure systems go off line at night.');
    expect(joinSplitLigatures('Systems go off line at night.', vocab('Offline backups are kept offline.')).text).toBe('Systems go offline at night.');
  });
  it('does not read "of fer" as a split ligature: "of" ends in no ligature', () => {
    expect(joinSplitLigatures('a list of fer tile ideas', vocab()).text).toBe('a list of fer tile ideas');
  });
});

describe('letter spacing and doubled glyphs', () => {
  it('restores doubled-glyph headings, digits and punctuation in the run', () => {
    const r = restoreDoubledGlyphs('SSttrraatteeggyy  11  PPrrootteecctt  ccrriittiiccaall  iinnffrraassttrruuccttuurree.. 23');
    expect(r.text).toBe('Strategy 1 Protect critical infrastructure. 23');
    expect(r.fixed).toBe(1);
  });
  it('restores glyphs drawn four times', () => {
    expect(restoreDoubledGlyphs('GGGGLLLLOOOOSSSSSSSSAAAARRRRYYYY  iiii....  OOOOvvvveeeerrrrvvvviiiieeeewwww')).toEqual({
      text: 'GLOSSARY i. Overview',
      fixed: 1,
    });
  });
  it('restores a doubled tail glued to a word', () => {
    expect(restoreDoubledGlyphs('On the rightSSttrraatteeggyy  77').text).toBe('On the rightStrategy 7');
  });
  it('leaves ordinary doubled letters alone', () => {
    expect(restoreDoubledGlyphs('a committee of 11 staff agreed').text).toBe('a committee of 11 staff agreed');
  });
  it('joins letter-spaced capitals into the word they spell', () => {
    expect(restoreLetterSpacing('P U BL IC -P RI V A TE PARTNERSHIP', vocab())).toEqual({ text: 'PUBLIC-PRIVATE PARTNERSHIP', fixed: 1 });
    expect(restoreLetterSpacing('N A T I O N A L  S T R A T E G Y', vocab()).text).toBe('NATIONAL  STRATEGY');
  });
  it('leaves short capital words alone', () => {
    expect(restoreLetterSpacing('IT IS A US AND EU goal', vocab()).text).toBe('IT IS A US AND EU goal');
  });
});

describe('footnote markers', () => {
  const v = vocab();
  it('takes a footnote number off a year after a month: "March 09 of 201223" → 2012, marker 23', () => {
    expect(separateFootnoteMarkers('It was adopted on March 09 of 201223 by the Council.', v)).toEqual({
      text: 'It was adopted on March 09 of 2012 by the Council.',
      markers: ['23'],
    });
  });
  it('takes a footnote number off sentence punctuation and off a word', () => {
    expect(separateFootnoteMarkers('against crimes.15 With the purpose of signal devices19 and more', v)).toEqual({
      text: 'against crimes. With the purpose of signal devices and more',
      markers: ['19', '15'],
    });
  });
  it('takes a footnote number off a closing quote or bracket', () => {
    expect(separateFootnoteMarkers('the "Information Security Center" (NISC)32 was set up', v)).toEqual({
      text: 'the "Information Security Center" (NISC) was set up',
      markers: ['32'],
    });
  });
  it('leaves numbers that belong to the text: decimals, sections, acronyms, URLs, plain years', () => {
    const text =
      'See section 4.1, Art.5, G20 and IPv6, COVID-19, www.example.org/page2, the 2020-2024 plan of June 2021, Objective:1, objective2, cyber security;3. Definition and the decree of (III.12.) in the ’80s.';
    expect(separateFootnoteMarkers(text, v)).toEqual({ text, markers: [] });
  });
});
