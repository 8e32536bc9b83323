// What <kohtaamo-volunteer-signup> shares with its lazy part (volunteer-signup.later.ts): types
// only, so that the part imports nothing of the entry (rollup would split the entry in two).
import type { nothing, TemplateResult } from 'lit';
import type { HttpClient, Locale, Opportunity, Shift, SignupReceipt, VolunteeringSignupApi } from '@kohtaamo/core';

export type Field = 'shift' | 'name' | 'email' | 'phone' | 'groupSize' | 'age' | 'role' | 'guardianName' | 'guardianConsent';
export type View = 'loading' | 'unavailable' | 'form' | 'closed' | 'done' | 'manage' | 'cancelled';

/** What the person has typed; kept while any part loads or fails. */
export interface SignupValues {
  name: string;
  email: string;
  phone: string;
  groupSize: number | string;
  age: string;
  role: string;
  guardianName: string;
  guardianConsent: boolean;
}

export interface SignupState {
  view: View;
  opportunity: Opportunity | null;
  shiftId: string;
  readonly values: SignupValues;
  errors: Map<Field, string>;
  /** Whether the error summary shows (after a failed send). */
  summary: boolean;
  notice: { text: string; warning: boolean } | null;
  sending: boolean;
  hold: { id: string; shiftId: string; seats: number; outcome: 'attending' | 'waiting'; minutes: number } | null;
  /** The hold being placed or replaced (null when none is under way); a sign-up waits for it. */
  holding: Promise<void> | null;
  receipt: SignupReceipt | null;
  /** The manage code of the sign-up shown (after sending, or opened by its code). */
  code: string;
  /** The key of the sign-up being sent: the same for every try until one is stored. */
  idempotencyKey: string;
  /** The text of the status region. */
  announcement: string;
}

export interface SignupHost {
  readonly s: SignupState;
  /** The API the page gave (stories, tests), used instead of one built on `http`. */
  readonly apiOverride: VolunteeringSignupApi | null;
  /** The client for the element's `api` (the lazy part builds its requests on it). */
  readonly http: HttpClient;
  readonly locale: Locale;
  readonly fields: readonly Field[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  selectedShift(): Shift | undefined;
  /** Keeps (or forgets) a manage code on this device, for overlap warnings. */
  remember(code: string, keep: boolean): void;
  submitted(receipt: SignupReceipt): void;
  cancelled(receipt: SignupReceipt): void;
  /** form-templates' helpers, passed in (the entry has them). */
  fieldError(field: string, text: string | null | undefined): TemplateResult | typeof nothing;
  describedBy(field: string, hasError: boolean): string | typeof nothing;
}
