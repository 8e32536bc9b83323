import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  NetworkError,
  ProblemError,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  bookingUnitsOf,
  cityLoginUrl,
  createApiClient,
  createBookingQueueStore,
  createBookingStaffApi,
  exchangeSignInCode,
  formatDateTime,
  formatWall,
  signInCodeOf,
  withoutSignInCode,
  type BookingQueueFilters,
  type BookingQueueStore,
  type BookingStaffApi,
  type ConsoleUnit,
  type HttpClient,
  type Locale,
  type QueueState,
  type StaffBooking,
  type StaffUser,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { StoreController } from '../../state/store-controller.js';
import { siteSettings } from '../../site/site-settings.js';
import { consoleMessages, type ConsoleTranslator } from './space-console.messages.js';
import { styles } from './space-console.styles.js';
import type { ConsoleHost, ConsoleViews } from './space-console.views.js';

/** Where the token is kept: this tab only (the same key as the feedback inbox: one staff sign-in per tab). */
export const STAFF_TOKEN_STORAGE_KEY = 'kohtaamo-staff-token';

export type ConsoleView = 'requests' | 'day' | 'block' | 'book' | 'rounds';
const VIEWS: readonly ConsoleView[] = ['requests', 'day', 'block', 'book', 'rounds'];
type Queue = QueueState<StaffBooking, BookingQueueFilters, StaffBooking>;

/**
 * The staff console of space booking (issue 12, ADR 0039), for staff signed in with the city's
 * account or a staff token: the requests waiting for handling in the units their grants name
 * (approve, or deny with a reason the resident is mailed through the outbox), the day's
 * bookings of a unit, closing a space for a time, booking on someone's behalf, and a seasonal
 * application round's allocation (ADR 0053: each application accepted or rejected with a reason,
 * the decisions mailed).
 *
 * The queue runs on core's generic queue store; the open request and the other views are a
 * module of their own (space-console.views.ts), loaded when first needed, and the rounds view
 * another that one loads. The token is never an attribute.
 *
 * ```html
 * <kohtaamo-space-console api="https://varaamo.heinola.fi" lang="fi"></kohtaamo-space-console>
 * ```
 *
 * @tagname kohtaamo-space-console
 * @summary Staff console of space booking: requests, the day's bookings, blocks, booking on behalf, seasonal rounds.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} unit - The unit shown first (one the staff member handles). Default: the first.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart queue - The table of requests.
 * @csspart detail - The open request or the chosen view.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-space-console-selected - Background of the open request's row. Default `#e5e5f9`.
 */
export class KohtaamoSpaceConsole extends LocalizedElement {
  static override styles = styles;

  @property() api = '';
  @property() unit = '';
  /** The staff token (a property only, never an attribute). */
  @property({ attribute: false }) token = '';
  /** @internal For stories: the client the console calls instead of one built from `api`. */
  @property({ attribute: false }) http: HttpClient | null = null;

  @state() private me: StaffUser | null = null;
  @state() private units: ConsoleUnit[] = [];
  @state() private view: ConsoleView = 'requests';
  @state() private signInError = '';
  @state() private signingIn = false;
  @state() private cityAccount = false;
  @state() private announcement = '';
  @state() private viewError = '';

