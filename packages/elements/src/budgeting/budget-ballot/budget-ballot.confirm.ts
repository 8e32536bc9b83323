// The ballot's later steps, imported after the ballot first shows (prefetched when the browser is
// idle, issue 7): checking the choice once more, casting it once (the retry key of ADR 0031), and
// the receipt with its check. Their texts and the server's problem texts come with this module.
// It imports nothing only the entry has (money, the element's texts are passed in), so rollup
// keeps the entry whole.
import { html, nothing, type TemplateResult } from 'lit';
import {
  BUDGETING_PROBLEM_TYPES,
  createApiClient,
  createBudgetingApi,
  createMessages,
  lazyBallotLaterMessages,
  lazyBudgetingRoundMessages,
  lazyCommonMessages,
  NetworkError,
  newIdempotencyKey,
  ProblemError,
  type BallotPaper,
  type BudgetingApi,
  type BudgetRules,
  type Locale,
  type TranslatorOf,
} from '@kohtaamo/core';
import { KohtaamoBudgetBallotCastEvent } from './budget-ballot.events.js';

const messages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBudgetingRoundMessages, lazyBallotLaterMessages);
type Translator = TranslatorOf<typeof messages>;

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** One message of the ballot's error summary, linked to its field. */
export interface CastProblem {
  readonly field: 'code' | 'projects';
  readonly text: string;
}

/** What the later steps read of the ballot element (budget-ballot.ts). */
export interface BallotHost {
  /** The element: the cast event is dispatched on it. */
  readonly element: HTMLElement;
  readonly api: string;
  readonly round: string;
  readonly budgetingApi: BudgetingApi | null;
  readonly locale: Locale;
  /** The budget voted in. */
  readonly budgetId: string;
  readonly paper: BallotPaper & { rules: BudgetRules };
  readonly order: readonly string[];
  readonly chosen: ReadonlyMap<string, number>;
  readonly blank: boolean;
  readonly sending: boolean;
  readonly notice: string;
  readonly receipt: string;
  /** The ballot's choices as sent, and the voter's proof (null when the code is not valid). */
  choices(): { project: string; points?: number }[];
  voter(): { code: string } | { token: string } | null;
  euros(locale: Locale, amount: number): string;
  /** "Change the choices" (rendered by the element, whose texts it has). */
  backButton(disabled: boolean): TemplateResult;
  sendingNow(): void;
  /** Back to the ballot with the problems in its summary. */
  refused(problems: CastProblem[]): void;
  /** The confirmation again, with a notice. */
  failed(notice: string): void;
  stored(receipt: string): void;
  requestUpdate(): void;
}

export class BallotCasting {
  /**
   * The retry key of the ballot being cast (ADR 0031): drawn for one body (budget, voter, choices)
   * and kept, in memory only, until the server answers, so "send" again after a lost answer gets
   * the same receipt instead of "already voted".
   */
  #retry: { body: string; key: string } | null = null;

  constructor(private readonly host: BallotHost) {}

  get #t(): Translator {
    const locale = this.host.locale;
    if (!messages.isLoaded(locale)) void messages.load(locale).then(() => this.host.requestUpdate());
    return messages.translator(locale);
  }

  #code(code: string): string {
    return messages.has(code) ? this.#t(code) : '';
  }

  async cast(): Promise<void> {
    const host = this.host;
    const voter = host.voter();
    if (voter === null) return;
    const t = this.#t;
    host.sendingNow();
    try {
      const ballot = { voter, choices: host.blank ? [] : host.choices() };
      const body = JSON.stringify([host.round, host.budgetId, ballot]);
      if (this.#retry?.body !== body) this.#retry = { body, key: newIdempotencyKey() };
      const api = host.budgetingApi ?? createBudgetingApi(createApiClient({ baseUrl: host.api }));
      const receipt = await api.cast(host.round, host.budgetId, ballot, this.#retry.key);
      this.#retry = null;
      void import('../../define/kohtaamo-budget-receipt.js');
      host.stored(receipt.receipt);
      host.element.dispatchEvent(new KohtaamoBudgetBallotCastEvent(receipt));
    } catch (error) {
      const problem = error instanceof ProblemError ? error : null;
      const type = problem?.problem.type;
      if (problem && (type === BUDGETING_PROBLEM_TYPES.notEligible || type === BUDGETING_PROBLEM_TYPES.alreadyVoted)) {
        // Back to the ballot, with the code's problem in the summary and by the field.
        host.refused([{ field: 'code', text: this.#code(problem.problem.code ?? '') || t('budgeting.voter.code') }]);
        return;
      }
      if (problem && problem.status === 422) {
        host.refused((problem.problem.errors ?? []).map((e) => ({ field: e.pointer.startsWith('#/voter') ? 'code' : 'projects', text: e.detail })));
        return;
      }
      host.failed(
        problem?.status === 429
          ? t('common.rateLimited')
          : problem && problem.status < 500
            ? this.#code(problem.problem.code ?? '') || problem.message
            : error instanceof NetworkError
              ? t('common.networkError')
              : t('common.unexpected'),
      );
    }
  }

  renderConfirm(): TemplateResult {
    const host = this.host;
    const t = this.#t;
    const locale = host.locale;
    const paper = host.paper;
    const byId = new Map(paper.projects.map((p) => [p.id, p]));
    const points = paper.rules.ballot.type === 'points';
    const chosen = host.blank ? [] : host.order.filter((id) => host.chosen.has(id));
    const total = chosen.reduce((sum, id) => sum + (byId.get(id)?.cost ?? 0), 0);
    const sending = host.sending;
    return html`<section aria-labelledby="confirm-title" class="confirm">
      <h3 id="confirm-title" tabindex="-1">${t('budgeting.ui.confirmTitle')}</h3>
      ${chosen.length === 0
        ? html`<p>${t('budgeting.ui.confirmBlank')}</p>`
        : html`<ul class="choices">
              ${chosen.map(
                (id) => html`<li>
                  <span lang=${byId.get(id)!.lang}>${byId.get(id)!.title}</span>
                  <span>${points ? t('budgeting.ui.pointsGiven', { points: host.chosen.get(id)! }) : host.euros(locale, byId.get(id)!.cost)}</span>
                </li>`,
              )}
            </ul>
            ${points ? nothing : html`<p class="total">${t('budgeting.ui.total', { total: host.euros(locale, total) })}</p>`}`}
      <p class="hint">${t('budgeting.ui.confirmHint')}</p>
      ${host.notice ? html`<div class="notice error-notice" id="notice" tabindex="-1" role="alert"><p>${host.notice}</p></div>` : nothing}
      <p role="status" class="loading">${sending ? t('budgeting.ui.sending') : ''}</p>
      <div class="actions">
        <button type="button" part="button" id="cast" aria-disabled=${sending ? 'true' : 'false'} @click=${() => !sending && void this.cast()}>${t('budgeting.ui.cast')}</button>
        ${host.backButton(sending)}
      </div>
    </section>`;
  }

  renderDone(): TemplateResult {
    const host = this.host;
    const t = this.#t;
    return html`<section aria-labelledby="done-title" class="done notice success">
      <h3 id="done-title" tabindex="-1">${t('budgeting.ui.doneTitle')}</h3>
      <p>${t('budgeting.ui.receipt')}: <strong part="receipt-code" class="code">${host.receipt}</strong></p>
      <p>${t('budgeting.ui.receiptHint')}</p>
      <kohtaamo-budget-receipt api=${host.api} round=${host.round} code=${host.receipt} lang=${host.locale} .budgetingApi=${host.budgetingApi}></kohtaamo-budget-receipt>
    </section>`;
  }
}
