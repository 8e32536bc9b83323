import { html, nothing, type TemplateResult } from 'lit';
import {
  ProblemError,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  bookingUnitsOf,
  createBookingQueueStore,
  createBookingStaffApi,
  formatDateTime,
  formatWall,
  type BookingQueueFilters,
  type BookingQueueStore,
  type BookingStaffApi,
  type ConsoleUnit,
  type HttpClient,
  type Locale,
  type QueueState,
  type StaffBooking,
  type StaffUser,
  pickText,
  pickTextLang,
} from '@kohtaamo/core';
import type { MessagesController } from '../../i18n/localized-element.js';
import { extendHost, type ConsoleElementHost, type SignedInPart } from '../../staff/staff-console.js';
import { listEmpty, listFailure } from '../../staff/staff-list.js';
import { signedInStyles } from './space-console.styles.js';
import { consoleMessages, type ConsoleTranslator } from './space-console.messages.js';
import type { ConsoleHost, ConsoleViews } from './space-console.views.js';

export type ConsoleView = 'requests' | 'day' | 'block' | 'book' | 'rounds';
const VIEWS: readonly ConsoleView[] = ['requests', 'day', 'block', 'book', 'rounds'];
type Queue = QueueState<StaffBooking, BookingQueueFilters, StaffBooking>;

/** What the signed-in part reads of the console element (space-console.ts). */
export interface SpaceConsoleElementHost extends ConsoleElementHost {
  /** The unit shown first (the `unit` attribute). */
  readonly unit: string;
}

/**
 * The space console after sign-in (issue 7, docs/adr/0067): who is signed in, the units their
 * grants name, the requests' queue (core's generic queue store); the open request and the other
 * views are a module of their own (space-console.views.ts), loaded when first needed.
 */
export class SpaceConsolePart implements SignedInPart {
  readonly styles = signedInStyles;
  me: StaffUser | null = null;
  units: ConsoleUnit[] = [];
  view: ConsoleView = 'requests';
  viewError = '';
  readonly #locale: MessagesController<Parameters<ConsoleTranslator>[0]>;
  readonly #queue: BookingQueueStore;
  #api: BookingStaffApi | null = null;
  #apiOf: HttpClient | null = null;
  #views: ConsoleViews | null = null;
  #viewsLoading: Promise<ConsoleViews> | null = null;
  #currentRow = '';

  constructor(private readonly el: SpaceConsoleElementHost) {
    this.#locale = el.messages(consoleMessages);
    this.#queue = createBookingQueueStore(() => this.#staff);
    // Kept for the element's life (it only asks the element to draw again).
    this.#queue.$state.listen(() => el.requestUpdate());
  }

  get signedIn(): boolean {
    return this.me !== null;
  }

