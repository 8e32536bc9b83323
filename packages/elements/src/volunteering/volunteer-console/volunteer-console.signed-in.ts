import { html, nothing, type TemplateResult } from 'lit';
import {
  CITY_ORGANISATION,
  createQueueStore,
  createVolunteeringStaffApi,
  formatDateTime,
  pickText,
  ProblemError,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  type Locale,
  type Opportunity,
  type OutboxList,
  type QueueState,
  type QueueStore,
  type StaffUser,
  type TalkootProposal,
  type VolunteeringStaffApi,
} from '@kohtaamo/core';
import type { MessagesController } from '../../i18n/localized-element.js';
import { extendHost, type ConsoleElementHost, type SignedInPart } from '../../staff/staff-console.js';
import { failureNotice, listFailure } from '../../staff/staff-list.js';
import { signedInStyles } from './volunteer-console.styles.js';
import { consoleMessages, type ConsoleTranslator as Translator } from './volunteer-console.messages.js';
import type { ConsoleDetailHost, ConsoleDetailView } from './volunteer-console.detail.js';

type View = 'opportunities' | 'proposals' | 'offers' | 'outbox';
type Filters = Record<string, never>;
export type OpportunityQueue = QueueStore<Opportunity, Filters, Opportunity>;
export type ProposalQueue = QueueStore<TalkootProposal, Filters, TalkootProposal>;

/** What the signed-in part reads of the console element (volunteer-console.ts). */
export interface VolunteerConsoleElementHost extends ConsoleElementHost {
  /** The `organisation` attribute ("" for the person's own). */
  readonly organisation: string;
  /** The stories' staff API in place of the HTTP one, and who is signed in with it. */
  readonly staffApiFactory: ((organisation: string) => VolunteeringStaffApi) | null;
  readonly staffUser: StaffUser | null;
}

/**
 * A list read whole, as the queue store's one page: the proposals in one answer, the
 * opportunities in the staff API's keyset pages (`next`), read one after another to the last
 * (ADR 0100). Opening one looks for it the same way.
 */
function wholeList<T extends { id: string }>(read: (signal: AbortSignal, cursor?: string) => Promise<{ items: T[]; total: number; next?: string | null }>): QueueStore<T, Filters, T> {
  async function* pages(signal: AbortSignal) {
    let cursor: string | undefined;
    do {
      const page = await read(signal, cursor);
      yield page;
      cursor = page.next ?? undefined;
    } while (cursor);
  }
  return createQueueStore<T, Filters, T>({
    filters: {},
    idOf: (item) => item.id,
    rowOf: (detail) => detail,
    list: async (_f, _cursor, signal) => {
      const items: T[] = [];
      let total = 0;
      for await (const page of pages(signal)) {
        items.push(...page.items);
        total = page.total;
      }
      return { items, total, next: null };
    },
    read: async (id, signal) => {
      for await (const page of pages(signal)) {
        const found = page.items.find((item) => item.id === id);
        if (found) return found;
      }
      throw new ProblemError({ type: 'about:blank', title: 'Not found', status: 404 }, 404);
    },
  });
}

/**
 * The coordinators' console after sign-in (issue 7, docs/adr/0067): who is signed in and the
 * organisation coordinated, the views (opportunities, proposals, offers of help, the outbox) with
 * their lists on the platform's queue store, and the styles only they use; an opened opportunity
 * or proposal is a module of its own (volunteer-console.detail.ts), loaded when first needed.
 */
export class VolunteerConsolePart implements SignedInPart {
  readonly styles = signedInStyles;
  me: StaffUser | null = null;
  view: View = 'opportunities';
  #outbox: OutboxList | null = null;
  #outboxError: unknown = null;
  #openError = '';
  /** A new opportunity's form is open (no item of the list). */
  #creating = false;
  readonly #locale: MessagesController<Parameters<Translator>[0]>;
  readonly #opportunities: OpportunityQueue;
  readonly #proposals: ProposalQueue;
  #staff: { key: string; api: VolunteeringStaffApi } | null = null;
  #detail: ConsoleDetailView | null = null;
  #detailLoading: Promise<ConsoleDetailView> | null = null;

  constructor(private readonly el: VolunteerConsoleElementHost) {
    this.#locale = el.messages(consoleMessages);
    this.#opportunities = wholeList((signal, cursor) => this.staff.opportunities(signal, { cursor }));
    this.#proposals = wholeList((signal) => this.staff.proposals(signal));
    // Kept for the element's life (they only ask the element to draw again).
    this.#opportunities.$state.listen(() => el.requestUpdate());
    this.#proposals.$state.listen(() => el.requestUpdate());
  }

