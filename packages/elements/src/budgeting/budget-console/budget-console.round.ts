import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, pickText, type BudgetInput, type Round, type RoundSchedule } from '@kohtaamo/core';
import { euros } from '../money.js';
import type { ConsoleHost, ConsoleView, TabView } from './budget-console.host.js';
import { FormErrors, whole } from './budget-console.form.js';

export const ROUND_TABS = ['overview', 'proposals', 'rules', 'voting', 'results'] as const;
export type RoundTab = (typeof ROUND_TABS)[number];

/** Whether the rules are frozen: voting has opened (ADR 0019). */
export const votingOpened = (round: Round): boolean => Date.parse(round.schedule.votingOpenAt) <= Date.now() || round.closedAt !== null;

const DAY = 86_400_000;

/** The schedule that opens the vote now: the earlier phases end now, the later ones keep their days where they still fit. */
function openingNow(s: RoundSchedule, now: number): RoundSchedule {
  const iso = (ms: number) => new Date(ms).toISOString();
  const opens = now - 5_000;
  const proposalsClose = Math.min(Date.parse(s.proposalsCloseAt), opens);
  const proposalsOpen = Math.min(Date.parse(s.proposalsOpenAt), proposalsClose - 60_000);
  const votingClose = Math.max(Date.parse(s.votingCloseAt), opens + 14 * DAY);
  const results = Math.max(Date.parse(s.resultsAt), votingClose);
  return { proposalsOpenAt: iso(proposalsOpen), proposalsCloseAt: iso(proposalsClose), votingOpenAt: iso(opens), votingCloseAt: iso(votingClose), resultsAt: iso(results), implementationAt: iso(Math.max(Date.parse(s.implementationAt), results)) };
}

/**
 * The open round (lazy, ADR 0049): its phase and days, its budgets (added until voting opens),
 * opening the vote (which freezes the rules), and the tabs, each after the first a module of its
 * own: proposals (review), rules, voting (codes, assisted ballots), results (close, compute,
 * publish, implementation).
 */
export class RoundView implements ConsoleView {
  #tab: RoundTab = 'overview';
  #tabs = new Map<RoundTab, TabView>();
  #tabError = '';
  #budget: FormErrors;
  #budgetValues: Record<string, string> = { kind: 'area' };
  #opening: FormErrors;
  #roundId = '';

  constructor(private readonly host: ConsoleHost) {
    this.#budget = new FormErrors(host, 'budget-summary');
    this.#opening = new FormErrors(host, 'opening-summary');
  }

  async opened(round: Round): Promise<void> {
    if (round.id !== this.#roundId) {
      this.#roundId = round.id;
      this.#tab = 'overview';
      this.#budget.clear();
      this.#opening.clear();
      this.#budgetValues = { kind: 'area' };
    }
    if (this.#tab !== 'overview') await this.#tabs.get(this.#tab)?.shown(round);
  }

  async #loadTab(tab: Exclude<RoundTab, 'overview'>): Promise<TabView> {
    const existing = this.#tabs.get(tab);
    if (existing) return existing;
    const host = this.host;
    const view: TabView =
      tab === 'proposals'
        ? new (await import('./budget-console.proposals.js')).ProposalsTab(host)
        : tab === 'rules'
          ? new (await import('./budget-console.rules.js')).RulesTab(host)
          : tab === 'voting'
            ? new (await import('./budget-console.voting.js')).VotingTab(host)
            : new (await import('./budget-console.results.js')).ResultsTab(host);
    this.#tabs.set(tab, view);
    return view;
  }

