import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type ConsoleRules, type Round, type RulesSetting } from '@kohtaamo/core';
import type { ConsoleHost, TabView } from './budget-console.host.js';
import { FormErrors, whole } from './budget-console.form.js';
import { votingOpened } from './budget-console.round.js';

const BALLOTS = ['approval', 'knapsack', 'points'] as const;
const RULES = ['greedy', 'mes', 'phragmen'] as const;
const UTILITIES = ['cost', 'approval', 'points'] as const;
const COMPLETIONS = ['none', 'add1', 'add1-exhaustive', 'add1-greedy'] as const;

interface Values {
  ballot: string;
  minProjects: string;
  maxProjects: string;
  minShare: string;
  totalPoints: string;
  maxPoints: string;
  winnerRule: string;
  utility: string;
  completion: string;
  randomOrder: boolean;
}

const DEFAULTS: Values = { ballot: 'approval', minProjects: '1', maxProjects: '3', minShare: '0', totalPoints: '10', maxPoints: '', winnerRule: 'mes', utility: 'cost', completion: 'add1', randomOrder: true };

/**
 * The rules tab (lazy, ADR 0049): per budget, the ballot type and its limits, the winner rule with
 * its utility and completion, and the random order; the projects and the money come from the
 * budget and its feasible proposals. Frozen (shown, not editable) once voting has opened.
 */
export class RulesTab implements TabView {
  #budget = '';
  #values: Values = { ...DEFAULTS };
  #current: ConsoleRules | null = null;
  #form: FormErrors;
  #roundId = '';

  constructor(private readonly host: ConsoleHost) {
    this.#form = new FormErrors(host, 'rules-summary');
  }

  async shown(round: Round): Promise<void> {
    if (round.id !== this.#roundId || !round.budgets.some((b) => b.id === this.#budget)) {
      this.#roundId = round.id;
      this.#budget = round.budgets[0]?.id ?? '';
    }
    await this.#read();
  }