  get signedIn(): boolean {
    return this.me !== null;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** The organisation coordinated: the attribute, else the person's own coordinator grant (the city's administrator: the city). */
  get organisationId(): string {
    if (this.el.organisation) return this.el.organisation;
    const grants = this.me?.grants ?? [];
    const own = grants.find((g) => g.domain === 'volunteering' && g.role === 'coordinator');
    if (own) return own.organisation;
    if (grants.some((g) => g.domain === 'platform' && g.role === 'admin')) return CITY_ORGANISATION;
    return this.me?.organisation?.id ?? CITY_ORGANISATION;
  }

  get isCity(): boolean {
    return this.organisationId === CITY_ORGANISATION;
  }

  /** The staff API of the organisation coordinated. */
  get staff(): VolunteeringStaffApi {
    const el = this.el;
    const org = this.organisationId;
    const key = `${el.api}\n${el.token}\n${org}`;
    if (this.#staff?.key !== key) this.#staff = { key, api: el.staffApiFactory ? el.staffApiFactory(org) : createVolunteeringStaffApi(el.http, org) };
    return this.#staff.api;
  }

  /** Checks the token (who is signed in; the stories' user without asking), then shows the view. */
  async start(): Promise<void> {
    try {
      this.me = this.el.staffUser ?? (await this.el.http.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema));
      this.el.requestUpdate();
      await this.#showView(this.view, false);
    } catch (error) {
      this.me = null;
      throw error;
    }
  }

  reset(): void {
    this.me = null;
    this.#opportunities.close();
    this.#proposals.close();
  }

  dispose(): void {
    this.#opportunities.dispose();
    this.#proposals.dispose();
    this.#detail?.dispose();
  }

  /** The server's text for a refused rule, by its code ('' for the console's generic text). */
  failureText(error: unknown): string {
    return error instanceof ProblemError && this.#locale.has(error.problem.code) ? this.#t(error.problem.code as never) : '';
  }