  readonly #locale = new MessagesController(this, consoleMessages);
  readonly #queue: BookingQueueStore = createBookingQueueStore(() => this.#staff);
  readonly #queueState = new StoreController<Queue>(this, this.#queue.$state);
  #typedToken = '';
  #client: HttpClient | null = null;
  #clientKey = '';
  #api: BookingStaffApi | null = null;
  #views: ConsoleViews | null = null;
  #viewsLoading: Promise<ConsoleViews> | null = null;
  #currentRow = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.token && signInCodeOf(location.hash) !== null) {
      void this.#takeSignInCode();
      return;
    }
    if (!this.token) {
      try {
        this.token = sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY) ?? '';
      } catch {
        // Storage may be blocked: the handler signs in again.
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#queue.dispose();
  }

  get #http(): HttpClient {
    if (this.http) return this.http;
    if (this.#client === null || this.#clientKey !== this.api) {
      this.#clientKey = this.api;
      this.#client = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#client;
  }

  get #staff(): BookingStaffApi {
    return (this.#api ??= createBookingStaffApi(this.#http, () => this.#locale.locale));
  }

  get #t(): ConsoleTranslator {
    return this.#locale.t;
  }

  get #q(): Queue {
    return this.#queueState.store!.get();
  }

  /** The unit whose requests and views are shown. */
  get currentUnit(): ConsoleUnit | null {
    return this.units.find((u) => u.id === this.#q.filters.unit) ?? this.units[0] ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('http')) {
      this.#api = null;
      if (!this.http) this.#askSite();
    }
    if ((changed.has('token') || changed.has('api') || changed.has('http')) && (this.token || this.http)) void this.#start();
    if (changed.has('token') && !this.token && !this.http) {
      this.me = null;
      this.#queue.close();
    }
  }

  #askSite(): void {
    const api = this.api;
    void siteSettings(api).then((site) => {
      if (this.api === api) this.cityAccount = site?.staff.cityAccount ?? false;
    });
  }

  async #takeSignInCode(): Promise<void> {
    const code = signInCodeOf(location.hash);
    if (code === null) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutSignInCode(location.hash)}`);
    this.announcement = this.#t('staff.signIn.signingIn');
    try {
      const session = await exchangeSignInCode(this.#http, code);
      try {
        sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, session.token);
      } catch {
        // Kept in memory only.
      }
      this.token = session.token;
    } catch (error) {
      this.signInError = this.failureText(error);
    }
  }

  /** Checks the token, reads the register and the units the grants name, then the queue. */
  async #start(): Promise<void> {
    this.signingIn = true;
    try {
      const me = await this.#http.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema);
      const register = await this.#staff.units();
      const allowed = bookingUnitsOf(me.grants ?? []);
      this.units = register.items.filter((u) => allowed === 'all' || allowed.includes(u.id));
      this.me = me;
      this.signInError = '';
      const unit = this.units.find((u) => u.id === this.unit) ?? this.units[0];
      if (unit) await this.#queue.setFilters({ unit: unit.id });
      this.#announceQueue();
    } catch (error) {
      this.me = null;
      if (error instanceof ProblemError && error.status === 401) {
        this.signInError = this.#t('staff.auth.invalid');
        this.#forget();
      } else {
        this.signInError = this.failureText(error);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
    } finally {
      this.signingIn = false;
    }
  }

  #forget(): void {
    try {
      sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
  }

  #onSignIn(event: SubmitEvent): void {
    event.preventDefault();
    const token = this.#typedToken.trim();
    if (!token) {
      this.signInError = this.#t('space.console.signIn.required');
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
      return;
    }
    try {
      sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, token);
    } catch {
      // Kept in memory only.
    }
    this.token = token;
  }

  #signOut(): void {
    this.#forget();
    this.#typedToken = '';
    this.token = '';
    this.signInError = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus());
  }

  #announceQueue(): void {
    const q = this.#q;
    if (q.error === null && this.view === 'requests') this.announcement = this.#t('space.console.requests.count', { count: q.total });
  }

  /** A failure in words: the server's own text for a refused rule, else by kind. */
  failureText(error: unknown): string {
    const t = this.#t;
    if (error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)) return t('common.networkError');
    if (error instanceof ProblemError) {
      if (this.#locale.has(error.problem.code)) return t(error.problem.code);
      if (error.problem.detail) return error.problem.detail;
    }
    return t('space.console.error');
  }

  /** A booking's time: "14.9.2026 klo 18.00–20.00". */
  when(booking: { start: string; end: string }): string {
    return `${formatDateTime(booking.start, this.#locale.locale)}–${formatWall(Date.parse(booking.end)).slice(11).replace(':', '.')}`;
  }

  resourceName(id: string): string {
    const locale = this.#locale.locale;
    for (const unit of this.units) {
      const resource = unit.resources.find((r) => r.id === id);
      if (resource) return resource.name[locale];
    }
    return id;
  }

  /** The views' module, imported once (and again after a failed attempt). */
  #loadViews(): Promise<ConsoleViews> {
    this.#viewsLoading ??= import('./space-console.views.js').then(
      ({ ConsoleViews }) => (this.#views = new ConsoleViews(this.#host())),
      (error: unknown) => {
        this.#viewsLoading = null;
        throw error;
      },
    );
    return this.#viewsLoading;
  }

  #host(): ConsoleHost {
    const el = this;
    return {
      get renderRoot() {
        return el.renderRoot;
      },
      get updateComplete() {
        return el.updateComplete;
      },
      get t() {
        return el.#t;
      },
      get locale() {
        return el.#locale.locale;
      },
      get staff() {
        return el.#staff;
      },
      get http() {
        return el.#http;
      },
      get unit() {
        return el.currentUnit;
      },
      queue: this.#queue,
      requestUpdate: () => this.requestUpdate(),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.failureText(error),
      when: (b) => this.when(b),
      resourceName: (id) => this.resourceName(id),
    };
  }

  async #show(view: ConsoleView): Promise<void> {
    this.view = view;
    this.viewError = '';
    if (view === 'requests') {
      this.#queue.close();
      await this.#queue.setFilters({ status: 'pending', date: '' });
      this.#announceQueue();
      return;
    }
    try {
      const views = await this.#loadViews();
      await views.shown(view);
    } catch (error) {
      this.viewError = this.failureText(error);
    }
  }

  async #open(id: string): Promise<void> {
    this.viewError = '';
    const [views, detail] = await Promise.all([
      this.#loadViews().catch((error: unknown) => {
        this.viewError = this.failureText(error);
        return null;
      }),
      this.#queue.open(id),
    ]);
    if (!views || !detail) {
      const open = this.#q.open;
      if (open?.id === id && open.error) this.viewError = this.failureText(open.error);
      return;
    }
    await views.opened(detail);
  }

  #onUnit(event: Event): void {
    const unit = (event.target as HTMLSelectElement).value;
    this.#queue.close();
    void this.#queue.setFilters({ unit }).then(() => {
      this.#announceQueue();
      if (this.view !== 'requests') void this.#views?.shown(this.view);
    });
  }

  #onQueueKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.queue-open')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<div class="root" lang=${this.#locale.locale}>
      <h2>${t('space.console.title')}</h2>
      ${this.me ? this.#renderConsole(t, this.me) : this.#renderSignIn(t)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderSignIn(t: ConsoleTranslator): TemplateResult {
    const error = this.signInError;
    return html`<form part="sign-in" class="sign-in" novalidate aria-labelledby="sign-in-title" @submit=${this.#onSignIn}>
      <h3 id="sign-in-title">${t('space.console.signIn.title')}</h3>
      ${this.cityAccount
        ? html`<div class="actions"><a part="button" class="button" id="city-account" href=${cityLoginUrl(this.api, location.href)}>${t('staff.signIn.cityAccount')}</a></div>`
        : nothing}
      <div class="field">
        <label for="token">${t('space.console.signIn.token')}</label>
        <p class="hint" id="token-hint">${t('space.console.signIn.hint')}</p>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${error ? 'token-hint token-error' : 'token-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${live(this.#typedToken)}
          @input=${(e: Event) => (this.#typedToken = (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<p class="error" id="token-error">${error}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${this.signingIn ? 'true' : 'false'}>${t('space.console.signIn.submit')}</button>
      </div>
    </form>`;
  }

  #renderConsole(t: ConsoleTranslator, me: StaffUser): TemplateResult {
    const locale = this.#locale.locale;
    const unit = this.currentUnit;
    return html`<div class="bar">
        <p>${t('space.console.signedInAs', { name: me.name })}</p>
        ${this.http ? nothing : html`<button type="button" part="button" class="secondary small" @click=${this.#signOut}>${t('space.console.signOut')}</button>`}
      </div>
      ${unit === null
        ? html`<p class="notice">${t('space.console.noUnits')}</p>`
        : html`<div class="field unit">
              <label for="unit">${t('space.console.unit')}</label>
              <select id="unit" name="unit" @change=${this.#onUnit}>
                ${this.units.map((u) => html`<option value=${u.id} ?selected=${u.id === unit.id}>${u.name[locale]}</option>`)}
              </select>
            </div>
            <nav aria-label=${t('space.console.views')} class="views">
              ${VIEWS.map(
                (view) =>
                  html`<button type="button" part="button" class="secondary small" id="view-${view}" aria-current=${this.view === view ? 'page' : 'false'} @click=${() => void this.#show(view)}>
                    ${t(`space.console.view.${view}`)}
                  </button>`,
              )}
            </nav>
            ${this.viewError ? html`<div class="notice error-notice" role="alert"><p>${this.viewError}</p></div>` : nothing}
            ${this.view === 'requests' ? this.#renderRequests(t, locale) : html`<section part="detail" class="panel">${this.#views?.render(this.view) ?? html`<p>${t('space.console.loading')}</p>`}</section>`}`}`;
  }

  #renderRequests(t: ConsoleTranslator, locale: Locale): TemplateResult {
    const q = this.#q;
    const open = q.open;
    const rovingId = q.items.some((i) => i.id === this.#currentRow) ? this.#currentRow : (q.items[0]?.id ?? '');
    return html`<div class="layout">
      <section class="queue-section" aria-labelledby="queue-title">
        <h3 id="queue-title">${t('space.console.requests.caption')}</h3>
        <p class="count">${q.loading === 'first' ? t('space.console.loading') : t('space.console.requests.count', { count: q.total })}</p>
        ${q.error !== null
          ? html`<div class="notice error-notice" role="alert">
              <p>${this.failureText(q.error)}</p>
              <button type="button" part="button" class="secondary small" @click=${() => void this.#queue.reload()}>${t('common.retryNow')}</button>
            </div>`
          : nothing}
        ${q.items.length === 0 && q.loading === 'idle' && q.error === null
          ? html`<p class="empty">${t('space.console.requests.empty')}</p>`
          : html`<div class="table-wrap">
              <table part="queue" class="queue" @keydown=${this.#onQueueKey}>
                <caption class="visually-hidden">${t('space.console.requests.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t('space.console.col.when')}</th>
                    <th scope="col">${t('space.console.col.space')}</th>
                    <th scope="col">${t('space.console.col.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${q.items.map((item) => {
                    const selected = open?.id === item.id;
                    return html`<tr class=${selected ? 'selected' : ''}>
                      <th scope="row">
                        <button
                          type="button"
                          part="button"
                          class="queue-open link"
                          data-id=${item.id}
                          tabindex=${item.id === rovingId ? '0' : '-1'}
                          aria-current=${selected ? 'true' : 'false'}
                          @focus=${() => (this.#currentRow = item.id)}
                          @click=${() => void this.#open(item.id)}
                        >
                          ${this.when(item)}
                        </button>
                      </th>
                      <td>${this.resourceName(item.resourceId)}</td>
                      <td>${item.organisation ?? item.name ?? '–'}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`}
        ${q.next !== null && q.error === null
          ? html`<div class="actions"><button type="button" part="button" class="secondary" id="queue-more" @click=${() => void this.#queue.loadMore()}>${t('space.console.requests.more')}</button></div>`
          : nothing}
      </section>
      <section part="detail" class="detail" aria-labelledby="detail-title">
        ${open?.detail && this.#views
          ? this.#views.renderOpen(open.detail)
          : html`<h3 id="detail-title" tabindex="-1">${open ? t('space.console.loading') : t('space.console.detail.none')}</h3>`}
      </section>
    </div>`;
  }
}
