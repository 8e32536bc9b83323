import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type Proposal, type ProposalReview, type Round } from '@kohtaamo/core';
import { euros } from '../money.js';
import type { ConsoleHost, TabView } from './budget-console.host.js';
import { FormErrors, whole } from './budget-console.form.js';
import { votingOpened } from './budget-console.round.js';

type Decision = 'feasible' | 'rejected' | 'merged';
const STATUSES = ['submitted', 'feasible', 'rejected', 'merged'] as const;

/**
 * The proposals tab (lazy, ADR 0049): the round's proposals by status, and the review of one:
 * feasible with the city's cost estimate (the price on the ballot), rejected or merged into
 * another proposal of the same budget with a public reason. Refused once voting has opened.
 */
export class ProposalsTab implements TabView {
  #status = '';
  #items: Proposal[] = [];
  #total = 0;
  #loading = false;
  #error = '';
  #reviewing: Proposal | null = null;
  #values: { decision: Decision; cost: string; reason: string; mergedInto: string } = { decision: 'feasible', cost: '', reason: '', mergedInto: '' };
  #form: FormErrors;
  #roundId = '';

  constructor(private readonly host: ConsoleHost) {
    this.#form = new FormErrors(host, 'review-summary');
  }

  async shown(round: Round): Promise<void> {
    if (round.id !== this.#roundId) {
      this.#roundId = round.id;
      this.#reviewing = null;
      this.#status = '';
    }
    await this.#load();
  }

  async #load(): Promise<void> {
    const host = this.host;
    this.#loading = true;
    this.#error = '';
    host.requestUpdate();
    try {
      const list = await host.api.proposals(this.#roundId, this.#status ? { status: this.#status } : {});
      this.#items = list.items;
      this.#total = list.total;
      host.announce(host.t('budgetConsole.proposals.count', { count: list.total }));
    } catch (error) {
      this.#error = host.failureText(error);
    } finally {
      this.#loading = false;
      host.requestUpdate();
    }
  }

