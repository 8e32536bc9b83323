import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BUDGETING_PATHS, createApiClient, intlTag, pickText, ProblemError, RoundNamesSchema, RoundResultsSchema, type BudgetingApi, type Locale, type RoundNames } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { resultsMessages, type ResultsTranslator as Translator } from './budget-results.messages.js';
import { euros } from '../money.js';
import type { Explanation } from './budget-results.why.js';

type WhyPart = typeof import('./budget-results.why.js');
import { styles } from './budget-results.styles.js';
import { textLang } from '../../i18n/text-lang.js';

interface ProjectResult {
  id: string;
  title: string;
  cost: number;
  votes: number;
  won: boolean;
  fundedAs: number | null;
  explanation: Explanation;
}

interface BudgetResult {
  budget: string;
  amount: number;
  rules: { winnerRule: 'greedy' | 'mes' | 'phragmen'; ballot: { type: string } };
  voters: number;
  blankBallots: number;
  winners: string[];
  totalCost: number;
  votersWithAWinner: { voters: number; withWinner: number; share: number };
  projects: ProjectResult[];
}

interface Results {
  ballots: number;
  budgets: BudgetResult[];
  implementation?: { id: string; status: string; progress: number }[];
}

const PALETTE = ['#0000bf', '#007a64', '#b01038', '#6a3e9c', '#00637a', '#8a4b00'];

/**
 * The published results of a participatory budgeting round: per budget the winners, votes and
 * cost of every project, a chart of how the budget was spent (an SVG with a title and a
 * description, and the table beside it carries every figure), why each project won or lost
 * under the rule used (under equal shares: what its supporters had left of their shares; behind a
 * disclosure, loaded when asked for), the
 * share of voters who got at least one project they voted for, and each winner's
 * implementation status. The anonymised ballots are linked as a Pabulib file anyone can recount.
 *
 * ```html
 * <kohtaamo-budget-results api="https://osallistu.heinola.fi" round="heinola-2027"></kohtaamo-budget-results>
 * ```
 *
 * @tagname kohtaamo-budget-results
 * @summary Results of a participatory budgeting round, explained project by project.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round's id (`heinola-2027`). Required.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart budget - The results of one budget.
 * @csspart chart - The chart of the budget spent.
 * @csspart table - The table of projects.
 * @csspart why - The disclosure of why each project won or lost.
 *
 * @cssproperty --kohtaamo-budget-results-max-width - Widest the element grows. Default `60rem`.
 */
