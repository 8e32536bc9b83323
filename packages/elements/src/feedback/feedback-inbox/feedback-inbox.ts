import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  createApiClient,
  createFeedbackQueueStore,
  FEEDBACK_QUEUE_PAGE_SIZE,
  createStaffApi,
  cityLoginUrl,
  exchangeSignInCode,
  signInCodeOf,
  withoutSignInCode,
  FEEDBACK_STATUSES,
  FEEDBACK_VISIBILITIES,
  formatDateTime,
  NetworkError,
  pickText,
  ProblemError,
  type FeedbackCategory,
  type Locale,
  type StaffApi,
  type StaffFeedbackDetail,
  type FeedbackQueueFilters,
  type FeedbackQueueStore,
  type QueueState,
  type StaffFeedbackSummary,
  type StaffUser,
  type Unit,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { inboxMessages, type InboxTranslator as Translator } from './feedback-inbox.messages.js';
import { styles } from './feedback-inbox.styles.js';
import { StoreController } from '../../state/store-controller.js';
import { siteSettings } from '../../site/site-settings.js';
import type { InboxDetailHost, InboxDetailView } from './feedback-inbox.detail.js';

/** Where a pasted token is kept: this tab only, gone when it closes. */
export const STAFF_TOKEN_STORAGE_KEY = 'kohtaamo-staff-token';

type Filters = FeedbackQueueFilters;
type Queue = QueueState<StaffFeedbackSummary, Filters, StaffFeedbackDetail>;

/**
 * The city's inbox of resident feedback, for signed-in staff: a queue oldest first (newest first
 * from the Received header, which sorts), filters,
 * the selected report with its contact details, history and internal notes, and the actions
 * of handling (assign, change status with a public reply, publish, hide, redact, note).
 *
 * The staff token is never an attribute (a secret does not belong in HTML): the handler pastes
 * it into the element's sign-in form (kept in sessionStorage, for this tab only), or the host
 * page sets the `token` property. Every change names the version it was made on; when another
 * handler changed the report meanwhile, the element says so and offers to reload, keeping the
 * text typed. The open report and its forms are a module of their own
 * (feedback-inbox.detail.ts), loaded when the handler first opens a report.
 *
 * @tagname kohtaamo-feedback-inbox
 * @summary Staff inbox: queue, moderation, assignment, status changes with a public reply, internal notes.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {number} page-size - Reports per page of the queue (1–200); the handler loads more with "Show more" or ArrowDown on the last row. Default `50`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart filters - The filter form.
 * @csspart queue - The queue table.
 * @csspart detail - The selected report.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit`.
 * @cssproperty --kohtaamo-feedback-inbox-selected - Background of the selected row. Default `#e5e5f9`.
 */
export class KohtaamoFeedbackInbox extends LocalizedElement {
  static override styles = styles;

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  @property() api = '';

  /** Reports per page of the queue; "Show more" (or ArrowDown on the last row) loads the next page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = FEEDBACK_QUEUE_PAGE_SIZE;

  /** The staff token (a property only, never an attribute). Set by the sign-in form, or by the host page. */
  @property({ attribute: false }) token = '';

  /**
   * Makes the staff API for a token instead of the HTTP one built from `api` (stories).
   * @internal
   */
  @property({ attribute: false }) staffApiFactory: ((token: string) => StaffApi) | null = null;

  @state() private me: StaffUser | null = null;
  @state() private signInError = '';
  @state() private signingIn = false;
  @state() private categories: FeedbackCategory[] = [];
  @state() private units: Unit[] = [];
  /** Everyone a report may be given to (loaded for an admin only). */
  @state() private users: StaffUser[] = [];
  @state() private announcement = '';
  /** Why the open report cannot be shown (its view's module or its read failed). */
  @state() private openError = '';
  /** The server signs staff in with the city's account (its OpenID Connect provider). */
  @state() private cityAccount = false;
  /** A sign-in code from the city account's redirect is being exchanged. */
  @state() private exchanging = false;

