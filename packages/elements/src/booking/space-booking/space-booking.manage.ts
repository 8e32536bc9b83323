// The manage view of <kohtaamo-space-booking manage> (issue 12): the booking a mail's link points
// at, read with its code, cancelled or moved to another free time. A module of its own, imported
// only in manage mode, with its own texts: the calendar's bundle carries none of it (ADR 0057).
import { html, nothing, type TemplateResult } from 'lit';
import {
  BOOKING_PATHS,
  BookingViewSchema,
  ProblemError,
  createMessages,
  formatWall,
  lazySpaceManageMessages,
  type BookingView,
  type HttpClient,
  type Locale,
  type ResourceView,
  pickText,
  pickTextLang,
} from '@kohtaamo/core';

const messages = /* @__PURE__ */ createMessages(lazySpaceManageMessages);

/** Loads the texts of a language (resolves on failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** What the view reads and sets of the element (space-booking.ts): its own properties and states. */
export interface ManageElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** The `booking` attribute ("" to read the id from the page's address). */
  readonly booking: string;
  readonly info: ResourceView | null;
  /** The start the resident chose in the calendar, while moving. */
  chosen: { start: string } | null;
  /** Setting these shows that resource's calendar at the week of the date (the calendar is the element's own). */
  resource: string;
  date: string;
  requestUpdate(): void;
}

/** What the element lends the view of its private parts. */
export interface ManageParts {
  http(): HttpClient;
  locale(): Locale;
  /** The week buttons and the grid. */
  calendar(): TemplateResult;
  dayLabel(date: string): string;
}

/** The view's own styles, adopted by the element's shadow root when the view first loads (the calendar's bundle carries none). */
const MANAGE_CSS = `.manage,.facts{display:grid;gap:var(--_kohtaamo-space-s,0.5rem)}.facts{margin:0}.facts dt{font-weight:600}.facts dd{margin:0}`;
let manageSheet: CSSStyleSheet | null = null;

const ID = /^b[0-9a-f]{16}$/;

/**
 * The booking id and code of a manage link: the id from the `booking` attribute, the fragment
 * (`#booking=…`) or the address's last path segment (`/varaus/b…`); the code from the fragment
 * (`#code=…`) only, so it never travels to a server in a URL.
 */
export function linkOf(location: Pick<Location, 'hash' | 'pathname'>, attribute: string): { id: string; code: string } {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const last = location.pathname.split('/').filter(Boolean).pop() ?? '';
  const id = [attribute, fragment.get('booking') ?? '', last].find((x) => ID.test(x)) ?? '';
  return { id, code: (fragment.get('code') ?? '').trim() };
}

/** `code`: the link has the id but no code (a mail client dropped the fragment), so the resident types it. */
type Phase = 'loading' | 'missing' | 'code' | 'notFound' | 'error' | 'ready';

export class ManageView {
  #phase: Phase = 'loading';
  #booking: BookingView | null = null;
  #id = '';
  #code = '';
  /** What the resident typed in the code field, and its error. */
  #typed = '';
  #codeError = '';
  #asking = false;
  #moving = false;
  #busy = false;
  #failure = '';
  #done = '';
  #focus = '';

