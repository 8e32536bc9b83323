import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  createApiClient,
  createVolunteeringSignupFormApi,
  formatDateTime,
  pickText,
  type HttpClient,
  type Locale,
  type Overlap,
  type Shift,
  type SignupReceipt,
  type VolunteeringSignupApi,
  type VolunteeringSignupFormApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import { safeLocalStorage } from '../../state/local-storage.js';
import { LazyModule, PrepareWrites } from '../../state/lazy-module.js';
import { volunteeringWidgetMessages, type VolunteeringTranslator as Translator } from '../volunteering.catalogs.js';
import type { Field, SignupHost, SignupState } from './volunteer-signup.host.js';
import { styles } from './volunteer-signup.styles.js';
import { textLang } from '../../i18n/text-lang.js';

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

const FIELDS: readonly Field[] = ['shift', 'name', 'email', 'phone', 'groupSize', 'age', 'role', 'guardianName', 'guardianConsent'];

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

  static override properties: PropertyDeclarations = {
    api: {},
    opportunity: {},
    shift: {},
    manageCode: { attribute: 'manage-code' },
    volunteeringApi: { attribute: false },
  };

  api = '';
  opportunity = '';
  shift = '';
  manageCode = '';
  /** An API to use instead of the one built from `api` (stories). @internal */
  volunteeringApi: VolunteeringSignupApi | null = null;

  readonly #locale = new MessagesController(this, volunteeringWidgetMessages);
  /** The client's write path (ky), loaded at the person's first touch (docs/adr/0083). */
  readonly #writes = new PrepareWrites(this);
  /**
   * Seat holds, checking and sending, the confirmation and the sign-up opened by its manage code,
   * with their requests and the receipt's schema (volunteer-signup.later.ts): prefetched when the
   * browser is idle after the form shows, imported at the latest when the person first uses the
   * form (a hold) or sends it. @internal
   */
  readonly later = new LazyModule(this, () => import('./volunteer-signup.later.js'));
  readonly #s: SignupState = {
    view: 'loading',
    opportunity: null,
    shiftId: '',
    values: { name: '', email: '', phone: '', groupSize: 1, age: '', role: '', guardianName: '', guardianConsent: false },
    errors: new Map(),
    summary: false,
    notice: null,
    sending: false,
    hold: null,
    holding: null,
    receipt: null,
    code: '',
    idempotencyKey: '',
    announcement: '',
  };
  #overlaps: Overlap[] = [];
  /** The lazy part could not be loaded when the person sent the form: a notice with a retry. */
  #laterFailed = false;
  /** The person sent the form before the lazy part was here: the button says "Sending…" meanwhile. */
  #awaitingLater = false;
  /** A sign-up opened by its code waits for the lazy part (its import failed): read when the part comes. */
  #manageWaiting = false;
  #httpCache: { base: string; http: HttpClient; api: VolunteeringSignupFormApi } | null = null;

  get #http(): { http: HttpClient; api: VolunteeringSignupFormApi } {
    if (this.#httpCache?.base !== this.api) {
      const http = createApiClient({ baseUrl: this.api });
      this.#httpCache = { base: this.api, http, api: createVolunteeringSignupFormApi(http) };
    }
    return this.#httpCache;
  }

  /** What the first view reads: the opportunity (or the shift) and the overlaps. */
  get #api(): VolunteeringSignupFormApi {
    return this.volunteeringApi ?? this.#http.api;
  }

  get #selectedShift(): Shift | undefined {
    return this.#s.opportunity?.shifts.find((s) => s.id === this.#s.shiftId);
  }

  /** What the lazy part reads and changes of this element. */
  readonly #host: SignupHost = (() => {
    const element = this;
    return {
      get s() {
        return element.#s;
      },
      get apiOverride() {
        return element.volunteeringApi;
      },
      get http() {
        return element.#http.http;
      },
      get locale() {
        return element.#locale.locale;
      },
      fields: FIELDS,
      get renderRoot() {
        return element.renderRoot;
      },
      get updateComplete() {
        return element.updateComplete;
      },
      requestUpdate: () => this.requestUpdate(),
      selectedShift: () => this.#selectedShift,
      remember,
      submitted: (receipt: SignupReceipt) => this.dispatchEvent(new KohtaamoSignupSubmittedEvent(receipt)),
      cancelled: (receipt: SignupReceipt) => this.dispatchEvent(new KohtaamoSignupCancelledEvent(receipt)),
      fieldError,
      describedBy: (field: string, hasError: boolean) => describedBy(field, hasError),
    };
  })();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('opportunity') || changed.has('shift') || changed.has('manageCode') || changed.has('volunteeringApi')) void this.#load();
    // The part came after all (the notice's retry, or the idle prefetch once the line is back).
    else if (this.#manageWaiting && this.later.value) void this.#load();
  }

  #setView(view: SignupState['view']): void {
    this.#s.view = view;
    this.requestUpdate();
  }

  async #load(): Promise<void> {
    const fromHash = /(?:^#|&)kohtaamo-manage=([^&]+)/.exec(globalThis.location?.hash ?? '')?.[1];
    const code = this.manageCode || (fromHash ? decodeURIComponent(fromHash) : '');
    const s = this.#s;
    this.#setView('loading');
    this.#manageWaiting = false;
    try {
      if (code) {
        // The sign-up opened by its code is the lazy part's: its reading, its view and its texts.
        s.code = code;
        let later;
        try {
          later = await this.later.get();
        } catch {
          // The part did not load: the view offers a retry; the sign-up is read when the part comes.
          this.#manageWaiting = true;
          this.#setView('manage');
          return;
        }
        await later.open(this.#host);
        s.opportunity = await this.#api.opportunity(s.receipt!.opportunityId).catch(() => null);
        this.#setView(s.receipt!.status === 'cancelled' ? 'cancelled' : 'manage');
        return;
      }
      let opportunityId = this.opportunity;
      if (this.shift) opportunityId = (await this.#api.shift(this.shift)).opportunityId;
      if (!opportunityId) {
        this.#setView('unavailable');
        return;
      }
      s.opportunity = await this.#api.opportunity(opportunityId);
      const open = this.#openShifts();
      s.shiftId = open[0]?.id ?? '';
      this.#setView(open.length > 0 ? 'form' : 'closed');
      void this.#checkOverlaps();
    } catch {
      this.#setView('unavailable');
    }
  }

  #openShifts(): Shift[] {
    const now = Date.now();
    return (this.#s.opportunity?.shifts ?? []).filter((s) => s.status === 'open' && Date.parse(s.startsAt) > now && (!this.shift || s.id === this.shift));
  }

  async #checkOverlaps(): Promise<void> {
    const codes = rememberedCodes();
    if (!this.#s.shiftId || codes.length === 0) {
      this.#overlaps = [];
      return;
    }
    try {
      this.#overlaps = await this.#api.overlaps(this.#s.shiftId, codes);
    } catch {
      this.#overlaps = [];
    }
    if (this.#overlaps.length > 0) this.#s.announcement = this.#overlapText(this.#locale.t, this.#locale.locale);
    this.requestUpdate();
  }

  /**
   * Holds seats the first time the form is used and again when the group size changes (the lazy
   * part's `holdSeats`, imported for it if the idle prefetch has not brought it yet). Without the
   * part there is no hold: the sign-up is sent without one and takes free seats as before.
   */
  #holdSeats(): void {
    void this.later.get().then((later) => later.holdSeats(this.#host), () => undefined);
  }

  #input(field: keyof SignupState['values']) {
    return (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      const values = this.#s.values as unknown as Record<string, unknown>;
      values[field] = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
      if (field === 'groupSize' || field === 'age') this.requestUpdate();
    };
  }

  #onShiftChange(event: Event): void {
    const s = this.#s;
    s.shiftId = (event.target as HTMLSelectElement).value;
    // The other shift's seats go back at once (they were kept until expiry before); a hold under
    // way sees the change itself. A hold exists only once the lazy part has placed it.
    if (!s.holding) {
      if (s.hold?.id) this.later.value?.release(this.#host, s.hold.id);
      s.hold = null;
    }
    void this.#checkOverlaps();
    this.requestUpdate();
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#s.sending || this.#awaitingLater) return;
    this.#laterFailed = false;
    let later;
    try {
      if (!this.later.value) {
        // The part is still on its way: one send waits for it; what was typed stays in the form.
        this.#awaitingLater = true;
        this.#s.announcement = this.#locale.t('volunteering.signup.sending');
        this.requestUpdate();
      }
      later = await this.later.get();
    } catch {
      // The checking and sending part did not load: the person's text stays in the form.
      this.#laterFailed = true;
      this.#s.announcement = this.#locale.t('common.networkError');
      this.requestUpdate();
      return;
    } finally {
      this.#awaitingLater = false;
    }
    await later.submit(this.#host);
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
      <div role="status" class="visually-hidden">${this.#s.announcement}</div>
    </div>`;
  }

  #renderBody(t: Translator, locale: Locale): TemplateResult {
    switch (this.#s.view) {
      case 'loading':
        return html`<p class="loading">${t('common.loading')}</p>`;
      case 'unavailable':
        return html`<div class="notice warning"><p>${t('volunteering.signup.unavailable')}</p></div>`;
      case 'closed':
        return html`${this.#renderHeading(locale)}<div class="notice"><p>${t('volunteering.signup.closedNotice')}</p></div>`;
      case 'done':
      case 'manage':
      case 'cancelled': {
        const later = this.later.value;
        if (later && this.#s.receipt) return later.renderConfirmation(this.#host);
        if (this.later.state === 'failed') {
          // A sign-up opened by its code is read when the part comes (willUpdate).
          const retry = () => void this.later.get().catch(() => undefined);
          return html`<div class="notice warning"><p>${t('common.networkError')}</p>
            <button type="button" part="button" @click=${retry}>${t('common.retryNow')}</button></div>`;
        }
        return html`<p class="loading">${t('common.loading')}</p>`;
      }
      case 'form':
        return this.#renderForm(t, locale);
    }
  }

  #renderHeading(locale: Locale): TemplateResult | typeof nothing {
    const o = this.#s.opportunity;
    return o ? html`<h2 id="title" lang=${textLang(o.title, locale)}>${pickText(o.title, locale)}</h2>` : nothing;
  }

  #renderSeats(t: Translator, shift: Shift): TemplateResult {
    const free = Math.max(0, shift.capacity - shift.attending - shift.held);
    return html`<p part="seats" class="seats">
      <span>${free > 0 ? t('volunteering.seats.left', { seats: free }) : t('volunteering.seats.full')}</span>
      ${shift.waiting > 0 ? html`<span>${t('volunteering.seats.waiting', { waiting: shift.waiting })}</span>` : nothing}
    </p>`;
  }

  #renderForm(t: Translator, locale: Locale): TemplateResult {
    const s = this.#s;
    const o = s.opportunity!;
    const shift = this.#selectedShift;
    const open = this.#openShifts();
    const err = (f: Field) => s.errors.get(f) ?? null;
    const minor = s.values.age !== '' && Number(s.values.age) < 18;
    const maxGroup = shift?.maxGroupSize ?? 1;
    const role = shift?.roles.find((r) => r.id === s.values.role);
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
    const items = FIELDS.filter((f) => s.errors.has(f)).map((f) => ({ field: f, text: labels[f] ? `${labels[f]}: ${s.errors.get(f)!}` : s.errors.get(f)! }));
    const when = (x: Shift) => `${formatDateTime(x.startsAt, locale)}–${formatDateTime(x.endsAt, locale).split(/ klo | kl\. |, /).at(-1)}`;
    return html`${this.#renderHeading(locale)}
      <p lang=${textLang(o.description, locale)}>${pickText(o.description, locale)}</p>
      ${this.#overlaps.length > 0 ? html`<div class="notice warning" id="overlap"><p>${this.#overlapText(t, locale)}</p></div>` : nothing}
      ${s.summary ? errorSummary({ title: t('common.errorSummary', { count: items.length }), items, focusField: (f) => focusField(this.renderRoot, f) }) : nothing}
      ${s.notice ? html`<div class="notice ${s.notice.warning ? 'warning' : ''}"><p>${s.notice.text}</p></div>` : nothing}
      ${this.#laterFailed
        ? html`<div class="notice warning" id="later-failed"><p>${t('common.networkError')}</p>
            <button type="button" part="button" @click=${() => this.renderRoot.querySelector('form')?.requestSubmit()}>${t('common.retryNow')}</button></div>`
        : nothing}
      <form part="form" novalidate aria-labelledby="form-title" @submit=${this.#onSubmit} @focusin=${() => this.#holdSeats()}>
        <h3 id="form-title">${t('volunteering.signup.heading')}</h3>
        ${open.length > 1
          ? html`<div part="field" class="field">
              <label for="shift">${t('volunteering.signup.shift')}</label>
              <select id="shift" name="shift" @change=${this.#onShiftChange}>
                ${open.map((x) => html`<option value=${x.id} ?selected=${x.id === s.shiftId}>${when(x)}</option>`)}
              </select>
            </div>`
          : shift
            ? html`<p><strong>${when(shift)}</strong></p>`
            : nothing}
        ${shift ? this.#renderSeats(t, shift) : nothing}
        ${s.hold ? html`<p class="hint">${s.hold.outcome === 'attending' ? t('volunteering.hold.held', { seats: s.hold.seats, minutes: s.hold.minutes }) : t('volunteering.hold.waiting')}</p>` : nothing}
        ${this.#text('name', t('volunteering.signup.name'), 'text', 'name', err('name'))}
        ${this.#text('email', t('volunteering.signup.email'), 'email', 'email', err('email'))}
        ${this.#text('phone', t('volunteering.signup.phone'), 'tel', 'tel', err('phone'), true)}
        ${maxGroup > 1
          ? html`<div part="field" class="field">
              <label for="groupSize">${t('volunteering.signup.groupSize')}</label>
              <p class="hint" id="groupSize-hint">${t('volunteering.signup.groupSizeHint', { max: maxGroup })}</p>
              <input id="groupSize" name="groupSize" type="number" inputmode="numeric" min="1" max=${maxGroup} .value=${String(s.values.groupSize)}
                aria-describedby=${describedBy('groupSize', Boolean(err('groupSize')), 'groupSize-hint')} aria-invalid=${err('groupSize') ? 'true' : 'false'}
                @input=${this.#input('groupSize')} @change=${() => this.#holdSeats()} />
              ${fieldError('groupSize', err('groupSize'))}
            </div>`
          : nothing}
        <div part="field" class="field">
          <label for="age">${t('volunteering.signup.age')}</label>
          <input id="age" name="age" type="number" inputmode="numeric" min="1" max="120" .value=${s.values.age}
            aria-describedby=${describedBy('age', Boolean(err('age')))} aria-invalid=${err('age') ? 'true' : 'false'} @input=${this.#input('age')} />
          ${fieldError('age', err('age'))}
        </div>
        ${shift && shift.roles.length > 0
          ? html`<div part="field" class="field">
              <label for="role">${t('volunteering.signup.role')}</label>
              ${role?.criminalRecordCheck ? html`<p class="hint" id="role-hint">${t('volunteering.signup.recordCheck')}</p>` : nothing}
              <select id="role" name="role" aria-describedby=${describedBy('role', Boolean(err('role')), role?.criminalRecordCheck ? 'role-hint' : null)} @change=${(e: Event) => { this.#input('role')(e); this.requestUpdate(); }}>
                <option value="">${t('volunteering.signup.roleNone')}</option>
                ${shift.roles.map((r) => html`<option value=${r.id} ?selected=${r.id === s.values.role} lang=${textLang(r.name, locale)}>${pickText(r.name, locale)}</option>`)}
              </select>
              ${fieldError('role', err('role'))}
            </div>`
          : nothing}
        ${minor
          ? html`${this.#text('guardianName', t('volunteering.signup.guardianName'), 'text', 'off', err('guardianName'))}
              <div part="field" class="field">
                <div class="check">
                  <input id="guardianConsent" name="guardianConsent" type="checkbox" .checked=${s.values.guardianConsent}
                    aria-describedby=${describedBy('guardianConsent', Boolean(err('guardianConsent')))} aria-invalid=${err('guardianConsent') ? 'true' : 'false'} @change=${this.#input('guardianConsent')} />
                  <label for="guardianConsent">${t('volunteering.signup.guardianConsent')}</label>
                </div>
                ${fieldError('guardianConsent', err('guardianConsent'))}
              </div>`
          : nothing}
        <div class="actions">
          <button type="submit" part="button" aria-disabled=${s.sending || this.#awaitingLater ? 'true' : 'false'}>${s.sending || this.#awaitingLater ? t('volunteering.signup.sending') : t('volunteering.signup.submit')}</button>
        </div>
      </form>`;
  }

  #text(field: 'name' | 'email' | 'phone' | 'guardianName', label: string, type: string, autocomplete: string, error: string | null, optional = false): TemplateResult {
    return html`<div part="field" class="field">
      <label for=${field}>${label}${optional ? html` <span class="optional">${this.#locale.t('common.optional')}</span>` : nothing}</label>
      <input id=${field} name=${field} type=${type} autocomplete=${autocomplete} .value=${this.#s.values[field]}
        aria-describedby=${describedBy(field, Boolean(error))} aria-invalid=${error ? 'true' : 'false'} @input=${this.#input(field)} />
      ${fieldError(field, error)}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-signup-submitted': KohtaamoSignupSubmittedEvent;
    'kohtaamo-signup-cancelled': KohtaamoSignupCancelledEvent;
  }
}