  readonly #locale = new MessagesController(this, inboxMessages);
  /** The queue, its pages and the open report (core's generic queue store). */
  readonly #queue: FeedbackQueueStore = createFeedbackQueueStore(() => this.#staff, { pageSize: () => this.pageSize });
  /** The queue row that Tab reaches (roving tabindex: the arrows move between rows). */
  #currentRow = '';
  readonly #queueState = new StoreController<Queue>(this, this.#queue.$state);
  /** What the handler typed: kept across reloads and stale answers. */
  #typedToken = '';
  #api: StaffApi | null = null;
  #apiKey = '';
  #http: ReturnType<typeof createApiClient> | null = null;
  #httpBase = '';
  /** The open report's view, once its module has loaded. */
  #view: InboxDetailView | null = null;
  #viewLoading: Promise<InboxDetailView> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the city account's sign-in: the one-time code is in the address (docs/staff-sign-in.md).
    if (!this.token && signInCodeOf(location.hash) !== null) {
      void this.#takeSignInCode();
      return;
    }
    if (!this.token) {
      try {
        this.token = sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY) ?? '';
      } catch {
        // Storage may be blocked; the handler signs in again.
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#queue.dispose();
    this.#view?.dispose();
  }

  /** What the detail view reads of this element (feedback-inbox.detail.ts). */
  #detailHost(): InboxDetailHost {
    // Getters: the view reads the element's current state, and its private members (allowed
    // here, inside the class).
    const inbox = this;
    return {
      get renderRoot() {
        return inbox.renderRoot;
      },
      get updateComplete() {
        return inbox.updateComplete;
      },
      get t() {
        return inbox.#t;
      },
      get me() {
        return inbox.me;
      },
      get users() {
        return inbox.users;
      },
      get staff() {
        return inbox.#staff;
      },
      get detail() {
        return inbox.detail;
      },
      queue: this.#queue,
      requestUpdate: () => this.requestUpdate(),
      code: (code, params) => this.#locale.code(code, params),
      // Stories have no server, and so no photos.
      photo: (path) => (this.staffApiFactory ? null : this.#client.blob(path)),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.#failureText(error),
      reopen: (id) => this.#open(id, { focus: false }).then(() => this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus()),
    };
  }

