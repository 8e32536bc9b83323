import * as v from 'valibot';
import { issuesToFieldErrors, type FieldError } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import { blockingNotice, blockingPointer, validateAttributeAnswers } from './feedback-attributes.validate.js';
import type { FeedbackDraft } from './feedback-form.logic.js';
import type { FeedbackCategory } from './feedback.schema.js';
import { FeedbackSubmissionSchema, type FeedbackSubmission, type FeedbackSubmissionInput } from './feedback-submission.schema.js';

// A draft's checks before it is sent, apart from the draft itself (feedback-form.logic.ts): the
// feedback form imports this with its sending part, after the first render (issue 7).

const blankToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** The request body a draft stands for: blank optional fields left out, contact only when chosen. */
export function draftToInput(draft: FeedbackDraft, lang: Locale): FeedbackSubmissionInput {
  const address = blankToUndefined(draft.address);
  const pinned = draft.lat !== null && draft.lon !== null;
  const answers = Object.fromEntries(
    Object.entries(draft.attributes ?? {}).filter(([, a]) => (Array.isArray(a) ? a.length > 0 : a.trim() !== '')),
  );
  return {
    category: draft.category,
    message: draft.message,
    ...(address !== undefined || pinned
      ? { location: { ...(address !== undefined ? { address } : {}), ...(pinned ? { lat: draft.lat!, lon: draft.lon! } : {}) } }
      : {}),
    ...(Object.keys(answers).length > 0 ? { attributes: answers } : {}),
    ...((draft.photos ?? []).length > 0 ? { photos: draft.photos.map((p) => p.id) } : {}),
    ...(draft.wantsContact
      ? {
          contact: {
            name: blankToUndefined(draft.name),
            email: blankToUndefined(draft.email),
            phone: blankToUndefined(draft.phone),
            consent: draft.consent,
          },
        }
      : {}),
    lang,
  };
}

export type DraftValidation =
  | { readonly ok: true; readonly submission: FeedbackSubmission }
  | { readonly ok: false; readonly errors: FieldError[] };

/**
 * Validates a draft with the submission schema and, when the category is known, its answers and
 * blocking notices (the same checks as the server's).
 */
export function validateDraft(draft: FeedbackDraft, lang: Locale, category?: FeedbackCategory | null): DraftValidation {
  const result = v.safeParse(FeedbackSubmissionSchema, draftToInput(draft, lang));
  const errors = result.success ? [] : issuesToFieldErrors(result.issues);
  if (category && category.id === draft.category) {
    const answers = validateAttributeAnswers(category.attributes ?? [], draftToInput(draft, lang).attributes);
    if (!answers.ok) errors.push(...answers.errors.filter((e) => !errors.some((x) => x.pointer === e.pointer)));
    const blocking = blockingNotice(category.notices ?? [], draftToInput(draft, lang).attributes);
    if (blocking) errors.push({ pointer: blockingPointer(blocking), code: 'feedback.notice.blocking' });
  }
  if (result.success && errors.length === 0) return { ok: true, submission: result.output };
  return { ok: false, errors };
}
