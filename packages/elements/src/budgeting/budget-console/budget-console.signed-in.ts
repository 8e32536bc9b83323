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
import { failureNotice, listState } from '../../staff/staff-list.js';
import { ConsolePanelViews } from '../../staff/staff-panel.js';
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
  readonly #panel: ConsolePanelViews<'create' | 'round', undefined, Round, ConsoleView>;
  #roundOpened = false;

  constructor(private readonly el: BudgetConsoleElementHost) {
    this.#locale = el.messages(viewMessages);
    this.#queue = createBudgetConsoleQueueStore(() => this.#api);
    // Kept for the element's life (it only asks the element to draw again).
    this.#queue.$state.listen(() => el.requestUpdate());
    this.#panel = new ConsolePanelViews(el, this, {
      create: () => import('./budget-console.create.js').then((m) => new m.CreateView(this.#host(), () => this.#closePanel())),
      round: () => import('./budget-console.round.js').then((m) => new m.RoundView(this.#host())),
    });
  }

  get signedIn(): boolean {
    return this.me !== null;
  }

  get #api(): BudgetConsoleApi {
    const client = this.el.http;
    if (this.#apiOf !== client) {
      this.#apiOf = client;
      this.#apiInstance = createBudgetConsoleApi(client, () => this.el.locale);
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
      if (round) await this.#panel.get('round')?.opened?.(round);
    }
    const q = this.#q;
    if (q.error === null) this.el.announce(this.#t('budgetConsole.rounds.count', { count: q.total }));
  }

  #showCreate(): Promise<void> {
    return this.#panel.showForm('create', undefined, () => {
      this.#queue.close();
      this.panel = { kind: 'create' };
    });
  }

  async #closePanel(): Promise<void> {
    this.panel = { kind: 'none' };
    this.el.requestUpdate();
    await this.el.updateComplete;
    this.el.renderRoot.querySelector<HTMLElement>('#new-round')?.focus();
  }

  #openRound(roundId: string, focus = true): Promise<void> {
    return this.#panel.open('round', this.#queue, roundId, () => (this.panel = { kind: 'round' }), focus);
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
          ${listState(this.el, q, { loading: t('budgetConsole.loading'), empty: t('budgetConsole.rounds.empty'), retry: t('common.retryNow') }, () => void this.#reload())}
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
    const error = failureNotice(this.openError);
    const panel = this.panel;
    const view = panel.kind === 'none' ? undefined : this.#panel.get(panel.kind);
    if (view && (panel.kind === 'create' || this.openRound)) return html`${error}${view.render()}`;
    return html`<h3 id="panel-title" tabindex="-1">${panel.kind === 'round' ? t('budgetConsole.loading') : t('budgetConsole.panel.none')}</h3>${error}`;
  }
}
