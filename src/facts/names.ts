/**
 * Names in a sentence: runs of capitalised words ("National Cyber Security
 * (NCS) Directive", "Norland Defence Command"), joined by a few connectors
 * (and, of, for, on) and by a parenthesised acronym inside the name, with the
 * acronym or short name given in parentheses right after it as an alias
 * ("Nordic Cyber Cooperation Board (the so-called Board)").
 */
import { isAcronym, STOP_WORDS } from '../text/terms.ts';
import { isMonthName } from './dates.ts';
import { classifyHead } from './heads.ts';

/** A name found in a sentence; offsets relative to the sentence, `text` verbatim. */
export interface NameRun {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The words of the name, parenthesised acronyms left out. */
  readonly words: readonly string[];
  /** Acronyms given in parentheses inside or right after the name. */
  readonly aliases: readonly string[];
}

interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*|\S/gu;
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'on', '&']);
const YEAR = /^(?:19|20)\d{2}$/u;
/** Connectors a name goes on through with "the" after them. */
const OF_THE: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/**
 * True when the words so far name a kind of thing that goes on "<connector> the" another: any named kind
 * "of the" ("… Strategy of the Union"), only a body "for the" or "on the" ("Centre for the …"; not
 * "… Communication for the Year").
 */
function hasHead(words: readonly { tok: Tok; connector: boolean }[], connector: string): boolean {
  const head = words.length === 0 ? 'other' : classifyHead(words.map((w) => w.tok.text)).is;
  return connector === 'of' ? head !== 'other' : head === 'organisation';
}

