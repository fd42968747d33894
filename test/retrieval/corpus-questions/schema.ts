/**
 * The shape of the corpus questions (questions about the real national
 * strategies that `npm run quality -- --corpus DIR` measures, written by hand), and
 * the zod schema every question list goes through when it is loaded: a typo
 * in the data is a clear message, never a silently wrong figure.
 */
import { z } from 'zod';
import { PolicyBotError } from '../../../src/errors.ts';

/** A question list that does not validate, or an expected passage the corpus does not hold. */
export class QuestionDataError extends PolicyBotError {
  override name = 'QuestionDataError';
}

/** What a question exercises. `silent`: the named actor's documents never speak of it, another's do. `none`: nothing in the corpus answers. */
export const QUESTION_KINDS = ['direct', 'paraphrase', 'acronym', 'typo', 'named-body', 'across', 'silent', 'none'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The languages questions are written in: English and those the bot analyses (src/text/analysis/languages.ts). */
export const QUESTION_LANGUAGES = ['en', 'fr', 'es', 'ru', 'el', 'lv', 'ja', 'zh'] as const;
export type QuestionLanguage = (typeof QUESTION_LANGUAGES)[number];

const actorId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'an actor id such as "norway" or "sierra-leone"');

/**
 * A passage that answers: the actor whose documents hold it, and a verbatim
 * slice of the source (at least six words) that the answering passage must
 * contain. Matching ignores case and everything but letters and digits, so
 * re-wrapping, joined hyphenation and removed zero-width spaces do not
 * change it.
 */
export const expectedSchema = z.strictObject({
  actor: actorId,
  text: z.string().refine((t) => t.trim().split(/\s+/u).length >= 6, 'a verbatim slice of at least six words'),
});
export type Expected = z.infer<typeof expectedSchema>;

/** One question. */
export const corpusQuestionSchema = z
  .strictObject({
    kind: z.enum(QUESTION_KINDS),
    question: z.string().trim().min(3),
    /**
     * The actor the question is about: the one named (direct, paraphrase,
     * acronym, typo), the one whose body is named (named-body), or the silent
     * one (silent). Absent for `across` and `none`.
     */
    actor: actorId.optional(),
    /** Passages that answer; for `silent`, the other actors' passages that do; empty for `none`. */
    expect: z.array(expectedSchema).default([]),
    /**
     * For `silent`: patterns (case-insensitive regular expressions) that
     * never occur in the actor's documents; for `none`: in no document.
     * Checked against the corpus before anything is measured.
     */
    absent: z.array(z.string().min(2)).default([]),
    /**
     * For `across` questions that ask which actors mention something: a
     * pattern (case-insensitive regular expression) for the topic. Every
     * actor whose documents match it must have an expected passage, so that
     * a right answer is never counted as a miss (checked before every run).
     */
    mentions: z.string().min(2).optional(),
    /** The language the question is written in (English unless said), for the figures per language. */
    language: z.enum(QUESTION_LANGUAGES).default('en'),
  })
  .superRefine((q, ctx) => {
    const answerable = q.kind !== 'silent' && q.kind !== 'none';
    if (answerable && q.expect.length === 0) ctx.addIssue({ code: 'custom', message: `a ${q.kind} question needs at least one expected passage` });
    if (q.kind === 'none' && q.expect.length > 0) ctx.addIssue({ code: 'custom', message: 'a question nothing answers has no expected passage' });
    if ((q.kind === 'silent' || q.kind === 'none') && q.absent.length === 0) ctx.addIssue({ code: 'custom', message: `a ${q.kind} question lists the patterns that are absent` });
    if (q.kind === 'silent' && q.expect.length === 0) ctx.addIssue({ code: 'custom', message: 'a silent question names another actor whose documents do answer' });
    if (q.mentions !== undefined && q.kind !== 'across') ctx.addIssue({ code: 'custom', message: 'only an across question lists what every answering actor mentions' });
    const needsActor = q.kind !== 'across' && q.kind !== 'none';
    if (needsActor && q.actor === undefined) ctx.addIssue({ code: 'custom', message: `a ${q.kind} question names its actor` });
    if (!needsActor && q.actor !== undefined) ctx.addIssue({ code: 'custom', message: `a ${q.kind} question has no single actor` });
    if (answerable && q.actor !== undefined && q.kind !== 'across' && !q.expect.every((e) => e.actor === q.actor)) {
      ctx.addIssue({ code: 'custom', message: 'the expected passages are the named actor\'s' });
    }
  });
export type CorpusQuestion = z.infer<typeof corpusQuestionSchema>;

/** Validates a list of questions; throws naming the first bad question and what is wrong with it. */
export function parseQuestions(raw: unknown): CorpusQuestion[] {
  const parsed = z.array(corpusQuestionSchema).safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue?.path[0];
  const shown = typeof at === 'number' && Array.isArray(raw) ? JSON.stringify((raw[at] as { question?: unknown } | undefined)?.question) : '';
  throw new QuestionDataError(`corpus question ${String(at)} ${shown}: ${issue?.path.slice(1).join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
}

/** A question as written in the data files, before defaults. */
export type CorpusQuestionInput = z.input<typeof corpusQuestionSchema>;

/** A question in `language` about `actor`, answered by verbatim slices of that actor's documents. */
export function aboutIn(language: QuestionLanguage, kind: Exclude<QuestionKind, 'across' | 'silent' | 'none'>, actor: string, question: string, ...texts: string[]): CorpusQuestionInput {
  return { ...about(kind, actor, question, ...texts), language };
}

/** A question in `language` that nothing in the corpus answers: the `absent` patterns occur in no document. */
export function noneIn(language: QuestionLanguage, question: string, ...absent: string[]): CorpusQuestionInput {
  return { kind: 'none', question, absent, language };
}

/** A question about `actor` answered by verbatim slices of that actor's documents. */
export function about(kind: Exclude<QuestionKind, 'across' | 'silent' | 'none'>, actor: string, question: string, ...texts: string[]): CorpusQuestionInput {
  return { kind, actor, question, expect: texts.map((text) => ({ actor, text })) };
}
