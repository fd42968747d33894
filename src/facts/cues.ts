/**
 * The cue phrases extraction reads around a name or a date: what makes a
 * name a description ("a mature … Program"), a reference rather than the
 * subject of a sentence's date ("pursuant to the …"), a title's subject ("On
 * …"), a horizon ("by 2020"), and what marks a line as a table row, a page
 * counter or a footnote. Plain English and typography, nothing of one corpus.
 */

/** "a mature, standard-based and innovative … Program", "an Act of …": one of a kind, described, not an instrument by that name. */
export const INDEFINITE_DESCRIBED =
  /(?:^|\s)(?:[Aa]|[Aa]n|[Aa]ny|[Ee]ach|[Ee]very)\s+(?:(?!(?:of|the|for|to|in|on|with|by|from|at|as|under)\s)[\p{Ll}-]+,?\s+(?:and\s+|or\s+)?){0,6}$/u;
/** "develop a comprehensive …", "released an …": one is made or adopted, and its name is a name (a long description is not). */
export const MADE_LEAD =
  /(?:^|\s)(?:develop|establish|creat|set up|launch|introduc|build|adopt|formulat|draft|prepar|implement|elaborat|design|releas|publish|approv|enact|pass|issu|sign|ratif)[\p{Ll}]*\s+(?:[\p{Ll}-]+\s+){0,4}(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** "Law No. 9918 “On Electronic Communication …”": the subject of a title, not a name of its own. */
export const SUBJECT_OF_TITLE = /(?:^|[\s“"‘'(])On\s+$/u;
/**
 * "with funding from the …", "pursuant to the …", "set out in the …": a name the sentence refers to, not
 * the one its date is about.
 */
export const REFERENCE_LEAD =
  /(?:funding from|funded by|pursuant to|in line with|in accordance with|according to|based on|set out in|under|call for proposals of|as part of|in the framework of|within|report by|published by|prepared by|(?:article|section|paragraph|clause)\s+\S+(?:\s+\S+){0,3}\s+of|to\s+(?:set up|develop|establish|create|prepare|draft|formulate|adopt)\s+(?:a|an|the|new)|(?:^|\s)this)\s+(?:the\s+)?$/iu;
/** Right after a year: a lowercase noun it qualifies (not a verb, a preposition or a conjunction). */
export const COMMON_NOUN_AFTER =
  /^\s+(?!(?:and|or|to|in|on|at|by|for|of|with|from|the|a|an|was|were|is|are|has|had|have|will|when|which|that|as|through|until|onwards|onward)\b)[\p{Ll}][\p{Ll}-]*(?:\s+(?:of|report|edition|version|review|update)\b|\s+[\p{Ll}]+\s+of\b)/u;
/**
 * Page furniture glued to a sentence, and references: a page counter; a bibliographic reference ("et al."); a flattened table's " | "; a budget column; cells joined by "+"; a table row whose last cell is a month and year (not one said "in August 2017")
 * ("… Ministry of Defense/MOICI Jan 2021", "… TRC April 2014, duration 3 months").
 */
export const FURNITURE =
  /^\s*Page \d+ of\b|\bet al\.|\s\|\s|\d{1,3}(?:,\d{3})+\.\d{2}\b|\s\+\s|(?<!\b(?:in|on|since|from|of|until|till|by|to|before|after|during|between|and|as at|as of)\s)\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d{2}(?:, duration [^.]*)?\.?\s*$/u;
/** Right before a body that holds the one a sentence is about: "… Unit in the", "… within the". */
export const CONTAINER_LEAD = /(?:\p{Lu}[\p{L}-]*|\(\p{Lu}[\p{Lu}\p{N}]*\))\s+(?:in|within|of|under)\s+the\s+$/u;
/** "… Mutual Legal Assistance in Criminal Matters Act": a name whose first words a lowercase "in" cut off. */
export const CUT_BY_IN = /\S\s+\p{Lu}\p{Ll}+\s+in\s+$/u;
/** A year after "to", "until", "by", "as of": a horizon, a deadline or a reference date, not when something happened. */
export const HORIZON = /(?:^|\s)(?:to|until|till|by|through|towards|beyond|as of|as at)\s+$/iu;
/** A footnote or reference line: "[16] …", "88 “Guides” refers to …" (a note number, then the note). */
export const FOOTNOTE = /^(?:\[\d{1,3}\]|\d{1,3}\s+(?=["“‘\p{Lu}]))/u;
/**
 * Before a name, what makes it a description or a heading, not the name of one instrument: the
 * title of a numbered objective or pillar ("Objective 11 : … Framework for …"); the author of a report
 * ("a report by … Agenda"); the document itself
 * ("This updated … Strategy"); an acronym with a lowercase qualifier cutting the name ("the ICT specific …
 * Framework"); a determinerless "current" or "existing" ("gaps in current … Framework": whatever there is).
 */
export const DESCRIBED_LEAD =
  /(?:(?:^|\s)(?:report|study|survey|paper|article|analysis)\s+(?:by|from)\s+(?:the\s+)?|(?:^|\s)(?:Objective|Pillar|Goal|Priority|Chapter|Section|Dimension|Programme|Program)\s*\d+(?:\.\d+)*\s*[:.–-]\s*|(?:^|\s)(?:[Tt]his|[Tt]hese)\s+|(?:^|\s)\p{Lu}[\p{Lu}\p{N}]+\s+(?:specific|related|based|wide|led|driven|oriented|focused|relevant)\s+|(?:^|\s)(?:in|of|on|to|with|under|by|for|from|and|into|review|revise|update|assess)\s+(?:current|existing|present|relevant|respective|applicable)\s+)$/u;
/** A name right after a capitalised item of a comma list ("…, Asset Management, "): that item, to be told a category or a name. */
export const LISTED_AFTER = /,\s*((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*),\s+$/u;
