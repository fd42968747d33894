/**
 * The fields a passage is indexed in, and what a match in each weighs. A
 * passage's words are its text; the headings it sits under ("Chapter 2 ›
 * Build resilient infrastructure") say what the text is about in the
 * document's own words, often words the text itself never repeats, so they
 * are searchable too, but a match there weighs less than one in the text:
 * every passage under a heading shares it.
 *
 * Engine-free: the adapter gives MiniSearch these fields in this order (the
 * field ids), the ranking weighs each field's BM25+ score by its boost, as
 * MiniSearch's own `boost` search option does.
 */

/** The indexed fields, in field-id order: a passage's text, then its heading path. */
export const FIELDS = ['text', 'headings'] as const;

export type FieldName = (typeof FIELDS)[number];

/** Field ids, as positions in {@link FIELDS}. */
export const TEXT_FIELD = 0;
export const HEADINGS_FIELD = 1;

/**
 * What a match in a passage's heading path weighs, against 1 for one in its
 * text. Chosen by `npm run quality -- --corpus DIR` on the English national strategies
 * (158 questions with a passage to find; hit@1 / hit@3 / MRR): without
 * headings 85 / 111 / 0.628; at 0.25 90 / 113 / 0.648, 0.35 91 / 113 / 0.651,
 * 0.5 92 / 113 / 0.655, 0.75 91 / 113 / 0.651 (a typo and a named-body
 * question lose the top place, the right actor first drops to 0.98). At 0.5
 * no kind of question loses a hit@1 or hit@3 against no headings; the
 * silent-actor and nothing-answers figures and the seed (100%) are unchanged.
 */
export const HEADING_BOOST = 0.5;

/** Each field's boost, by field id. */
export const FIELD_BOOSTS: readonly number[] = [1, HEADING_BOOST];