  async #review(p: Proposal): Promise<void> {
    this.#reviewing = p;
    this.#values = {
      decision: p.status === 'submitted' ? 'feasible' : p.status,
      cost: String(p.review?.costEstimate ?? p.estimatedCost),
      reason: p.review?.publicReason ?? '',
      mergedInto: p.review?.mergedInto ?? '',
    };
    this.#form.clear();
    this.host.requestUpdate();
    await this.host.focus('#review-title');
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    const p = this.#reviewing!;
    const val = this.#values;
    const body = {
      decision: val.decision,
      ...(val.decision === 'feasible' ? { costEstimate: whole(val.cost) } : {}),
      ...(val.reason.trim() ? { publicReason: val.reason } : {}),
      ...(val.decision === 'merged' && val.mergedInto ? { mergedInto: val.mergedInto } : {}),
    };
    this.#form.busy = true;
    try {
      // The server checks it with ProposalReviewSchema (cost for feasible, a reason otherwise); its 422 comes back by the field.
      const saved = await host.api.review(this.#roundId, p.id, body as ProposalReview);
      this.#form.clear();
      this.#reviewing = null;
      host.announce(host.t('budgetConsole.review.done', { title: saved.title, status: host.t(`budgetConsole.status.${saved.status}`) }));
      await this.#load();
      await host.queue.refresh();
      await host.focus(`.review-open[data-id="${saved.id}"]`);
    } catch (error) {
      await this.#form.fromError(error);
    } finally {
      this.#form.busy = false;
      host.requestUpdate();
    }
  };

  render(round: Round): TemplateResult {
    const host = this.host;
    const t = host.t;
    const frozen = votingOpened(round);
    return html`${frozen ? html`<p class="notice">${t('budgetConsole.frozen')}</p>` : nothing}
      <div class="field">
        <label for="proposal-status">${t('budgetConsole.proposals.filter')}</label>
        <select
          id="proposal-status"
          @change=${(e: Event) => {
            this.#status = (e.target as HTMLSelectElement).value;
            void this.#load();
          }}
        >
          <option value="" ?selected=${this.#status === ''}>${t('budgetConsole.proposals.all')}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.#status === s}>${t(`budgetConsole.status.${s}`)}</option>`)}
        </select>
      </div>
      ${this.#error ? html`<div class="notice error-notice" role="alert"><p>${this.#error}</p></div>` : nothing}
      <p>${this.#loading ? t('budgetConsole.loading') : t('budgetConsole.proposals.count', { count: this.#total })}</p>
      ${this.#reviewing && !frozen ? this.#renderReview(round, this.#reviewing) : nothing}
      ${this.#items.length === 0 && !this.#loading ? html`<p class="empty">${t('budgetConsole.proposals.empty')}</p>` : nothing}
      <ul class="plain">
        ${this.#items.map((p) => this.#renderProposal(round, p, frozen))}
      </ul>`;
  }

  #renderProposal(round: Round, p: Proposal, frozen: boolean): TemplateResult {
    const host = this.host;
    const t = host.t;
    const budget = round.budgets.find((b) => b.id === p.budget);
    return html`<li class="proposal">
      <h4 id="proposal-${p.id}" lang=${p.lang}>${p.title}</h4>
      <p><span class="status">${t(`budgetConsole.status.${p.status}`)}</span> ${budget ? pickText(budget.name, host.locale) : p.budget}</p>
      <p class="hint">
        ${t('budgetConsole.proposals.estimated', { cost: euros(host.locale, p.estimatedCost) })}${p.review?.costEstimate != null ? html` · ${t('budgetConsole.proposals.costEstimate', { cost: euros(host.locale, p.review.costEstimate) })}` : nothing}
      </p>
      ${p.review?.publicReason ? html`<p lang=${p.lang}>${p.review.publicReason}</p>` : nothing}
      ${frozen
        ? nothing
        : html`<div class="actions">
            <button type="button" part="button" class="secondary small review-open" data-id=${p.id} aria-describedby="proposal-${p.id}" @click=${() => void this.#review(p)}>${t('budgetConsole.proposals.review')}</button>
          </div>`}
    </li>`;
  }

  #renderReview(round: Round, p: Proposal): TemplateResult {
    const t = this.host.t;
    const f = this.#form;
    const val = this.#values;
    const others = this.#items.filter((o) => o.budget === p.budget && o.id !== p.id && o.status !== 'merged' && o.status !== 'rejected');
    const decisions: Decision[] = ['feasible', 'rejected', 'merged'];
    const rerender = () => this.host.requestUpdate();
    return html`<form novalidate aria-labelledby="review-title" @submit=${this.#submit}>
      <h4 id="review-title" tabindex="-1">${t('budgetConsole.review.title', { title: p.title })}</h4>
      ${f.summary()}
      <fieldset id="decision">
        <legend>${t('budgetConsole.review.decision')}</legend>
        ${decisions.map(
          (d) => html`<div class="check">
            <input
              type="radio"
              id="decision-${d}"
              name="decision"
              value=${d}
              .checked=${val.decision === d}
              @change=${() => {
                val.decision = d;
                rerender();
              }}
            />
            <label for="decision-${d}">${t(`budgetConsole.review.${d}`)}</label>
          </div>`,
        )}
      </fieldset>
      ${val.decision === 'feasible' ? f.input('costEstimate', t('budgetConsole.review.cost'), val.cost, (x) => (val.cost = x), { hint: t('budgetConsole.review.costHint'), inputmode: 'numeric' }) : nothing}
      ${val.decision === 'merged'
        ? f.select('mergedInto', t('budgetConsole.review.mergedInto'), val.mergedInto, [['', '–'], ...others.map((o) => [o.id, o.title] as const)], (x) => (val.mergedInto = x))
        : nothing}
      ${f.textarea('publicReason', t('budgetConsole.review.reason'), val.reason, (x) => (val.reason = x), t('budgetConsole.review.reasonHint'))}
      <div class="actions">
        <button type="submit" part="button" id="review-submit" aria-disabled=${f.busy ? 'true' : 'false'}>${t('budgetConsole.review.submit')}</button>
        <button
          type="button"
          part="button"
          class="secondary"
          @click=${() => {
            this.#reviewing = null;
            rerender();
            void this.host.focus(`.review-open[data-id="${p.id}"]`);
          }}
        >
          ${t('budgetConsole.create.cancel')}
        </button>
      </div>
    </form>`;
  }
}
