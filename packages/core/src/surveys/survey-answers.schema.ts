// What a response holds (issue 10): one answer per question. Apart from the definition's schema
// (survey.schema.ts) since only sending, drafts, interviews and imports check answers: the
// answering widget's first render reads a definition and carries none of these (issue 7, ADR 0075).
import * as v from 'valibot';
import { CANT_SAY_VALUE } from './survey.schema.js';

/**
 * One question's answer, as the widget sends it and the server stores it:
 * single choice and dropdown: the option value (`other` with `otherText` when specified);
 * multiple choice: the chosen values; rating: a number or `cant_say`; recommendation and
 * number: a number; matrix: row id → column value or `cant_say`; yes/no: a boolean;
 * text: a string; ranking: option values, most important first.
 */
export const AnswerValueSchema = v.union([
  v.string(),
  v.number(),
  v.boolean(),
  v.array(v.string()),
  v.record(v.string(), v.union([v.number(), v.literal(CANT_SAY_VALUE)])),
]);
export type AnswerValue = v.InferOutput<typeof AnswerValueSchema>;

/** All answers of a response: question id → answer; `<id>.other` holds an "other" text. */
export const SurveyAnswersSchema = v.record(v.string(), v.nullable(AnswerValueSchema));
export type SurveyAnswers = v.InferOutput<typeof SurveyAnswersSchema>;
