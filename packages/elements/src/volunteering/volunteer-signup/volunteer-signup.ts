import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import {
  createApiClient,
  createVolunteeringApi,
  formatDateTime,
  newIdempotencyKey,
  NetworkError,
  pickText,
  ProblemError,
  roleRefusal,
  SignupSubmissionSchema,
  VOLUNTEERING_PROBLEM_TYPES,
  type Locale,
  type Opportunity,
  type Overlap,
  type Shift,
  type SignupReceipt,
  type VolunteeringApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import { safeLocalStorage } from '../../state/local-storage.js';
import { volunteeringWidgetMessages, type VolunteeringTranslator as Translator } from '../volunteering.catalogs.js';
import { styles } from './volunteer-signup.styles.js';

/** Fired when a person has signed up (attending or waiting); `receipt` holds the manage code. */
export class KohtaamoSignupSubmittedEvent extends Event {
  static readonly eventName = 'kohtaamo-signup-submitted';
  constructor(readonly receipt: SignupReceipt) {
    super(KohtaamoSignupSubmittedEvent.eventName, { bubbles: true, composed: true });
  }
}
/** Fired when a person has cancelled their sign-up with the manage code. */
export class KohtaamoSignupCancelledEvent extends Event {
  static readonly eventName = 'kohtaamo-signup-cancelled';
  constructor(readonly receipt: SignupReceipt) {
    super(KohtaamoSignupCancelledEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The manage codes of this device's sign-ups: for overlap warnings, never sent anywhere else. */
const CODES_KEY = 'kohtaamo-volunteering-codes';
function rememberedCodes(): string[] {
  try {
    const raw = safeLocalStorage()?.getItem(CODES_KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string').slice(-50) : [];
  } catch {
    return [];
  }
}
function remember(code: string, keep: boolean): void {
  const codes = rememberedCodes().filter((c) => c !== code);
  if (keep) codes.push(code);
  try {
    safeLocalStorage()?.setItem(CODES_KEY, JSON.stringify(codes));
  } catch {
    /* private mode: no warnings, no harm */
  }
}

type Field = 'shift' | 'name' | 'email' | 'phone' | 'groupSize' | 'age' | 'role' | 'guardianName' | 'guardianConsent';
const FIELDS: readonly Field[] = ['shift', 'name', 'email', 'phone', 'groupSize', 'age', 'role', 'guardianName', 'guardianConsent'];
type View = 'loading' | 'unavailable' | 'form' | 'closed' | 'done' | 'manage' | 'cancelled';

/**
 * The sign-up form an association puts on its own page for one opportunity (or one shift):
 * name, contact, group size, age (a guardian's consent under 18), role; seats are held while
 * the form is filled in; the confirmation shows the manage code and link, with which the person
 * changes the group size or cancels without an account. The person is warned of their own
 * overlapping sign-ups on this device. A page opened with `#kohtaamo-manage=<code>` (the link in
 * the confirmation mail) shows that sign-up.
 *
 * ```html
 * <script type="module" src="https://osallistu.heinola.fi/widgets/kohtaamo.js"></script>
 * <kohtaamo-volunteer-signup api="https://osallistu.heinola.fi" opportunity="o-demo-latu-talkoot"></kohtaamo-volunteer-signup>
 * ```
 *
 * @tagname kohtaamo-volunteer-signup
 * @summary The embeddable sign-up for a volunteering opportunity or shift, with a manage link.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} opportunity - The opportunity id; its open shifts are offered. Default `""`.
 * @attr {string} shift - One shift id instead (the opportunity is read from it). Default `""`.
 * @attr {string} manage-code - A manage code to open at once. Default `""`: read from `#kohtaamo-manage=` of the page's address, else none.
 * @attr {string} lang - `fi`, `sv` or `en`. Default: the nearest `lang`, else `fi`.
 *
 * @event kohtaamo-signup-submitted - A person signed up; `event.receipt` has the status and the manage code.
 * @event kohtaamo-signup-cancelled - A person cancelled with the manage code.
 *
 * @csspart form - The sign-up form.
 * @csspart field - Each field with its label, hint and error.
 * @csspart button - Every button.
 * @csspart summary - The error summary.
 * @csspart confirmation - The confirmation (or the sign-up opened by its code).
 * @csspart seats - The seat counts of the shift.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons, links and the notices' edge. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Errors and the overlap warning. Default `#b01038`.
 * @cssproperty --kohtaamo-volunteer-signup-max-width - Widest the element grows. Default `40rem`.
 * @cssproperty --kohtaamo-volunteer-signup-background - Background of the notices. Default `--kohtaamo-color-surface-muted`.
 */
export class KohtaamoVolunteerSignup extends LocalizedElement {
  static override styles = styles;

  @property() api = '';
  @property() opportunity = '';
  @property() shift = '';
  @property({ attribute: 'manage-code' }) manageCode = '';
  /** An API to use instead of the one built from `api` (stories). @internal */
  @property({ attribute: false }) volunteeringApi: VolunteeringApi | null = null;

  @state() private view: View = 'loading';
  readonly #locale = new MessagesController(this, volunteeringWidgetMessages);
  #opportunityData: Opportunity | null = null;
  #shiftId = '';
  #values = { name: '', email: '', phone: '', groupSize: 1, age: '', role: '', guardianName: '', guardianConsent: false };
  #errors = new Map<Field, string>();
  #summary = false;
  #notice: { text: string; warning: boolean } | null = null;
  #sending = false;
  #hold: { id: string; shiftId: string; seats: number; outcome: 'attending' | 'waiting'; minutes: number } | null = null;
  /** The hold being placed or replaced (null when none is under way); a sign-up waits for it. */
  #holding: Promise<void> | null = null;
  #overlaps: Overlap[] = [];
  #receipt: SignupReceipt | null = null;
  #code = '';
  #idempotencyKey = newIdempotencyKey();
  #announcement = '';
  #apiCache: { base: string; api: VolunteeringApi } | null = null;

  get #api(): VolunteeringApi {
    if (this.volunteeringApi) return this.volunteeringApi;
    if (this.#apiCache?.base !== this.api) this.#apiCache = { base: this.api, api: createVolunteeringApi(createApiClient({ baseUrl: this.api })) };
    return this.#apiCache.api;
  }

  get #selectedShift(): Shift | undefined {
    return this.#opportunityData?.shifts.find((s) => s.id === this.#shiftId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('opportunity') || changed.has('shift') || changed.has('manageCode') || changed.has('volunteeringApi')) void this.#load();
  }

  async #load(): Promise<void> {
    const fromHash = /(?:^#|&)kohtaamo-manage=([^&]+)/.exec(globalThis.location?.hash ?? '')?.[1];
    const code = this.manageCode || (fromHash ? decodeURIComponent(fromHash) : '');
    this.view = 'loading';
    try {
      if (code) {
        this.#code = code;
        this.#receipt = await this.#api.manage(code);
        this.#values.groupSize = this.#receipt.groupSize;
        this.#opportunityData = await this.#api.opportunity(this.#receipt.opportunityId).catch(() => null);
        this.view = this.#receipt.status === 'cancelled' ? 'cancelled' : 'manage';
        return;
      }
      let opportunityId = this.opportunity;
      if (this.shift) opportunityId = (await this.#api.shift(this.shift)).opportunityId;
      if (!opportunityId) {
        this.view = 'unavailable';
        return;
      }
      this.#opportunityData = await this.#api.opportunity(opportunityId);
      const now = Date.now();
      const open = this.#opportunityData.shifts.filter((s) => s.status === 'open' && Date.parse(s.startsAt) > now && (!this.shift || s.id === this.shift));
      this.#shiftId = open[0]?.id ?? '';
      this.view = open.length > 0 ? 'form' : 'closed';
      void this.#checkOverlaps();
    } catch {
      this.view = 'unavailable';
    }
  }

  async #checkOverlaps(): Promise<void> {
    const codes = rememberedCodes();
    if (!this.#shiftId || codes.length === 0) {
      this.#overlaps = [];
      return;
    }
    try {
      this.#overlaps = await this.#api.overlaps(this.#shiftId, codes);
    } catch {
      this.#overlaps = [];
    }
    if (this.#overlaps.length > 0) this.#announcement = this.#overlapText(this.#locale.t, this.#locale.locale);
    this.requestUpdate();
  }

  /**
   * Holds seats the first time the form is used, and again when the group size changes. A change
   * made while a hold is on its way is held once that answer has come: one hold at a time, and
   * always for the latest group size. Never once the sign-up is being sent: a hold placed after
   * it would keep seats from everyone (this person too) until it expired.
   */
  #holdSeats(): Promise<void> {
    if (this.#holding) return this.#holding;
    if (this.#sending || this.view !== 'form') return Promise.resolve();
    this.#holding = (async () => {
      // Settles after this promise is stored in #holding, even when there is nothing to hold.
      await null;
      try {
        for (;;) {
          const shiftId = this.#shiftId;
          const seats = Math.max(1, Math.min(Number(this.#values.groupSize) || 1, this.#selectedShift?.maxGroupSize ?? 1));
          if (!shiftId || this.view !== 'form' || (this.#hold?.shiftId === shiftId && this.#hold.seats === seats)) return;
          try {
            if (this.#hold?.id) await this.#api.release(this.#hold.id).catch(() => undefined);
            this.#hold = null;
            const hold = await this.#api.hold(shiftId, seats);
            if (shiftId !== this.#shiftId) {
              // Another shift was chosen meanwhile: this one's seats are not wanted.
              if (hold.holdId) await this.#api.release(hold.holdId).catch(() => undefined);
              continue;
            }
            this.#hold = { id: hold.holdId, shiftId, seats, outcome: hold.outcome, minutes: Math.max(1, Math.round((Date.parse(hold.expiresAt) - Date.now()) / 60_000)) };
          } catch {
            this.#hold = null;
            return;
          }
        }
      } finally {
        this.#holding = null;
        this.requestUpdate();
      }
    })();
    return this.#holding;
  }

  #input(field: keyof KohtaamoVolunteerSignup['values']) {
    return (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      const values = this.#values as Record<string, unknown>;
      values[field] = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
      if (field === 'groupSize' || field === 'age') this.requestUpdate();
    };
  }

  /** @internal for the type of #input only */
  protected get values() {
    return this.#values;
  }

  #onShiftChange(event: Event): void {
    this.#shiftId = (event.target as HTMLSelectElement).value;
    // The other shift's seats go back at once (they were kept until expiry before).
    if (this.#hold?.id && !this.#holding) void this.#api.release(this.#hold.id).catch(() => undefined);
    if (!this.#holding) this.#hold = null;
    void this.#checkOverlaps();
    this.requestUpdate();
  }

  #validate(t: Translator): Map<Field, string> {
    const errors = new Map<Field, string>();
    const shift = this.#selectedShift;
    const submission = this.#submission();
    const parsed = v.safeParse(SignupSubmissionSchema, submission);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const field = (v.getDotPath(issue) ?? '') as Field;
        if (!FIELDS.includes(field) || errors.has(field)) continue;
        const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
        errors.set(field, this.#locale.code(issue.message, { min: requirement ?? '', max: requirement ?? '' }));
      }
    }
    if (shift && submission.groupSize > shift.maxGroupSize) errors.set('groupSize', t('volunteering.group.tooLarge', { max: shift.maxGroupSize }));
    const role = shift?.roles.find((r) => r.id === submission.role);
    const refusal = typeof submission.age === 'number' ? roleRefusal(role, submission.age) : null;
    if (refusal && !errors.has('age')) errors.set('age', t(refusal.key, refusal.params));
    return errors;
  }

  #submission() {
    const age = this.#values.age === '' ? Number.NaN : Number(this.#values.age);
    return {
      name: this.#values.name,
      email: this.#values.email,
      phone: this.#values.phone,
      groupSize: Number(this.#values.groupSize) || 1,
      age: Number.isFinite(age) ? age : (undefined as unknown as number),
      ...(this.#values.role ? { role: this.#values.role } : {}),
      guardianName: this.#values.guardianName,
      guardianConsent: this.#values.guardianConsent,
      lang: this.#locale.locale,
      ...(this.#hold?.id ? { holdId: this.#hold.id } : {}),
    };
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#sending) return;
    const t = this.#locale.t;
    this.#errors = this.#validate(t);
    this.#notice = null;
    if (this.#errors.size > 0) {
      this.#summary = true;
      this.#announcement = '';
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
      return;
    }
    this.#summary = false;
    this.#sending = true;
    this.#announcement = t('volunteering.signup.sending');
    this.requestUpdate();
    try {
      // A hold still on its way is waited for, so the sign-up takes the seats held for it.
      if (this.#holding) await this.#holding;
      const receipt = await this.#api.signUp(this.#shiftId, this.#submission(), this.#idempotencyKey);
      this.#receipt = receipt;
      this.#code = receipt.manageCode ?? '';
      if (this.#code) remember(this.#code, true);
      this.#idempotencyKey = newIdempotencyKey();
      this.#hold = null;
      this.view = 'done';
      this.#announcement = this.#statusText(t, receipt);
      this.dispatchEvent(new KohtaamoSignupSubmittedEvent(receipt));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
    } catch (error) {
      this.#onFailure(t, error);
    } finally {
      this.#sending = false;
      this.requestUpdate();
    }
  }

  #onFailure(t: Translator, error: unknown): void {
    if (error instanceof ProblemError && error.status === 422 && error.problem.errors?.length) {
      this.#errors = new Map();
      for (const e of error.problem.errors) {
        const field = e.pointer.replace(/^#\//, '').split('/')[0] as Field;
        const key = FIELDS.includes(field) ? field : 'name';
        if (!this.#errors.has(key)) this.#errors.set(key, this.#locale.has(e.code) ? this.#locale.t(e.code, e.params ?? {}) : e.detail);
      }
      this.#summary = true;
      // The summary takes the focus and is read out: the status no longer says "Sending…".
      this.#announcement = '';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#summary')?.focus());
      return;
    }
    const full = error instanceof ProblemError && error.problem.type === VOLUNTEERING_PROBLEM_TYPES.full;
    const closed = error instanceof ProblemError && error.problem.type === VOLUNTEERING_PROBLEM_TYPES.closed;
    const text = full ? t('volunteering.full') : closed ? t('volunteering.closed') : error instanceof NetworkError ? t('common.networkError') : t('common.unexpected');
    this.#notice = { text, warning: true };
    this.#announcement = text;
  }

  async #cancel(): Promise<void> {
    const t = this.#locale.t;
    try {
      const receipt = await this.#api.cancel(this.#code);
      this.#receipt = receipt;
      remember(this.#code, false);
      this.view = 'cancelled';
      this.#announcement = t('volunteering.signup.cancelled');
      this.dispatchEvent(new KohtaamoSignupCancelledEvent(receipt));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
    } catch (error) {
      this.#onFailure(t, error);
      this.requestUpdate();
    }
  }

  async #change(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.#locale.t;
    const groupSize = Number(this.#values.groupSize);
    try {
      this.#receipt = await this.#api.change(this.#code, groupSize);
      this.#notice = { text: t('volunteering.signup.changed'), warning: false };
      this.#errors = new Map();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 422) this.#errors = new Map([['groupSize', t('volunteering.group.tooLarge', { max: Number(error.problem.errors?.[0]?.params?.max ?? 1) })]]);
      else this.#onFailure(t, error);
    }
    this.#announcement = this.#notice?.text ?? this.#errors.get('groupSize') ?? '';
    this.requestUpdate();
  }

  #statusText(t: Translator, receipt: SignupReceipt): string {
    return receipt.status === 'attending' ? t('volunteering.signup.attending', { email: receipt.email }) : receipt.status === 'waiting' ? t('volunteering.signup.waiting', { position: receipt.position ?? 0 }) : t('volunteering.signup.cancelled');
  }

  #overlapText(t: Translator, locale: Locale): string {
    const shifts = this.#overlaps.map((o) => `${pickText(o.title, locale)} ${formatDateTime(o.startsAt, locale)}`).join('; ');
    return t('volunteering.signup.overlap', { count: this.#overlaps.length, shifts });
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    return html`<div class="root" lang=${locale}>
      ${this.#renderBody(t, locale)}
      <div role="status" class="visually-hidden">${this.#announcement}</div>
    </div>`;
  }

  #renderBody(t: Translator, locale: Locale): TemplateResult {
    switch (this.view) {
      case 'loading':
        return html`<p class="loading">${t('common.loading')}</p>`;
      case 'unavailable':
        return html`<div class="notice warning"><p>${t('volunteering.signup.unavailable')}</p></div>`;
      case 'closed':
        return html`${this.#renderHeading(locale)}<div class="notice"><p>${t('volunteering.signup.closedNotice')}</p></div>`;
      case 'done':
      case 'manage':
      case 'cancelled':
        return this.#renderConfirmation(t, locale);
      case 'form':
        return this.#renderForm(t, locale);
    }
  }

  #renderHeading(locale: Locale): TemplateResult | typeof nothing {
    const o = this.#opportunityData;
    return o ? html`<h2 id="title">${pickText(o.title, locale)}</h2>` : nothing;
  }

  #renderSeats(t: Translator, shift: Shift): TemplateResult {
    const free = Math.max(0, shift.capacity - shift.attending - shift.held);
    return html`<p part="seats" class="seats">
      <span>${free > 0 ? t('volunteering.seats.left', { seats: free }) : t('volunteering.seats.full')}</span>
      ${shift.waiting > 0 ? html`<span>${t('volunteering.seats.waiting', { waiting: shift.waiting })}</span>` : nothing}
    </p>`;
  }

  #renderForm(t: Translator, locale: Locale): TemplateResult {
    const o = this.#opportunityData!;
    const shift = this.#selectedShift;
    const open = o.shifts.filter((s) => s.status === 'open' && Date.parse(s.startsAt) > Date.now() && (!this.shift || s.id === this.shift));
    const err = (f: Field) => this.#errors.get(f) ?? null;
    const minor = this.#values.age !== '' && Number(this.#values.age) < 18;
    const maxGroup = shift?.maxGroupSize ?? 1;
    const role = shift?.roles.find((r) => r.id === this.#values.role);
    const labels: Partial<Record<Field, string>> = {
      name: t('volunteering.signup.name'),
      email: t('volunteering.signup.email'),
      phone: t('volunteering.signup.phone'),
      groupSize: t('volunteering.signup.groupSize'),
      age: t('volunteering.signup.age'),
      role: t('volunteering.signup.role'),
      guardianName: t('volunteering.signup.guardianName'),
    };
    // Each line names its field, as GOV.UK's and HDS's summaries do.
    const items = FIELDS.filter((f) => this.#errors.has(f)).map((f) => ({ field: f, text: labels[f] ? `${labels[f]}: ${this.#errors.get(f)!}` : this.#errors.get(f)! }));
    const when = (s: Shift) => `${formatDateTime(s.startsAt, locale)}–${formatDateTime(s.endsAt, locale).split(/ klo | kl\. |, /).at(-1)}`;
    return html`${this.#renderHeading(locale)}
      <p>${pickText(o.description, locale)}</p>
      ${this.#overlaps.length > 0 ? html`<div class="notice warning" id="overlap"><p>${this.#overlapText(t, locale)}</p></div>` : nothing}
      ${this.#summary ? errorSummary({ title: t('common.errorSummary', { count: items.length }), items, focusField: (f) => focusField(this.renderRoot, f) }) : nothing}
      ${this.#notice ? html`<div class="notice ${this.#notice.warning ? 'warning' : ''}"><p>${this.#notice.text}</p></div>` : nothing}
      <form part="form" novalidate aria-labelledby="form-title" @submit=${this.#onSubmit} @focusin=${() => void this.#holdSeats()}>
        <h3 id="form-title">${t('volunteering.signup.heading')}</h3>
        ${open.length > 1
          ? html`<div part="field" class="field">
              <label for="shift">${t('volunteering.signup.shift')}</label>
              <select id="shift" name="shift" @change=${this.#onShiftChange}>
                ${open.map((s) => html`<option value=${s.id} ?selected=${s.id === this.#shiftId}>${when(s)}</option>`)}
              </select>
            </div>`
          : shift
            ? html`<p><strong>${when(shift)}</strong></p>`
            : nothing}
        ${shift ? this.#renderSeats(t, shift) : nothing}
        ${this.#hold ? html`<p class="hint">${this.#hold.outcome === 'attending' ? t('volunteering.hold.held', { seats: this.#hold.seats, minutes: this.#hold.minutes }) : t('volunteering.hold.waiting')}</p>` : nothing}
        ${this.#text('name', t('volunteering.signup.name'), 'text', 'name', err('name'))}
        ${this.#text('email', t('volunteering.signup.email'), 'email', 'email', err('email'))}
        ${this.#text('phone', t('volunteering.signup.phone'), 'tel', 'tel', err('phone'), true)}
        ${maxGroup > 1
          ? html`<div part="field" class="field">
              <label for="groupSize">${t('volunteering.signup.groupSize')}</label>
              <p class="hint" id="groupSize-hint">${t('volunteering.signup.groupSizeHint', { max: maxGroup })}</p>
              <input id="groupSize" name="groupSize" type="number" inputmode="numeric" min="1" max=${maxGroup} .value=${String(this.#values.groupSize)}
                aria-describedby=${describedBy('groupSize', Boolean(err('groupSize')), 'groupSize-hint')} aria-invalid=${err('groupSize') ? 'true' : 'false'}
                @input=${this.#input('groupSize')} @change=${() => void this.#holdSeats()} />
              ${fieldError('groupSize', err('groupSize'))}
            </div>`
          : nothing}
        <div part="field" class="field">
          <label for="age">${t('volunteering.signup.age')}</label>
          <input id="age" name="age" type="number" inputmode="numeric" min="1" max="120" .value=${this.#values.age}
            aria-describedby=${describedBy('age', Boolean(err('age')))} aria-invalid=${err('age') ? 'true' : 'false'} @input=${this.#input('age')} />
          ${fieldError('age', err('age'))}
        </div>
        ${shift && shift.roles.length > 0
          ? html`<div part="field" class="field">
              <label for="role">${t('volunteering.signup.role')}</label>
              ${role?.criminalRecordCheck ? html`<p class="hint" id="role-hint">${t('volunteering.signup.recordCheck')}</p>` : nothing}
              <select id="role" name="role" aria-describedby=${describedBy('role', Boolean(err('role')), role?.criminalRecordCheck ? 'role-hint' : null)} @change=${(e: Event) => { this.#input('role')(e); this.requestUpdate(); }}>
                <option value="">${t('volunteering.signup.roleNone')}</option>
                ${shift.roles.map((r) => html`<option value=${r.id} ?selected=${r.id === this.#values.role}>${pickText(r.name, locale)}</option>`)}
              </select>
              ${fieldError('role', err('role'))}
            </div>`
          : nothing}
        ${minor
          ? html`${this.#text('guardianName', t('volunteering.signup.guardianName'), 'text', 'off', err('guardianName'))}
              <div part="field" class="field">
                <div class="check">
                  <input id="guardianConsent" name="guardianConsent" type="checkbox" .checked=${this.#values.guardianConsent}
                    aria-describedby=${describedBy('guardianConsent', Boolean(err('guardianConsent')))} aria-invalid=${err('guardianConsent') ? 'true' : 'false'} @change=${this.#input('guardianConsent')} />
                  <label for="guardianConsent">${t('volunteering.signup.guardianConsent')}</label>
                </div>
                ${fieldError('guardianConsent', err('guardianConsent'))}
              </div>`
          : nothing}
        <div class="actions">
          <button type="submit" part="button" aria-disabled=${this.#sending ? 'true' : 'false'}>${this.#sending ? t('volunteering.signup.sending') : t('volunteering.signup.submit')}</button>
        </div>
      </form>`;
  }

  #text(field: 'name' | 'email' | 'phone' | 'guardianName', label: string, type: string, autocomplete: string, error: string | null, optional = false): TemplateResult {
    return html`<div part="field" class="field">
      <label for=${field}>${label}${optional ? html` <span class="optional">${this.#locale.t('common.optional')}</span>` : nothing}</label>
      <input id=${field} name=${field} type=${type} autocomplete=${autocomplete} .value=${this.#values[field]}
        aria-describedby=${describedBy(field, Boolean(error))} aria-invalid=${error ? 'true' : 'false'} @input=${this.#input(field)} />
      ${fieldError(field, error)}
    </div>`;
  }

  #renderConfirmation(t: Translator, locale: Locale): TemplateResult {
    const r = this.#receipt!;
    const o = this.#opportunityData;
    const active = r.status !== 'cancelled';
    const shift = o?.shifts.find((s) => s.id === r.shiftId);
    const maxGroup = shift?.maxGroupSize ?? 1;
    const err = this.#errors.get('groupSize') ?? null;
    return html`<section part="confirmation" class="confirmation" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" tabindex="-1">${this.view === 'manage' ? t('volunteering.signup.manageHeading') : o ? pickText(o.title, locale) : t('volunteering.signup.manageHeading')}</h2>
      ${o && this.view === 'manage' ? html`<p>${pickText(o.title, locale)}</p>` : nothing}
      <p><time datetime=${r.startsAt}>${formatDateTime(r.startsAt, locale)}</time></p>
      <p>${this.view === 'manage' && r.status === 'attending' ? t('volunteering.signup.youAreIn') : this.#statusText(t, r)}</p>
      <p>${t('volunteering.mail.people', { people: r.groupSize })}</p>
      ${this.view === 'done' && r.manageCode
        ? html`<p class="code">${t('volunteering.signup.manageCode', { code: r.manageCode })}</p>
            ${r.manageUrl ? html`<p><a href=${r.manageUrl}>${t('volunteering.signup.manageLink')}</a></p>` : nothing}`
        : nothing}
      ${this.#notice ? html`<p>${this.#notice.text}</p>` : nothing}
      ${active && this.view === 'manage' && maxGroup > 1
        ? html`<form part="form" novalidate aria-labelledby="change-title" @submit=${this.#change}>
            <h3 id="change-title">${t('volunteering.signup.groupSize')}</h3>
            <div part="field" class="field">
              <label for="groupSize">${t('volunteering.signup.groupSize')}</label>
              <input id="groupSize" name="groupSize" type="number" min="1" max=${maxGroup} .value=${String(this.#values.groupSize)}
                aria-describedby=${describedBy('groupSize', Boolean(err))} aria-invalid=${err ? 'true' : 'false'} @input=${this.#input('groupSize')} />
              ${fieldError('groupSize', err)}
            </div>
            <button type="submit" part="button" class="secondary">${t('volunteering.signup.change')}</button>
          </form>`
        : nothing}
      ${active ? html`<div class="actions"><button type="button" part="button" class="secondary" @click=${() => void this.#cancel()}>${t('volunteering.signup.cancel')}</button></div>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-signup-submitted': KohtaamoSignupSubmittedEvent;
    'kohtaamo-signup-cancelled': KohtaamoSignupCancelledEvent;
  }
}
