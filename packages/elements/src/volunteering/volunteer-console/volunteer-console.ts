import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CITY_ORGANISATION,
  cityLoginUrl,
  createApiClient,
  createQueueStore,
  createVolunteeringStaffApi,
  exchangeSignInCode,
  formatDateTime,
  NetworkError,
  pickText,
  ProblemError,
  signInCodeOf,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  withoutSignInCode,
  type Locale,
  type Opportunity,
  type OutboxList,
  type QueueState,
  type QueueStore,
  type StaffUser,
  type TalkootProposal,
  type VolunteeringStaffApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { siteSettings } from '../../site/site-settings.js';
import { StoreController } from '../../state/store-controller.js';
import { consoleMessages, type ConsoleTranslator as Translator } from './volunteer-console.messages.js';
import { styles } from './volunteer-console.styles.js';
import type { ConsoleDetailHost, ConsoleDetailView } from './volunteer-console.detail.js';

/** Where a pasted token is kept: this tab only (the same key as the feedback inbox's: one sign-in per tab). */
const TOKEN_KEY = 'kohtaamo-staff-token';

type View = 'opportunities' | 'proposals' | 'offers' | 'outbox';
type Filters = Record<string, never>;
export type OpportunityQueue = QueueStore<Opportunity, Filters, Opportunity>;
export type ProposalQueue = QueueStore<TalkootProposal, Filters, TalkootProposal>;

/**
 * The coordinators' console of volunteering, for signed-in staff with a volunteering
 * coordinator grant: an association's coordinator sees and manages only their own
 * organisation's opportunities (the server checks the grant on every call), the city's sees
 * every organisation's and handles talkoot proposals. Opportunities and shifts are created and
 * edited, sign-ups listed, exported as CSV, checked in, their hours logged and approved, and the
 * people of a shift messaged through the outbox; the mails still waiting there (all of them when
 * the server has no SMTP) are listed. The lists run on the platform's queue store; an opened
 * opportunity or proposal is a module of its own (volunteer-console.detail.ts), loaded when
 * first needed.
 *
 * The staff token is never an attribute: the coordinator pastes it into the sign-in form (kept
 * for this tab only), signs in with the city account where the server offers it, or the host
 * page sets the `token` property.
 *
 * @tagname kohtaamo-volunteer-console
 * @summary Coordinators' console: opportunities, shifts, sign-ups, check-in, hours, messages, proposals, the outbox.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} organisation - The organisation to coordinate (`heinolan-latu`, `city`). Default `""`: the signed-in person's own, from their grants.
 * @attr {string} lang - `fi`, `sv` or `en`. Default: the nearest `lang`, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart views - The navigation between the console's views.
 * @csspart list - The list of the view.
 * @csspart detail - The opened opportunity or proposal.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons, links and the current view. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Errors. Default `#b01038`.
 * @cssproperty --kohtaamo-volunteer-console-selected - Background of the opened row. Default `#e5e5f9`.
 */
export class KohtaamoVolunteerConsole extends LocalizedElement {
  static override styles = styles;

  @property() api = '';
  @property() organisation = '';
  /** The staff token (a property only, never an attribute). */
  @property({ attribute: false }) token = '';
  /** Makes the staff API instead of the HTTP one (stories). @internal */
  @property({ attribute: false }) staffApiFactory: ((organisation: string) => VolunteeringStaffApi) | null = null;
  /** Who is signed in, instead of asking the server (stories). @internal */
  @property({ attribute: false }) staffUser: StaffUser | null = null;

  @state() private me: StaffUser | null = null;
  @state() private view: View = 'opportunities';
  @state() private signInError = '';
  @state() private signingIn = false;
  @state() private cityAccount = false;
  @state() private announcement = '';
  @state() private outbox: OutboxList | null = null;
  @state() private outboxError: unknown = null;
  @state() private openError = '';
  /** A new opportunity's form is open (no item of the list). */
  @state() private creating = false;

