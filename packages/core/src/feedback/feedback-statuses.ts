/**
 * Where a feedback is in its handling (the 6Aika detailed statuses, simplified). In a module of
 * its own, re-exported by feedback-status.schema.ts: the public list's first view names them (its
 * status filter, its read schema) without the tracking-code and status schemas (issue 7, ADR 0103).
 */
export const FEEDBACK_STATUSES = ['received', 'allocated', 'in_handling', 'done', 'rejected'] as const;
