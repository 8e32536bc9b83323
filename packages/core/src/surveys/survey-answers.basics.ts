// The two small answer helpers the answering widget needs before any answer is checked: where an
// answer's error points, and whether an answer counts as given. The checks themselves
// (survey-answers.logic.ts) are loaded by the widget only when a page is checked (ADR 0064).
import { toPointer } from '../http/json-pointer.js';
import type { AnswerValue } from './survey.schema.js';

export const answerPointer = (key: string, ...rest: string[]): string => toPointer(['answers', key, ...rest]);

/** Whether an answer counts as given: not null, not blank text, not an empty list or matrix. */
export function isBlankAnswer(answer: AnswerValue | null | undefined): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') return Object.keys(answer).length === 0;
  return false;
}
