import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type ConsoleResults, type Proposal, type Round } from '@kohtaamo/core';
import { euros } from '../money.js';
import type { ConsoleHost, TabView } from './budget-console.host.js';
import { FormErrors, whole } from './budget-console.form.js';

const IMPLEMENTATION_STATUSES = ['not-started', 'planning', 'in-progress', 'done', 'cancelled'] as const;

interface Follow {
  status: string;
  progress: string;
  note: string;
  form: FormErrors;
}

/**
 * The results tab (lazy, ADR 0049): close the vote, compute the results by the frozen rules,
 * read them per budget, publish them (the receipts then show "counted"), and update the
 * implementation status and progress of each winner.
 */
export class ResultsTab implements TabView {
  #results: ConsoleResults | null = null;
  #action: FormErrors;
  #follow = new Map<string, Follow>();
  #roundId = '';

  constructor(private readonly host: ConsoleHost) {
    this.#action = new FormErrors(host, 'results-summary');
  }

  async shown(round: Round): Promise<void> {
    if (round.id !== this.#roundId) {
      this.#roundId = round.id;
      this.#results = null;
      this.#follow = new Map();
      this.#action.clear();
    }
    if (round.resultsPublishedAt) {
      try {
        this.#results = await this.host.api.results(round.id);
        await this.#readFollow();
      } catch (error) {
        await this.#action.fromError(error);
      }
    }
  }

  async #readFollow(): Promise<void> {
    const winners = new Set(this.#results?.budgets.flatMap((b) => b.winners) ?? []);
    // Every page of the feasible proposals (ADR 0107, 0110): a winner may be on any of them.
    const items: Proposal[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Proposal[]; next: string | null } = await this.host.api.proposals(this.#roundId, { status: 'feasible', ...(cursor ? { cursor } : {}) });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor);
    const follow = new Map<string, Follow>();
    for (const p of items.filter((x: Proposal) => winners.has(x.id))) {
      follow.set(p.id, { status: p.implementation?.status ?? 'not-started', progress: String(p.implementation?.progress ?? 0), note: p.implementation?.note ?? '', form: new FormErrors(this.host, `impl-${p.id}-summary`, `impl-${p.id}-`) });
    }
    this.#follow = follow;
  }

  async #run(what: 'close' | 'compute' | 'publish'): Promise<void> {
    const host = this.host;
    const round = host.round!;
    this.#action.busy = true;
    try {
      if (what === 'close') {
        const closed = await host.api.close(round.id);
        await host.queue.change(async () => closed);
        host.announce(host.t('budgetConsole.close.done'));
      } else if (what === 'compute') {
        const results = await host.api.computeResults(round.id);
        if (results.status === 'queued') host.announce(host.t('budgetConsole.results.queued'));
        else {
          this.#results = results;
          host.announce(host.t('budgetConsole.results.computed', { count: results.ballots }));
        }
      } else {
        this.#results = await host.api.publish(round.id);
        await host.queue.refresh();
        await this.#readFollow();
        host.announce(host.t('budgetConsole.results.published'));
      }
      this.#action.clear();
      await host.focus(what === 'close' ? '#results-compute' : what === 'compute' ? '#results-title' : '#impl-title');
    } catch (error) {
      await this.#action.fromError(error);
    } finally {
      this.#action.busy = false;
      host.requestUpdate();
    }
  }

  async #saveFollow(event: SubmitEvent, id: string, title: string): Promise<void> {
    event.preventDefault();
    const host = this.host;
    const f = this.#follow.get(id)!;
    f.form.busy = true;
    try {
      // The server checks it with ImplementationUpdateSchema; its 422 comes back by the field.
      await host.api.implementation(this.#roundId, id, { status: f.status, progress: whole(f.progress), ...(f.note.trim() ? { note: f.note } : {}) });
      f.form.clear();
      host.announce(host.t('budgetConsole.impl.done', { title }));
    } catch (error) {
      await f.form.fromError(error);
    } finally {
      f.form.busy = false;
      host.requestUpdate();
    }
  }