  /** The detail view's module, imported once (and again after a failed attempt). */
  #loadView(): Promise<InboxDetailView> {
    this.#viewLoading ??= import('./feedback-inbox.detail.js').then(
      ({ InboxDetailView }) => (this.#view = new InboxDetailView(this.#detailHost())),
      (error: unknown) => {
        this.#viewLoading = null;
        throw error;
      },
    );
    return this.#viewLoading;
  }

  /** Takes the sign-in code out of the address (it works once), and exchanges it for a session token. */
  async #takeSignInCode(): Promise<void> {
    const code = signInCodeOf(location.hash);
    if (code === null) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutSignInCode(location.hash)}`);
    this.exchanging = true;
    this.announcement = this.#t('staff.signIn.signingIn');
    try {
      const session = await exchangeSignInCode(this.#client, code);
      try {
        sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, session.token);
      } catch {
        // Kept in memory only.
      }
      this.token = session.token;
    } catch (error) {
      this.signInError = this.#failureText(error);
    } finally {
      this.exchanging = false;
    }
  }

  /** Whether the server offers the city account (GET /api/v1/site), asked when signed out. */
  #askSite(): void {
    const api = this.api;
    void siteSettings(api).then((site) => {
      if (this.api === api) this.cityAccount = site?.staff.cityAccount ?? false;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && !this.staffApiFactory) this.#askSite();
    if ((changed.has('token') || changed.has('api')) && this.token) void this.#start();
    if (changed.has('token') && !this.token) this.#reset();
  }

  /** The one API client, following `api`; the token goes with it, to the API's origin only. */
  get #client() {
    if (this.#http === null || this.#httpBase !== this.api) {
      this.#httpBase = this.api;
      this.#http = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#http;
  }

  get #staff(): StaffApi {
    const key = `${this.api}\n${this.token}`;
    if (this.#api === null || this.#apiKey !== key) {
      this.#apiKey = key;
      this.#api = this.staffApiFactory ? this.staffApiFactory(this.token) : createStaffApi(this.#client);
    }
    return this.#api;
  }

  get #q(): Queue {
    return this.#queueState.store!.get();
  }

  /** The open report as last read or changed. */
  get detail(): StaffFeedbackDetail | null {
    return this.#q.open?.detail ?? null;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  #reset(): void {
    this.me = null;
    this.#queue.dispose();
    this.#queue.close();
  }

  /** Checks the token with the server, then loads the queue and what the filters need. */
  async #start(): Promise<void> {
    this.signingIn = true;
    try {
      const me = await this.#staff.me();
      this.me = me;
      this.signInError = '';
      const [categories, units] = await Promise.all([this.#staff.listCategories(), this.#staff.listUnits()]);
      this.categories = me.role === 'admin' ? categories : categories.filter((c) => me.categories.includes(c.id));
      this.units = units;
      this.users = me.role === 'admin' ? await this.#staff.listUsers() : [];
      await this.#loadQueue();
    } catch (error) {
      this.me = null;
      if (error instanceof ProblemError && error.status === 401) {
        this.signInError = this.#t('staff.auth.invalid');
        this.#forgetToken();
      } else {
        this.signInError = this.#failureText(error);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
    } finally {
      this.signingIn = false;
    }
  }

  #forgetToken(): void {
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
      this.signInError = this.#t('feedback.inbox.signIn.required');
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
    this.#forgetToken();
    this.#typedToken = '';
    this.token = '';
    this.signInError = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus());
  }

  async #loadQueue(): Promise<void> {
    await this.#queue.reload();
    this.#announceQueue();
  }

  #announceQueue(): void {
    const q = this.#q;
    if (q.error === null) this.announcement = this.#t('feedback.inbox.queue.shown', { shown: q.items.length, count: q.total });
  }

  #onFilter(event: Event): void {
    const select = event.target as HTMLSelectElement;
    void this.#queue.setFilters({ [select.name]: select.value }).then(() => this.#announceQueue());
  }

  /** The next page of the queue; the focus goes to its first report. */
  async #loadMore(): Promise<void> {
    const before = this.#q.items.length;
    await this.#queue.loadMore();
    this.#announceQueue();
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('.queue-open')[before]?.focus();
  }

  async #open(id: string, { focus = true } = {}): Promise<void> {
    this.openError = '';
    if (this.#view) this.#view.actionError = '';
    const previous = this.detail?.id;
    // The view's module loads while the report is read.
    const [view, detail] = await Promise.all([
      this.#loadView().catch((error: unknown) => {
        this.openError = this.#failureText(error);
        return null;
      }),
      this.#queue.open(id),
    ]);
    if (view === null) return;
    if (detail === null) {
      // Another report was opened meanwhile (this read was aborted), or the read failed.
      const open = this.#q.open;
      if (open?.id === id && open.error) this.openError = this.#failureText(open.error);
      return;
    }
    await view.opened(detail, previous !== id, focus);
  }

  /** Arrow keys, Home and End move between the queue's rows (their buttons). */
  #onQueueKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.queue-open')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' && index === buttons.length - 1 && this.#q.next !== null) {
      event.preventDefault();
      void this.#loadMore();
      return;
    }
    const next =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  }

  #failureText(error: unknown): string {
    const t = this.#t;
    if (error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)) return t('common.networkError');
    if (error instanceof ProblemError && this.#locale.has(error.problem.code)) return t(error.problem.code);
    return t('feedback.inbox.error');
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#t;
    return html`<div class="root" lang=${locale}>
      <h2>${t('feedback.inbox.title')}</h2>
      ${this.me ? this.#renderInbox(t, locale, this.me) : this.#renderSignIn(t)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderSignIn(t: Translator): TemplateResult {
    const error = this.signInError;
    return html`<form part="sign-in" class="sign-in" novalidate aria-labelledby="sign-in-title" @submit=${this.#onSignIn}>
      <h3 id="sign-in-title">${t('feedback.inbox.signIn.title')}</h3>
      ${this.exchanging ? html`<p class="hint">${t('staff.signIn.signingIn')}</p>` : nothing}
      ${this.cityAccount
        ? html`<div class="actions">
            <a part="button" class="button" id="city-account" href=${cityLoginUrl(this.api, location.href)}>${t('staff.signIn.cityAccount')}</a>
          </div>`
        : nothing}
      <div class="field">
        <label for="token">${t('feedback.inbox.signIn.token.label')}</label>
        <p class="hint" id="token-hint">${t('feedback.inbox.signIn.token.hint')}</p>
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
        <button type="submit" part="button" aria-disabled=${this.signingIn ? 'true' : 'false'}>${t('feedback.inbox.signIn.submit')}</button>
      </div>
    </form>`;
  }

  #renderInbox(t: Translator, locale: Locale, me: StaffUser): TemplateResult {
    const q = this.#q;
    return html`<div class="bar">
        <p>${t('feedback.inbox.signedInAs', { name: me.name })}</p>
        <button type="button" part="button" class="secondary small" @click=${this.#signOut}>${t('feedback.inbox.signOut')}</button>
      </div>
      ${this.#renderFilters(t, locale)}
      <div class="layout">
        <section class="queue-section" aria-labelledby="queue-title">
          <h3 id="queue-title">${this.#queueCaption(t)}</h3>
          <p class="count">
            ${q.loading === 'first'
              ? t('feedback.inbox.loading')
              : q.next !== null
                ? t('feedback.inbox.queue.shown', { shown: q.items.length, count: q.total })
                : t('feedback.inbox.queue.count', { count: q.total })}
          </p>
          ${q.error !== null
            ? html`<div class="notice error-notice" role="alert">
                <p>${this.#failureText(q.error)}</p>
                <button type="button" part="button" class="secondary small" @click=${() => void (q.items.length > 0 ? this.#loadMore() : this.#loadQueue())}>
                  ${t('common.retryNow')}
                </button>
              </div>`
            : nothing}
          ${q.items.length === 0 && q.loading === 'idle' && q.error === null
            ? html`<p class="empty">${t('feedback.inbox.queue.empty')}</p>`
            : this.#renderQueue(t, locale, q)}
          ${q.next !== null && q.error === null
            ? html`<div class="actions more">
                <button type="button" part="button" class="secondary" id="queue-more" aria-disabled=${q.loading !== 'idle' ? 'true' : 'false'} @click=${() => void this.#loadMore()}>
                  ${t('feedback.inbox.queue.more')}
                </button>
              </div>`
            : nothing}
        </section>
        <section part="detail" class="detail" aria-labelledby="detail-title">
          ${this.#renderOpen(t, locale)}
        </section>
      </div>`;
  }

  /** The open report (its view), or why there is none. */
  #renderOpen(t: Translator, locale: Locale): TemplateResult {
    const error = this.openError || this.#view?.actionError || '';
    const errorNotice = error ? html`<div class="notice error-notice" role="alert"><p>${error}</p></div>` : nothing;
    if (this.detail && this.#view) return this.#view.render(locale, this.detail);
    const title = this.detail ? t('feedback.inbox.loading') : t('feedback.inbox.detail.none');
    return html`<h3 id="detail-title" tabindex="-1">${title}</h3>
      ${errorNotice}`;
  }

  #renderFilters(t: Translator, locale: Locale): TemplateResult {
    const f = this.#q.filters;
    const select = (name: keyof Filters, label: string, options: [string, string][]) => html`<div class="filter">
      <label for="filter-${name}">${label}</label>
      <select id="filter-${name}" name=${name} @change=${this.#onFilter}>
        <option value="" ?selected=${f[name] === ''}>${t('feedback.inbox.filter.any')}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${f[name] === value}>${text}</option>`)}
      </select>
    </div>`;
    return html`<form part="filters" class="filters" aria-label=${t('feedback.inbox.filters')} @submit=${(e: Event) => e.preventDefault()}>
      ${select('state', t('feedback.inbox.filter.state'), [
        ['open', t('feedback.inbox.filter.open')],
        ['closed', t('feedback.inbox.filter.closed')],
      ])}
      ${select('status', t('feedback.inbox.filter.status'), FEEDBACK_STATUSES.map((s) => [s, t(`feedback.status.${s}`)]))}
      ${select('category', t('feedback.inbox.filter.category'), this.categories.map((c) => [c.id, pickText(c.name, locale)]))}
      ${select('unit', t('feedback.inbox.filter.unit'), this.units.map((u) => [u.id, pickText(u.name, locale)]))}
      ${select('assigned', t('feedback.inbox.filter.assigned'), [
        ['me', t('feedback.inbox.filter.mine')],
        ['none', t('feedback.inbox.filter.unassigned')],
      ])}
      ${select('visibility', t('feedback.inbox.filter.visibility'), FEEDBACK_VISIBILITIES.map((v) => [v, t(`feedback.inbox.visibility.${v}`)]))}
    </form>`;
  }

  /** The queue's name, saying its order. */
  #queueCaption(t: Translator): string {
    return this.#q.filters.order === 'newest' ? t('feedback.inbox.queue.captionNewest') : t('feedback.inbox.queue.caption');
  }

  /** Oldest first (who waited longest) or newest first: the server pages in either order. */
  #toggleOrder = (): void => {
    const order = this.#q.filters.order === 'newest' ? '' : 'newest';
    void this.#queue.setFilters({ order }).then(() => this.#announceQueue());
  };

  #renderQueue(t: Translator, locale: Locale, q: Queue): TemplateResult {
    const newest = q.filters.order === 'newest';
    const rovingId = q.items.some((i) => i.id === this.#currentRow) ? this.#currentRow : (q.items[0]?.id ?? '');
    return html`<div class="table-wrap">
      <table part="queue" class="queue" @keydown=${this.#onQueueKey}>
        <caption class="visually-hidden">${this.#queueCaption(t)}</caption>
        <thead>
          <tr>
            <th scope="col">${t('feedback.inbox.col.code')}</th>
            <th scope="col" aria-sort=${newest ? 'descending' : 'ascending'}>
              <button type="button" part="button" class="sort" id="sort-received" @click=${this.#toggleOrder}>
                ${t('feedback.inbox.col.received')}<span class="sort-mark" aria-hidden="true">${newest ? '▼' : '▲'}</span>
              </button>
            </th>
            <th scope="col">${t('feedback.inbox.col.category')}</th>
            <th scope="col">${t('feedback.inbox.col.status')}</th>
            <th scope="col">${t('feedback.inbox.col.visibility')}</th>
            <th scope="col">${t('feedback.inbox.col.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          ${q.items.map((item) => {
            const selected = this.detail?.id === item.id;
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
                  ${item.trackingCode}
                </button>
              </th>
              <td><time datetime=${item.createdAt}>${formatDateTime(item.createdAt, locale)}</time></td>
              <td>${pickText(item.category.name, locale)}</td>
              <td><span class="status status-${item.status}">${t(`feedback.status.${item.status}`)}</span></td>
              <td>${t(`feedback.inbox.visibility.${item.visibility}`)}</td>
              <td>${item.assignedTo?.name ?? '–'}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