  readonly #locale = new MessagesController(this, consoleMessages);
  readonly #opportunities: OpportunityQueue = createQueueStore<Opportunity, Filters, Opportunity>({
    filters: {},
    idOf: (o) => o.id,
    rowOf: (detail) => detail,
    list: async (_f, _cursor, signal) => {
      const page = await this.staff.opportunities(signal);
      return { items: page.items, total: page.total, next: null };
    },
    read: async (id, signal) => {
      const page = await this.staff.opportunities(signal);
      const found = page.items.find((o) => o.id === id);
      if (!found) throw new ProblemError({ type: 'about:blank', title: 'Not found', status: 404 }, 404);
      return found;
    },
  });
  readonly #proposals: ProposalQueue = createQueueStore<TalkootProposal, Filters, TalkootProposal>({
    filters: {},
    idOf: (p) => p.id,
    rowOf: (detail) => detail,
    list: async (_f, _cursor, signal) => {
      const page = await this.staff.proposals(signal);
      return { items: page.items, total: page.total, next: null };
    },
    read: async (id, signal) => {
      const found = (await this.staff.proposals(signal)).items.find((p) => p.id === id);
      if (!found) throw new ProblemError({ type: 'about:blank', title: 'Not found', status: 404 }, 404);
      return found;
    },
  });
  readonly #oppState = new StoreController(this, this.#opportunities.$state);
  readonly #propState = new StoreController(this, this.#proposals.$state);
  #typedToken = '';
  #http: ReturnType<typeof createApiClient> | null = null;
  #httpBase = '';
  #staff: { key: string; api: VolunteeringStaffApi } | null = null;
  #detail: ConsoleDetailView | null = null;
  #detailLoading: Promise<ConsoleDetailView> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.token && signInCodeOf(location.hash) !== null) {
      void this.#takeSignInCode();
      return;
    }
    if (!this.token && !this.staffUser) {
      try {
        this.token = sessionStorage.getItem(TOKEN_KEY) ?? '';
      } catch {
        /* storage blocked: sign in again */
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#opportunities.dispose();
    this.#proposals.dispose();
    this.#detail?.dispose();
  }

  get #client() {
    if (this.#http === null || this.#httpBase !== this.api) {
      this.#httpBase = this.api;
      this.#http = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#http;
  }

  /** The organisation coordinated: the attribute, else the person's own coordinator grant (the city's administrator: the city). */
  get organisationId(): string {
    if (this.organisation) return this.organisation;
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
    const org = this.organisationId;
    const key = `${this.api}\n${this.token}\n${org}`;
    if (this.#staff?.key !== key) this.#staff = { key, api: this.staffApiFactory ? this.staffApiFactory(org) : createVolunteeringStaffApi(this.#client, org) };
    return this.#staff.api;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && !this.staffApiFactory) {
      const api = this.api;
      void siteSettings(api).then((site) => {
        if (this.api === api) this.cityAccount = site?.staff.cityAccount ?? false;
      });
    }
    if ((changed.has('token') || changed.has('api') || changed.has('staffUser') || changed.has('organisation')) && (this.token || this.staffUser)) void this.#start();
    if (changed.has('token') && !this.token && !this.staffUser) this.me = null;
  }

  async #takeSignInCode(): Promise<void> {
    const code = signInCodeOf(location.hash);
    if (code === null) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutSignInCode(location.hash)}`);
    this.signingIn = true;
    try {
      const session = await exchangeSignInCode(this.#client, code);
      try {
        sessionStorage.setItem(TOKEN_KEY, session.token);
      } catch {
        /* memory only */
      }
      this.token = session.token;
    } catch (error) {
      this.signInError = this.failureText(error);
    } finally {
      this.signingIn = false;
    }
  }

  async #start(): Promise<void> {
    this.signingIn = true;
    try {
      this.me = this.staffUser ?? (await this.#client.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema));
      this.signInError = '';
      await this.#showView(this.view, false);
    } catch (error) {
      this.me = null;
      if (error instanceof ProblemError && error.status === 401) {
        this.signInError = this.#t('staff.auth.invalid');
        try {
          sessionStorage.removeItem(TOKEN_KEY);
        } catch {
          /* nothing stored */
        }
      } else this.signInError = this.failureText(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
    } finally {
      this.signingIn = false;
    }
  }

  #onSignIn(event: SubmitEvent): void {
    event.preventDefault();
    const token = this.#typedToken.trim();
    if (!token) {
      this.signInError = this.#t('volunteering.console.signIn.required');
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
      return;
    }
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      /* memory only */
    }
    this.token = token;
  }

  #signOut(): void {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      /* nothing stored */
    }
    this.#typedToken = '';
    this.token = '';
    this.staffUser = null;
    this.me = null;
    this.#opportunities.close();
    this.#proposals.close();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus());
  }

  async #showView(view: View, focus = true): Promise<void> {
    this.view = view;
    this.creating = false;
    this.openError = '';
    const t = this.#t;
    if (view === 'opportunities') {
      await this.#opportunities.reload();
      this.announcement = t('volunteering.console.opportunities.count', { count: this.#oppState.store!.get().total });
    } else if (view === 'proposals') {
      if (this.isCity) {
        await this.#proposals.reload();
        this.announcement = t('volunteering.console.proposals.count', { count: this.#propState.store!.get().total });
      }
    } else if (view === 'offers') {
      // The offers of help are drawn by the lazy detail module (ADR 0054), with its texts.
      if (this.isCity) {
        try {
          await (await this.#loadDetail()).loadOffers();
        } catch (error) {
          this.openError = this.failureText(error);
        }
      }
    } else {
      await this.loadOutbox();
    }
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#view-title')?.focus();
    }
  }

  /** Reads the mails still waiting in the outbox. */
  async loadOutbox(): Promise<void> {
    this.outboxError = null;
    try {
      this.outbox = await this.staff.outbox();
      this.announcement = this.#t('volunteering.console.outbox.count', { count: this.outbox.total });
    } catch (error) {
      this.outboxError = error;
    }
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
    const host = this;
    return {
      get renderRoot() {
        return host.renderRoot;
      },
      get updateComplete() {
        return host.updateComplete;
      },
      get t() {
        return host.#t;
      },
      get locale() {
        return host.#locale.locale;
      },
      get staff() {
        return host.staff;
      },
      get isCity() {
        return host.isCity;
      },
      opportunities: this.#opportunities,
      proposals: this.#proposals,
      requestUpdate: () => this.requestUpdate(),
      code: (code, params) => this.#locale.code(code, params),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.failureText(error),
      created: async (o) => {
        this.creating = false;
        await this.#opportunities.reload();
        await this.#open('opportunities', o.id);
      },
    };
  }

  async #open(kind: 'opportunities' | 'proposals', id: string): Promise<void> {
    this.openError = '';
    this.creating = false;
    const queue = kind === 'opportunities' ? this.#opportunities : this.#proposals;
    const [view, item] = await Promise.all([
      this.#loadDetail().catch((error: unknown) => {
        this.openError = this.failureText(error);
        return null;
      }),
      (queue as QueueStore<unknown, Filters, unknown>).open(id),
    ]);
    if (!view || item === null) {
      const open = queue.$state.get().open;
      if (open?.error) this.openError = this.failureText(open.error);
      return;
    }
    view.opened(kind, id);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  async #create(): Promise<void> {
    const view = await this.#loadDetail().catch((error: unknown) => {
      this.openError = this.failureText(error);
      return null;
    });
    if (!view) return;
    this.#opportunities.close();
    this.creating = true;
    view.opened('new', '');
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  failureText(error: unknown): string {
    const t = this.#t;
    if (error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)) return t('common.networkError');
    if (error instanceof ProblemError && this.#locale.has(error.problem.code)) return t(error.problem.code as never);
    return t('volunteering.console.error');
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const locale = this.#locale.locale;
    return html`<div class="root" lang=${locale}>
      <h2>${t('volunteering.console.title')}</h2>
      ${this.me ? this.#renderConsole(t, locale, this.me) : this.#renderSignIn(t)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderSignIn(t: Translator): TemplateResult {
    const error = this.signInError;
    return html`<form part="sign-in" class="sign-in" novalidate aria-labelledby="sign-in-title" @submit=${this.#onSignIn}>
      <h3 id="sign-in-title">${t('volunteering.console.signIn.title')}</h3>
      ${this.signingIn ? html`<p class="hint">${t('staff.signIn.signingIn')}</p>` : nothing}
      ${this.cityAccount ? html`<div class="actions"><a part="button" class="button" href=${cityLoginUrl(this.api, location.href)}>${t('staff.signIn.cityAccount')}</a></div>` : nothing}
      <div class="field">
        <label for="token">${t('volunteering.console.signIn.token')}</label>
        <p class="hint" id="token-hint">${t('volunteering.console.signIn.tokenHint')}</p>
        <input id="token" name="token" type="password" autocomplete="off" spellcheck="false"
          aria-describedby=${error ? 'token-hint token-error' : 'token-hint'} aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => (this.#typedToken = (e.target as HTMLInputElement).value)} />
        ${error ? html`<p class="error" id="token-error">${error}</p>` : nothing}
      </div>
      <div class="actions"><button type="submit" part="button" aria-disabled=${this.signingIn ? 'true' : 'false'}>${t('volunteering.console.signIn.submit')}</button></div>
    </form>`;
  }

  #renderConsole(t: Translator, locale: Locale, me: StaffUser): TemplateResult {
    const orgName = this.isCity ? (me.organisation?.id === CITY_ORGANISATION ? me.organisation.name : CITY_ORGANISATION) : (me.organisation?.id === this.organisationId ? me.organisation.name : this.organisationId);
    const views: [View, string][] = [
      ['opportunities', t('volunteering.console.view.opportunities')],
      ...(this.isCity ? ([['proposals', t('volunteering.console.view.proposals')], ['offers', t('volunteering.console.view.offers')]] as [View, string][]) : []),
      ['outbox', t('volunteering.console.view.outbox')],
    ];
    return html`<div class="bar">
        <p>${t('volunteering.console.signedInAs', { name: me.name, organisation: orgName })}</p>
        <button type="button" part="button" class="secondary small" @click=${this.#signOut}>${t('volunteering.console.signOut')}</button>
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
            ? (this.#detail?.renderOffers(locale) ?? html`<h3 id="view-title" tabindex="-1">${this.openError || t('volunteering.console.loading')}</h3>`)
            : this.#renderOpportunities(t, locale)}`;
  }

  #renderListNotice(t: Translator, error: unknown, retry: () => void): TemplateResult | typeof nothing {
    if (error === null || error === undefined) return nothing;
    return html`<div class="notice error-notice" role="alert">
      <p>${this.failureText(error)}</p>
      <button type="button" part="button" class="secondary small" @click=${retry}>${t('common.retryNow')}</button>
    </div>`;
  }

  #renderDetail(t: Translator, locale: Locale, kind: 'opportunities' | 'proposals'): TemplateResult {
    const open = kind === 'opportunities' ? this.#oppState.store!.get().open : this.#propState.store!.get().open;
    const error = this.openError ? html`<div class="notice error-notice" role="alert"><p>${this.openError}</p></div>` : nothing;
    if (this.#detail && (this.creating || open?.detail)) return html`${error}${this.#detail.render(locale)}`;
    return html`<h3 id="detail-title" tabindex="-1">${open?.loading ? t('volunteering.console.loading') : t('volunteering.console.detail.none')}</h3>${error}`;
  }

  #renderOpportunities(t: Translator, locale: Locale): TemplateResult {
    const q = this.#oppState.store!.get() as QueueState<Opportunity, Filters, Opportunity>;
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
    const q = this.#propState.store!.get() as QueueState<TalkootProposal, Filters, TalkootProposal>;
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
    const o = this.outbox;
    return html`<section part="list" aria-labelledby="view-title">
      <h3 id="view-title" tabindex="-1">${t('volunteering.console.outbox.heading')}</h3>
      ${o && !o.smtpConfigured ? html`<div class="notice" id="no-smtp"><p>${t('volunteering.console.outbox.noSmtp')}</p></div>` : nothing}
      ${this.#renderListNotice(t, this.outboxError, () => void this.loadOutbox())}
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
