import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  createApiClient,
  PROPOSAL_STATUSES,
  pickText,
  ProblemError,
  ProposalRowListSchema,
  TIME_ZONE,
  type BudgetingApi,
  type HttpClient,
  type Locale,
  type Proposal,
  type ProposalRow,
  type RoundView,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { euros } from '../money.js';
import { readRound, roundPath } from '../budgeting-reads.js';
import { proposalsMessages, type ProposalsTranslator as Translator } from './budget-proposals.messages.js';
import { styles } from './budget-proposals.styles.js';
import type { ProposalForm } from './budget-proposals.form.js';
import type { Opened } from './budget-proposals.detail.js';
import { textLang } from '../../i18n/text-lang.js';

type DetailPart = typeof import('./budget-proposals.detail.js');

/** Fired when the server has stored a resident's proposal; `proposal` is the stored one. */
export class KohtaamoBudgetProposalSubmittedEvent extends Event {
  static readonly eventName = 'kohtaamo-budget-proposal-submitted';
  constructor(readonly proposal: Proposal) {
    super(KohtaamoBudgetProposalSubmittedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-budget-proposal-submitted': KohtaamoBudgetProposalSubmittedEvent;
  }
}

interface Filters {
  readonly budget: string;
  readonly status: string;
  readonly maxCost: string;
}
type View = 'loading' | 'failed' | 'list' | 'detail' | 'form';

/** The proposal open on its page: its read (null while on its way), or that the read failed. */
interface OpenProposal {
  readonly id: string;
  readonly detail: Opened | null;
  readonly failed: boolean;
}

const PAGE_SIZE = 20;

const helsinkiDay = new Intl.DateTimeFormat('fi-FI', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' });

/**
 * The day of an instant in Europe/Helsinki, the Finnish way in every language ("14.9.2026"), as
 * core's `formatDate` writes it. The list shows two such dates (the proposal phase's); core's
 * module of dates, with its times, would cost its first view a chunk (issue 7, ADR 0089).
 */
function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : helsinkiDay.format(date);
}

/**
 * The proposals of a participatory budgeting round: residents browse and filter them (area or
 * theme, status, cost), read one with the city's review and its public reason, and in the
 * proposal phase submit a new one (title, description, estimated cost, area or theme, optional
 * location). The form runs on the core's submission store: the draft stays on the device, a
 * dropped connection keeps the text and sends it again under the same Idempotency-Key, errors
 * are shown by their fields and in a summary at the top.
 *
 * ```html
 * <kohtaamo-budget-proposals api="https://osallistu.heinola.fi" round="heinola-2028"></kohtaamo-budget-proposals>
 * ```
 *
 * @tagname kohtaamo-budget-proposals
 * @summary Browse, read and submit participatory budgeting proposals.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round's id (`heinola-2028`). Required.
 * @attr {string} budget - An area or theme to show first (and to preselect in the form). Default `""`: all.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event kohtaamo-budget-proposal-submitted - The server stored a proposal; `proposal` holds it.
 *
 * @csspart proposal - One proposal in the list.
 * @csspart image - The proposal's image on its page.
 * @csspart form - The proposal form.
 * @csspart summary - The error summary.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-budget-proposals-max-width - Widest the element grows. Default `48rem`.
 */
export class KohtaamoBudgetProposals extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    round: {},
    budget: {},
    budgetingApi: { attribute: false },
    view: { state: true },
    roundData: { state: true },
    notice: { state: true },
    filters: { state: true },
    items: { state: true },
    total: { state: true },
    next: { state: true },
    loading: { state: true },
    listFailed: { state: true },
    opened: { state: true },
  };

  api = '';
  round = '';
  budget = '';
  /** @internal For stories and tests: an API instead of the one built from `api`. */
  budgetingApi: BudgetingApi | null = null;

  private view: View = 'loading';
  private roundData: RoundView | null = null;
  private notice = '';
  // The list is the element's own state, read a page at a time (no queue store: the console's
  // queue with its store and controller cost the cold page ~1 KB gzip, issue 7).
  private filters: Filters = { budget: '', status: '', maxCost: '' };
  private items: ProposalRow[] = [];
  private total = 0;
  /** The cursor of the page after those shown (the server's `next`, keyset paging: ADR 0107), or null. */
  private next: string | null = null;
  /** "first": the first page of these filters is on its way; "more": a next page is. */
  private loading: 'idle' | 'first' | 'more' = 'first';
  /** Which read failed (its notice offers to read it again), or false. */
  private listFailed: false | 'first' | 'more' = false;
  private opened: OpenProposal | null = null;

  readonly #locale = new MessagesController(this, proposalsMessages);
  /** Whether the round is shown (its list started). */
  #shown = false;
  #listAbort: AbortController | null = null;
  #readAbort: AbortController | null = null;
  /** The proposal form (a lazy module), in the proposal phase only. */
  #form: ProposalForm | null = null;
  /**
   * One proposal's page (its read and view): a lazy part, imported when a person opens a
   * proposal (a plain import: the LazyModule controller would cost the list more than the part
   * saves it). A failed import fails the read, which the page says. @internal A test may swap it.
   */
  detailImport = (): Promise<DetailPart> => import('./budget-proposals.detail.js');
  #detail: DetailPart | null = null;
  #focus: string | null = null;
  /** The proposal whose "read" button gets the focus back when its detail closes. */
  #returnTo = '';
  #lastPhase = '';
  #load = 0;
  #httpCache: { base: string; http: HttpClient } | null = null;

  /**
   * The client for `api` as it is now. The list makes its own two requests instead of building
   * the whole budgeting API (every schema of it: issue 7); the form builds that when it sends.
   * @internal For the form (budget-proposals.form.ts, whose host the element is).
   */
  http(): HttpClient {
    if (this.#httpCache?.base !== this.api) this.#httpCache = { base: this.api, http: createApiClient({ baseUrl: this.api }) };
    return this.#httpCache.http;
  }

  readonly #onOnline = (): void => {
    void this.#form?.store.retryNow();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#listAbort?.abort();
    this.#readAbort?.abort();
    this.#form?.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `api` once the round is shown does not start again: the list and the form (with a
    // proposal possibly on its way) call whatever `api` is now.
    const shown = this.#shown && this.view !== 'failed';
    if (changed.has('round') || changed.has('budgetingApi') || (changed.has('api') && !shown)) void this.#start();
    // A proposal just stored: said to the page, and the list reloads. Here, not in updated():
    // the reload's first state change joins this update instead of asking for another one
    // (Lit warns of an update requested after an update, "change-in-update").
    const form = this.#form?.store.$state.get();
    if (form && form.phase === 'sent' && this.#lastPhase !== 'sent' && form.receipt) {
      this.#focus = '#sent-title';
      this.dispatchEvent(new KohtaamoBudgetProposalSubmittedEvent(form.receipt));
      void this.#list();
    }
    this.#lastPhase = form?.phase ?? '';
  }

  protected override updated(): void {
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      this.#focus = null;
      target?.focus();
    }
  }

  async #start(): Promise<void> {
    const load = ++this.#load;
    this.view = 'loading';
    this.#listAbort?.abort();
    this.#readAbort?.abort();
    this.#form?.dispose();
    this.#shown = false;
    this.#form = null;
    if (!this.round) return;
    try {
      const round = await readRound(this.budgetingApi, this.api, this.round);
      if (load !== this.#load) return;
      this.roundData = round;
      const roundId = round.id;
      this.filters = { budget: this.budget, status: '', maxCost: '' };
      this.#shown = true;
      this.view = 'list';
      const list = this.#list();
      if (round.phase === 'proposals') {
        // The client's write path (ky) comes with the form, while proposals are open (docs/adr/0083):
        // this list imports no LazyModule, and the form part is loaded here at once anyway.
        void import('@kohtaamo/core/http/writes').catch(() => undefined);
        const { ProposalForm, ready } = await import('./budget-proposals.form.js');
        await ready(this.#locale.locale);
        if (load !== this.#load) return;
        this.#form = new ProposalForm(this, roundId, this.budget || (round.budgets.length === 1 ? round.budgets[0]!.id : ''));
        this.#lastPhase = this.#form.store.$state.get().phase;
        this.requestUpdate();
      }
      await list;
    } catch (error) {
      if (load !== this.#load) return;
      this.notice = error instanceof ProblemError && error.status === 404 ? this.#locale.t('budgeting.proposals.noRound') : this.#locale.t('budgeting.proposals.loadError');
      this.view = 'failed';
    }
  }

  // ── Person's actions ────────────────────────────────────────────────────────────────────

  /**
   * Reads the first page of the filters (a page still on its way is aborted), or with `more` the
   * next one and adds it to those shown. A failed page keeps what is shown and says so.
   */
  async #list(more = false): Promise<void> {
    if (more && (this.next === null || this.loading !== 'idle')) return;
    this.#listAbort?.abort();
    const abort = (this.#listAbort = new AbortController());
    const cursor = more ? this.next! : undefined;
    const roundId = this.roundData!.id;
    const { budget, status } = this.filters;
    const maxCost = this.filters.maxCost.replace(/[\s\u00a0€]/g, '');
    this.loading = more ? 'more' : 'first';
    this.listFailed = false;
    if (!more) this.next = null;
    // The same filter as the query string of the request, or for a story's or test's API.
    const filter: { budget?: string; status?: string; maxCost?: number } = {};
    const searchParams: Record<string, string> = { pageSize: String(PAGE_SIZE) };
    if (cursor) searchParams.cursor = cursor;
    if (budget) filter.budget = searchParams.budget = budget;
    if (status) filter.status = searchParams.status = status;
    if (/^\d+$/.test(maxCost)) filter.maxCost = Number((searchParams.maxCost = maxCost));
    const signal = abort.signal;
    try {
      const answer = await (this.budgetingApi?.proposals(roundId, { ...filter, ...(cursor ? { cursor } : {}), pageSize: PAGE_SIZE }, signal) ??
        this.http().request(`${roundPath(roundId)}/proposals`, ProposalRowListSchema, { searchParams, signal }));
      if (signal.aborted) return;
      this.items = more ? [...this.items, ...answer.items] : answer.items;
      this.total = answer.total;
      this.next = answer.next;
    } catch {
      if (signal.aborted) return;
      this.listFailed = more ? 'more' : 'first';
    }
    this.loading = 'idle';
  }

  #applyFilters = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.filters = { budget: String(data.get('budget') ?? ''), status: String(data.get('status') ?? ''), maxCost: String(data.get('maxCost') ?? '') };
    void this.#list();
  };

  async #open(id: string): Promise<void> {
    this.#returnTo = id;
    this.view = 'detail';
    this.#focus = '#detail-title';
    this.#readAbort?.abort();
    const abort = (this.#readAbort = new AbortController());
    this.opened = { id, detail: null, failed: false };
    let detail: Opened | null = null;
    try {
      const part = (this.#detail ??= await this.detailImport());
      [detail] = await Promise.all([part.readOpened(this.budgetingApi, this.http(), this.roundData!.id, id, abort.signal), part.ready(this.#locale.locale)]);
    } catch {
      // Said on the page (a failed import of its part too).
    }
    if (abort.signal.aborted) return;
    this.opened = { id, detail, failed: !detail };
    this.#focus = '#detail-title';
  }

  #backToList(): void {
    this.#readAbort?.abort();
    this.opened = null;
    this.view = 'list';
    this.#focus = this.#returnTo ? `#read-${this.#returnTo}` : '#list-title';
  }

  #openForm(): void {
    this.view = 'form';
    this.#focus = '#form-title';
  }

  /** The language shown. @internal */
  get locale(): Locale {
    return this.#locale.locale;
  }

  /** "Submit another". @internal */
  another(): void {
    this.#form?.store.startNew();
    this.#focus = '#form-title';
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const round = this.roundData;
    return html`<div class="root" lang=${locale}>
      <h2 lang=${round ? textLang(round.title, locale) : nothing}>${round ? pickText(round.title, locale) : t('budgeting.proposals.title')}</h2>
      ${this.#body(t, locale)}
    </div>`;
  }

  #body(t: Translator, locale: Locale): TemplateResult {
    switch (this.view) {
      case 'loading':
        return html`<p role="status">${t('common.loading')}</p>`;
      case 'failed':
        return html`<div class="notice error-notice" role="alert" id="notice"><p>${this.notice}</p></div>`;
      case 'detail':
        return this.#renderDetail(t, locale);
      case 'form':
        return this.#renderForm(t, locale);
      default:
        return this.#renderList(t, locale);
    }
  }

  #budgetName(locale: Locale, id: string): string {
    const budget = this.roundData?.budgets.find((b) => b.id === id);
    return budget ? pickText(budget.name, locale) : id;
  }

  /** The budgets as a select's options (the filter's, the form's). @internal */
  budgetOptions(locale: Locale, selected: string): TemplateResult[] {
    const t = this.#locale.t;
    return (this.roundData?.budgets ?? []).map(
      (b) => html`<option value=${b.id} ?selected=${b.id === selected} lang=${textLang(b.name, locale)}>${pickText(b.name, locale)} (${t(b.kind === 'theme' ? 'budgeting.proposals.kind.theme' : 'budgeting.proposals.kind.area')})</option>`,
    );
  }

  #renderList(t: Translator, locale: Locale): TemplateResult {
    const round = this.roundData!;
    const { filters, loading } = this;
    const open = round.phase === 'proposals';
    const range = { from: day(round.schedule.proposalsOpenAt), until: day(round.schedule.proposalsCloseAt) };
    return html`
      <section class="new notice" aria-labelledby="new-heading">
        <h3 id="new-heading">${t('budgeting.proposals.new')}</h3>
        <p>${open ? t('budgeting.proposals.newHint', { until: range.until }) : t('budgeting.proposals.closedHint', range)}</p>
        ${open && this.#form
          ? html`<div class="actions"><button type="button" part="button" id="open-form" @click=${() => this.#openForm()}>${t('budgeting.proposals.new')}</button></div>`
          : nothing}
      </section>
      <form class="filters" role="search" aria-labelledby="filters-title" @submit=${this.#applyFilters} novalidate>
        <h3 id="filters-title" class="visually-hidden">${t('budgeting.proposals.filters')}</h3>
        <div class="field">
          <label for="filter-budget">${t('budgeting.proposals.filter.budget')}</label>
          <select id="filter-budget" name="budget">
            <option value="" ?selected=${filters.budget === ''}>${t('budgeting.proposals.filter.allBudgets')}</option>
            ${this.budgetOptions(locale, filters.budget)}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">${t('budgeting.proposals.filter.status')}</label>
          <select id="filter-status" name="status">
            <option value="" ?selected=${filters.status === ''}>${t('budgeting.proposals.filter.allStatuses')}</option>
            ${PROPOSAL_STATUSES.map((s) => html`<option value=${s} ?selected=${s === filters.status}>${t(`budgeting.proposals.status.${s}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-max">${t('budgeting.proposals.filter.maxCost')}</label>
          <input id="filter-max" name="maxCost" inputmode="numeric" autocomplete="off" aria-describedby="filter-max-hint" .value=${filters.maxCost} />
          <p class="hint" id="filter-max-hint">${t('budgeting.proposals.filter.maxCostHint')}</p>
        </div>
        <div class="actions"><button type="submit" part="button" class="secondary" id="apply">${t('budgeting.proposals.filter.apply')}</button></div>
      </form>
      <section aria-labelledby="list-title" class="results">
        <h3 id="list-title" tabindex="-1">${t('budgeting.proposals.title')}</h3>
        <p role="status" id="count">
          ${loading === 'first' ? t('common.loading') : this.listFailed ? '' : this.total === 0 ? t('budgeting.proposals.none') : t('budgeting.proposals.count', { count: this.total })}
        </p>
        ${this.listFailed
          ? html`<div class="notice error-notice" role="alert"><p>${t('budgeting.proposals.loadError')}</p>
              <div class="actions"><button type="button" part="button" class="secondary" id="retry-list" @click=${() => void this.#list(this.listFailed === 'more')}>${t('budgeting.proposals.retry')}</button></div></div>`
          : nothing}
        <ul class="list">
          ${this.items.map((p) => this.#renderItem(t, locale, p))}
        </ul>
        ${this.next
          ? html`<div class="actions"><button type="button" part="button" class="secondary" id="more" aria-disabled=${loading === 'more' ? 'true' : 'false'} @click=${() => void this.#list(true)}>${t('budgeting.proposals.more')}</button></div>`
          : nothing}
      </section>
    `;
  }

  #renderItem(t: Translator, locale: Locale, p: ProposalRow): TemplateResult {
    const city = p.review?.costEstimate ?? null;
    return html`<li part="proposal" class="item">
      <h3 lang=${p.lang}><button type="button" class="link" id="read-${p.id}" aria-describedby="meta-${p.id}" @click=${() => void this.#open(p.id)}>${p.title}</button></h3>
      <p class="meta" id="meta-${p.id}">
        <span class="status">${t(`budgeting.proposals.status.${p.status}`)}</span> · ${this.#budgetName(locale, p.budget)} ·
        ${city !== null ? t('budgeting.proposals.cityEstimate', { cost: euros(locale, city) }) : t('budgeting.proposals.estimated', { cost: euros(locale, p.estimatedCost) })}
      </p>
    </li>`;
  }

  #renderDetail(t: Translator, locale: Locale): TemplateResult {
    const open = this.opened;
    const opened = open?.detail ?? null;
    const detail = this.#detail;
    const back = html`<div class="actions"><button type="button" part="button" class="secondary" id="back" @click=${() => this.#backToList()}>${t('budgeting.proposals.back')}</button></div>`;
    if (!opened || !detail) {
      return html`<section class="detail" aria-labelledby="detail-title">
        <h3 id="detail-title" tabindex="-1">${t('budgeting.proposals.read')}</h3>
        ${open?.failed
          ? html`<div class="notice error-notice" role="alert"><p>${t('budgeting.proposals.loadError')}</p></div>`
          : html`<p role="status">${t('common.loading')}</p>`}
        ${back}
      </section>`;
    }
    return detail.renderDetail({ renderRoot: this.renderRoot, api: this.api, budgetName: (l, id) => this.#budgetName(l, id), requestUpdate: () => this.requestUpdate() }, t, locale, opened, back);
  }

  #renderForm(t: Translator, locale: Locale): TemplateResult {
    const back = html`<button type="button" part="button" class="secondary" id="back" @click=${() => this.#backToList()}>${t('budgeting.proposals.back')}</button>`;
    return this.#form ? this.#form.render(t, locale, back) : html`<p role="status">${t('common.loading')}</p><div class="actions">${back}</div>`;
  }
}
