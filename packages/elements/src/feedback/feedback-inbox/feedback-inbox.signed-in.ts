import { html, nothing, type TemplateResult } from 'lit';
import {
  createFeedbackQueueStore,
  createStaffApi,
  FEEDBACK_STATUSES,
  FEEDBACK_VISIBILITIES,
  formatDateTime,
  pickText,
  ProblemError,
  type FeedbackCategory,
  type FeedbackQueueFilters,
  type FeedbackQueueStore,
  type Locale,
  type QueueState,
  type StaffApi,
  type StaffFeedbackDetail,
  type StaffFeedbackSummary,
  type StaffUser,
  type Unit,
} from '@kohtaamo/core';
import type { MessagesController } from '../../i18n/localized-element.js';
import { extendHost, type ConsoleElementHost, type SignedInPart } from '../../staff/staff-console.js';
import { listEmpty, listFailure } from '../../staff/staff-list.js';
import { signedInStyles } from './feedback-inbox.styles.js';
import { inboxMessages, type InboxTranslator as Translator } from './feedback-inbox.messages.js';
import type { InboxDetailHost, InboxDetailView } from './feedback-inbox.detail.js';

type Filters = FeedbackQueueFilters;
type Queue = QueueState<StaffFeedbackSummary, Filters, StaffFeedbackDetail>;

/** What the signed-in part reads of the inbox element (feedback-inbox.ts). */
export interface InboxElementHost extends ConsoleElementHost {
  readonly pageSize: number;
  /** The stories' staff API in place of the HTTP one (and so no photos). */
  readonly staffApiFactory: ((token: string) => StaffApi) | null;
}

/**
 * The inbox after sign-in (issue 7, docs/adr/0067): who is signed in, the filters, the queue
 * (core's generic queue store) and the open report, whose view and forms are a module of their
 * own (feedback-inbox.detail.ts), loaded when a handler first opens a report.
 */
export class InboxSignedIn implements SignedInPart {
  readonly styles = signedInStyles;
  me: StaffUser | null = null;
  #categories: FeedbackCategory[] = [];
  #units: Unit[] = [];
  /** Everyone a report may be given to (loaded for an admin only). */
  #users: StaffUser[] = [];
  /** Why the open report cannot be shown (its view's module or its read failed). */
  #openError = '';
  readonly #locale: MessagesController<Parameters<Translator>[0]>;
  /** The queue, its pages and the open report (core's generic queue store). */
  readonly #queue: FeedbackQueueStore;
  /** The queue row that Tab reaches (roving tabindex: the arrows move between rows). */
  #currentRow = '';
  #api: StaffApi | null = null;
  #apiKey = '';
  /** The open report's view, once its module has loaded. */
  #view: InboxDetailView | null = null;
  #viewLoading: Promise<InboxDetailView> | null = null;

  constructor(private readonly el: InboxElementHost) {
    this.#locale = el.messages(inboxMessages);
    this.#queue = createFeedbackQueueStore(() => this.#staff, { pageSize: () => el.pageSize });
    // Kept for the element's life (it only asks the element to draw again).
    this.#queue.$state.listen(() => el.requestUpdate());
  }

  get signedIn(): boolean {
    return this.me !== null;
  }

  dispose(): void {
    this.#queue.dispose();
    this.#view?.dispose();
  }

  reset(): void {
    this.me = null;
    this.#queue.dispose();
    this.#queue.close();
  }

  /** What the detail view reads of this element (feedback-inbox.detail.ts). */
  #detailHost(): InboxDetailHost {
    // Getters: the view reads the current state, and this part's private members (allowed here).
    const part = this;
    const el = this.el;
    return extendHost(el, {
      get t() {
        return part.#t;
      },
      get me() {
        return part.me;
      },
      get users() {
        return part.#users;
      },
      get staff() {
        return part.#staff;
      },
      get detail() {
        return part.detail;
      },
      queue: this.#queue,
      code: (code, params) => this.#locale.code(code, params),
      // Stories have no server, and so no photos.
      photo: (path) => (el.staffApiFactory ? null : el.http.blob(path)),
      reopen: (id) => this.#open(id, { focus: false }).then(() => el.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus()),
    });
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

