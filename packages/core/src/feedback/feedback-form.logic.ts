
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

// draftToInput and validateDraft (the submission schema and the answers' checks) are in
// feedback-form.validate.ts: imported when a person sends, not on the form's cold page (issue 7).

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
