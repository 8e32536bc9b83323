import type { FieldError } from '../http/problem.logic.js';
import type { AttributeAnswer, AttributeAnswers, CategoryAttribute, CategoryNotice } from './feedback-attributes.schema.js';
import { activeNotices, ATTRIBUTE_STRING_MAX, ATTRIBUTE_TEXT_MAX, attributePointer } from './feedback-attributes.logic.js';

// The answers' checks, made when a feedback is sent (in the widget and on the server), apart from
// what a form draws on its first render (feedback-attributes.logic.ts) (issue 7).

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
/** ISO 8601 date-time with a time zone (Open311 requires one), or a date-time-local value. */
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

const isBlank = (answer: AttributeAnswer | undefined): boolean =>
  answer === undefined || (Array.isArray(answer) ? answer.length === 0 : answer.trim() === '');

export type AttributeValidation =
  | { readonly ok: true; readonly answers: AttributeAnswers }
  | { readonly ok: false; readonly errors: FieldError[] };

/**
 * Checks a submission's answers against its category's questions (the same function in the
 * widget and on the server). Answers to unknown or informational attributes are errors; blank
 * optional answers are dropped; text is trimmed; a number's decimal comma becomes a point.
 * Errors point at `#/attributes/<code>`.
 */
export function validateAttributeAnswers(
  definitions: readonly CategoryAttribute[],
  answers: AttributeAnswers | undefined,
): AttributeValidation {
  const given = answers ?? {};
  const errors: FieldError[] = [];
  const clean: Record<string, AttributeAnswer> = {};
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  for (const code of Object.keys(given)) {
    const definition = byCode.get(code);
    if (!definition || !definition.variable) errors.push({ pointer: attributePointer(code), code: 'feedback.attribute.unknown' });
  }
  for (const definition of [...definitions].sort((a, b) => a.order - b.order)) {
    if (!definition.variable) continue;
    const pointer = attributePointer(definition.code);
    const answer = given[definition.code];
    if (isBlank(answer)) {
      if (definition.required) errors.push({ pointer, code: 'feedback.attribute.required' });
      continue;
    }
    const keys = new Set(definition.values.map((value) => value.key));
    const fail = (code: string, params?: Record<string, string | number>) =>
      errors.push({ pointer, code, ...(params ? { params } : {}) });
    if (definition.datatype === 'multivaluelist') {
      const list = Array.isArray(answer) ? answer : [answer as string];
      if (list.some((key) => !keys.has(key)) || new Set(list).size !== list.length) fail('feedback.attribute.choice');
      else clean[definition.code] = definition.values.map((value) => value.key).filter((key) => list.includes(key));
      continue;
    }
    if (Array.isArray(answer)) {
      fail('common.invalid');
      continue;
    }
    const text = answer!.trim();
    switch (definition.datatype) {
      case 'singlevaluelist':
        if (!keys.has(text)) fail('feedback.attribute.choice');
        else clean[definition.code] = text;
        break;
      case 'number':
        if (!NUMBER.test(text)) fail('feedback.attribute.number');
        else clean[definition.code] = text.replace(',', '.');
        break;
      case 'datetime':
        if (!DATETIME.test(text) || Number.isNaN(Date.parse(text))) fail('feedback.attribute.datetime');
        else clean[definition.code] = text;
        break;
      case 'string':
        if (text.length > ATTRIBUTE_STRING_MAX || /[\r\n]/.test(text)) fail('feedback.attribute.tooLong', { max: ATTRIBUTE_STRING_MAX });
        else clean[definition.code] = text;
        break;
      case 'text':
        if (text.length > ATTRIBUTE_TEXT_MAX) fail('feedback.attribute.tooLong', { max: ATTRIBUTE_TEXT_MAX });
        else clean[definition.code] = text;
        break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: clean };
}

/** The first blocking notice that applies, or null: while there is one, the feedback is not sent here. */
export function blockingNotice(notices: readonly CategoryNotice[], answers: AttributeAnswers | undefined): CategoryNotice | null {
  return activeNotices(notices, answers).find((notice) => notice.blocking) ?? null;
}

/** Where a blocking notice's error points: the triggering attribute, or the category. */
export function blockingPointer(notice: CategoryNotice): string {
  return notice.when ? attributePointer(notice.when.attribute) : '#/category';
}