  get #staff(): BookingStaffApi {
    const client = this.el.http;
    if (this.#apiOf !== client) {
      this.#apiOf = client;
      this.#api = createBookingStaffApi(client, () => this.el.locale);
    }
    return this.#api!;
  }

  get #t(): ConsoleTranslator {
    return this.#locale.t;
  }

  get #q(): Queue {
    return this.#queue.$state.get();
  }

  /** The unit whose requests and views are shown. */
  get currentUnit(): ConsoleUnit | null {
    return this.units.find((u) => u.id === this.#q.filters.unit) ?? this.units[0] ?? null;
  }

  /** Checks the token, reads the register and the units the grants name, then the queue. */
  async start(): Promise<void> {
    try {
      const me = await this.el.http.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema);
      const register = await this.#staff.units();
      const allowed = bookingUnitsOf(me.grants ?? []);
      this.units = register.items.filter((u) => allowed === 'all' || allowed.includes(u.id));
      this.me = me;
      this.el.requestUpdate();
      const unit = this.units.find((u) => u.id === this.el.unit) ?? this.units[0];
      if (unit) await this.#queue.setFilters({ unit: unit.id });
      this.#announceQueue();
    } catch (error) {
      this.me = null;
      throw error;
    }
  }

  reset(): void {
    this.me = null;
    this.#queue.close();
  }

  dispose(): void {
    this.#queue.dispose();
  }

  #announceQueue(): void {
    const q = this.#q;
    if (q.error === null && this.view === 'requests') this.el.announce(this.#t('space.console.requests.count', { count: q.total }));
  }

  /** The server's own text for a refused rule, or its code's ('' for the console's generic text). */
  failureText(error: unknown): string {
    if (!(error instanceof ProblemError)) return '';
    if (this.#locale.has(error.problem.code)) return this.#t(error.problem.code);
    return error.problem.detail ?? '';
  }

  /** A booking's time: "14.9.2026 klo 18.00–20.00". */
  when(booking: { start: string; end: string }): string {
    return `${formatDateTime(booking.start, this.el.locale)}–${formatWall(Date.parse(booking.end)).slice(11).replace(':', '.')}`;
  }

  resourceName(id: string): string {
    const locale = this.el.locale;
    for (const unit of this.units) {
      const resource = unit.resources.find((r) => r.id === id);
      if (resource) return pickText(resource.name, locale);
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
    const part = this;
    return extendHost(this.el, {
      get t() {
        return part.#t;
      },
      get staff() {
        return part.#staff;
      },
      get unit() {
        return part.currentUnit;
      },
      queue: this.#queue,
      when: (b) => this.when(b),
      resourceName: (id) => this.resourceName(id),
    });
  }

  async #show(view: ConsoleView): Promise<void> {
    this.view = view;
    this.viewError = '';
    this.el.requestUpdate();
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
      this.viewError = this.el.failureText(error);
    }
    this.el.requestUpdate();
  }

  async #open(id: string): Promise<void> {
    this.viewError = '';
    const [views, detail] = await Promise.all([
      this.#loadViews().catch((error: unknown) => {
        this.viewError = this.el.failureText(error);
        return null;
      }),
      this.#queue.open(id),
    ]);
    this.el.requestUpdate();
    if (!views || !detail) {
      const open = this.#q.open;
      if (open?.id === id && open.error) this.viewError = this.el.failureText(open.error);
      return;
    }
    await views.opened(detail);
  }

  #onUnit = (event: Event): void => {
    const unit = (event.target as HTMLSelectElement).value;
    this.#queue.close();
    void this.#queue.setFilters({ unit }).then(() => {
      this.#announceQueue();
      if (this.view !== 'requests') void this.#views?.shown(this.view);
    });
  };

  #onQueueKey = (event: KeyboardEvent): void => {
    const buttons = [...this.el.renderRoot.querySelectorAll<HTMLButtonElement>('.queue-open')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  render(): TemplateResult {
    return this.#renderConsole(this.#t, this.me!);
  }

  #renderConsole(t: ConsoleTranslator, me: StaffUser): TemplateResult {
    const locale = this.el.locale;
    const unit = this.currentUnit;
    return html`<div class="bar">
        <p>${t('space.console.signedInAs', { name: me.name })}</p>
        ${this.el.standIn ? nothing : html`<button type="button" part="button" class="secondary small" @click=${() => this.el.signOut()}>${t('space.console.signOut')}</button>`}
      </div>
      ${unit === null
        ? html`<p class="notice">${t('space.console.noUnits')}</p>`
        : html`<div class="field unit">
              <label for="unit">${t('space.console.unit')}</label>
              <select id="unit" name="unit" @change=${this.#onUnit}>
                ${this.units.map((u) => html`<option value=${u.id} ?selected=${u.id === unit.id} lang=${pickTextLang(u.name, locale)}>${pickText(u.name, locale)}</option>`)}
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
        ${listFailure(this.el, q.error, { text: t('common.retryNow'), run: () => void this.#queue.reload() })}
        ${listEmpty(q)
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