  async #showView(view: View, focus = true): Promise<void> {
    this.view = view;
    this.#creating = false;
    this.#openError = '';
    this.el.requestUpdate();
    const t = this.#t;
    if (view === 'opportunities') {
      await this.#opportunities.reload();
      this.el.announce(t('volunteering.console.opportunities.count', { count: this.#opportunities.$state.get().total }));
    } else if (view === 'proposals') {
      if (this.isCity) {
        await this.#proposals.reload();
        this.el.announce(t('volunteering.console.proposals.count', { count: this.#proposals.$state.get().total }));
      }
    } else if (view === 'offers') {
      // The offers of help are drawn by the lazy detail module (ADR 0054), with its texts.
      if (this.isCity) {
        try {
          await (await this.#loadDetail()).loadOffers();
        } catch (error) {
          this.#openError = this.el.failureText(error);
        }
      }
    } else {
      await this.#loadOutbox();
    }
    this.el.requestUpdate();
    if (focus) {
      await this.el.updateComplete;
      this.el.renderRoot.querySelector<HTMLElement>('#view-title')?.focus();
    }
  }

  /** Reads the mails still waiting in the outbox. */
  async #loadOutbox(): Promise<void> {
    this.#outboxError = null;
    try {
      this.#outbox = await this.staff.outbox();
      this.el.announce(this.#t('volunteering.console.outbox.count', { count: this.#outbox.total }));
    } catch (error) {
      this.#outboxError = error;
    }
    this.el.requestUpdate();
  }

  /** The detail view's module, imported once (again after a failed attempt). */
  #loadDetail(): Promise<ConsoleDetailView> {
    this.#detailLoading ??= import('./volunteer-console.detail.js').then(
      ({ ConsoleDetailView }) => (this.#detail = new ConsoleDetailView(this.#detailHost())),
      (error: unknown) => {
        this.#detailLoading = null;
        throw error;
      },
    );
    return this.#detailLoading;
  }

  #detailHost(): ConsoleDetailHost {
    const part = this;
    return extendHost(this.el, {
      get t() {
        return part.#t;
      },
      get staff() {
        return part.staff;
      },
      get isCity() {
        return part.isCity;
      },
      opportunities: this.#opportunities,
      proposals: this.#proposals,
      code: (code, params) => this.#locale.code(code, params),
      created: async (o) => {
        this.#creating = false;
        await this.#opportunities.reload();
        await this.#open('opportunities', o.id);
      },
    });
  }

  async #open(kind: 'opportunities' | 'proposals', id: string): Promise<void> {
    this.#openError = '';
    this.#creating = false;
    const queue = kind === 'opportunities' ? this.#opportunities : this.#proposals;
    const [view, item] = await Promise.all([
      this.#loadDetail().catch((error: unknown) => {
        this.#openError = this.el.failureText(error);
        return null;
      }),
      (queue as QueueStore<unknown, Filters, unknown>).open(id),
    ]);
    if (!view || item === null) {
      const open = queue.$state.get().open;
      if (open?.error) this.#openError = this.el.failureText(open.error);
      this.el.requestUpdate();
      return;
    }
    view.opened(kind, id);
    this.el.requestUpdate();
    await this.el.updateComplete;
    this.el.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  async #create(): Promise<void> {
    const view = await this.#loadDetail().catch((error: unknown) => {
      this.#openError = this.el.failureText(error);
      this.el.requestUpdate();
      return null;
    });
    if (!view) return;
    this.#opportunities.close();
    this.#creating = true;
    view.opened('new', '');
    this.el.requestUpdate();
    await this.el.updateComplete;
    this.el.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  render(): TemplateResult {
    const t = this.#t;
    const locale = this.el.locale;
    const me = this.me!;
    const orgName = this.isCity ? (me.organisation?.id === CITY_ORGANISATION ? me.organisation.name : CITY_ORGANISATION) : (me.organisation?.id === this.organisationId ? me.organisation.name : this.organisationId);
    const views: [View, string][] = [
      ['opportunities', t('volunteering.console.view.opportunities')],
      ...(this.isCity ? ([['proposals', t('volunteering.console.view.proposals')], ['offers', t('volunteering.console.view.offers')]] as [View, string][]) : []),
      ['outbox', t('volunteering.console.view.outbox')],
    ];
    return html`<div class="bar">
        <p>${t('volunteering.console.signedInAs', { name: me.name, organisation: orgName })}</p>
        <button type="button" part="button" class="secondary small" @click=${() => this.el.signOut()}>${t('volunteering.console.signOut')}</button>
      </div>
      <nav part="views" aria-label=${t('volunteering.console.views')}>
        <ul>
          ${views.map(([id, label]) => html`<li><button type="button" part="button" class="secondary small" id="view-${id}" aria-current=${this.view === id ? 'page' : 'false'} @click=${() => void this.#showView(id)}>${label}</button></li>`)}
        </ul>
      </nav>
      ${this.view === 'outbox'
        ? this.#renderOutbox(t, locale)
        : this.view === 'proposals'
          ? this.#renderProposals(t, locale)
          : this.view === 'offers'
            ? (this.#detail?.renderOffers(locale) ?? html`<h3 id="view-title" tabindex="-1">${this.#openError || t('volunteering.console.loading')}</h3>`)
            : this.#renderOpportunities(t, locale)}`;
  }

  #renderListNotice(t: Translator, error: unknown, retry: () => void): TemplateResult | typeof nothing {
    return listFailure(this.el, error, { text: t('common.retryNow'), run: retry });
  }

  #renderDetail(t: Translator, locale: Locale, kind: 'opportunities' | 'proposals'): TemplateResult {
    const open = (kind === 'opportunities' ? this.#opportunities : this.#proposals).$state.get().open;
    const error = failureNotice(this.#openError);
    if (this.#detail && (this.#creating || open?.detail)) return html`${error}${this.#detail.render(locale)}`;
    return html`<h3 id="detail-title" tabindex="-1">${open?.loading ? t('volunteering.console.loading') : t('volunteering.console.detail.none')}</h3>${error}`;
  }

  #renderOpportunities(t: Translator, locale: Locale): TemplateResult {
    const q = this.#opportunities.$state.get() as QueueState<Opportunity, Filters, Opportunity>;
    const now = Date.now();
    return html`<div class="layout">
      <section part="list" aria-labelledby="view-title">
        <h3 id="view-title" tabindex="-1">${t('volunteering.console.view.opportunities')}</h3>
        <div class="bar">
          <p class="count">${q.loading === 'first' ? t('volunteering.console.loading') : t('volunteering.console.opportunities.count', { count: q.total })}</p>
          <button type="button" part="button" id="new-opportunity" @click=${() => void this.#create()}>${t('volunteering.console.opportunities.new')}</button>
        </div>
        ${this.#renderListNotice(t, q.error, () => void this.#opportunities.reload())}
        ${q.items.length === 0 && q.loading === 'idle' && q.error === null
          ? html`<p>${t('volunteering.console.opportunities.empty')}</p>`
          : html`<div class="table-wrap"><table>
              <caption class="visually-hidden">${t('volunteering.console.view.opportunities')}</caption>
              <thead><tr>
                <th scope="col">${t('volunteering.console.col.title')}</th>
                ${this.isCity ? html`<th scope="col">${t('volunteering.console.col.organisation')}</th>` : nothing}
                <th scope="col">${t('volunteering.console.col.next')}</th>
                <th scope="col">${t('volunteering.console.col.signups')}</th>
                <th scope="col">${t('volunteering.console.col.status')}</th>
              </tr></thead>
              <tbody>
                ${q.items.map((o) => {
                  const next = o.shifts.filter((s) => Date.parse(s.endsAt) > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
                  const attending = o.shifts.reduce((n, s) => n + s.attending, 0);
                  const waiting = o.shifts.reduce((n, s) => n + s.waiting, 0);
                  const selected = q.open?.id === o.id;
                  return html`<tr class=${selected ? 'selected' : ''}>
                    <th scope="row"><button type="button" part="button" class="link open-opportunity" data-id=${o.id} aria-current=${selected ? 'true' : 'false'} @click=${() => void this.#open('opportunities', o.id)}>${pickText(o.title, locale)}</button></th>
                    ${this.isCity ? html`<td>${o.organisationName}</td>` : nothing}
                    <td>${next ? html`<time datetime=${next.startsAt}>${formatDateTime(next.startsAt, locale)}</time>` : t('volunteering.console.none')}</td>
                    <td>${attending} / ${waiting}</td>
                    <td>${t(`volunteering.console.status.${o.status}`)}</td>
                  </tr>`;
                })}
              </tbody>
            </table></div>`}
      </section>
      <section part="detail" aria-labelledby="detail-title">${this.#renderDetail(t, locale, 'opportunities')}</section>
    </div>`;
  }

  #renderProposals(t: Translator, locale: Locale): TemplateResult {
    const q = this.#proposals.$state.get() as QueueState<TalkootProposal, Filters, TalkootProposal>;
    return html`<div class="layout">
      <section part="list" aria-labelledby="view-title">
        <h3 id="view-title" tabindex="-1">${t('volunteering.console.view.proposals')}</h3>
        <p class="count">${q.loading === 'first' ? t('volunteering.console.loading') : t('volunteering.console.proposals.count', { count: q.total })}</p>
        ${this.#renderListNotice(t, q.error, () => void this.#proposals.reload())}
        ${q.items.length === 0 && q.loading === 'idle' && q.error === null
          ? html`<p>${t('volunteering.console.proposals.empty')}</p>`
          : html`<ul class="shifts">
              ${q.items.map((p) => html`<li class=${q.open?.id === p.id ? 'selected' : ''}>
                <button type="button" part="button" class="link open-proposal" data-id=${p.id} aria-current=${q.open?.id === p.id ? 'true' : 'false'} @click=${() => void this.#open('proposals', p.id)}>${p.what}</button>
                <span>· <time datetime=${p.startsAt}>${formatDateTime(p.startsAt, locale)}</time> · ${t(`volunteering.console.proposal.${p.status}`)}</span>
              </li>`)}
            </ul>`}
      </section>
      <section part="detail" aria-labelledby="detail-title">${this.#renderDetail(t, locale, 'proposals')}</section>
    </div>`;
  }

  #renderOutbox(t: Translator, locale: Locale): TemplateResult {
    const o = this.#outbox;
    return html`<section part="list" aria-labelledby="view-title">
      <h3 id="view-title" tabindex="-1">${t('volunteering.console.outbox.heading')}</h3>
      ${o && !o.smtpConfigured ? html`<div class="notice" id="no-smtp"><p>${t('volunteering.console.outbox.noSmtp')}</p></div>` : nothing}
      ${this.#renderListNotice(t, this.#outboxError, () => void this.#loadOutbox())}
      ${!o
        ? html`<p>${t('volunteering.console.loading')}</p>`
        : o.items.length === 0
          ? html`<p>${t('volunteering.console.outbox.empty')}</p>`
          : html`<p class="count">${t('volunteering.console.outbox.count', { count: o.total })}</p>
              <div class="table-wrap"><table>
                <caption class="visually-hidden">${t('volunteering.console.outbox.heading')}</caption>
                <thead><tr>
                  <th scope="col">${t('volunteering.console.outbox.subject')}</th>
                  <th scope="col">${t('volunteering.console.outbox.to')}</th>
                  <th scope="col">${t('volunteering.console.outbox.queued')}</th>
                  <th scope="col">${t('volunteering.console.outbox.state')}</th>
                </tr></thead>
                <tbody>
                  ${o.items.map((m) => html`<tr>
                    <td>${m.subject}</td>
                    <td>${m.to}</td>
                    <td><time datetime=${m.createdAt}>${formatDateTime(m.createdAt, locale)}</time></td>
                    <td>${m.failed ? t('volunteering.console.outbox.failed') : m.attempts > 0 ? t('volunteering.console.outbox.attempts', { attempts: m.attempts }) : t('volunteering.console.outbox.waiting')}</td>
                  </tr>`)}
                </tbody>
              </table></div>`}
    </section>`;
  }
}
