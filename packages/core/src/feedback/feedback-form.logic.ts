import * as v from 'valibot';
import { issuesToFieldErrors, type FieldError } from '../http/problem.logic.js';
import type { Locale } from '../i18n/locale.js';
import { blockingNotice, blockingPointer, validateAttributeAnswers } from './feedback-attributes.logic.js';
import { FeedbackSubmissionSchema, type FeedbackCategory, type FeedbackSubmission, type FeedbackSubmissionInput } from './feedback.schema.js';

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
  /** The map pin (WGS84), or null. */
  lat: number | null;
  lon: number | null;
  /** Answers to the category's extra questions, by attribute code. */
  attributes: Record<string, string | string[]>;
  /** Photos already uploaded (their ids go with the feedback). */
  photos: { id: string; name: string }[];
}

export type DraftField = keyof FeedbackDraft;

export function emptyDraft(category = ''): FeedbackDraft {
  return {
    category,
    message: '',
    address: '',
    wantsContact: false,
    name: '',
    email: '',
    phone: '',
    consent: false,
    lat: null,
    lon: null,
    attributes: {},
    photos: [],
  };
}

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
  lat: '#/location/lat',
  lon: '#/location/lon',
  attributes: '#/attributes',
  photos: '#/photos',
};

/** The draft field an error pointer belongs to; errors on the whole body or an object go to the nearest field. */
export function fieldOfPointer(pointer: string): DraftField | null {
  for (const [field, p] of Object.entries(FIELD_POINTERS) as [DraftField, string][]) {
    if (p === pointer) return field;
  }
  if (pointer === '#/location') return 'address';
  if (pointer.startsWith('#/attributes/')) return 'attributes';
  if (pointer.startsWith('#/photos/')) return 'photos';
  return null;
}