  render(round: Round): TemplateResult {
    const t = this.host.t;
    const busy = this.#action.busy ? 'true' : 'false';
    const published = round.resultsPublishedAt !== null;
    return html`${this.#action.summary()}
      ${round.phase === 'voting'
        ? html`<section aria-labelledby="close-title" class="tabpanel">
            <h4 id="close-title">${t('budgetConsole.close.title')}</h4>
            <p class="hint" id="close-hint">${t('budgetConsole.close.hint')}</p>
            <div class="actions"><button type="button" part="button" id="close-vote" aria-describedby="close-hint" aria-disabled=${busy} @click=${() => void this.#run('close')}>${t('budgetConsole.close.submit')}</button></div>
          </section>`
        : nothing}
      ${round.phase === 'upcoming' || round.phase === 'proposals' || round.phase === 'review' || round.phase === 'voting'
        ? html`<p class="notice">${t('budgetConsole.results.notYet')}</p>`
        : published
          ? nothing
          : html`<div class="actions">
              <button type="button" part="button" id="results-compute" aria-disabled=${busy} @click=${() => void this.#run('compute')}>${t('budgetConsole.results.compute')}</button>
              ${this.#results ? html`<button type="button" part="button" class="secondary" id="results-publish" aria-disabled=${busy} @click=${() => void this.#run('publish')}>${t('budgetConsole.results.publish')}</button>` : nothing}
            </div>`}
      ${this.#results ? this.#renderResults(round, this.#results) : nothing}
      ${published && this.#follow.size > 0 ? this.#renderFollow() : nothing}`;
  }

  #renderResults(round: Round, results: ConsoleResults): TemplateResult {
    const host = this.host;
    const t = host.t;
    return html`<h4 id="results-title" tabindex="-1">${t('budgetConsole.tab.results')}: ${t('budgetConsole.results.ballots', { count: results.ballots })}</h4>
      ${results.budgets.map((b) => {
        const budget = round.budgets.find((x) => x.id === b.budget);
        const name = budget ? pickText(budget.name, host.locale) : b.budget;
        return html`<div class="table-wrap">
          <table>
            <caption>${name}</caption>
            <thead>
              <tr>
                <th scope="col">${t('budgetConsole.results.col.project')}</th>
                <th scope="col">${t('budgetConsole.results.col.votes')}</th>
                <th scope="col">${t('budgetConsole.results.col.cost')}</th>
                <th scope="col">${t('budgetConsole.results.col.won')}</th>
              </tr>
            </thead>
            <tbody>
              ${b.projects.map(
                (p) => html`<tr>
                  <th scope="row">${p.title}</th>
                  <td>${p.votes}</td>
                  <td>${euros(host.locale, p.cost)}</td>
                  <td>${p.won ? t('budgetConsole.results.won') : t('budgetConsole.results.lost')}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <p>${t('budgetConsole.results.total', { cost: euros(host.locale, b.totalCost) })}</p>
        </div>`;
      })}`;
  }

  #renderFollow(): TemplateResult {
    const t = this.host.t;
    const titles = new Map(this.#results?.budgets.flatMap((b) => b.projects.map((p) => [p.id, p.title] as const)) ?? []);
    return html`<h4 id="impl-title" tabindex="-1">${t('budgetConsole.impl.title')}</h4>
      ${[...this.#follow].map(([id, f]) => {
        const title = titles.get(id) ?? id;
        return html`<form novalidate aria-labelledby="impl-${id}-title" @submit=${(e: SubmitEvent) => void this.#saveFollow(e, id, title)}>
          <h5 id="impl-${id}-title">${title}</h5>
          ${f.form.summary()}
          ${f.form.select(`impl-${id}-status`, t('budgetConsole.impl.status'), f.status, IMPLEMENTATION_STATUSES.map((s) => [s, t(`budgetConsole.implStatus.${s}`)] as const), (x) => (f.status = x))}
          ${f.form.input(`impl-${id}-progress`, t('budgetConsole.impl.progress'), f.progress, (x) => (f.progress = x), { inputmode: 'numeric' })}
          ${f.form.textarea(`impl-${id}-note`, t('budgetConsole.impl.note'), f.note, (x) => (f.note = x))}
          <div class="actions"><button type="submit" part="button" class="impl-submit" data-id=${id} aria-disabled=${f.form.busy ? 'true' : 'false'}>${t('budgetConsole.impl.submit')}</button></div>
        </form>`;
      })}`;
  }
}
