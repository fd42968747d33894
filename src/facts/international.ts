/**
 * International instruments: a national strategy names the directives,
 * conventions and strategies of the unions and organisations its country is
 * part of ("the Directive on Security of Network and Information Systems …
 * the beginning of the Union's efforts", "the Convention on Cybercrime").
 * They are the country's commitments and cooperation, not its own laws and
 * strategies, and a profile shows them apart. Told by generic English: what
 * a convention or treaty is, the words that name a body of several states
 * (a union, the nations, an alliance, a continent), and the acronyms the
 * corpus itself spells out as such a body. No organisation of any corpus is
 * named here.
 */
import type { CountryFinder } from './foreign.ts';

/** Kinds of instrument made between states, whoever names them. */
const BETWEEN_STATES: ReadonlySet<string> = new Set(['convention', 'treaty']);
/**
 * Kinds a union or an organisation of states issues, and which a sentence about such a body and
 * not about the author is that body's ("… under the Common Foreign and Security Policy", said of the union).
 */
const ISSUED_BY_UNIONS: ReadonlySet<string> = new Set([
  'directive',
  'regulation',
  'communication',
  'policy',
  'agenda',
  'declaration',
  'charter',
  'toolbox',
  'principles',
  'guidelines',
  'framework',
  'strategy',
]);
/** Words that make a name that of a body of several states: a union, the nations, an alliance, "… of States". */
const MULTI_STATE = /(?<![\p{L}])(?:Union|Nations|Alliance|Commonwealth|States|Intergovernmental|Multilateral)(?![\p{L}])/u;
/** Continents and seas, and their adjectives: what a body of their states is named after. */
const CONTINENT =
  /(?<![\p{L}-])(?:Europe|European|Euro-Atlantic|Africa|African|Asia|Asian|Asia-Pacific|Pacific|Atlantic|Transatlantic|Arab|Nordic|Baltic|Caribbean|Eurasian|Americas|Inter-American|Mediterranean)(?![\p{L}])/u;
/** A name of a region's instrument ("Regional … Strategy" of a regional body): said of the name, not of a sentence. */
const REGIONAL = /^(?:\p{Lu}[\p{Lu}\p{N}]+ )?Regional(?![\p{L}])/u;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu;
/** A sentence led by the instrument of a named issuer: "Regulation (XU) 2019/881 …", "Directive (XU) …". */
const ISSUER_LEAD = /^[\s\-–•\d.]*(?:Regulation|Directive|Decision)\s+\(([^)]+)\)/u;
/** A sentence that goes on from the one before ("This …", "These …", "Such …"): what it names is of whoever that one names. */
const ANAPHOR = /^\s*(?:This|These|Such|Those)\b/u;

/** True when `text` (country names taken out) names a body of several states by its words. */
function namesBodyOfStates(text: string, countries: CountryFinder): boolean {
  const rest = countries.withoutCountryNames(text);
  return MULTI_STATE.test(rest) || CONTINENT.test(rest);
}

/**
 * Which instruments are international, for one corpus: what the corpus spells
 * out its acronyms as ("Nordland Union (NU)" makes "NU" a body of states) is
 * learnt from every name with an acronym, then asked of each instrument.
 */
export class InternationalTeller {
  /** Acronym → the names it is given for (parenthesised aliases, glossary sides). */
  private readonly expansions = new Map<string, Set<string>>();

  constructor(private readonly countries: CountryFinder) {}

  /** Learns that `acronym` stands for `name` ("Nordland Union (NU)", a glossary entry). */
  learn(acronym: string, name: string): void {
    if (!/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(acronym)) return;
    const known = this.expansions.get(acronym) ?? new Set<string>();
    known.add(name);
    this.expansions.set(acronym, known);
  }

  /** True when an acronym in `text` stands for a body of several states. */
  private acronymOfStates(text: string): boolean {
    return [...text.matchAll(ACRONYM)].some((m) => [...(this.expansions.get(m[0]) ?? [])].some((n) => namesBodyOfStates(n, this.countries)));
  }

  /** True when `text` names a body of several states, by its words or by an acronym the corpus spells out as one. */
  private namesBody(text: string): boolean {
    return namesBodyOfStates(text, this.countries) || this.acronymOfStates(text);
  }

  /** True when `word` names a body of several states ("European", an acronym the corpus spells out as a union). */
  isIssuer(word: string): boolean {
    return this.namesBody(word);
  }

  /** True when a body (its name and aliases) is a body of several states: a union, an alliance, an association of a region's nations. */
  isBodyOfStates(names: readonly string[]): boolean {
    return this.namesBody(names.join(' '));
  }

  /**
   * True when the instrument `name` (of `kind`, with `aliases`) named in `sentence` is international:
   * a convention or treaty; a name of a body of several states ("… Strategy of the <union>"); or,
   * for what such a body issues, a sentence about such a body that names neither the author nor
   * another country. `ownNames` finds the author's names: a name with them is the author's own.
   */
  isInternational(name: string, kind: string, aliases: readonly string[], sentence: string, ownNames: RegExp, previous?: string): boolean {
    if (ownNames.test(name)) return false;
    if (BETWEEN_STATES.has(kind)) return true;
    if (REGIONAL.test(name) || this.namesBody([name, ...aliases].join(' '))) return true;
    // "the ABC's Global … Agenda": the instrument of the body of states whose name it is written with.
    const at = sentence.indexOf(name);
    const owner = at < 0 ? undefined : /([\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,4})['’]s\s+$/u.exec(sentence.slice(0, at))?.[1];
    if (owner !== undefined && !ownNames.test(owner) && this.namesBody(owner.split(/\s+/u).at(-1) ?? '')) return true;
    // "Regulation (XU) 2019/881 of … (Short Act)": the short name, in brackets, of an instrument issued by a body of states.
    const issuer = ISSUER_LEAD.exec(sentence)?.[1];
    if (issuer !== undefined && this.namesBody(issuer) && sentence.includes(`(${name})`)) return true;
    // "This range of measures, known as the … Toolbox": the sentence before says whose measures they are.
    const said = previous !== undefined && ANAPHOR.test(sentence) ? `${previous} ${sentence}` : sentence;
    if (!ISSUED_BY_UNIONS.has(kind) || ownNames.test(said)) return false;
    return this.namesBody(said);
  }
}