export class KohtaamoBudgetResults extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    round: {},
    budgetingApi: { attribute: false },
    status: { state: true },
    roundData: { state: true },
    results: { state: true },
  };

  api = '';
  round = '';
  /** @internal For stories and tests: an API instead of the one built from `api`. */
  budgetingApi: BudgetingApi | null = null;

  private status: 'loading' | 'ready' | 'notYet' | 'error' = 'loading';
  private roundData: RoundNames | null = null;
  private results: Results | null = null;

  readonly #locale = new MessagesController(this, resultsMessages);
  /**
   * Why each project won or lost (budget-results.why.ts): a lazy part imported when a person
   * opens a budget's disclosure (a plain import: the LazyModule controller would cost the results
   * more than the part saves them). @internal A test may swap it.
   */
  whyImport = (): Promise<WhyPart> => import('./budget-results.why.js');
  #why: WhyPart | null = null;
  #whyState: '' | 'loading' | 'failed' = '';
  #load = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api') || changed.has('round') || changed.has('budgetingApi')) void this.#fetch();
  }

  #path(): string {
    return `${BUDGETING_PATHS.rounds}/${encodeURIComponent(this.round)}`;
  }

  async #fetch(): Promise<void> {
    const load = ++this.#load;
    this.status = 'loading';
    if (!this.round) return;
    const api = this.budgetingApi;
    const path = this.#path();
    const client = createApiClient({ baseUrl: this.api });
    try {
      // Of the round, its title and budgets' names (RoundNamesSchema), not the round's whole schema.
      const [round, results] = await Promise.all([
        api ? api.round(this.round) : client.request(path, RoundNamesSchema),
        api ? api.results(this.round) : client.request(`${path}/results`, RoundResultsSchema),
      ]);
      if (load !== this.#load) return;
      this.roundData = round;
      this.results = results as unknown as Results;
      this.status = 'ready';
    } catch (error) {
      if (load !== this.#load) return;
      this.status = error instanceof ProblemError && error.status === 404 ? 'notYet' : 'error';
    }
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const results = this.results;
    return html`<div class="root" lang=${locale}>
      <h2 lang=${this.roundData ? textLang(this.roundData.title, locale) : nothing}>${this.roundData ? pickText(this.roundData.title, locale) : t('budgeting.results.title')}</h2>
      ${this.status === 'loading' ? html`<p role="status">${t('common.loading')}</p>` : nothing}
      ${this.status === 'notYet' ? html`<p role="status" class="notice">${t('budgeting.results.notYet')}</p>` : nothing}
      ${this.status === 'error' ? html`<div role="alert" class="notice error-notice"><p>${t('budgeting.results.error')}</p></div>` : nothing}
      ${this.status === 'ready' && results
        ? html`<h3 class="subtitle">${t('budgeting.results.title')}</h3>
            <p>${t('budgeting.results.ballots', { count: results.ballots })}</p>
            ${results.budgets.map((b) => this.#renderBudget(t, locale, b, results))}`
        : nothing}
    </div>`;
  }

  #renderBudget(t: Translator, locale: Locale, b: BudgetResult, results: Results): TemplateResult {
    const budget = this.roundData?.budgets.find((x) => x.id === b.budget);
    const name = budget ? pickText(budget.name, locale) : b.budget;
    const percent = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(b.votersWithAWinner.share * 100);
    const points = b.rules.ballot.type === 'points';
    const implementation = new Map((results.implementation ?? []).map((i) => [i.id, i]));
    const sorted = [...b.projects].sort((x, y) => (x.won === y.won ? (x.won ? (x.fundedAs ?? 0) - (y.fundedAs ?? 0) : y.votes - x.votes) : x.won ? -1 : 1));
    const id = `b-${b.budget}`;
    return html`<section part="budget" class="budget" aria-labelledby="${id}-title">
      <h3 id="${id}-title">${name}</h3>
      <ul class="facts">
        <li>${t('budgeting.results.voters', { voters: b.voters, blank: b.blankBallots })}</li>
        <li>${t('budgeting.results.spent', { total: euros(locale, b.totalCost), amount: euros(locale, b.amount) })}</li>
        <li>${t('budgeting.results.satisfied', { percent, with: b.votersWithAWinner.withWinner, voters: b.votersWithAWinner.voters })}</li>
        <li>${t('budgeting.results.rule', { rule: t(`budgeting.results.rule.${b.rules.winnerRule}`) })}</li>
      </ul>
      ${this.#chart(t, locale, b, name, sorted)}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-caption">
        <table part="table">
          <caption id="${id}-caption">${t('budgeting.results.table', { budget: name })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('budgeting.results.project')}</th>
              <th scope="col" class="num">${points ? t('budgeting.results.points') : t('budgeting.results.votes')}</th>
              <th scope="col" class="num">${t('budgeting.results.cost')}</th>
              <th scope="col">${t('budgeting.results.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            ${sorted.map((p) => {
              const done = implementation.get(p.id);
              return html`<tr class=${p.won ? 'won' : 'lost'}>
                <th scope="row">${p.title}</th>
                <td class="num">${new Intl.NumberFormat(intlTag(locale)).format(p.votes)}</td>
                <td class="num">${euros(locale, p.cost)}</td>
                <td>
                  <span class="badge">${p.won ? `✓ ${t('budgeting.results.won')}` : t('budgeting.results.lost')}</span>
                  ${done
                    ? html`<br /><span class="implementation">${t('budgeting.results.implementation', { status: t(`budgeting.results.status.${done.status}` as Parameters<Translator>[0]), progress: done.progress })}</span>`
                    : nothing}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <details class="why" part="why" @toggle=${this.#openWhy}>
        <summary>${t('budgeting.results.whyTitle')}</summary>
        ${this.#renderWhy(t, locale, sorted)}
      </details>
      <p><a href=${`${this.api.replace(/\/+$/, '')}${this.#path()}/budgets/${encodeURIComponent(b.budget)}/ballots.pb`}>${t('budgeting.results.download', { budget: name })}</a></p>
    </section>`;
  }

  /** A disclosure opened: the explanations' part is imported (again after a failure). */
  #openWhy = (event: Event): void => {
    if (!(event.target as HTMLDetailsElement).open || this.#why || this.#whyState === 'loading') return;
    this.#whyState = 'loading';
    this.requestUpdate();
    this.whyImport()
      .then(async (part) => {
        await part.ready(this.#locale.locale);
        this.#why = part;
        this.#whyState = '';
      })
      .catch(() => (this.#whyState = 'failed'))
      .finally(() => this.requestUpdate());
  };

  #renderWhy(t: Translator, locale: Locale, sorted: ProjectResult[]): TemplateResult | typeof nothing {
    const part = this.#why;
    if (part) return part.renderWhy(locale, sorted, (amount) => euros(locale, amount), () => this.requestUpdate());
    // Nothing until a disclosure is opened; a failed load says so, and opening again tries again.
    if (this.#whyState === 'failed') return html`<p role="alert">${t('budgeting.results.error')}</p>`;
    return this.#whyState === 'loading' ? html`<p role="status">${t('common.loading')}</p>` : nothing;
  }

  /** A bar of the budget: one segment per winner in funding order, then what was left unspent. */
  #chart(t: Translator, locale: Locale, b: BudgetResult, name: string, sorted: ProjectResult[]): TemplateResult {
    const winners = sorted.filter((p) => p.won);
    const total = Math.max(b.amount, b.totalCost, 1);
    const width = 600;
    let x = 0;
    const segments = winners.map((p, i) => {
      const w = (p.cost / total) * width;
      const segment = svg`<rect x=${x} y="0" width=${w} height="40" fill=${PALETTE[i % PALETTE.length]} stroke="#fff" stroke-width="2"><title>${p.title}: ${euros(locale, p.cost)}</title></rect>`;
      x += w;
      return segment;
    });
    const unspent = Math.max(0, b.amount - b.totalCost);
    const id = `c-${b.budget}`;
    return html`<figure part="chart" class="chart">
      <svg viewBox="0 0 ${width} 40" preserveAspectRatio="none" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
        <title id="${id}-title">${t('budgeting.results.chart', { budget: name })}</title>
        <desc id="${id}-desc">${t('budgeting.results.chartDesc', { total: euros(locale, b.totalCost), unspent: euros(locale, unspent), amount: euros(locale, b.amount) })}</desc>
        <rect x="0" y="0" width=${width} height="40" fill="#f2f2f2" stroke="#767676" stroke-width="2"></rect>
        ${segments}
      </svg>
      <figcaption>
        <ul class="legend">
          ${winners.map((p, i) => html`<li><span class="swatch swatch-${i % PALETTE.length}" aria-hidden="true"></span>${p.title}: ${euros(locale, p.cost)}</li>`)}
          <li><span class="swatch swatch-unspent" aria-hidden="true"></span>${t('budgeting.results.unspent')}: ${euros(locale, unspent)}</li>
        </ul>
      </figcaption>
    </figure>`;
  }
}
