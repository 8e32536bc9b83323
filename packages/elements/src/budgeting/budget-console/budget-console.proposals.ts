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
 * The list is read in the server's keyset pages (ADR 0107, 0110): "n of total" and "Show more"
 * follow `next`, the focus goes to the first proposal added; a review keeps the pages read.
 */
export class ProposalsTab implements TabView {
  #status = '';
  #items: Proposal[] = [];
  #total = 0;
  /** The cursor of the page after those shown (the server's `next`), or null. */
  #next: string | null = null;
  /** "first": the first page of the filter is on its way; "more": the next page is. */
  #loading: false | 'first' | 'more' = false;
  /** The number of the latest read: an answer to an earlier one is dropped. */
  #request = 0;
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
      this.#items = [];
      this.#total = 0;
      this.#next = null;
    }
    await this.#load();
  }

  /**
   * Reads the first page of the filter (one still on its way is forgotten), or with `more` the
   * page after those shown (a failed one is read again with the same cursor), appends it and
   * moves the focus to its first proposal.
   */
  async #load(more = false): Promise<void> {
    const host = this.host;
    if (more && (this.#loading || !this.#next)) return;
    const request = ++this.#request;
    const filter = { ...(this.#status ? { status: this.#status } : {}), ...(more ? { cursor: this.#next! } : {}) };
    this.#loading = more ? 'more' : 'first';
    this.#error = '';
    host.requestUpdate();
    try {
      const list = await host.api.proposals(this.#roundId, filter);
      if (request !== this.#request) return;
      this.#items = more ? [...this.#items, ...list.items] : list.items;
      this.#total = list.total;
      this.#next = list.next;
      this.#loading = false;
      const count = this.#countText();
      host.announce(more ? `${host.t('budgetConsole.proposals.added', { count: list.items.length })} ${count}` : count);
      host.requestUpdate();
      if (more && list.items[0]) await host.focus(`#proposal-${list.items[0].id}`);
    } catch (error) {
      if (request !== this.#request) return;
      this.#error = host.failureText(error);
      this.#loading = false;
      host.requestUpdate();
    }
  }

  #countText(): string {
    const t = this.host.t;
    return this.#items.length < this.#total
      ? t('budgetConsole.proposals.shown', { shown: this.#items.length, total: this.#total })
      : t('budgetConsole.proposals.count', { count: this.#total });
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
      // In its place, with its new status: the pages read stay, and so does the officer's place in them.
      this.#items = this.#items.map((x) => (x.id === saved.id ? saved : x));
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
      <p id="proposals-count">${this.#loading === 'first' ? t('budgetConsole.loading') : this.#countText()}</p>
      ${this.#reviewing && !frozen ? this.#renderReview(round, this.#reviewing) : nothing}
      ${this.#items.length === 0 && !this.#loading ? html`<p class="empty">${t('budgetConsole.proposals.empty')}</p>` : nothing}
      <ul class="plain">
        ${this.#items.map((p) => this.#renderProposal(round, p, frozen))}
      </ul>
      ${this.#next && this.#loading !== 'first'
        ? html`<div class="actions">
            <button type="button" part="button" class="secondary" id="proposals-more" aria-describedby="proposals-count" aria-disabled=${this.#loading === 'more' ? 'true' : 'false'} @click=${() => void this.#load(true)}>
              ${t('budgetConsole.proposals.more')}
            </button>
          </div>`
        : nothing}`;
  }

  #renderProposal(round: Round, p: Proposal, frozen: boolean): TemplateResult {
    const host = this.host;
    const t = host.t;
    const budget = round.budgets.find((b) => b.id === p.budget);
    return html`<li class="proposal">
      <h4 id="proposal-${p.id}" lang=${p.lang} tabindex="-1">${p.title}</h4>
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
