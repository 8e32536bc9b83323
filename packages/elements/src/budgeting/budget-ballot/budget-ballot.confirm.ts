// The ballot's later steps, imported at the voter's first touch of the ballot (a focus, a press,
// an input; issue 7, ADR 0098): the rules' checks as the voter chooses (the violations in the
// tally), the check of the ballot before voting (its rules, the code's form, the error summary),
// checking the choice once more, casting it once (the retry key of ADR 0031), and the receipt
// with its check. Their texts, styles and the server's problem texts come with this module.
// It imports nothing only the entry has (the element's texts are passed in), so rollup keeps the
// entry whole.
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  BUDGETING_PROBLEM_TYPES,
  budgetingParams,
  createApiClient,
  createBudgetingApi,
  createMessages,
  lazyBallotLaterMessages,
  lazyBallotRulesMessages,
  lazyBudgetingRoundMessages,
  lazyCommonMessages,
  NetworkError,
  newIdempotencyKey,
  normalizeReceiptCode,
  ProblemError,
  validateBallot,
  type BallotPaperRead,
  type BallotRulesMessageKey,
  type BudgetingApi,
  type BudgetRules,
  type Locale,
  type TranslatorOf,
} from '@kohtaamo/core';
import { KohtaamoBudgetBallotCastEvent } from './budget-ballot.events.js';
import { euros } from '../money.js';

const messages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBudgetingRoundMessages, lazyBallotLaterMessages, lazyBallotRulesMessages);
type Translator = TranslatorOf<typeof messages>;

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/** One message of the ballot's error summary, linked to its field. */
export interface CastProblem {
  readonly field: 'code' | 'projects';
  readonly text: string;
}

/** The styles of the confirmation and the receipt, a constructed sheet the element's shadow root adopts (a strict CSP allows it). */
const laterStyles = css`
  .choices {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_kohtaamo-space-m);
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .choices li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_kohtaamo-space-s);
    border-bottom: 1px solid var(--_kohtaamo-color-border);
  }
  .total {
    font-weight: 600;
  }
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
`;

/**
 * What the later steps read of the ballot element and do to it: the element itself
 * (`<kohtaamo-budget-ballot>`, budget-ballot.ts), whose members for them are internal.
 */
export interface BallotHost extends HTMLElement {
  readonly api: string;
  readonly round: string;
  readonly budgetingApi: BudgetingApi | null;
  /** A signed token of the city's identity service, instead of a code. */
  readonly token: string | null;
  readonly locale: Locale;
  /** The budget voted in. */
  readonly budgetId: string;
  readonly paper: (BallotPaperRead & { rules: BudgetRules }) | null;
  readonly order: readonly string[];
  readonly chosen: ReadonlyMap<string, number>;
  readonly blank: boolean;
  readonly step: string;
  readonly notice: string;
  readonly receipt: string;
  /** The voting code as typed. */
  readonly codeValue: string;
  readonly problems: readonly CastProblem[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The ballot's choices as sent. */
  choices(): { project: string; points?: number }[];
  /** "Change the choices" (rendered by the element, whose texts it has). */
  backButton(disabled: boolean): TemplateResult;
  /** The check passed: the confirmation of this ballot (blank or not). */
  confirming(blank: boolean): void;
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

  constructor(private readonly host: BallotHost) {
    const sheet = laterStyles.styleSheet;
    const root = host.renderRoot;
    if (sheet && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  get #t(): Translator {
    const locale = this.host.locale;
    if (!messages.isLoaded(locale)) void messages.load(locale).then(() => this.host.requestUpdate());
    return messages.translator(locale);
  }

  #code(code: string): string {
    return messages.has(code) ? this.#t(code) : '';
  }

  /** The voter's proof: the identity token, or the code typed in its canonical form (null when it is not a valid code). */
  #voter(): { code: string } | { token: string } | null {
    const host = this.host;
    if (host.token) return { token: host.token };
    const code = normalizeReceiptCode(host.codeValue);
    return code === null ? null : { code };
  }

  /** The ballot's broken rules as it is, in words (the tally shows them live). */
  violations(): string[] {
    const { paper, locale } = this.host;
    const t = this.#t;
    return paper ? validateBallot(paper.rules, { choices: this.host.choices() }).map((v) => t(v.key as BallotRulesMessageKey, budgetingParams(locale, v.key, v.params))) : [];
  }

  /** Checks the ballot before its confirmation: its broken rules (unless blank), and the code's form. */
  review(blank: boolean): void {
    const host = this.host;
    const t = this.#t;
    const problems: CastProblem[] = blank ? [] : this.violations().map((text) => ({ field: 'projects', text }));
    if (this.#voter() === null) problems.push({ field: 'code', text: host.codeValue.trim() ? t('budgeting.ui.codeInvalid') : t('common.required') });
    if (problems.length > 0) host.refused(problems);
    else host.confirming(blank);
  }

  /** The summary of the problems at the top of the ballot, each linked to its field. */
  renderSummary(): TemplateResult {
    const problems = this.host.problems;
    const jump = (event: Event): void => {
      event.preventDefault();
      this.host.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).getAttribute('href')!)?.focus();
    };
    return html`<div class="summary" id="summary" tabindex="-1" role="alert">
      <h3>${this.#t('common.errorSummary', { count: problems.length })}</h3>
      <ul>
        ${problems.map((p) => html`<li><a href="#${p.field}" @click=${jump}>${p.text}</a></li>`)}
      </ul>
    </div>`;
  }

  async cast(): Promise<void> {
    const host = this.host;
    const voter = this.#voter();
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
      host.dispatchEvent(new KohtaamoBudgetBallotCastEvent(receipt));
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
    const paper = host.paper!;
    const byId = new Map(paper.projects.map((p) => [p.id, p]));
    const points = paper.rules.ballot.type === 'points';
    const chosen = host.blank ? [] : host.order.filter((id) => host.chosen.has(id));
    const total = chosen.reduce((sum, id) => sum + (byId.get(id)?.cost ?? 0), 0);
    const sending = host.step === 'sending';
    return html`<section aria-labelledby="confirm-title" class="confirm">
      <h3 id="confirm-title" tabindex="-1">${t('budgeting.ui.confirmTitle')}</h3>
      ${chosen.length === 0
        ? html`<p>${t('budgeting.ui.confirmBlank')}</p>`
        : html`<ul class="choices">
              ${chosen.map(
                (id) => html`<li>
                  <span lang=${byId.get(id)!.lang}>${byId.get(id)!.title}</span>
                  <span>${points ? t('budgeting.ui.pointsGiven', { points: host.chosen.get(id)! }) : euros(locale, byId.get(id)!.cost)}</span>
                </li>`,
              )}
            </ul>
            ${points ? nothing : html`<p class="total">${t('budgeting.ui.total', { total: euros(locale, total) })}</p>`}`}
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
