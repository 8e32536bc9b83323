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
import { safeLocalStorage } from '../../state/local-storage.js';
import { LazyModule, PrepareWrites } from '../../state/lazy-module.js';
import { volunteeringWidgetMessages, type VolunteeringTranslator as Translator } from '../volunteering.catalogs.js';
import type { Field, SignupFormHost, SignupState } from './volunteer-signup.host.js';
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
 * first the talkoot, when each open shift is and the seats left, with a button "Ilmoittaudu" that
 * opens the form (name, contact, group size, age (a guardian's consent under 18), role); seats
 * are held while the form is filled in; the confirmation shows the manage code and link, with which the person
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
   * The form itself, its fields, errors and texts (volunteer-signup.form.ts): imported when a
   * person first points at or focuses "Ilmoittaudu", or presses it (docs/adr/0091). @internal
   */
  readonly form = new LazyModule(this, () => import('./volunteer-signup.form.js'), { prefetch: false });
  /**
   * Seat holds, checking and sending, the confirmation and the sign-up opened by its manage code,
   * with their requests and the receipt's schema (volunteer-signup.later.ts): imported when the
   * opened form is first focused (a hold), when it is sent, or at once for a manage code. @internal
   */
  readonly later = new LazyModule(this, () => import('./volunteer-signup.later.js'), { prefetch: false });
  readonly #s: SignupState = {
    view: 'loading',
    opportunity: null,
    shiftId: '',
    values: { name: '', email: '', phone: '', groupSize: 1, age: '', role: '', guardianName: '', guardianConsent: false },
    errors: new Map(),
    summary: false,
    notice: null,
    sending: false,
    awaitingLater: false,
    laterFailed: false,
    hold: null,
    holding: null,
    receipt: null,
    code: '',
    idempotencyKey: '',
    announcement: '',
  };
  #overlaps: Overlap[] = [];
  /** A sign-up opened by its code waits for the lazy part (its import failed): read when the part comes. */
  #manageWaiting = false;
  /** "Ilmoittaudu" was pressed: the form shows once its part and its texts are here. */
  #formOpen = false;
  #formReady = false;
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

  /** What the lazy parts read and change of this element. */
  readonly #host: SignupFormHost = (() => {
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
      openShifts: () => this.#openShifts(),
      when: (shift: Shift) => this.#when(shift),
      later: this.later,
      checkOverlaps: () => void this.#checkOverlaps(),
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
        return this.#renderFirst(t, locale);
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

  #when(x: Shift): string {
    const locale = this.#locale.locale;
    return `${formatDateTime(x.startsAt, locale)}–${formatDateTime(x.endsAt, locale).split(/ klo | kl\. |, /).at(-1)}`;
  }

  /** Imports the form's part (a person points at or focuses "Ilmoittaudu"): it is normally here by the press. */
  #prepareForm(): void {
    void this.form.get().catch(() => undefined);
  }

  /** "Ilmoittaudu": the form replaces the button, the focus on its first control; a failed load says so and the button tries again. */
  async #openForm(): Promise<void> {
    if (this.#formOpen && this.form.state === 'loading') return;
    this.#formOpen = true;
    this.#s.announcement = '';
    this.requestUpdate();
    try {
      const form = await this.form.get();
      await form.ready(this.#locale.locale);
      this.#formReady = true;
      this.requestUpdate();
      await form.focusFirst(this.#host);
    } catch {
      this.#s.announcement = this.#locale.t('common.networkError');
      this.requestUpdate();
    }
  }

  /** The first view: what, when and the seats left of each open shift, the overlap warning, then "Ilmoittaudu" or the form. */
  #renderFirst(t: Translator, locale: Locale): TemplateResult {
    const o = this.#s.opportunity!;
    const form = this.#formReady ? this.form.value : undefined;
    const failed = this.#formOpen && this.form.state === 'failed';
    const opening = this.#formOpen && this.form.state === 'loading';
    return html`${this.#renderHeading(locale)}
      <p lang=${textLang(o.description, locale)}>${pickText(o.description, locale)}</p>
      ${this.#overlaps.length > 0 ? html`<div class="notice warning" id="overlap"><p>${this.#overlapText(t, locale)}</p></div>` : nothing}
      <ul class="shifts">
        ${this.#openShifts().map((x) => html`<li><strong>${this.#when(x)}</strong>${this.#renderSeats(t, x)}</li>`)}
      </ul>
      ${form
        ? form.renderForm(this.#host)
        : html`${failed ? html`<div class="notice warning" id="form-failed"><p>${t('common.networkError')}</p></div>` : nothing}
            <div class="actions">
              <button type="button" id="open" part="button" aria-disabled=${opening ? 'true' : 'false'}
                @pointerenter=${this.#prepareForm} @focus=${this.#prepareForm} @click=${this.#openForm}>${opening ? t('common.loading') : t('volunteering.signup.submit')}</button>
            </div>`}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-signup-submitted': KohtaamoSignupSubmittedEvent;
    'kohtaamo-signup-cancelled': KohtaamoSignupCancelledEvent;
  }
}