  get #staff(): StaffApi {
    const key = `${this.el.api}\n${this.el.token}`;
    if (this.#api === null || this.#apiKey !== key) {
      this.#apiKey = key;
      this.#api = this.el.staffApiFactory ? this.el.staffApiFactory(this.el.token) : createStaffApi(this.el.http);
    }
    return this.#api;
  }

  get #q(): Queue {
    return this.#queue.$state.get();
  }

  /** The open report as last read or changed. */
  get detail(): StaffFeedbackDetail | null {
    return this.#q.open?.detail ?? null;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** Checks the token with the server, then loads the queue and what the filters need. */
  async start(): Promise<void> {
    try {
      const me = await this.#staff.me();
      const [categories, units] = await Promise.all([this.#staff.listCategories(), this.#staff.listUnits()]);
      this.#categories = me.role === 'admin' ? categories : categories.filter((c) => me.categories.includes(c.id));
      this.#units = units;
      this.#users = me.role === 'admin' ? await this.#staff.listUsers() : [];
      this.me = me;
      this.el.requestUpdate();
      await this.#loadQueue();
    } catch (error) {
      this.me = null;
      throw error;
    }
  }

  async #loadQueue(): Promise<void> {
    await this.#queue.reload();
    this.#announceQueue();
  }

  #announceQueue(): void {
    const q = this.#q;
    if (q.error === null) this.el.announce(this.#t('feedback.inbox.queue.shown', { shown: q.items.length, count: q.total }));
  }

  #onFilter = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    void this.#queue.setFilters({ [select.name]: select.value }).then(() => this.#announceQueue());
  };

  /** The next page of the queue; the focus goes to its first report. */
  async #loadMore(): Promise<void> {
    const before = this.#q.items.length;
    await this.#queue.loadMore();
    this.#announceQueue();
    await this.el.updateComplete;
    this.el.renderRoot.querySelectorAll<HTMLButtonElement>('.queue-open')[before]?.focus();
  }

  async #open(id: string, { focus = true } = {}): Promise<void> {
    this.#openError = '';
    if (this.#view) this.#view.actionError = '';
    const previous = this.detail?.id;
    // The view's module loads while the report is read.
    const [view, detail] = await Promise.all([
      this.#loadView().catch((error: unknown) => {
        this.#openError = this.el.failureText(error);
        return null;
      }),
      this.#queue.open(id),
    ]);
    this.el.requestUpdate();
    if (view === null) return;
    if (detail === null) {
      // Another report was opened meanwhile (this read was aborted), or the read failed.
      const open = this.#q.open;
      if (open?.id === id && open.error) this.#openError = this.el.failureText(open.error);
      return;
    }
    await view.opened(detail, previous !== id, focus);
  }

  /** Arrow keys, Home and End move between the queue's rows (their buttons). */
  #onQueueKey = (event: KeyboardEvent): void => {
    const buttons = [...this.el.renderRoot.querySelectorAll<HTMLButtonElement>('.queue-open')];
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
  };

  /** The feedback API's problem codes in words ('' for the inbox's generic text). */
  failureText(error: unknown): string {
    return error instanceof ProblemError && this.#locale.has(error.problem.code) ? this.#t(error.problem.code) : '';
  }

  render(): TemplateResult {
    const t = this.#t;
    const locale = this.el.locale;
    const me = this.me!;
    const q = this.#q;
    return html`<div class="bar">
        <p>${t('feedback.inbox.signedInAs', { name: me.name })}</p>
        <button type="button" part="button" class="secondary small" @click=${() => this.el.signOut()}>${t('feedback.inbox.signOut')}</button>
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
          ${listFailure(this.el, q.error, { text: t('common.retryNow'), run: () => void (q.items.length > 0 ? this.#loadMore() : this.#loadQueue()) })}
          ${listEmpty(q)
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
    const error = this.#openError || this.#view?.actionError || '';
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
      ${select('category', t('feedback.inbox.filter.category'), this.#categories.map((c) => [c.id, pickText(c.name, locale)]))}
      ${select('unit', t('feedback.inbox.filter.unit'), this.#units.map((u) => [u.id, pickText(u.name, locale)]))}
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
