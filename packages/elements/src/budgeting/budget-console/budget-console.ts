import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  createApiClient,
  createBudgetConsoleApi,
  createBudgetConsoleQueueStore,
  NetworkError,
  pickText,
  ProblemError,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  type BudgetConsoleApi,
  type BudgetConsoleQueue,
  type HttpClient,
  type Locale,
  type Round,
  type StaffUser,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { StoreController } from '../../state/store-controller.js';
import { StaffSignIn } from '../../staff/staff-sign-in.js';
import { consoleMessages, type ShellTranslator as Translator } from './budget-console.messages.js';
import type { ConsoleMessageKey, ConsoleTranslator } from './budget-console.view-messages.js';
import type { ConsoleHost, ConsolePanel, ConsoleView } from './budget-console.host.js';
import { styles } from './budget-console.styles.js';

export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';

/**
 * The participatory budgeting console, for signed-in officers (a grant of the budgeting domain):
 * open a round and its budgets, review proposals (feasible with the city's cost estimate, merged
 * or rejected with a public reason), set and freeze the rules, issue and print voting codes,
 * enter assisted ballots, close the vote, compute and publish the results, and follow the
 * implementation of each winner.
 *
 * The list of rounds is core's generic queue store; everything else is a lazy module loaded when
 * first used (ADR 0049): the new-round form (budget-console.create.ts), the open round
 * (budget-console.round.ts) and each of its tabs after the first (proposals, rules, voting,
 * results). Sign-in is the platform's (staff/staff-sign-in.ts): a pasted staff token kept in
 * sessionStorage for this tab, or the city account. The token is never an attribute.
 *
 * ```html
 * <kohtaamo-budget-console api="https://osallistu.heinola.fi" lang="fi"></kohtaamo-budget-console>
 * ```
 *
 * @tagname kohtaamo-budget-console
 * @summary Staff console of participatory budgeting: rounds, budgets, review, rules, codes, assisted ballots, results, implementation.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round opened first. Default `""`: none.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart rounds - The list of rounds.
 * @csspart panel - The open round, or the new-round form.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-budget-console-selected - Background of the open round in the list. Default `#e5e5f9`.
 */
export class KohtaamoBudgetConsole extends LocalizedElement {
  static override styles = styles;

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  @property() api = '';
  /** The round opened first. */
  @property() round = '';
  /** The staff token (a property only, never an attribute). */
  @property({ attribute: false }) token = '';
  /**
   * The HTTP client the console calls instead of one built from `api` (stories).
   * @internal
   */
  @property({ attribute: false }) http: HttpClient | null = null;

  @state() private me: StaffUser | null = null;
  @state() private announcement = '';
  @state() private openError = '';
  @state() panel: ConsolePanel = { kind: 'none' };

