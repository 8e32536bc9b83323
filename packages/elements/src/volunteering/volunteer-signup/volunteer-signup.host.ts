// What <kohtaamo-volunteer-signup> shares with its lazy parts (volunteer-signup.form.ts, .later.ts):
// types only, so that the parts import nothing of the entry (rollup would split the entry in two).
import type * as laterPart from './volunteer-signup.later.js';
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
  /** Sent before the sending part came: the button says "Sending…" meanwhile, and a second press sends nothing. */
  awaitingLater: boolean;
  /** The sending part could not be loaded when the form was sent: a notice with a retry. */
  laterFailed: boolean;
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
}

type LaterPart = typeof laterPart;

/** What the form's part (volunteer-signup.form.ts) reads of the element besides {@link SignupHost}. */
export interface SignupFormHost extends SignupHost {
  /** The open shifts offered (after the `shift` attribute). */
  openShifts(): Shift[];
  /** A shift's start and end as the first view writes them. */
  when(shift: Shift): string;
  /** The part with the holds and the sending (volunteer-signup.later.ts), as the element loads it. */
  readonly later: { readonly value: LaterPart | undefined; get(): Promise<LaterPart> };
  /** Asks again whether this device's sign-ups overlap the chosen shift. */
  checkOverlaps(): void;
}