function tokens(sentence: string): Tok[] {
  return [...sentence.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A word that can be part of a name: capitalised, not a possessive (Norland’s), not a month before a year. */
function isNameWord(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]?.text ?? '';
  if (!/^\p{Lu}/u.test(t) || /['’]s$/u.test(t)) return false;
  return !(isMonthName(t) && YEAR.test(toks[i + 1]?.text ?? ''));
}

/** Lowercase words that may lead a parenthesised alias in: "(the so-called NCS2)", "(hereinafter referred to as Programme Coordinator)". */
const ALIAS_LEAD_IN: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'so-called',
  'hereinafter',
  'hereafter',
  'henceforth',
  'referred',
  'to',
  'as',
  'known',
  'also',
  'called',
  'simply',
  'or',
]);
const QUOTE_MARK = /^[‘’“”"']$/u;

/**
 * A parenthesised name at `i` ("(NCS)", "(the so-called NCS2)", "(NCS Directive)", "(hereafter ‘the Act’)"):
 * the alias as written (its capitalised words, joined by connectors) and the index after ")".
 */
function parenAlias(sentence: string, toks: readonly Tok[], i: number): { alias: string; next: number } | undefined {
  if (toks[i]?.text !== '(') return undefined;
  let j = i + 1;
  const inner: Tok[] = [];
  while (j < toks.length && toks[j]?.text !== ')' && inner.length < 10) inner.push(toks[j++] as Tok);
  if (toks[j]?.text !== ')' || inner.length === 0) return undefined;
  const words = inner.filter((t) => !QUOTE_MARK.test(t.text));
  // Only "(the/hereinafter … ) Name": lead-in words of a known few, then capitalised words (connectors between them).
  const first = words.findIndex((t) => /^\p{Lu}/u.test(t.text));
  const last = words[words.length - 1];
  if (first < 0 || last === undefined || !/^\p{Lu}/u.test(last.text)) return undefined;
  if (!words.slice(0, first).every((t) => ALIAS_LEAD_IN.has(t.text))) return undefined;
  const name = words.slice(first);
  if (name.length > 6 || !name.every((t) => /^\p{Lu}/u.test(t.text) || CONNECTORS.has(t.text))) return undefined;
  return { alias: sentence.slice(name[0]?.start ?? 0, last.end), next: j + 1 };
}

/** A closing quote after a name, then its alias in parentheses ("… Systems’ (NCS Directive)", "“… Strategy” (Strategi …)"). */
function quotedParenAlias(sentence: string, toks: readonly Tok[], i: number): { alias: string; next: number; closed: true } | undefined {
  const paren = parenAlias(sentence, toks, i + 1);
  return paren === undefined ? undefined : { ...paren, closed: true };
}

/** At a comma inside a name's remit: true when name words follow, then "and" and a name word (the list's end). */
function remitList(toks: readonly Tok[], i: number): true | undefined {
  let j = i + 1;
  if (!isNameWord(toks, j)) return undefined;
  while (isNameWord(toks, j) || toks[j]?.text === ',') j++;
  return toks[j]?.text === 'and' && isNameWord(toks, j + 1) ? true : undefined;
}

/**
 * A parenthesised list of capitalised words inside a name, the name going on after it ("… (Prohibition,
 * Prevention, Etc) Act"): the index of the name word after ")". Not an acronym alias ("(NCS) Directive").
 */
function parenSubject(toks: readonly Tok[], i: number): number | undefined {
  if (toks[i]?.text !== '(') return undefined;
  let j = i + 1;
  const inner: string[] = [];
  while (j < toks.length && toks[j]?.text !== ')' && inner.length < 8) inner.push(toks[j++]?.text ?? '');
  const words = inner.filter((w) => w !== ',' && w !== '.' && w !== 'and');
  if (toks[j]?.text !== ')' || words.length < 2 || !inner.includes(',') || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return isNameWord(toks, j + 1) ? j + 1 : undefined;
}

/** Splits a run joined by "and" into its parts unless the whole is one name (it ends in a head noun). */
function splitAtAnd(words: readonly { tok: Tok; connector: boolean }[]): { tok: Tok; connector: boolean }[][] {
  // "of", "on", "for" stay in: "Ministry of Commerce and Industry", "Directive on A and B" are one name each.
  const names = words.filter((w) => !w.connector || w.tok.text !== 'and').map((w) => w.tok.text);
  // Classified without a leading "The": "The Directive on A and B" is led by its head as "Directive on A and B" is.
  while (names.length > 1 && isLeadingStopWord(names[0] ?? '')) names.shift();
  if (classifyHead(names).is !== 'other') return [[...words]];
  const parts: { tok: Tok; connector: boolean }[][] = [[]];
  for (const w of words) {
    if (w.connector && (w.tok.text === 'and' || w.tok.text === '&')) parts.push([]);
    else parts[parts.length - 1]?.push(w);
  }
  return parts.filter((p) => p.length > 0);
}

/** The names of a sentence, in order. Sentence-initial stop words ("The", "In") are not part of a name. */
export function findNames(sentence: string): NameRun[] {
  const toks = tokens(sentence);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks, i)) {
      i++;
      continue;
    }
    const words: { tok: Tok; connector: boolean }[] = [];
    const aliases: string[] = [];
    while (i < toks.length) {
      const tok = toks[i];
      if (tok === undefined) break;
      if (isNameWord(toks, i)) {
        // A capitalised "The" or "In" inside a run starts another name: a caption glued to a sentence ("Campaign The … Programme").
        // Not after a connector (but for an article): "Telecommunications and Other Legislation … Act" is one name.
        const afterConnector = words[words.length - 1]?.connector === true && !/^(?:The|A|An)$/u.test(tok.text);
        if (words.length > 0 && !afterConnector && isLeadingStopWord(tok.text) && !CONNECTORS.has(tok.text.toLowerCase())) break;
        words.push({ tok, connector: false });
        i++;
        continue;
      }
      if (CONNECTORS.has(tok.text) && isNameWord(toks, i + 1)) {
        words.push({ tok, connector: true });
        i++;
        continue;
      }
      // "… Strategy of the Nordland Union", "… Bureau of the Judicial Police": a named thing "of the" another goes on.
      const the = toks[i + 1];
      if (OF_THE.has(tok.text) && the?.text === 'the' && isNameWord(toks, i + 2) && hasHead(words, tok.text)) {
        words.push({ tok, connector: true }, { tok: the, connector: true });
        i += 2;
        continue;
      }
      // "Ministry of Science, Technology and Telecommunications": a remit listed with commas, closed by "and".
      const listed = tok.text === ',' && words.some((w) => w.connector && w.tok.text === 'of') ? remitList(toks, i) : undefined;
      if (listed !== undefined) {
        words.push({ tok, connector: true });
        i++;
        continue;
      }
      const inner = parenSubject(toks, i);
      if (inner !== undefined && words.length > 0) {
        // "Cybercrimes (Prohibition, Prevention, Etc) Act": the parenthesis is inside the name, its words no name words.
        for (let k = i; k < inner; k++) words.push({ tok: toks[k] as Tok, connector: true });
        i = inner;
        continue;
      }
      const paren = parenAlias(sentence, toks, i) ?? (QUOTE_MARK.test(tok.text) && words.length > 0 ? quotedParenAlias(sentence, toks, i) : undefined);
      if (paren !== undefined) {
        aliases.push(paren.alias);
        i = paren.next;
        // Inside the name when the name goes on ("(NCS) Directive"); after it otherwise (and always after a closing quote).
        if (!('closed' in paren) && isNameWord(toks, i)) continue;
      }
      break;
    }
    for (const part of splitAtAnd(words)) {
      const kept = [...part];
      while (kept.length > 0 && isLeadingStopWord(kept[0]?.tok.text ?? '')) kept.shift();
      const first = kept[0];
      const last = kept[kept.length - 1];
      if (first === undefined || last === undefined) continue;
      runs.push({
        text: sentence.slice(first.tok.start, last.tok.end),
        start: first.tok.start,
        end: last.tok.end,
        words: kept.filter((w) => !w.connector).map((w) => w.tok.text),
        // The parenthesised aliases belong to the part they follow: the last one.
        aliases: last === words[words.length - 1] ? aliases : [],
      });
    }
  }
  return joinStatedAliases(sentence, joinByAcronym(sentence, runs)).map((r) => spelledOut(sentence, r));
}

