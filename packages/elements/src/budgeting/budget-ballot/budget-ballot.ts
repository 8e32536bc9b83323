import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  BallotPaperReadSchema,
  BallotRoundReadSchema,
  BALLOT_ROUNDS_PATH,
  createApiClient,
  pickText,
  ProblemError,
  remaining,
  type Ballot,
  type BallotPaperRead,
  type BallotRoundRead,
  type BudgetingApi,
  type BudgetRules,
  intlTag,
  type Locale,
} from '@kohtaamo/core';
import type { GenericSchema, InferOutput } from 'valibot';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { ballotMessages, type BallotTranslator as Translator } from './budget-ballot.messages.js';
import { euros } from '../money.js';
import type { BallotCasting, CastProblem as Problem } from './budget-ballot.confirm.js';
import { styles } from './budget-ballot.styles.js';
import { textLang } from '../../i18n/text-lang.js';

type Paper = BallotPaperRead & { rules: BudgetRules };
type LaterPart = typeof import('./budget-ballot.confirm.js');

/** What a person does first with a widget: focus a field (by key or pointer), press one, type. */
const FIRST_TOUCH = ['focusin', 'pointerdown', 'input'] as const;

/**
 * The ballot's later part (budget-ballot.confirm.ts), imported once when asked: at the voter's
 * first touch, or by "Review". A failed import is tried again at the next ask. The element
 * re-renders when it settles. (A LazyModule without its idle prefetch nor its chunk: ADR 0098.)
 */
class Later {
  state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  value: LaterPart | undefined;
  #pending: Promise<LaterPart> | undefined;
  constructor(
    private readonly host: HTMLElement & { requestUpdate(): void },
    /** The import; a test may swap it. */
    public load: () => Promise<LaterPart>,
  ) {}

  get(): Promise<LaterPart> {
    if (this.value) return Promise.resolve(this.value);
    this.state = 'loading';
    return (this.#pending ??= this.load().then(
      (part) => {
        this.value = part;
        this.state = 'ready';
        this.host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        this.#pending = undefined;
        this.state = 'failed';
        this.host.requestUpdate();
        throw error;
      },
    ));
  }
}
type Step = 'loading' | 'budget' | 'ballot' | 'confirm' | 'sending' | 'done' | 'failed';

/**
 * The ballot of a participatory budgeting round: the voter chooses projects under the
 * budget's frozen rules (approval with a minimum and maximum, knapsack that must fit in the
 * money, or points to share out), sees the money, projects or points left and every broken
 * rule as they choose (in words, in a live region), may cast a blank vote, proves the right to
 * vote with the code of their voting letter, checks the choice once more, and gets a receipt
 * code with which they can later see that the ballot was counted (with `<kohtaamo-budget-receipt>`,
 * loaded when the receipt is shown). The projects are in a random order per voter when the
 * round asks for it.
 *
 * ```html
 * <kohtaamo-budget-ballot api="https://osallistu.heinola.fi" round="heinola-2027"></kohtaamo-budget-ballot>
 * ```
 *
 * @tagname kohtaamo-budget-ballot
 * @summary The participatory budgeting ballot: choose projects, vote with a code, get a receipt.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round's id (`heinola-2027`). Required.
 * @attr {string} budget - The budget (area or theme) to vote in. Default `""`: the voter chooses when the round has several.
 * @attr {string} code - A voting code to fill in (a link from a printed letter). Default `""`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event kohtaamo-budget-ballot-cast - The server stored the ballot; `receipt` holds the receipt code.
 *
 * @csspart project - One project on the ballot.
 * @csspart tally - The live summary: money, projects or points left, and broken rules.
 * @csspart receipt-code - The receipt code after voting.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and chosen projects' border. Default `#0000bf`.
 * @cssproperty --kohtaamo-budget-ballot-max-width - Widest the element grows. Default `48rem`.
 */
