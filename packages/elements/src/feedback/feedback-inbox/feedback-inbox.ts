import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  createApiClient,
  createFeedbackQueueStore,
  FEEDBACK_QUEUE_PAGE_SIZE,
  createStaffApi,
  FEEDBACK_STATUSES,
  FEEDBACK_VISIBILITIES,
  formatDateTime,
  isClosingStatus,
  NetworkError,
  pickText,
  ProblemError,
  type FeedbackCategory,
  type FeedbackStatusValue,
  type Locale,
  type ReplyTemplate,
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

/** Where a pasted token is kept: this tab only, gone when it closes. */
export const STAFF_TOKEN_STORAGE_KEY = 'kohtaamo-staff-token';

type Filters = FeedbackQueueFilters;
type Queue = QueueState<StaffFeedbackSummary, Filters, StaffFeedbackDetail>;
type Action = 'assign' | 'status' | 'moderation' | 'redact' | 'note' | 'photo';

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
 * text typed.
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
  @state() private templates: ReplyTemplate[] = [];
  @state() private busy: Action | null = null;
  @state() private stale = false;
  @state() private actionError = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private announcement = '';

  readonly #locale = new MessagesController(this, inboxMessages);
  /** The queue, its pages and the open report (core's generic queue store). */
  readonly #queue: FeedbackQueueStore = createFeedbackQueueStore(() => this.#staff, { pageSize: () => this.pageSize });
  /** The queue row that Tab reaches (roving tabindex: the arrows move between rows). */
  #currentRow = '';
  readonly #queueState = new StoreController<Queue>(this, this.#queue.$state);
  /** What the handler typed: kept across reloads and stale answers. */
  #typedToken = '';
  #nextStatus: FeedbackStatusValue | '' = '';
  #reply = '';
  #note = '';
  #redacted: string | null = null;
  #templateId = '';
  #api: StaffApi | null = null;
  #apiKey = '';
  #http: ReturnType<typeof createApiClient> | null = null;
  #httpBase = '';
  /** Staff photos by their URL, as blob URLs: an <img> cannot send the bearer token itself. */
  #photoUrls = new Map<string, string | 'loading' | 'failed'>();

  override connectedCallback(): void {
    super.connectedCallback();
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
    for (const url of this.#photoUrls.values()) if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    this.#photoUrls.clear();
  }

  /** The blob URL of a staff photo, loading it with the token the first time it is asked for. */
  #photoSrc(path: string): string | null {
    const known = this.#photoUrls.get(path);
    if (known !== undefined) return known.startsWith('blob:') ? known : null;
    if (this.staffApiFactory) return null; // stories: no server, no photos
    this.#photoUrls.set(path, 'loading');
    this.#client
      .blob(path)
      .then((blob) => {
        this.#photoUrls.set(path, URL.createObjectURL(blob));
      })
      .catch(() => this.#photoUrls.set(path, 'failed'))
      .finally(() => this.requestUpdate());
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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
    this.actionError = '';
    const previous = this.detail?.id;
    const detail = await this.#queue.open(id);
    if (detail === null) {
      // Another report was opened meanwhile (this read was aborted), or the read failed.
      const open = this.#q.open;
      if (open?.id === id && open.error) this.actionError = this.#failureText(open.error);
      return;
    }
    if (previous !== id) {
      // Another report: start its forms afresh.
      this.#reply = '';
      this.#note = '';
      this.#redacted = null;
      this.#templateId = '';
      this.fieldErrors = {};
      this.templates = [];
    }
    this.#nextStatus = detail.nextStatuses.includes(this.#nextStatus as FeedbackStatusValue) ? this.#nextStatus : (detail.nextStatuses[0] ?? '');
    this.stale = false;
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    }
    try {
      const templates = await this.#staff.replyTemplates(detail.category.id);
      if (this.#q.open?.id === id) this.templates = templates;
    } catch (error) {
      this.actionError = this.#failureText(error);
    }
  }

  /** Runs a change; on success shows the new state; on a stale version offers to reload. */
  async #act(action: Action, run: (api: StaffApi, detail: StaffFeedbackDetail) => Promise<StaffFeedbackDetail>, after?: () => void): Promise<void> {
    const detail = this.detail;
    if (!detail || this.busy) return;
    this.busy = action;
    this.actionError = '';
    this.fieldErrors = {};
    try {
      // The change goes at the version the report was read at (If-Match); its row follows.
      const updated = await this.#queue.change((current) => run(this.#staff, current));
      this.stale = false;
      after?.();
      this.#nextStatus = updated.nextStatuses[0] ?? '';
      this.announcement = this.#t('feedback.inbox.saved');
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        this.stale = true;
        this.announcement = this.#t('feedback.inbox.stale');
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLButtonElement>('#reload')?.focus();
      } else if (error instanceof ProblemError && (error.status === 422 || error.status === 409) && error.problem.errors?.length) {
        const t = this.#t;
        this.fieldErrors = Object.fromEntries(error.problem.errors.map((e) => [e.pointer, this.#locale.code(e.code, e.params)]));
        this.announcement = Object.values(this.fieldErrors).join(' ');
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else {
        this.actionError = this.#failureText(error);
        this.announcement = this.actionError;
      }
    } finally {
      this.busy = null;
    }
  }

  #reload(): void {
    if (this.detail) void this.#open(this.detail.id, { focus: false }).then(() => this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus());
  }

  #assignToChosen(event: SubmitEvent): void {
    event.preventDefault();
    const id = this.renderRoot.querySelector<HTMLSelectElement>('#assign-to')?.value;
    if (id) this.#assign(id);
  }

  #assign(to: string | null): void {
    void this.#act('assign', (api, d) => api.assign(d.id, d.version, { assignTo: to }));
  }

  #onStatusSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const status = this.#nextStatus;
    if (!status) return;
    const reply = this.#reply.trim();
    if (isClosingStatus(status) && !reply) {
      // The same rule as the server's (StatusChangeSchema): say it before sending.
      this.fieldErrors = { '#/reply': this.#t('feedback.handling.reply.required') };
      this.announcement = this.fieldErrors['#/reply']!;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#reply')?.focus());
      return;
    }
    void this.#act(
      'status',
      (api, d) => api.changeStatus(d.id, d.version, { status, ...(reply ? { reply } : {}) }),
      () => {
        this.#reply = '';
        this.#templateId = '';
      },
    );
  }

  #onTemplate(event: Event): void {
    this.#templateId = (event.target as HTMLSelectElement).value;
    const template = this.templates.find((t) => t.id === this.#templateId);
    if (template && this.detail) {
      // The reply goes in the resident's language.
      this.#reply = pickText(template.text, this.detail.lang);
      this.requestUpdate();
    }
  }

  #moderate(visibility: 'published' | 'hidden'): void {
    void this.#act('moderation', (api, d) => api.moderate(d.id, d.version, { visibility }));
  }

  #onRedact(event: SubmitEvent): void {
    event.preventDefault();
    const text = (this.#redacted ?? this.detail?.publicMessage ?? this.detail?.message ?? '').trim();
    void this.#act('redact', (api, d) => api.moderate(d.id, d.version, { publicMessage: text }), () => (this.#redacted = null));
  }

  #togglePhoto(id: string, hidden: boolean): void {
    void this.#act('photo', (api, d) => api.moderate(d.id, d.version, { photos: [{ id, hidden }] }));
  }

  #onNote(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.#note.trim();
    if (!text) {
      this.fieldErrors = { '#/text': this.#t('feedback.handling.note.required') };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#note')?.focus());
      return;
    }
    void this.#act('note', (api, d) => api.addNote(d.id, d.version, { text }), () => (this.#note = ''));
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
          ${this.detail ? this.#renderDetail(t, locale, this.detail) : html`<h3 id="detail-title" tabindex="-1">${t('feedback.inbox.detail.none')}</h3>`}
        </section>
      </div>`;
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

  #fieldError(pointer: string, id: string): TemplateResult | typeof nothing {
    const text = this.fieldErrors[pointer];
    return text ? html`<p class="error" id=${id}>${text}</p>` : nothing;
  }

  /** An admin gives the report to anyone who handles its category. */
  #renderAssignTo(t: Translator, d: StaffFeedbackDetail, busy: string): TemplateResult {
    const eligible = this.users.filter((u) => u.role === 'admin' || u.categories.includes(d.category.id));
    const error = this.fieldErrors['#/assignTo'];
    return html`<form class="assign-to" novalidate @submit=${this.#assignToChosen}>
      <div class="field">
        <label for="assign-to">${t('feedback.inbox.action.assignTo')}</label>
        <select id="assign-to" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'assign-error' : nothing}>
          ${eligible.map((u) => html`<option value=${u.id} ?selected=${d.assignedTo?.id === u.id}>${u.name}</option>`)}
        </select>
        ${this.#fieldError('#/assignTo', 'assign-error')}
      </div>
      <div class="actions">
        <button type="submit" part="button" class="secondary small" id="assign-submit" aria-disabled=${busy}>${t('feedback.inbox.action.assignSubmit')}</button>
      </div>
    </form>`;
  }

  #renderDetail(t: Translator, locale: Locale, d: StaffFeedbackDetail): TemplateResult {
    const busy = (action: Action) => (this.busy === action ? 'true' : 'false');
    const mine = d.assignedTo?.id === this.me?.id;
    const replyError = this.fieldErrors['#/reply'];
    const statusError = this.fieldErrors['#/status'];
    const noteError = this.fieldErrors['#/text'];
    const redactError = this.fieldErrors['#/publicMessage'];
    return html`<h3 id="detail-title" tabindex="-1">${t('feedback.inbox.detail.title', { code: d.trackingCode })}</h3>
      ${this.stale
        ? html`<div class="notice error-notice stale" role="alert">
            <p>${t('feedback.inbox.stale')}</p>
            <div class="actions">
              <button id="reload" type="button" part="button" class="secondary small" @click=${this.#reload}>${t('feedback.inbox.reload')}</button>
            </div>
          </div>`
        : nothing}
      ${this.actionError ? html`<div class="notice error-notice" role="alert"><p>${this.actionError}</p></div>` : nothing}
      <dl class="facts">
        <div><dt>${t('feedback.status.category')}</dt><dd>${pickText(d.category.name, locale)}${d.unit ? html` · ${pickText(d.unit.name, locale)}` : nothing}</dd></div>
        <div><dt>${t('feedback.status.state')}</dt><dd><span class="status status-${d.status}">${t(`feedback.status.${d.status}`)}</span></dd></div>
        <div><dt>${t('feedback.inbox.col.visibility')}</dt><dd>${t(`feedback.inbox.visibility.${d.visibility}`)}</dd></div>
        <div><dt>${t('feedback.status.sentAt')}</dt><dd><time datetime=${d.createdAt}>${formatDateTime(d.createdAt, locale)}</time></dd></div>
        ${d.address ? html`<div><dt>${t('feedback.inbox.detail.address')}</dt><dd>${d.address}</dd></div>` : nothing}
        ${d.point
          ? html`<div>
              <dt>${t('feedback.map.label')}</dt>
              <dd class="point">${t('feedback.map.pin', { lat: d.point.lat.toFixed(5), lon: d.point.lon.toFixed(5) })}</dd>
            </div>`
          : nothing}
      </dl>
      <h4>${t('feedback.inbox.detail.message')}</h4>
      <p class="message">${d.message}</p>
      ${d.publicMessage !== null && d.publicMessage !== d.message
        ? html`<h4>${t('feedback.inbox.detail.publicMessage')}</h4>
            <p class="message public-message">${d.publicMessage}</p>`
        : nothing}
      <h4>${t('feedback.inbox.detail.contact')}</h4>
      ${d.contact
        ? html`<ul class="contact">
            ${d.contact.name ? html`<li>${d.contact.name}</li>` : nothing}
            ${d.contact.email ? html`<li>${d.contact.email}</li>` : nothing}
            ${d.contact.phone ? html`<li>${d.contact.phone}</li>` : nothing}
          </ul>`
        : html`<p>${t('feedback.inbox.detail.noContact')}</p>`}

      <h4>${t('feedback.inbox.detail.assignee')}</h4>
      <div class="actions">
        <p class="assignee">${d.assignedTo?.name ?? t('feedback.inbox.detail.nobody')}</p>
        ${mine
          ? html`<button type="button" part="button" class="secondary small" id="unassign" aria-disabled=${busy('assign')} @click=${() => this.#assign(null)}>${t('feedback.inbox.action.unassign')}</button>`
          : html`<button type="button" part="button" class="secondary small" id="assign-me" aria-disabled=${busy('assign')} @click=${() => this.#assign('me')}>${t('feedback.inbox.action.assignMe')}</button>`}
      </div>
      ${this.me?.role === 'admin' && this.users.length > 0 ? this.#renderAssignTo(t, d, busy('assign')) : nothing}

      <form class="status-form" novalidate aria-labelledby="status-legend" @submit=${this.#onStatusSubmit}>
        <h4 id="status-legend">${t('feedback.inbox.action.statusHeading')}</h4>
        ${d.nextStatuses.length === 0
          ? html`<p>${t('feedback.inbox.action.noStatus')}</p>`
          : html`<div class="field">
                <label for="next-status">${t('feedback.inbox.action.status')}</label>
                <select
                  id="next-status"
                  aria-invalid=${statusError ? 'true' : 'false'}
                  aria-describedby=${statusError ? 'status-error' : nothing}
                  @change=${(e: Event) => {
                    this.#nextStatus = (e.target as HTMLSelectElement).value as FeedbackStatusValue;
                    this.requestUpdate();
                  }}
                >
                  ${d.nextStatuses.map((s) => html`<option value=${s} ?selected=${this.#nextStatus === s}>${t(`feedback.status.${s}`)}</option>`)}
                </select>
                ${this.#fieldError('#/status', 'status-error')}
              </div>
              <div class="field">
                <label for="template">${t('feedback.inbox.action.template')}</label>
                <select id="template" @change=${this.#onTemplate}>
                  <option value="" ?selected=${this.#templateId === ''}>${t('feedback.inbox.action.templateNone')}</option>
                  ${this.templates.map((tp) => html`<option value=${tp.id} ?selected=${this.#templateId === tp.id}>${pickText(tp.title, locale)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="reply">${t('feedback.inbox.action.reply')}</label>
                <p class="hint" id="reply-hint">${t('feedback.inbox.action.replyHint')}</p>
                <textarea
                  id="reply"
                  rows="5"
                  aria-describedby=${replyError ? 'reply-hint reply-error' : 'reply-hint'}
                  aria-invalid=${replyError ? 'true' : 'false'}
                  .value=${live(this.#reply)}
                  @input=${(e: Event) => (this.#reply = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
                ${this.#fieldError('#/reply', 'reply-error')}
              </div>
              <div class="actions">
                <button type="submit" part="button" id="status-submit" aria-disabled=${busy('status')}>${t('feedback.inbox.action.statusSubmit')}</button>
              </div>`}
      </form>

      <section class="moderation" aria-labelledby="moderation-title">
        <h4 id="moderation-title">${t('feedback.inbox.action.moderation')}</h4>
        <div class="actions">
          <button type="button" part="button" class="secondary small" id="publish" aria-disabled=${busy('moderation')} aria-pressed=${d.visibility === 'published' ? 'true' : 'false'} @click=${() => this.#moderate('published')}>
            ${t('feedback.inbox.action.publish')}
          </button>
          <button type="button" part="button" class="secondary small" id="hide" aria-disabled=${busy('moderation')} aria-pressed=${d.visibility === 'hidden' ? 'true' : 'false'} @click=${() => this.#moderate('hidden')}>
            ${t('feedback.inbox.action.hide')}
          </button>
        </div>
        <form class="redact" novalidate @submit=${this.#onRedact}>
          <div class="field">
            <label for="redact">${t('feedback.inbox.action.redact')}</label>
            <p class="hint" id="redact-hint">${t('feedback.inbox.action.redactHint')}</p>
            <textarea
              id="redact"
              rows="4"
              aria-describedby=${redactError ? 'redact-hint redact-error' : 'redact-hint'}
              aria-invalid=${redactError ? 'true' : 'false'}
              .value=${live(this.#redacted ?? d.publicMessage ?? d.message)}
              @input=${(e: Event) => (this.#redacted = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            ${this.#fieldError('#/publicMessage', 'redact-error')}
          </div>
          <div class="actions">
            <button type="submit" part="button" class="secondary small" id="redact-submit" aria-disabled=${busy('redact')}>${t('feedback.inbox.action.redactSubmit')}</button>
          </div>
        </form>
        ${d.photos.length > 0
          ? html`<ul class="photos">
              ${d.photos.map(
                (p, i) => html`<li>
                  ${this.#photoSrc(p.url) ? html`<img src=${this.#photoSrc(p.url)!} alt=${t('feedback.list.photoAlt', { n: i + 1 })} />` : nothing}
                  <button type="button" part="button" class="secondary small" aria-disabled=${busy('photo')} @click=${() => this.#togglePhoto(p.id, !p.hidden)}>
                    ${t(p.hidden ? 'feedback.inbox.action.showPhoto' : 'feedback.inbox.action.hidePhoto')} ${i + 1}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>

      <section aria-labelledby="history-title">
        <h4 id="history-title">${t('feedback.inbox.detail.history')}</h4>
        <ol class="history">
          ${d.history.map(
            (h) => html`<li>
              <span class="status status-${h.status}">${t(`feedback.status.${h.status}`)}</span>
              <time datetime=${h.at}>${formatDateTime(h.at, locale)}</time>
              <span class="actor">${h.actor?.name ?? t('feedback.inbox.detail.system')}</span>
              ${h.reply ? html`<p class="message">${h.reply}</p>` : nothing}
            </li>`,
          )}
        </ol>
      </section>

      <section aria-labelledby="notes-title">
        <h4 id="notes-title">${t('feedback.inbox.detail.notes')}</h4>
        ${d.notes.length === 0
          ? html`<p>${t('feedback.inbox.detail.noNotes')}</p>`
          : html`<ul class="notes">
              ${d.notes.map(
                (n) => html`<li>
                  <p class="message">${n.text}</p>
                  <p class="hint">${n.author?.name ?? ''} · <time datetime=${n.createdAt}>${formatDateTime(n.createdAt, locale)}</time></p>
                </li>`,
              )}
            </ul>`}
        <form class="note-form" novalidate @submit=${this.#onNote}>
          <div class="field">
            <label for="note">${t('feedback.inbox.action.note')}</label>
            <textarea
              id="note"
              rows="3"
              aria-invalid=${noteError ? 'true' : 'false'}
              aria-describedby=${noteError ? 'note-error' : nothing}
              .value=${live(this.#note)}
              @input=${(e: Event) => (this.#note = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            ${this.#fieldError('#/text', 'note-error')}
          </div>
          <div class="actions">
            <button type="submit" part="button" class="secondary small" id="note-submit" aria-disabled=${busy('note')}>${t('feedback.inbox.action.noteSubmit')}</button>
          </div>
        </form>
      </section>`;
  }
}
