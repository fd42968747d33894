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
 * text. Chosen by `npm run quality -- --corpus ../shared/corpora/national-strategies`
 * (158 questions with a passage to find): without headings hit@1 85, hit@3
 * 111, MRR 0.628; at 0.15 89 / 112 / 0.642, 0.25 89 / 112 / 0.642, 0.35
 * 90 / 112 / 0.644, 0.5 90 / 111 / 0.644, 1 87 / 110 / 0.630. At 0.35 no
 * kind of question loses a hit@1 or hit@3; at 0.5 a typo question leaves the
 * top 3, at 1 named bodies and typos lose two each. The seed stays at 100%.
 */
export const HEADING_BOOST = 0.35;

/** Each field's boost, by field id. */
export const FIELD_BOOSTS: readonly number[] = [1, HEADING_BOOST];