/**
 * "HCSA (the Harbour Cyber Security Agency)": an acronym with its name in brackets is the
 * name, the acronym its alias (the name is what tells what kind of thing it is).
 */
function spelledOut(sentence: string, run: NameRun): NameRun {
  const full = run.aliases.find((a) => a.includes(' '));
  if (run.words.length !== 1 || !isAcronym(run.text) || full === undefined) return run;
  const start = sentence.indexOf(full, run.end);
  if (start < 0) return run;
  const words = full.split(/\s+/u).filter((w) => !CONNECTORS.has(w) && w !== 'the');
  return { text: full, start, end: start + full.length, words, aliases: [run.text, ...run.aliases.filter((a) => a !== full)] };
}

/** What states that the next name is another name of the one before: ", also known as", ", hereinafter", "(or) the so-called". */
const STATED_ALIAS =
  /^[’”"]?\s*,?\s*(?:(?:also|commonly|otherwise|simply|formerly) )?(?:known as|referred to as|hereinafter(?: referred to as| called)?|hereafter(?: referred to as| called)?|henceforth)\s*,?\s+(?:the\s+)?[‘“"']?$/u;

/**
 * Joins "X, also known as Y", "X, hereinafter Y": Y is an alias of X, not a name of its own
 * (a parenthesised alias is read with the name itself).
 */
function joinStatedAliases(sentence: string, runs: readonly NameRun[]): NameRun[] {
  const out: NameRun[] = [];
  for (const run of runs) {
    const before = out[out.length - 1];
    if (before !== undefined && STATED_ALIAS.test(sentence.slice(before.end, run.start))) {
      out[out.length - 1] = { ...before, aliases: [...before.aliases, run.text, ...run.aliases] };
      continue;
    }
    out.push(run);
  }
  return out;
}

/** The initials of words, capitalised: "Co-operation" gives C, "against" A. */
function initials(words: readonly string[]): string {
  return words
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Joins a name cut by a lowercase word to the rest that its acronym spells out: "Organization for Security
 * and Co-operation in Europe (OSCE)" is one name, not "… Co-operation" and "Europe". Only when the acronym
 * given right after the second part spells the initials of both (with or without the words between).
 */
function joinByAcronym(sentence: string, runs: readonly NameRun[]): NameRun[] {
  const out: NameRun[] = [];
  for (const run of runs) {
    const before = out[out.length - 1];
    const acronym = run.aliases.find((a) => /^\p{Lu}{3,}$/u.test(a));
    const gap = before === undefined ? '' : sentence.slice(before.end, run.start);
    if (before !== undefined && acronym !== undefined && /^\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(gap) && initials(run.words) !== acronym) {
      const between = gap
        .trim()
        .split(/\s+/u)
        .filter((w) => !CONNECTORS.has(w) && w !== 'the');
      // The acronym may leave out words the first part starts with ("Vienna-based Organization for …").
      const from = before.words.findIndex((_, k) =>
        [initials([...before.words.slice(k), ...run.words]), initials([...before.words.slice(k), ...between, ...run.words])].includes(acronym),
      );
      const first = before.words[from];
      const start = first === undefined ? -1 : sentence.indexOf(first, before.start);
      if (from >= 0 && start >= 0) {
        out[out.length - 1] = {
          text: sentence.slice(start, run.end),
          start,
          end: run.end,
          words: [...before.words.slice(from), ...run.words],
          aliases: run.aliases,
        };
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/** A capitalised stop word that starts a sentence ("The", "In"), not an acronym that happens to spell one (US). */
function isLeadingStopWord(word: string): boolean {
  return !isAcronym(word) && STOP_WORDS.has(word.toLowerCase());
}