export class KohtaamoBudgetBallot extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    round: {},
    budget: {},
    code: {},
    token: { attribute: false },
    budgetingApi: { attribute: false },
    roundData: { state: true },
    step: { state: true },
    paper: { state: true },
    order: { state: true },
    chosen: { state: true },
    codeValue: { state: true },
    problems: { state: true },
    notice: { state: true },
    receipt: { state: true },
    blank: { state: true },
  };

  api = '';
  round = '';
  budget = '';
  code = '';
  /**
   * A signed token of the city's identity service, instead of a voting code (set by the host
   * page after identification; never an attribute, so it is not in the page's HTML).
   */
  token: string | null = null;
  /** @internal For stories and tests: an API instead of the one built from `api`. */
  budgetingApi: BudgetingApi | null = null;

  private roundData: BallotRoundRead | null = null;
  // The element is the later steps' BallotHost (budget-ballot.confirm.ts): what they read and
  // change is public for them, and internal (a host object of getters cost the cold page, issue 7).
  /** @internal */
  step: Step = 'loading';
  /** The ballot paper of the budget voted in. @internal */
  paper: Paper | null = null;
  /** The projects' order on this voter's ballot. @internal */
  order: string[] = [];
  /** project id → points (1 on approval and knapsack ballots). @internal */
  chosen = new Map<string, number>();
  /** The voting code as typed. @internal */
  codeValue = '';
  /** The error summary's messages, each linked to its field. @internal */
  problems: Problem[] = [];
  /** @internal */
  notice = '';
  /** @internal */
  receipt = '';
  /** Whether the vote being checked or cast is blank. @internal */
  blank = false;
  /** The budget voted in. @internal */
  budgetId = '';

  readonly #locale = new MessagesController(this, ballotMessages);
  #focus: string | null = null;
  #load = 0;
  /** The area choice (budget-ballot.areas.ts), imported when the round has several areas and `budget` names none. */
  #areas: typeof import('./budget-ballot.areas.js') | undefined;
  /** A points ballot's field and rules (budget-ballot.points.ts), imported when the paper's rule is points. */
  #points: typeof import('./budget-ballot.points.js') | undefined;
  /** A knapsack ballot's rules, spent money and "does not fit" (budget-ballot.knapsack.ts), imported when the paper's rule is knapsack. */
  #knapsack: typeof import('./budget-ballot.knapsack.js') | undefined;
  /** @internal The parts a paper's rule asks for (ADRs 0098, 0106); a test may swap one. */
  readonly parts = { knapsack: () => import('./budget-ballot.knapsack.js'), points: () => import('./budget-ballot.points.js') };
  /** A check of the ballot asked for ("Review", "Blank") while the later steps are on their way: blank or not. */
  #pending: boolean | null = null;
  /**
   * The later steps (the rules' checks as the voter chooses, checking the choice once more,
   * casting, the receipt: budget-ballot.confirm.ts), imported at the voter's first touch with the
   * client's write path (ky, docs/adr/0083; issue 7, ADR 0098). A test may swap `load`.
   */
  readonly later = new Later(this, () => import('./budget-ballot.confirm.js').then(async (m) => (await m.ready(this.#locale.locale), m)));
  readonly #touched = (): void => {
    for (const type of FIRST_TOUCH) this.removeEventListener(type, this.#touched);
    void import('@kohtaamo/core/http/writes').catch(() => undefined);
    this.later.get().catch(() => undefined);
  };

  constructor() {
    super();
    for (const type of FIRST_TOUCH) this.addEventListener(type, this.#touched, { passive: true });
  }
  /** The later steps' part, made once its module is here; it keeps the retry key of the ballot being cast (ADR 0031). */
  #casting: BallotCasting | null = null;

  #later(): BallotCasting | null {
    const module = this.later.value;
    if (module && !this.#casting) this.#casting = new module.BallotCasting(this);
    return this.#casting;
  }

  /** The language shown. @internal */
  get locale(): Locale {
    return this.#locale.locale;
  }

  /** The ballot's choices as sent. @internal */
  choices(): Ballot['choices'] {
    return this.#ballot().choices;
  }

  /** The check passed: the confirmation. @internal */
  confirming(blank: boolean): void {
    this.blank = blank;
    this.problems = [];
    this.step = 'confirm';
    this.#focus = '#confirm-title';
  }

  /** @internal */
  sendingNow(): void {
    this.step = 'sending';
    this.notice = '';
  }

  /** Back to the ballot with the problems in its summary and by their fields. @internal */
  refused(problems: Problem[]): void {
    this.problems = problems;
    this.step = 'ballot';
    this.#focus = '#summary';
  }

  /** The confirmation again, with a notice. @internal */
  failed(notice: string): void {
    this.notice = notice;
    this.step = 'confirm';
    this.#focus = '#notice';
  }

  /** @internal */
  stored(receipt: string): void {
    this.receipt = receipt;
    this.step = 'done';
    this.#focus = '#done-title';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('code')) this.codeValue = this.code;
    if (changed.has('api') || changed.has('round') || changed.has('budget') || changed.has('budgetingApi')) void this.#start();
  }

  protected override updated(): void {
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      // The later steps' module is still on its way: their heading takes the focus when it renders.
      if (!target && this.later.state === 'loading') return;
      this.#focus = null;
      // It failed to load: its notice (with "Retry now") takes the focus instead.
      (target ?? this.renderRoot.querySelector<HTMLElement>('#later-failed'))?.focus();
    }
  }

  /** "Retry now" by a failed read or part: reads again what failed (none when the round is not found or not open). */
  #retry: (() => void) | null = null;

  /** The notice of what failed, with "Retry now" when reading again may help; after a retry it takes the focus. */
  #failed(key: 'budgeting.ui.noRound' | 'budgeting.ui.loadError', retry: (() => void) | null, focus: boolean): void {
    this.notice = this.#locale.t(key);
    this.#retry = retry;
    this.step = 'failed';
    if (focus) this.#focus = '#notice';
  }

  async #start(focus = false): Promise<void> {
    const load = ++this.#load;
    this.step = 'loading';
    this.notice = '';
    this.#retry = null;
    if (!this.round) return;
    try {
      // Its own read of what it draws (ADR 0106); stories and tests may give an API instead.
      const round = this.budgetingApi ? await this.budgetingApi.round(this.round) : await this.#read('', BallotRoundReadSchema);
      if (load !== this.#load) return;
      this.roundData = round;
      if (round.phase !== 'voting') {
        this.notice = this.#locale.t('budgeting.ui.notOpen');
        this.step = 'failed';
        return;
      }
      const budget = this.budget || (round.budgets.length === 1 ? round.budgets[0]!.id : '');
      if (budget) await this.#openBudget(budget, load, focus);
      else {
        // The area choice is a part of its own, loaded when the round asks for it (ADR 0098).
        const areas = (this.#areas ??= await import('./budget-ballot.areas.js'));
        await areas.ready(this.#locale.locale);
        if (load !== this.#load) return;
        areas.adopt(this);
        this.step = 'budget';
        if (focus) this.#focus = 'input[name=budget]';
      }
    } catch (error) {
      if (load !== this.#load) return;
      if (error instanceof ProblemError && error.status === 404) this.#failed('budgeting.ui.noRound', null, focus);
      else this.#failed('budgeting.ui.loadError', () => void this.#start(true), focus);
    }
  }

  async #openBudget(budget: string, load = this.#load, focus = false): Promise<void> {
    this.step = 'loading';
    const paper = this.budgetingApi
      ? await this.budgetingApi.ballot(this.round, budget)
      : ((await this.#read(`/budgets/${encodeURIComponent(budget)}/ballot`, BallotPaperReadSchema)) as Paper);
    if (load !== this.#load) return;
    const ids = paper.projects.map((p) => p.id);
    // The random order is a part of its own, loaded when the paper asks for it (ADR 0098).
    const order = paper.randomOrder ? (await import('./budget-ballot.order.js')).voterOrder(this.round, budget, ids) : ids;
    // So is a points ballot's field and rules in words, loaded when the paper's rule is points.
    const type = paper.rules.ballot.type;
    if (type === 'points') await (this.#points ??= await this.parts.points()).ready(this.#locale.locale);
    // And a knapsack ballot's rules in words, spent money and "does not fit" (ADR 0106).
    if (type === 'knapsack') await (this.#knapsack ??= await this.parts.knapsack()).ready(this.#locale.locale);
    if (load !== this.#load) return;
    this.budgetId = budget;
    this.paper = paper;
    this.order = order;
    this.chosen = new Map();
    this.problems = [];
    this.step = 'ballot';
    if (focus) this.#focus = '#ballot-title';
  }

  /** One read under the round's path (`/api/v1/budgeting/rounds/<round>…`), checked with the schema of what is drawn. */
  #read<S extends GenericSchema>(path: string, schema: S): Promise<InferOutput<S>> {
    return createApiClient({ baseUrl: this.api }).request(`${BALLOT_ROUNDS_PATH}/${encodeURIComponent(this.round)}${path}`, schema);
  }

  #ballot(): Ballot {
    const points = this.paper?.rules.ballot.type === 'points';
    return { choices: [...this.chosen].map(([project, n]) => (points ? { project, points: n } : { project })) };
  }

  #toggle(id: string, on: boolean): void {
    // The rules' checks are in the later part: a failed import is tried again at each choice.
    if (this.later.state === 'failed') this.#touched();
    const next = new Map(this.chosen);
    if (on) next.set(id, 1);
    else next.delete(id);
    this.chosen = next;
  }

  #setPoints(id: string, value: string): void {
    if (this.later.state === 'failed') this.#touched();
    const n = Number(value);
    const next = new Map(this.chosen);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0) next.delete(id);
    else next.set(id, Math.floor(n));
    this.chosen = next;
  }

  /** "Review" or "Blank": the later steps check the ballot (its rules, the code's form); until they are here, their loading notice. */
  #review(blank: boolean): void {
    this.#pending = blank;
    this.notice = '';
    this.#check();
  }

  #check(): void {
    const later = this.#later();
    if (this.#pending === null) return;
    if (later) {
      const blank = this.#pending;
      this.#pending = null;
      later.review(blank);
      return;
    }
    this.step = 'confirm';
    this.#focus = '#confirm-title';
    this.later.get().then(
      () => this.#check(),
      () => undefined,
    );
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const round = this.roundData;
    return html`<div class="root" lang=${locale}>
      <h2 lang=${round ? textLang(round.title, locale) : nothing}>${round ? pickText(round.title, locale) : t('budgeting.ui.projects')}</h2>
      ${this.#body(t, locale)}
    </div>`;
  }

  #body(t: Translator, locale: Locale): TemplateResult {
    switch (this.step) {
      case 'loading':
        return html`<p role="status" class="loading">${t('common.loading')}</p>`;
      case 'failed':
        return html`<div class="notice error-notice" role="alert" id="notice" tabindex="-1"><p>${this.notice}</p>
          ${this.#retry ? html`<div class="actions"><button type="button" part="button" id="retry" @click=${this.#retry}>${t('common.retryNow')}</button></div>` : nothing}</div>`;
      case 'budget':
        return this.#renderBudgetChoice();
      case 'ballot':
        return this.#renderBallot(t, locale);
      case 'confirm':
      case 'sending':
        return this.#later()?.renderConfirm() ?? this.#renderLaterPending(t);
      case 'done':
        return this.#later()?.renderDone() ?? this.#renderLaterPending(t);
    }
  }

  #renderBudgetChoice(): TemplateResult {
    const open = (budget: string): void => {
      this.#openBudget(budget, this.#load, true).catch(() => this.#failed('budgeting.ui.loadError', () => open(budget), true));
    };
    return this.#areas!.renderAreas(this, this.roundData!, open);
  }

  #rulesText(t: Translator, locale: Locale, rules: BudgetRules): string[] {
    const b = rules.ballot;
    const texts: string[] = [];
    if (b.type === 'approval') {
      if (b.maxProjects !== undefined && b.minProjects > 0 && b.minProjects < b.maxProjects) texts.push(t('budgeting.ui.rules.approvalRange', { min: b.minProjects, max: b.maxProjects }));
      else if (b.maxProjects !== undefined) texts.push(t('budgeting.ui.rules.approvalMax', { max: b.maxProjects }));
      else if (b.minProjects > 0) texts.push(t('budgeting.ui.rules.approvalMin', { min: b.minProjects }));
    } else if (b.type === 'knapsack') {
      texts.push(...this.#knapsack!.knapsackRules(this, rules.budget, b.minShareSpent));
    } else {
      texts.push(...this.#points!.pointsRules(this, b.totalPoints, b.maxPointsPerProject));
    }
    if (this.paper?.randomOrder) texts.push(t('budgeting.ui.rules.random'));
    texts.push(t('budgeting.ui.rules.blank'));
    return texts;
  }

  #renderBallot(t: Translator, locale: Locale): TemplateResult {
    const paper = this.paper!;
    const rules = paper.rules;
    const budget = this.roundData?.budgets.find((b) => b.id === this.budgetId);
    const byId = new Map(paper.projects.map((p) => [p.id, p]));
    const left = remaining(rules, this.#ballot());
    // The rules' checks come with the later part (at the first touch): until then none are shown.
    const violations = this.#later()?.violations() ?? [];
    const points = rules.ballot.type === 'points';
    const maxPoints = rules.ballot.type === 'points' ? (rules.ballot.maxPointsPerProject ?? rules.ballot.totalPoints) : 1;
    const codeProblem = this.problems.find((p) => p.field === 'code');
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      this.#review(false);
    };
    return html`<form @submit=${submit} novalidate>
      <div class="intro">
        <h3 id="ballot-title" tabindex="-1">${budget ? html`<span lang=${textLang(budget.name, locale)}>${pickText(budget.name, locale)}</span>` : ''} · ${t('budgeting.ui.budget', { amount: euros(locale, rules.budget) })}</h3>
        <ul class="rules">
          ${this.#rulesText(t, locale, rules).map((text) => html`<li>${text}</li>`)}
        </ul>
      </div>
      ${this.problems.length > 0 ? this.#later()?.renderSummary() : nothing}
      <fieldset id="projects" tabindex="-1">
        <legend>${t('budgeting.ui.projects')}</legend>
        <ul class="projects">
          ${this.order.map((id) => {
            const p = byId.get(id)!;
            const on = this.chosen.has(id);
            const fits = rules.ballot.type !== 'knapsack' || on || left.money === undefined || p.cost <= left.money;
            const described = `cost-${id} desc-${id}${fits ? '' : ` fit-${id}`}`;
            return html`<li part="project" class="project ${on ? 'chosen' : ''}" lang=${p.lang}>
              ${points
                ? html`<h4 id="title-${id}">${p.title}</h4>`
                : html`<div class="check">
                    <input type="checkbox" id="p-${id}" name="project" value=${id} .checked=${on} aria-describedby=${described}
                      @change=${(e: Event) => this.#toggle(id, (e.target as HTMLInputElement).checked)} />
                    <label for="p-${id}" class="title">${p.title}</label>
                  </div>`}
              <p id="desc-${id}" class="description">${p.description}</p>
              <p id="cost-${id}" class="cost" lang=${locale}>${t('budgeting.ui.cost', { cost: euros(locale, p.cost) })}</p>
              ${fits ? nothing : html`<p id="fit-${id}" class="no-fit" lang=${locale}>${this.#knapsack!.doesNotFit(this)}</p>`}
              ${points
                ? this.#points!.pointsField(this, id, String(this.chosen.get(id) ?? ''), maxPoints, (value) => this.#setPoints(id, value))
                : nothing}
            </li>`;
          })}
        </ul>
      </fieldset>
      <div part="tally" class="tally ${violations.length > 0 ? 'broken' : ''}" role="status" aria-live="polite" aria-atomic="true">
        ${this.#tally(t, locale, rules, left, violations)}
      </div>
      ${this.token
        ? html`<p class="hint">${t('budgeting.ui.identified')}</p>`
        : html`<div class="field">
            <label for="code">${t('budgeting.ui.code')}</label>
            <p class="hint" id="code-hint">${t('budgeting.ui.codeHint')}</p>
            ${codeProblem ? html`<p class="error" id="code-error">${codeProblem.text}</p>` : nothing}
            <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false"
              aria-describedby="code-hint${codeProblem ? ' code-error' : ''}" aria-invalid=${codeProblem ? 'true' : 'false'}
              .value=${this.codeValue} @input=${(e: Event) => (this.codeValue = (e.target as HTMLInputElement).value)} />
          </div>`}
      <div class="actions">
        <button type="submit" part="button" id="review">${t('budgeting.ui.review')}</button>
        <button type="button" part="button" class="secondary" id="blank" @click=${() => this.#review(true)}>${t('budgeting.ui.blank')}</button>
      </div>
    </form>`;
  }

  #tally(t: Translator, locale: Locale, rules: BudgetRules, left: ReturnType<typeof remaining>, violations: string[]): TemplateResult {
    const lines: string[] = [];
    if (rules.ballot.type !== 'points') lines.push(t('budgeting.ui.chosen', { count: this.chosen.size }));
    if (rules.ballot.type === 'knapsack') lines.push(this.#knapsack!.spent(this, rules.budget - (left.money ?? 0)));
    // What is left: money as euros, projects and points as counts in the page's format ("1 000").
    const count = (n: number): string => new Intl.NumberFormat(intlTag(locale)).format(Math.max(0, n));
    if (left.money !== undefined) lines.push(t('budgeting.ballot.remaining.money', { money: euros(locale, left.money) }));
    if (left.projects !== undefined) lines.push(t('budgeting.ballot.remaining.projects', { projects: count(left.projects) }));
    if (left.points !== undefined) lines.push(t('budgeting.ballot.remaining.points', { points: count(left.points) }));
    return html`${lines.map((line) => html`<p>${line}</p>`)}
      ${violations.length > 0
        ? html`<ul class="violations">
            ${violations.map((v) => html`<li>${v}</li>`)}
          </ul>`
        : this.chosen.size > 0 && this.later.value
          ? html`<p class="ok">${t('budgeting.ui.valid')}</p>`
          : nothing}`;
  }

  /** "Change the choices". @internal */
  backButton(disabled: boolean): TemplateResult {
    const back = (): void => {
      this.#pending = null;
      this.step = 'ballot';
      this.notice = '';
      this.#focus = '#ballot-title';
    };
    return html`<button type="button" part="button" class="secondary" id="back" ?disabled=${disabled} @click=${back}>${this.#locale.t('budgeting.ui.back')}</button>`;
  }

  /** Until the later steps' module is here: a loading notice, or its failure with "Retry now" (the choices stay). */
  #renderLaterPending(t: Translator): TemplateResult {
    const retry = (): void => {
      this.#focus = '#confirm-title';
      this.later.get().then(
        () => this.#check(),
        () => undefined,
      );
    };
    return this.later.state === 'failed'
      ? html`<div class="notice error-notice" id="later-failed" tabindex="-1" role="alert"><p>${t('common.networkError')}</p>
          <div class="actions"><button type="button" part="button" id="later-retry" @click=${retry}>${t('common.retryNow')}</button>${this.backButton(false)}</div></div>`
      : html`<p role="status" class="loading">${t('common.loading')}</p>`;
  }
}
