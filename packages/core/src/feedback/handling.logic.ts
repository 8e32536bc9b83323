import type { FeedbackStatusValue } from './feedback.schema.js';
import { CLOSING_STATUSES } from './handling.schema.js';
import type { StaffRole } from '../staff/staff.schema.js';

/**
 * The handling workflow, as pure functions the server enforces and the inbox shows.
 *
 * received → allocated → in_handling → done | rejected. A step may be skipped (a report
 * answered at once goes straight to done), never taken back, except that a closed report may
 * be reopened (done | rejected → in_handling).
 */
const TRANSITIONS: Readonly<Record<FeedbackStatusValue, readonly FeedbackStatusValue[]>> = {
  received: ['allocated', 'in_handling', 'done', 'rejected'],
  allocated: ['in_handling', 'done', 'rejected'],
  in_handling: ['done', 'rejected'],
  done: ['in_handling'],
  rejected: ['in_handling'],
};

/** The statuses a feedback in `from` may move to. */
export function allowedTransitions(from: FeedbackStatusValue): readonly FeedbackStatusValue[] {
  return TRANSITIONS[from] ?? [];
}

export function canTransition(from: FeedbackStatusValue, to: FeedbackStatusValue): boolean {
  return allowedTransitions(from).includes(to);
}

/** Whether the status closes the feedback (a public reply is then required). */
export function isClosingStatus(status: FeedbackStatusValue): boolean {
  return (CLOSING_STATUSES as readonly string[]).includes(status);
}

export interface ResponseTimes {
  readonly firstResponseAt: string | null;
  readonly closedAt: string | null;
}

/**
 * The response-time facts after a staff status change at `at`: the first response is the
 * first change or reply by staff (never the automatic acknowledgement) and stays once set;
 * closing sets the closing time, reopening clears it.
 */
export function responseTimesAfter(before: ResponseTimes, to: FeedbackStatusValue, at: string): ResponseTimes {
  return {
    firstResponseAt: before.firstResponseAt ?? at,
    closedAt: isClosingStatus(to) ? at : null,
  };
}

/** Whether a member of staff may handle a category: an admin every one, a handler the listed. */
export function mayHandleCategory(staff: { role: StaffRole; categories: readonly string[] }, categoryId: string): boolean {
  return staff.role === 'admin' || staff.categories.includes(categoryId);
}

/** The ETag of a version: a strong entity tag ("\"3\""). */
export function versionETag(version: number): string {
  return `"${version}"`;
}

/**
 * Whether an If-Match header matches the current version (RFC 9110 §13.1.1: strong
 * comparison, a list of tags, or "*"). Null when there is no header.
 */
export function ifMatchSatisfied(header: string | null | undefined, version: number): boolean | null {
  if (header === null || header === undefined || header.trim() === '') return null;
  const value = header.trim();
  if (value === '*') return true;
  const wanted = versionETag(version);
  return value
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === wanted);
}
