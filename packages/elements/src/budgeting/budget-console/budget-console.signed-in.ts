import { html, nothing, type TemplateResult } from 'lit';
import {
  createBudgetConsoleApi,
  createBudgetConsoleQueueStore,
  pickText,
  ProblemError,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  type BudgetConsoleApi,
  type BudgetConsoleQueue,
  type HttpClient,
  type Round,
  type StaffUser,
} from '@kohtaamo/core';
import type { MessagesController } from '../../i18n/localized-element.js';
import { extendHost, type ConsoleElementHost, type SignedInPart } from '../../staff/staff-console.js';
import { signedInStyles } from './budget-console.styles.js';
import { viewMessages, type ConsoleMessageKey, type ConsoleTranslator as Translator } from './budget-console.view-messages.js';
import type { ConsoleHost, ConsolePanel, ConsoleView } from './budget-console.host.js';

/** What the signed-in part reads of the console element (budget-console.ts). */
export interface BudgetConsoleElementHost extends ConsoleElementHost {
  /** The round opened first (the `round` attribute). */
  readonly round: string;
}

/**
 * The budget console after sign-in (issue 7, ADR 0067): who is signed in (GET /me), the list of
 * rounds (core's generic queue store) and the panel, whose views are lazy modules of their own
 * (ADR 0049): the new-round form and the open round with its tabs.
 */
export class BudgetConsolePart implements SignedInPart {
  readonly styles = signedInStyles;
  me: StaffUser | null = null;
  openError = '';
  panel: ConsolePanel = { kind: 'none' };
  readonly #locale: MessagesController<ConsoleMessageKey>;
  readonly #queue: ReturnType<typeof createBudgetConsoleQueueStore>;
  #apiInstance: BudgetConsoleApi | null = null;
  #apiOf: HttpClient | null = null;
  #views = new Map<string, ConsoleView>();
  #loading = new Map<string, Promise<ConsoleView>>();
  #roundOpened = false;

  constructor(private readonly el: BudgetConsoleElementHost) {
    this.#locale = el.messages(viewMessages);
    this.#queue = createBudgetConsoleQueueStore(() => this.#api);
    // Kept for the element's life (it only asks the element to draw again).
    this.#queue.$state.listen(() => el.requestUpdate());
  }

  get signedIn(): boolean {
    return this.me !== null;
  }

  get #api(): BudgetConsoleApi {
    const client = this.el.http;
    if (this.#apiOf !== client) {
      this.#apiOf = client;
      this.#apiInstance = createBudgetConsoleApi(client);
    }
    return this.#apiInstance!;
  }

  get #q(): BudgetConsoleQueue {
    return this.#queue.$state.get();
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** The open round as last read. */
  get openRound(): Round | null {
    return this.#q.open?.detail ?? null;
  }

  #host(): ConsoleHost {
    const part = this;
    const el = this.el;
    return extendHost(el, {
      get t() {
        return part.#t;
      },
      get api() {
        return part.#api;
      },
      get round() {
        return part.openRound;
      },
      queue: this.#queue,
      code: (code, params) => this.#locale.code(code, params),
      reload: () => this.#reload(),
      openRound: (id) => this.#openRound(id),
      focus: async (selector) => {
        await el.updateComplete;
        el.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      },
    });
  }

  /** Checks the token (who is signed in), then lists the rounds. */
  async start(): Promise<void> {
    try {
      this.me = await this.el.http.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema);
      this.el.requestUpdate();
      await this.#reload();
      if (this.el.round && !this.#roundOpened) {
        this.#roundOpened = true;
        if (this.#q.items.some((r) => r.id === this.el.round)) await this.#openRound(this.el.round, false);
      }
    } catch (error) {
      this.me = null;
      throw error;
    }
  }

  reset(): void {
    this.me = null;
    this.panel = { kind: 'none' };
    this.#queue.close();
  }

  dispose(): void {
    this.#queue.dispose();
  }

  async #reload(): Promise<void> {
    await this.#queue.reload();
    if (this.#q.open) {
      const round = await this.#queue.refresh();
      if (round) await this.#views.get('round')?.opened?.(round);
    }
    const q = this.#q;
    if (q.error === null) this.el.announce(this.#t('budgetConsole.rounds.count', { count: q.total }));
  }

  /** A lazy view's module, imported once (again after a failure). */
  #load(name: 'create' | 'round'): Promise<ConsoleView> {
    let pending = this.#loading.get(name);
    if (!pending) {
      const host = this.#host();
      pending = (
        name === 'create'
          ? import('./budget-console.create.js').then((m) => new m.CreateView(host, () => this.#closePanel()))
          : import('./budget-console.round.js').then((m) => new m.RoundView(host))
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
      this.el.requestUpdate();
      await view.shown?.();
    } catch (error) {
      this.openError = this.el.failureText(error);
      this.el.requestUpdate();
    }
    await this.el.updateComplete;
    this.el.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  async #closePanel(): Promise<void> {
    this.panel = { kind: 'none' };
    this.el.requestUpdate();
    await this.el.updateComplete;
    this.el.renderRoot.querySelector<HTMLElement>('#new-round')?.focus();
  }

  async #openRound(roundId: string, focus = true): Promise<void> {
    this.openError = '';
    const [view, round] = await Promise.all([
      this.#load('round').catch((error: unknown) => {
        this.openError = this.el.failureText(error);
        return null;
      }),
      this.#queue.open(roundId),
    ]);
    this.panel = { kind: 'round' };
    this.el.requestUpdate();
    if (view === null) return;
    if (round === null) {
      const open = this.#q.open;
      if (open?.error) {
        this.openError = this.el.failureText(open.error);
        this.el.requestUpdate();
      }
      return;
    }
    await view.opened?.(round);
    await this.el.updateComplete;
    if (focus) this.el.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  /** The budgeting API's problem codes and refusals in words ('' for the console's generic text). */
  failureText(error: unknown): string {
    if (!(error instanceof ProblemError)) return '';
    if (this.#locale.has(error.problem.code)) return this.#t(error.problem.code);
    if (error.status === 403) return this.#t('budgetConsole.forbidden');
    return error.problem.detail ?? '';
  }

  render(): TemplateResult {
    const t = this.#t;
    const locale = this.el.locale;
    const me = this.me!;
    const q = this.#q;
    const open = q.open?.id;
    return html`<div class="bar">
        <p>${t('budgetConsole.signedInAs', { name: me.name })}</p>
        ${this.el.standIn ? nothing : html`<button type="button" part="button" class="secondary small" id="sign-out" @click=${() => this.el.signOut()}>${t('budgetConsole.signOut')}</button>`}
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
                <p>${this.el.failureText(q.error)}</p>
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
