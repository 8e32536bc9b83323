import type { AttributeAnswers, CategoryNotice } from './feedback-attributes.schema.js';

/** Longest answer of a `string` attribute (one line) and of a `text` attribute. */
export const ATTRIBUTE_STRING_MAX = 200;
export const ATTRIBUTE_TEXT_MAX = 2000;

export const attributePointer = (code: string): string => `#/attributes/${code}`;

// validateAttributeAnswers, blockingNotice and blockingPointer are in
// feedback-attributes.validate.ts: checks made when a feedback is sent, not on a cold page.

/** The notices that apply to these answers: the unconditional ones and those whose trigger matches. */
export function activeNotices(notices: readonly CategoryNotice[], answers: AttributeAnswers | undefined): CategoryNotice[] {
  return notices.filter((notice) => {
    if (notice.when === null) return true;
    const answer = answers?.[notice.when.attribute];
    if (answer === undefined) return false;
    const list = Array.isArray(answer) ? answer : [answer];
    return list.some((key) => notice.when!.values.includes(key));
  });
}