  async #select(tab: RoundTab, focus: boolean): Promise<void> {
    this.#tab = tab;
    this.#tabError = '';
    this.host.requestUpdate();
    if (focus) await this.host.focus(`#tab-${tab}`);
    const round = this.host.round;
    if (tab === 'overview' || !round) return;
    try {
      const view = await this.#loadTab(tab);
      await view.shown(round);
    } catch (error) {
      this.#tabError = this.host.failureText(error);
    }
    this.host.requestUpdate();
  }

  #onTabKey = (event: KeyboardEvent): void => {
    const index = ROUND_TABS.indexOf(this.#tab);
    const n = ROUND_TABS.length;
    const next = event.key === 'ArrowRight' ? (index + 1) % n : event.key === 'ArrowLeft' ? (index + n - 1) % n : event.key === 'Home' ? 0 : event.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    void this.#select(ROUND_TABS[next]!, true);
  };

  render(): TemplateResult {
    const host = this.host;
    const round = host.round!;
    const t = host.t;
    return html`<h3 id="panel-title" tabindex="-1">${pickText(round.title, host.locale)}</h3>
      <p><span class="status">${t(`budgetConsole.phase.${round.phase}`)}</span></p>
      <div role="tablist" class="tabs" aria-label=${t('budgetConsole.tabs')} @keydown=${this.#onTabKey}>
        ${ROUND_TABS.map(
          (tab) => html`<button
            type="button"
            role="tab"
            part="button"
            id="tab-${tab}"
            aria-selected=${this.#tab === tab ? 'true' : 'false'}
            aria-controls="tabpanel"
            tabindex=${this.#tab === tab ? '0' : '-1'}
            @click=${() => void this.#select(tab, false)}
          >
            ${t(`budgetConsole.tab.${tab}`)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="tabpanel" class="tabpanel" aria-labelledby="tab-${this.#tab}" tabindex="0">${this.#renderTab(round)}</div>`;
  }

  #renderTab(round: Round): TemplateResult {
    if (this.#tab === 'overview') return this.#renderOverview(round);
    const view = this.#tabs.get(this.#tab);
    if (view) return view.render(round);
    return this.#tabError ? html`<div class="notice error-notice" role="alert"><p>${this.#tabError}</p></div>` : html`<p>${this.host.t('budgetConsole.loading')}</p>`;
  }

  #renderOverview(round: Round): TemplateResult {
    const host = this.host;
    const t = host.t;
    const locale = host.locale;
    const s = round.schedule;
    const frozen = votingOpened(round);
    return html`<dl>
        <div><dt>${t('budgetConsole.round.proposals')}</dt><dd>${formatDateTime(s.proposalsOpenAt, locale)} – ${formatDateTime(s.proposalsCloseAt, locale)}</dd></div>
        <div><dt>${t('budgetConsole.round.voting')}</dt><dd>${formatDateTime(s.votingOpenAt, locale)} – ${formatDateTime(round.closedAt ?? s.votingCloseAt, locale)}</dd></div>
        <div><dt>${t('budgetConsole.round.voterMayVoteIn')}</dt><dd>${t(`budgetConsole.round.${round.voterMayVoteIn}`)}</dd></div>
      </dl>
      ${round.resultsPublishedAt ? html`<p>${t('budgetConsole.round.published', { date: formatDateTime(round.resultsPublishedAt, locale) })}</p>` : nothing}
      <h4 id="budgets-title">${t('budgetConsole.budgets.title')}</h4>
      ${round.budgets.length === 0
        ? html`<p class="empty">${t('budgetConsole.budgets.empty')}</p>`
        : html`<div class="table-wrap">
            <table aria-labelledby="budgets-title">
              <thead>
                <tr>
                  <th scope="col">${t('budgetConsole.budgets.col.name')}</th>
                  <th scope="col">${t('budgetConsole.budgets.col.kind')}</th>
                  <th scope="col">${t('budgetConsole.budgets.col.amount')}</th>
                  <th scope="col">${t('budgetConsole.budgets.col.rules')}</th>
                </tr>
              </thead>
              <tbody>
                ${round.budgets.map(
                  (b) => html`<tr>
                    <th scope="row">${pickText(b.name, locale)}</th>
                    <td>${b.kind === 'theme' ? t('budgetConsole.kind.theme') : t('budgetConsole.kind.area')}</td>
                    <td>${euros(locale, b.amount)}</td>
                    <td>${b.rulesSet ? t('budgetConsole.rules.set') : t('budgetConsole.rules.notSet')}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      ${frozen ? html`<p class="notice">${t('budgetConsole.frozen')}</p>` : html`${this.#renderAddBudget()}${this.#renderOpenVoting(round)}`}`;
  }

  #addBudget = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    const val = this.#budgetValues;
    const input = { id: val.id ?? '', kind: val.kind, name: { fi: val['name-fi'] ?? '', sv: val['name-sv'] ?? '', en: val['name-en'] ?? '' }, amount: whole(val.amount ?? '') } as BudgetInput;
    this.#budget.busy = true;
    try {
      const round = await host.api.createBudget(host.round!.id, input);
      this.#budget.clear();
      this.#budgetValues = { kind: 'area' };
      await host.queue.change(async () => round);
      host.announce(host.t('budgetConsole.budget.done', { name: pickText(input.name, host.locale) }));
      await host.focus('#budgets-title');
    } catch (error) {
      await this.#budget.fromError(error);
    } finally {
      this.#budget.busy = false;
      host.requestUpdate();
    }
  };

  #renderAddBudget(): TemplateResult {
    const t = this.host.t;
    const f = this.#budget;
    const val = this.#budgetValues;
    const set = (key: string) => (value: string) => (val[key] = value);
    return html`<form novalidate aria-labelledby="budget-form-title" @submit=${this.#addBudget}>
      <h4 id="budget-form-title">${t('budgetConsole.budget.add')}</h4>
      ${f.summary()}
      ${f.input('id', t('budgetConsole.budget.id'), val.id ?? '', set('id'), { hint: t('budgetConsole.create.idHint') })}
      ${f.select('kind', t('budgetConsole.budget.kind'), val.kind ?? 'area', [['area', t('budgetConsole.kind.area')], ['theme', t('budgetConsole.kind.theme')]], set('kind'))}
      ${f.input('name-fi', t('budgetConsole.budget.nameFi'), val['name-fi'] ?? '', set('name-fi'))}
      ${f.input('name-sv', t('budgetConsole.budget.nameSv'), val['name-sv'] ?? '', set('name-sv'))}
      ${f.input('name-en', t('budgetConsole.budget.nameEn'), val['name-en'] ?? '', set('name-en'))}
      ${f.input('amount', t('budgetConsole.budget.amount'), val.amount ?? '', set('amount'), { inputmode: 'numeric' })}
      <div class="actions"><button type="submit" part="button" id="budget-submit" aria-disabled=${f.busy ? 'true' : 'false'}>${t('budgetConsole.budget.submit')}</button></div>
    </form>`;
  }

  #openVoting = async (): Promise<void> => {
    const host = this.host;
    const round = host.round!;
    if (round.budgets.length === 0 || round.budgets.some((b) => !b.rulesSet)) {
      this.#opening.clear();
      this.#opening.failure = host.t('budgetConsole.openVoting.missing');
      host.requestUpdate();
      await host.focus('#opening-summary-failure');
      return;
    }
    this.#opening.busy = true;
    try {
      const updated = await host.api.updateRound(round.id, { schedule: openingNow(round.schedule, Date.now()) });
      this.#opening.clear();
      await host.queue.change(async () => updated);
      host.announce(host.t('budgetConsole.openVoting.done'));
    } catch (error) {
      await this.#opening.fromError(error);
    } finally {
      this.#opening.busy = false;
      host.requestUpdate();
    }
  };

  #renderOpenVoting(round: Round): TemplateResult {
    const t = this.host.t;
    return html`<section aria-labelledby="opening-title" class="tabpanel">
      <h4 id="opening-title">${t('budgetConsole.openVoting.title')}</h4>
      <p class="hint" id="opening-hint">${t('budgetConsole.openVoting.hint')}</p>
      ${this.#opening.summary()}
      <div class="actions">
        <button type="button" part="button" id="open-voting" aria-describedby="opening-hint" aria-disabled=${this.#opening.busy || round.budgets.length === 0 ? 'true' : 'false'} @click=${this.#openVoting}>
          ${t('budgetConsole.openVoting.submit')}
        </button>
      </div>
    </section>`;
  }
}