  constructor(
    private readonly host: ManageElement,
    private readonly parts: ManageParts,
  ) {
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!manageSheet) (manageSheet = new CSSStyleSheet()).replaceSync(MANAGE_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, manageSheet];
    }
  }

  get #locale(): Locale {
    return this.parts.locale();
  }

  get #t() {
    return messages.translator(this.#locale);
  }

  get #path(): string {
    return `${BOOKING_PATHS.bookings}/${encodeURIComponent(this.#id)}`;
  }

  /** The title of the element while it manages a booking. */
  title(): string {
    const info = this.host.info;
    return info && this.#booking ? this.#t('space.manage.title', { name: pickText(info.name, this.#locale) }) : this.#t('space.manage.titlePlain');
  }

  /** The headers of a call with the code: the answer's texts (a rule's refusal) come in the widget's language, not the browser's. */
  #headers(code = this.#code): Record<string, string> {
    return { 'Manage-Code': code, 'Accept-Language': this.#locale };
  }

  /** Reads the booking with the code of the link; without a code in the link, asks for it. */
  async load(): Promise<void> {
    ({ id: this.#id, code: this.#code } = linkOf(location, this.host.booking));
    this.#phase = !this.#id ? 'missing' : this.#code ? 'loading' : 'code';
    this.host.requestUpdate();
    if (this.#phase !== 'loading') return;
    try {
      this.#show(await this.parts.http().request(this.#path, BookingViewSchema, { headers: this.#headers() }));
      this.#phase = 'ready';
    } catch (error) {
      // A wrong code and a missing booking are the same 404 (the server does not tell them apart).
      this.#phase = error instanceof ProblemError && error.status === 404 ? 'notFound' : 'error';
      this.#focus = '#manage-alert';
    }
    this.#render();
  }

  /** The typed code: empty or wrong is said at the field (what was typed stays); right, the booking shows and the code goes to the fragment, where the page's language links take it. */
  async #enter(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    const t = this.#t;
    const code = this.#typed.trim();
    this.#codeError = code ? '' : t('space.manage.codeEmpty');
    if (code) {
      this.#busy = true;
      this.host.requestUpdate();
      try {
        this.#show(await this.parts.http().request(this.#path, BookingViewSchema, { headers: this.#headers(code) }));
        this.#code = code;
        this.#phase = 'ready';
        const fragment = new URLSearchParams(location.hash.slice(1));
        fragment.set('code', code);
        location.replace(`#${fragment}`);
      } catch (error) {
        this.#codeError = t(error instanceof ProblemError && error.status === 404 ? 'space.manage.codeWrong' : 'space.manage.loadFailed');
      }
      this.#busy = false;
    }
    this.#focus = this.#codeError ? '#manage-code' : '#title';
    this.#render();
  }

  #show(booking: BookingView): void {
    this.#booking = booking;
    this.host.resource = booking.resourceId;
    this.host.date = formatWall(Date.parse(booking.start)).slice(0, 10);
  }

  #render(): void {
    this.host.requestUpdate();
    const focus = this.#focus;
    if (!focus) return;
    this.#focus = '';
    void this.host.updateComplete.then(() => {
      const target = this.host.renderRoot.querySelector<HTMLElement>(focus);
      // The element's title takes the focus once the typed code has found the booking.
      if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      target?.focus();
    });
  }

  #when(start: string, end?: string): string {
    const from = formatWall(Date.parse(start));
    const to = end ? `–${formatWall(Date.parse(end)).slice(11)}` : '';
    return `${this.parts.dayLabel(from.slice(0, 10))} ${from.slice(11)}${to}`;
  }

  #minutes(): number {
    const b = this.#booking!;
    return Math.round((Date.parse(b.end) - Date.parse(b.start)) / 60_000);
  }

  /** The text of a refusal: the deadline and a finished booking in the view's own words, a rule in the server's, asked in the widget's language (core's catalogs). */
  #failureOf(error: unknown): string {
    const t = this.#t;
    if (!(error instanceof ProblemError)) return t('space.manage.failed');
    const code = error.problem.code;
    if (code === 'booking.deadline') return t('space.manage.deadline');
    if (code === 'booking.state') return t('space.manage.state');
    return error.problem.errors?.[0]?.detail ?? error.problem.detail ?? t('space.manage.failed');
  }

  async #change(kind: 'cancel' | 'reschedule', json?: { start: string; end: string }): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#failure = '';
    this.host.requestUpdate();
    try {
      const next = await this.parts.http().request(`${this.#path}/${kind}`, BookingViewSchema, { method: 'POST', headers: this.#headers(), ...(json ? { json } : {}) });
      this.#asking = false;
      this.#moving = false;
      this.host.chosen = null;
      this.#show(next);
      const t = this.#t;
      this.#done =
        kind === 'cancel' ? t('space.manage.cancelled') : t(next.status === 'pending' ? 'space.manage.movedPending' : 'space.manage.moved', { when: this.#when(next.start, next.end) });
      this.#focus = '#manage-done';
    } catch (error) {
      this.#failure = this.#failureOf(error);
      this.#focus = '#manage-failure';
    } finally {
      this.#busy = false;
      this.#render();
    }
  }

  #ask(asking: boolean): void {
    this.#asking = asking;
    this.#moving = false;
    this.#failure = '';
    this.#focus = asking ? '#manage-ask' : '#manage-cancel';
    this.#render();
  }

  #move(moving: boolean): void {
    this.#moving = moving;
    this.#asking = false;
    this.#failure = '';
    this.host.chosen = null;
    this.#focus = moving ? '#manage-pick' : '#manage-move';
    this.#render();
  }

  #moveHere(): void {
    const chosen = this.host.chosen;
    if (!chosen) return;
    const start = Date.parse(chosen.start);
    void this.#change('reschedule', { start: chosen.start, end: new Date(start + this.#minutes() * 60_000).toISOString() });
  }

  render(): TemplateResult {
    const t = this.#t;
    const phase = this.#phase;
    if (phase === 'loading') return html`<p role="status">${t('space.manage.loading')}</p>`;
    if (phase === 'code') {
      const error = this.#codeError;
      return html`<form part="manage" class="manage" novalidate @submit=${(e: SubmitEvent) => void this.#enter(e)}>
        <p>${t('space.manage.codeIntro')}</p>
        <div class="field">
          <label for="manage-code" class="label">${t('space.manage.code')}</label>
          <p class="hint" id="manage-code-hint">${t('space.manage.codeHint')}</p>
          ${error ? html`<p class="error" id="manage-code-error">${error}</p>` : nothing}
          <input id="manage-code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'manage-code-error manage-code-hint' : 'manage-code-hint'} .value=${this.#typed} @input=${(e: Event) => (this.#typed = (e.target as HTMLInputElement).value)} />
        </div>
        <p><button type="submit" id="manage-code-submit" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('space.manage.codeSubmit')}</button></p>
      </form>`;
    }
    if (phase !== 'ready') {
      const text = phase === 'missing' ? t('space.manage.missing') : phase === 'notFound' ? t('space.manage.notFound') : t('space.manage.loadFailed');
      return html`<p class="notice error-notice" id="manage-alert" role="alert" tabindex="-1">${text}</p>
        ${phase === 'error' ? html`<p><button type="button" @click=${() => void this.load()}>${t('space.manage.retry')}</button></p>` : nothing}`;
    }
    const b = this.#booking!;
    const info = this.host.info;
    const active = b.status === 'confirmed' || b.status === 'pending';
    const deadlineHours = (info?.rules as { cancellationDeadlineHours?: number } | undefined)?.cancellationDeadlineHours;
    const deadline = typeof deadlineHours === 'number' ? new Date(Date.parse(b.start) - deadlineHours * 3_600_000).toISOString() : '';
    const busy = this.#busy ? 'true' : 'false';
    return html`<div part="manage" class="manage">
      <dl class="facts">
        <div><dt>${t('space.manage.space')}</dt><dd lang=${info ? pickTextLang(info.name, this.#locale) : nothing}>${info ? pickText(info.name, this.#locale) : b.resourceId}</dd></div>
        <div><dt>${t('space.manage.when')}</dt><dd>${this.#when(b.start, b.end)}</dd></div>
        <div><dt>${t('space.manage.status')}</dt><dd>${t(`space.manage.status.${b.status}`)}</dd></div>
      </dl>
      ${this.#done ? html`<p class="notice success" id="manage-done" role="status" tabindex="-1">${this.#done}</p>` : nothing}
      ${this.#failure ? html`<p class="notice error-notice" id="manage-failure" role="alert" tabindex="-1">${this.#failure}</p>` : nothing}
      ${active && deadline ? html`<p>${t('space.manage.deadlineHint', { when: this.#when(deadline) })}</p>` : nothing}
      ${active && !this.#asking && !this.#moving
        ? html`<p class="actions">
            <button type="button" id="manage-move" class="secondary" @click=${() => this.#move(true)}>${t('space.manage.move')}</button>
            <button type="button" id="manage-cancel" @click=${() => this.#ask(true)}>${t('space.manage.cancel')}</button>
          </p>`
        : nothing}
      ${active && this.#asking
        ? html`<div class="ask" role="group" aria-labelledby="manage-ask">
            <p id="manage-ask" tabindex="-1">${t('space.manage.cancelAsk', { when: this.#when(b.start, b.end) })}</p>
            <p class="actions">
              <button type="button" id="manage-cancel-yes" aria-disabled=${busy} @click=${() => void this.#change('cancel')}>${t('space.manage.cancelYes')}</button>
              <button type="button" class="secondary" @click=${() => this.#ask(false)}>${t('space.manage.cancelNo')}</button>
            </p>
          </div>`
        : nothing}
      ${active && this.#moving
        ? html`<p id="manage-pick" tabindex="-1">${t('space.manage.movePick', { minutes: this.#minutes() })}</p>
            ${this.parts.calendar()}
            <p class="actions">
              ${this.host.chosen
                ? html`<button type="button" id="manage-move-here" aria-disabled=${busy} @click=${() => this.#moveHere()}>${t('space.manage.moveTo', { when: this.#when(this.host.chosen.start) })}</button>`
                : nothing}
              <button type="button" class="secondary" @click=${() => this.#move(false)}>${t('space.manage.moveNo')}</button>
            </p>`
        : nothing}
    </div>`;
  }
}
