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

/** What a match in a passage's heading path weighs, against 1 for one in its text: chosen by `npm run quality` (see the commit that set it). */
export const HEADING_BOOST = 0.5;

/** Each field's boost, by field id. */
export const FIELD_BOOSTS: readonly number[] = [1, HEADING_BOOST];
