import * as v from 'valibot';
import { issuesToFieldErrors, type FieldError } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import { FeedbackSubmissionSchema, type FeedbackSubmission, type FeedbackSubmissionInput } from './feedback.schema.js';

/** What the form holds while a person types: every field as text, nothing dropped. */
export interface FeedbackDraft {
  category: string;
  message: string;
  address: string;
  /** Whether the person chose to leave contact details (anonymous otherwise). */
  wantsContact: boolean;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

export type DraftField = keyof FeedbackDraft;

export function emptyDraft(category = ''): FeedbackDraft {
  return { category, message: '', address: '', wantsContact: false, name: '', email: '', phone: '', consent: false };
}

const blankToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** The request body a draft stands for: blank optional fields left out, contact only when chosen. */
export function draftToInput(draft: FeedbackDraft, lang: Locale): FeedbackSubmissionInput {
  const address = blankToUndefined(draft.address);
  return {
    category: draft.category,
    message: draft.message,
    ...(address !== undefined ? { location: { address } } : {}),
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

export function validateDraft(draft: FeedbackDraft, lang: Locale): DraftValidation {
  const result = v.safeParse(FeedbackSubmissionSchema, draftToInput(draft, lang));
  return result.success ? { ok: true, submission: result.output } : { ok: false, errors: issuesToFieldErrors(result.issues) };
}

/** The body pointer each draft field is validated under, so errors land beside the right input. */
export const FIELD_POINTERS: Readonly<Record<DraftField, string>> = {
  category: '#/category',
  message: '#/message',
  address: '#/location/address',
  wantsContact: '#/contact',
  name: '#/contact/name',
  email: '#/contact/email',
  phone: '#/contact/phone',
  consent: '#/contact/consent',
};

/** The draft field an error pointer belongs to; errors on the whole body or an object go to the nearest field. */
export function fieldOfPointer(pointer: string): DraftField | null {
  for (const [field, p] of Object.entries(FIELD_POINTERS) as [DraftField, string][]) {
    if (p === pointer) return field;
  }
  if (pointer === '#/location') return 'address';
  return null;
}