  readonly #locale = new MessagesController(this, consoleMessages);
  #viewLocale: MessagesController<ConsoleMessageKey> | null = null;
  readonly #signIn = new StaffSignIn(this, () => this.#client);
  readonly #queue = createBudgetConsoleQueueStore(() => this.#api);
  readonly #queueState = new StoreController<BudgetConsoleQueue>(this, this.#queue.$state);
  #http: HttpClient | null = null;
  #httpBase = '';
  #apiInstance: BudgetConsoleApi | null = null;
  #views = new Map<string, ConsoleView>();
  #loading = new Map<string, Promise<ConsoleView>>();
  #roundOpened = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#queue.dispose();
  }

  get #client(): HttpClient {
    if (this.http) return this.http;
    if (this.#http === null || this.#httpBase !== this.api) {
      this.#httpBase = this.api;
      this.#http = createApiClient({ baseUrl: this.api, credentials: () => this.token });
      this.#apiInstance = null;
    }
    return this.#http;
  }

  get #api(): BudgetConsoleApi {
    const client = this.#client;
    return (this.#apiInstance ??= createBudgetConsoleApi(client));
  }

  get #q(): BudgetConsoleQueue {
    return this.#queueState.store!.get();
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** The open round as last read. */
  get openRound(): Round | null {
    return this.#q.open?.detail ?? null;
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
        return (el.#viewLocale?.t ?? el.#t) as ConsoleTranslator;
      },
      get locale() {
        return el.#locale.locale;
      },
      get api() {
        return el.#api;
      },
      get round() {
        return el.openRound;
      },
      queue: this.#queue,
      requestUpdate: () => this.requestUpdate(),
      code: (code, params) => (this.#viewLocale ?? this.#locale).code(code, params),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.#failureText(error),
      reload: () => this.#reload(),
      openRound: (id) => this.#openRound(id),
      focus: async (selector) => {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      },
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('http')) this.#apiInstance = null;
    if ((changed.has('token') || changed.has('api') || changed.has('http')) && (this.token || this.http)) void this.#start();
    if (changed.has('token') && !this.token && !this.http) {
      this.me = null;
      this.panel = { kind: 'none' };
      this.#queue.close();
    }
  }

  /** Checks the token (who is signed in), then lists the rounds. */
  async #start(): Promise<void> {
    this.#signIn.busy = true;
    try {
      this.me = await this.#client.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema);
      this.#signIn.error = '';
      await this.#reload();
      if (this.round && !this.#roundOpened) {
        this.#roundOpened = true;
        if (this.#q.items.some((r) => r.id === this.round)) await this.#openRound(this.round, false);
      }
    } catch (error) {
      this.me = null;
      const invalid = error instanceof ProblemError && error.status === 401;
      await this.#signIn.failed(invalid ? this.#t('staff.auth.invalid') : this.#failureText(error), invalid);
    } finally {
      this.#signIn.busy = false;
    }
  }

  async #reload(): Promise<void> {
    await this.#queue.reload();
    if (this.#q.open) {
      const round = await this.#queue.refresh();
      if (round) await this.#views.get('round')?.opened?.(round);
    }
    const q = this.#q;
    if (q.error === null) this.announcement = this.#t('budgetConsole.rounds.count', { count: q.total });
  }

  /** A lazy view's module, imported once (again after a failure). */
  #load(name: 'create' | 'round'): Promise<ConsoleView> {
    let pending = this.#loading.get(name);
    if (!pending) {
      const host = this.#host();
      pending = (
        name === 'create'
          ? import('./budget-console.create.js').then((m) => {
              this.#viewLocale ??= new MessagesController(this, m.viewMessages);
              return new m.CreateView(host, () => this.#closePanel());
            })
          : import('./budget-console.round.js').then((m) => {
              this.#viewLocale ??= new MessagesController(this, m.viewMessages);
              return new m.RoundView(host);
            })
      ).then(
        (view) => {
          this.#views.set(name, view);
          return view;
        },
        (error: unknown) => {
          this.#loading.delete(name);
          throw error;
        },
      );
      this.#loading.set(name, pending);
    }
    return pending;
  }

  async #showCreate(): Promise<void> {
    this.openError = '';
    try {
      const view = await this.#load('create');
      this.#queue.close();
      this.panel = { kind: 'create' };
      await view.shown?.();
    } catch (error) {
      this.openError = this.#failureText(error);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  async #closePanel(): Promise<void> {
    this.panel = { kind: 'none' };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#new-round')?.focus();
  }

  async #openRound(roundId: string, focus = true): Promise<void> {
    this.openError = '';
    const [view, round] = await Promise.all([
      this.#load('round').catch((error: unknown) => {
        this.openError = this.#failureText(error);
        return null;
      }),
      this.#queue.open(roundId),
    ]);
    this.panel = { kind: 'round' };
    if (view === null) return;
    if (round === null) {
      const open = this.#q.open;
      if (open?.error) this.openError = this.#failureText(open.error);
      return;
    }
    await view.opened?.(round);
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  #failureText(error: unknown): string {
    const t = this.#t;
    if (error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)) return t('common.networkError');
    if (error instanceof ProblemError && this.#viewLocale?.has(error.problem.code)) return this.#viewLocale.t(error.problem.code);
    if (error instanceof ProblemError && error.status === 403) return t('budgetConsole.forbidden');
    if (error instanceof ProblemError && this.#locale.has(error.problem.code)) return t(error.problem.code);
    if (error instanceof ProblemError && error.problem.detail) return error.problem.detail;
    return t('budgetConsole.error');
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<div class="root" lang=${this.#locale.locale}>
      <h2>${t('budgetConsole.title')}</h2>
      ${this.me
        ? this.#renderConsole(t, this.#locale.locale, this.me)
        : this.#signIn.render({
            title: t('budgetConsole.signIn.title'),
            token: t('budgetConsole.signIn.token'),
            hint: t('budgetConsole.signIn.hint'),
            required: t('budgetConsole.signIn.required'),
            submit: t('budgetConsole.signIn.submit'),
            cityAccount: t('staff.signIn.cityAccount'),
            signingIn: t('staff.signIn.signingIn'),
            failed: t('staff.signIn.failed'),
          })}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderConsole(t: Translator, locale: Locale, me: StaffUser): TemplateResult {
    const q = this.#q;
    const open = q.open?.id;
    return html`<div class="bar">
        <p>${t('budgetConsole.signedInAs', { name: me.name })}</p>
        ${this.http ? nothing : html`<button type="button" part="button" class="secondary small" id="sign-out" @click=${() => this.#signIn.signOut()}>${t('budgetConsole.signOut')}</button>`}
      </div>
      <div class="layout">
        <section part="rounds" class="rounds-section" aria-labelledby="rounds-title">
          <h3 id="rounds-title">${t('budgetConsole.rounds.title')}</h3>
          <div class="actions">
            <button type="button" part="button" id="new-round" @click=${() => void this.#showCreate()}>${t('budgetConsole.rounds.new')}</button>
          </div>
          ${q.loading === 'first' ? html`<p>${t('budgetConsole.loading')}</p>` : nothing}
          ${q.error !== null
            ? html`<div class="notice error-notice" role="alert">
                <p>${this.#failureText(q.error)}</p>
                <button type="button" part="button" class="secondary small" @click=${() => void this.#reload()}>${t('common.retryNow')}</button>
              </div>`
            : nothing}
          ${q.items.length === 0 && q.loading === 'idle' && q.error === null ? html`<p class="empty">${t('budgetConsole.rounds.empty')}</p>` : nothing}
          <ul class="plain round-list">
            ${q.items.map(
              (r) => html`<li class=${open === r.id ? 'selected' : ''}>
                <button type="button" part="button" class="link round-open" data-round=${r.id} aria-current=${open === r.id ? 'true' : 'false'} @click=${() => void this.#openRound(r.id)}>
                  ${pickText(r.title, locale)}
                </button>
                <span><span class="status">${t(`budgetConsole.phase.${r.phase}`)}</span> ${t('budgetConsole.rounds.budgets', { count: r.budgets.length })}</span>
              </li>`,
            )}
          </ul>
        </section>
        <section part="panel" class="panel" aria-labelledby="panel-title">${this.#renderPanel(t)}</section>
      </div>`;
  }

  #renderPanel(t: Translator): TemplateResult {
    const error = this.openError ? html`<div class="notice error-notice" role="alert"><p>${this.openError}</p></div>` : nothing;
    const panel = this.panel;
    const view = panel.kind === 'none' ? undefined : this.#views.get(panel.kind);
    if (view && (panel.kind === 'create' || this.openRound)) return html`${error}${view.render()}`;
    return html`<h3 id="panel-title" tabindex="-1">${panel.kind === 'round' ? t('budgetConsole.loading') : t('budgetConsole.panel.none')}</h3>${error}`;
  }
}