  async #read(): Promise<void> {
    const host = this.host;
    this.#form.clear();
    this.#current = null;
    if (!this.#budget) return;
    try {
      // A budget without rules has no ballot paper yet (its read answers 409): nothing to ask.
      if (!host.round?.budgets.some((b) => b.id === this.#budget && !b.rulesSet)) this.#current = await host.api.rules(this.#roundId, this.#budget);
    } catch (error) {
      await this.#form.fromError(error);
    }
    const r = this.#current?.rules;
    this.#values = r
      ? {
          ballot: r.ballot.type,
          minProjects: String(r.ballot.type === 'approval' ? r.ballot.minProjects : 1),
          maxProjects: r.ballot.type === 'approval' ? String(r.ballot.maxProjects ?? '') : '',
          minShare: r.ballot.type === 'knapsack' ? String(Math.round((r.ballot.minShareSpent ?? 0) * 100)) : '0',
          totalPoints: r.ballot.type === 'points' ? String(r.ballot.totalPoints) : '10',
          maxPoints: r.ballot.type === 'points' ? String(r.ballot.maxPointsPerProject ?? '') : '',
          winnerRule: r.winnerRule,
          utility: r.utility,
          completion: r.completion,
          randomOrder: this.#current!.randomOrder,
        }
      : { ...DEFAULTS };
    host.requestUpdate();
  }

  #setting(): object {
    const val = this.#values;
    const optional = (text: string) => (text.trim() === '' ? undefined : whole(text));
    const ballot =
      val.ballot === 'approval'
        ? { type: 'approval', minProjects: whole(val.minProjects), ...(optional(val.maxProjects) !== undefined ? { maxProjects: optional(val.maxProjects) } : {}) }
        : val.ballot === 'knapsack'
          ? { type: 'knapsack', minShareSpent: whole(val.minShare) / 100 }
          : { type: 'points', totalPoints: whole(val.totalPoints), ...(optional(val.maxPoints) !== undefined ? { maxPointsPerProject: optional(val.maxPoints) } : {}) };
    return { ballot, winnerRule: val.winnerRule, utility: val.utility, completion: val.winnerRule === 'mes' ? val.completion : 'none', randomOrder: val.randomOrder };
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    const setting = this.#setting() as RulesSetting;
    this.#form.busy = true;
    try {
      // The server checks it with RulesSettingSchema; its 422 comes back by the field.
      const rules = await host.api.setRules(this.#roundId, this.#budget, setting);
      this.#form.clear();
      this.#current = { rules, randomOrder: setting.randomOrder, projects: [] };
      host.announce(host.t('budgetConsole.rules.done', { count: rules.projects.length }));
      await host.queue.refresh();
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
    if (round.budgets.length === 0) return html`<p class="empty">${t('budgetConsole.budgets.empty')}</p>`;
    const budget = round.budgets.find((b) => b.id === this.#budget) ?? round.budgets[0]!;
    const frozen = votingOpened(round);
    const f = this.#form;
    const val = this.#values;
    const rerender = () => host.requestUpdate();
    const set = (key: Exclude<keyof Values, 'randomOrder'>, again = false) => (x: string) => {
      val[key] = x;
      if (again) rerender();
    };
    const option = <K extends string>(list: readonly K[], prefix: string) => list.map((k) => [k, t(`${prefix}${k}` as Parameters<typeof t>[0])] as const);
    return html`${f.select(
        'rules-budget',
        t('budgetConsole.rules.budget'),
        budget.id,
        round.budgets.map((b) => [b.id, pickText(b.name, host.locale)] as const),
        (x) => {
          this.#budget = x;
          void this.#read();
        },
      )}
      <form novalidate aria-labelledby="rules-title" @submit=${this.#submit}>
        <h4 id="rules-title">${t('budgetConsole.rules.title', { name: pickText(budget.name, host.locale) })}</h4>
        ${frozen ? html`<p class="notice">${t('budgetConsole.rules.frozenNote')}</p>` : nothing}
        ${this.#current ? html`<p>${t('budgetConsole.rules.projects', { count: this.#current.rules.projects.length })}</p>` : nothing}
        ${f.summary()}
        <fieldset ?disabled=${frozen}>
          <legend class="visually-hidden">${t('budgetConsole.rules.title', { name: pickText(budget.name, host.locale) })}</legend>
          ${f.select('ballot-type', t('budgetConsole.rules.ballot'), val.ballot, option(BALLOTS, 'budgetConsole.rules.'), set('ballot', true))}
          ${val.ballot === 'approval'
            ? html`${f.input('ballot-minProjects', t('budgetConsole.rules.minProjects'), val.minProjects, set('minProjects'), { inputmode: 'numeric' })}
              ${f.input('ballot-maxProjects', t('budgetConsole.rules.maxProjects'), val.maxProjects, set('maxProjects'), { inputmode: 'numeric' })}`
            : val.ballot === 'knapsack'
              ? f.input('ballot-minShareSpent', t('budgetConsole.rules.minShare'), val.minShare, set('minShare'), { inputmode: 'numeric' })
              : html`${f.input('ballot-totalPoints', t('budgetConsole.rules.totalPoints'), val.totalPoints, set('totalPoints'), { inputmode: 'numeric' })}
                ${f.input('ballot-maxPointsPerProject', t('budgetConsole.rules.maxPoints'), val.maxPoints, set('maxPoints'), { inputmode: 'numeric' })}`}
          ${f.select('winnerRule', t('budgetConsole.rules.winnerRule'), val.winnerRule, option(RULES, 'budgetConsole.rules.'), set('winnerRule', true))}
          ${f.select('utility', t('budgetConsole.rules.utility'), val.utility, option(UTILITIES, 'budgetConsole.rules.utility.'), set('utility'))}
          ${val.winnerRule === 'mes' ? f.select('completion', t('budgetConsole.rules.completion'), val.completion, option(COMPLETIONS, 'budgetConsole.rules.completion.'), set('completion')) : nothing}
          <div class="check">
            <input type="checkbox" id="randomOrder" .checked=${val.randomOrder} @change=${(e: Event) => (val.randomOrder = (e.target as HTMLInputElement).checked)} />
            <label for="randomOrder">${t('budgetConsole.rules.randomOrder')}</label>
          </div>
          <p class="hint">${t('budgetConsole.rules.tieBreaking')}</p>
        </fieldset>
        ${frozen ? nothing : html`<div class="actions"><button type="submit" part="button" id="rules-submit" aria-disabled=${f.busy ? 'true' : 'false'}>${t('budgetConsole.rules.submit')}</button></div>`}
      </form>`;
  }
}
