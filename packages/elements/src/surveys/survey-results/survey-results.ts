import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  createApiClient,
  createSurveyResultsApi,
  intlTag,
  RESULTS_ANSWER_VALUES as VALUES,
  pickText,
  ProblemError,
  type Locale,
  type SurveyBreakdownRead as SurveyBreakdown,
  type SurveyDefinition,
  type SurveyEarlierRoundsRead,
  type SurveyPublishedTextsRead,
  type SurveyQuestion,
  type SurveyResultsRead as SurveyResults,
  type SurveyResultsApi,
  type SurveyResultsPaper,
  type SurveyResultsChoiceMessageKey,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { surveyResultsMessages, type SurveyResultsTranslator as Translator } from '../survey-results.catalogs.js';
import { styles } from './survey-results.styles.js';
import { textLang } from '../../i18n/text-lang.js';

type Group = SurveyResults['groups'][number];
type SurveyQuestionResult = Group['questions'][number];
type Share = NonNullable<SurveyQuestionResult['shares']>[number];
type Mean = NonNullable<SurveyQuestionResult['mean']>;
type Answerable = Exclude<SurveyQuestion, { type: 'info' }>;
type ChoicePart = typeof import('./survey-results.choice.js');
/** Fewer respondents than this in a group: its figures are suppressed by the server (core's SMALL_CELL). */
const SMALL_CELL = 5;
/** Free texts shown before "show more". */
const TEXTS_FIRST = 10;

/**
 * The published results of a survey round, question by question: a chart of each question's
 * answers (an SVG with a title and description; the table below it has every figure), the
 * professional sample and the self-selected open web answers apart (a margin of error only for
 * the sample, its 95% interval said in words), a filter by group of respondents (area, age
 * group, sex: the server's domain estimates, small groups suppressed), a comparison with an
 * earlier year of the same survey, and the free-text answers the city has published after
 * moderation. The breakdowns, the comparison (with what only they show: survey-results.choice.ts,
 * ADR 0105) and Swedish or English texts load only when asked.
 *
 * ```html
 * <kohtaamo-survey-results api="https://osallistu.heinola.fi" round="heinola-asukaskysely"></kohtaamo-survey-results>
 * ```
 *
 * @tagname kohtaamo-survey-results
 * @summary Published survey results: charts and tables per question, by group, over the years, with free texts.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The survey round whose results to show, e.g. `heinola-asukaskysely`. Required.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart filters - The group and year choices.
 * @csspart question - The results of one question.
 * @csspart chart - A question's chart.
 * @csspart table - A question's table.
 * @csspart texts - A question's published free texts.
 *
 * @cssproperty --kohtaamo-survey-results-max-width - Widest the element grows. Default `60rem`.
 * @cssproperty --kohtaamo-survey-results-bar-color - The bars of the charts. Default `--kohtaamo-color-primary`.
 */
export class KohtaamoSurveyResults extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    round: {},
    resultsApi: { attribute: false },
    status: { state: true },
    paper: { state: true },
    results: { state: true },
    earlier: { state: true },
    texts: { state: true },
    group: { state: true },
    breakdowns: { state: true },
    compare: { state: true },
    compared: { state: true },
    expanded: { state: true },
    busy: { state: true },
  };

  api = '';
  round = '';
  /** @internal For stories and tests: an API instead of the one built from `api`. */
  resultsApi: SurveyResultsApi | null = null;

  private status: 'loading' | 'ready' | 'notPublished' | 'notFound' | 'error' = 'loading';
  private paper: SurveyResultsPaper | null = null;
  private results: SurveyResults | null = null;
  private earlier: SurveyEarlierRoundsRead['items'] = [];
  private texts: SurveyPublishedTextsRead['items'] = [];
  /** '' or "<question>=<value>". */
  private group = '';
  private breakdowns = new Map<string, SurveyBreakdown>();
  private compare = '';
  private compared = new Map<string, SurveyResults>();
  private expanded = new Set<string>();
  private busy = false;
  /**
   * The texts only a choice shows (survey-results.choice.ts, ADR 0105), imported at the first change
   * of the group or the year, beside the read of what was chosen; they then have a controller of
   * their own. A failed import is a failed read ("Retry"). A test may swap it. @internal
   */
  loadChoice: () => Promise<ChoicePart> = () => import('./survey-results.choice.js');
  #choice: MessagesController<SurveyResultsChoiceMessageKey> | undefined;

  readonly #locale = new MessagesController(this, surveyResultsMessages);
  #load = 0;

  #api(): SurveyResultsApi {
    return this.resultsApi ?? createSurveyResultsApi(createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api') || changed.has('round') || changed.has('resultsApi')) void this.#fetch();
  }

  async #fetch(): Promise<void> {
    const load = ++this.#load;
    this.status = 'loading';
    this.group = '';
    this.compare = '';
    this.breakdowns = new Map();
    this.compared = new Map();
    this.paper = null;
    if (!this.round) return;
    const api = this.#api();
    let paper: SurveyResultsPaper | null = null;
    try {
      paper = await api.paper(this.round);
      const [results, earlier, texts] = await Promise.all([api.results(this.round), api.earlier(this.round), api.texts(this.round)]);
      if (load !== this.#load) return;
      Object.assign(this, { paper, results, earlier: earlier.items, texts: texts.items, status: 'ready' });
    } catch (error) {
      if (load !== this.#load) return;
      this.paper = paper;
      // The round is there but its results are not published yet; or there is no such round.
      this.status = error instanceof ProblemError && error.status === 404 ? (paper ? 'notPublished' : 'notFound') : 'error';
    }
  }

  /**
   * "Retry" goes with its notice: the focus waits on the loading notice, then goes to the heading
   * of what came (results, or the notice that they are not published), or to "Retry" again.
   */
  async #retry(): Promise<void> {
    const done = this.#fetch();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role=status]')?.focus();
    await done;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.status === 'error' ? '.retry' : 'h2')?.focus();
  }

  /**
   * A group or a year chosen: its figures are read (a group's by its question, `area=centre` →
   * `area`) beside the part that shows what only a choice shows. A failure of either is a failed
   * read: its notice with "Retry".
   */
  async #choose(kind: 'group' | 'compare', value: string): Promise<void> {
    this[kind] = value;
    const key = kind === 'group' ? value.split('=')[0]! : value;
    if (!value || (kind === 'group' ? this.breakdowns : this.compared).has(key)) return;
    const api = this.#api();
    this.busy = true;
    try {
      const [part, read] = await Promise.all([this.#choice ? null : this.loadChoice(), kind === 'group' ? api.breakdown(this.round, key) : api.results(key)]);
      this.#choice ??= new MessagesController(this, part!.messages);
      if (kind === 'group') this.breakdowns = new Map(this.breakdowns).set(key, read as SurveyBreakdown);
      else this.compared = new Map(this.compared).set(key, read as SurveyResults);
    } catch {
      this.status = 'error';
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const s = this.status;
    return html`<div class="root" lang=${locale}>
      <h2 tabindex="-1" lang=${this.paper ? textLang(this.paper.round.title, locale) : nothing}>${this.paper ? pickText(this.paper.round.title, locale) : t('surveyResults.title')}</h2>
      ${s === 'loading' ? html`<p role="status" tabindex="-1">${t('surveyResults.loading')}</p>` : nothing}
      ${s === 'notPublished' || s === 'notFound' ? html`<p role="status" class="notice">${t(s === 'notFound' ? 'surveyResults.notFound' : 'surveyResults.notPublished')}</p>` : nothing}
      ${s === 'error'
        ? html`<div role="alert" class="notice error-notice"><p>${t('surveyResults.error')}</p><button type="button" class="retry" @click=${() => void this.#retry()}>${t('surveyResults.retry')}</button></div>`
        : nothing}
      ${s === 'ready' && this.paper && this.results ? this.#ready(t, locale, this.paper.definition, this.results) : nothing}
    </div>`;
  }

  #ready(t: Translator, locale: Locale, definition: SurveyDefinition, results: SurveyResults): TemplateResult {
    const all = questionsOf(definition);
    const demographic = all.filter((q): q is Extract<Answerable, { type: 'single_choice' }> => (q.type === 'single_choice' || q.type === 'dropdown') && q.tags.includes('demographic'));
    const [by, level] = this.group.split('=');
    const groups = this.group ? this.breakdowns.get(by!)?.levels.find((l) => l.value === level)?.groups : results.groups;
    const sample = groups?.find((g) => g.group === 'sample');
    const open = groups?.find((g) => g.group === 'open');
    const earlier = this.compare ? this.compared.get(this.compare)?.groups.find((g) => g.group === 'sample') : undefined;
    const year = this.compared.has(this.compare) ? this.earlier.find((e) => e.round === this.compare)?.year : undefined;
    const choice = this.#choice;
    return html`<ul class="facts">
        <li>${t('surveyResults.sampleFacts', { count: sample?.respondents ?? 0 })} ${t(sample?.weighted ? 'surveyResults.weighted' : 'surveyResults.unweighted')}</li>
        <li>${t('surveyResults.openFacts', { count: open?.respondents ?? 0 })}</li>
      </ul>
      <div class="filters" part="filters">
        <label
          >${t('surveyResults.group')}
          <select id="group" .value=${this.group} @change=${(e: Event) => void this.#choose('group', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('surveyResults.everyone')}</option>
            ${demographic.map(
              (q) => html`<optgroup label=${pickText(q.text, locale)}>${q.options.map((o) => html`<option value=${`${q.id}=${o.value}`} lang=${textLang(o.text, locale)}>${pickText(o.text, locale)}</option>`)}</optgroup>`,
            )}
          </select>
        </label>
        ${this.earlier.length > 0
          ? html`<label
              >${t('surveyResults.compare')}
              <select id="compare" .value=${this.compare} @change=${(e: Event) => void this.#choose('compare', (e.target as HTMLSelectElement).value)}>
                <option value="">${t('surveyResults.noCompare')}</option>
                ${this.earlier.map((e) => html`<option value=${e.round}>${e.year}</option>`)}
              </select>
            </label>`
          : nothing}
      </div>
      ${this.busy ? html`<p role="status">${t('surveyResults.loading')}</p>` : nothing}
      ${sample?.suppressed && choice ? html`<p role="status" class="notice">${choice.t('surveyResults.suppressed', { min: SMALL_CELL })}</p>` : nothing}
      ${groups && !sample?.suppressed ? all.map((q) => this.#question(t, locale, q, sample, open, earlier, year)) : nothing}`;
  }

  #question(t: Translator, locale: Locale, q: Answerable, sample: Group | undefined, open: Group | undefined, earlier: Group | undefined, year: number | undefined): TemplateResult {
    const title = pickText(q.text, locale);
    const id = `q-${q.id}`;
    const mine = (g: Group | undefined) => g?.questions.find((r) => r.question === q.id);
    const [s, o, e] = [mine(sample), mine(open), mine(earlier)];
    // A year is compared with only once its figures and the choices' texts are here.
    const c = this.#choice?.t;
    if (q.type === 'short_text' || q.type === 'long_text') return this.#freeTexts(t, q, title, id, textLang(q.text, locale));
    const pct = new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 0 });
    const dec = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    const inWords = (value: string, ci: readonly [number, number] | undefined, f: (x: number) => string) =>
      ci ? t('surveyResults.interval', { value, low: f(ci[0]), high: f(ci[1]) }) : value;
    const shareCell = (x: Share | undefined) => (x ? inWords(pct.format(x.share), x.interval, (v) => pct.format(v)) : '–');
    const meanCell = (m: Mean | undefined) => (m ? inWords(dec.format(m.mean), m.ci95, (v) => dec.format(v)) : '–');
    const head = html`<tr>
      <th scope="col">${q.type === 'matrix' ? t('surveyResults.row') : t('surveyResults.answer')}</th>
      <th scope="col">${t('surveyResults.sample')}</th>
      <th scope="col">${t('surveyResults.open')}</th>
      ${year !== undefined ? html`<th scope="col">${c!('surveyResults.year', { year })}</th>` : nothing}
    </tr>`;
    let rows: TemplateResult[];
    let bars: { label: string; value: number; ci?: readonly [number, number] | undefined; text: string }[];
    let scale: [number, number] = [0, 1];
    if (q.type === 'matrix') {
      scale = [Math.min(...q.columns.map((c) => c.value)), Math.max(...q.columns.map((c) => c.value))];
      rows = q.rows.map(
        (r) => html`<tr><th scope="row" lang=${textLang(r.text, locale)}>${pickText(r.text, locale)}</th><td>${meanCell(s?.rows?.[r.id]?.mean)}</td><td>${meanCell(o?.rows?.[r.id]?.mean)}</td>${
          year !== undefined ? html`<td>${e ? meanCell(e.rows?.[r.id]?.mean) : c!('surveyResults.notAsked')}</td>` : nothing
        }</tr>`,
      );
      const source = s?.rows && Object.values(s.rows).some((r) => r.mean) ? s : o;
      bars = q.rows.flatMap((r) => {
        const m = source?.rows?.[r.id]?.mean;
        return m ? [{ label: pickText(r.text, locale), value: m.mean, ci: source === s ? m.ci95 : undefined, text: dec.format(m.mean) }] : [];
      });
    } else {
      const values = (s ?? o)?.shares?.map((x) => x.value) ?? [];
      const find = (r: SurveyQuestionResult | undefined, v: string) => r?.shares?.find((x) => x.value === v);
      rows = values.map(
        (v) => html`<tr><th scope="row">${this.#label(t, locale, q, v)}</th><td>${shareCell(find(s, v))}</td><td>${find(o, v) ? pct.format(find(o, v)!.share) : '–'}</td>${
          year !== undefined ? html`<td>${e ? shareCell(find(e, v)) : c!('surveyResults.notAsked')}</td>` : nothing
        }</tr>`,
      );
      const source = s && s.n > 0 ? s : o;
      bars = (source?.shares ?? []).map((x) => ({ label: this.#label(t, locale, q, x.value), value: x.share, ci: source === s ? x.interval : undefined, text: pct.format(x.share) }));
    }
    const mean = s?.mean ?? o?.mean;
    return html`<section part="question" class="question" aria-labelledby="${id}-title">
      <h3 id="${id}-title" lang=${textLang(q.text, locale)}>${title}</h3>
      <p class="note">${t('surveyResults.answered', { count: s?.n ?? 0 })}${q.type === 'ranking' ? ` ${t('surveyResults.firstRanked')}` : ''}</p>
      ${mean && (q.type === 'rating' || q.type === 'recommendation' || q.type === 'number')
        ? html`<p>${t('surveyResults.mean')}: ${s?.mean ? meanCell(s.mean) : dec.format(mean.mean)}</p>`
        : nothing}
      ${bars.length > 0 ? this.#chart(t, title, id, bars, scale) : nothing}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-caption">
        <table part="table">
          <caption id="${id}-caption">${t('surveyResults.table', { question: title })}</caption>
          <thead>${head}</thead>
          <tbody>${rows}</tbody>
        </table>
      </div>
    </section>`;
  }

  #label(t: Translator, locale: Locale, q: Answerable, value: string): string {
    if (value === VALUES.cantSay) return t('surveyResults.cantSay');
    if (q.type === 'yes_no') return t(value === 'true' ? 'surveyResults.yes' : 'surveyResults.no');
    if ('options' in q) {
      if (value === VALUES.other) return 'other' in q && q.other ? pickText(q.other.text, locale) : t('surveyResults.other');
      const option = q.options.find((o) => o.value === value);
      if (option) return pickText(option.text, locale);
    }
    if (q.type === 'rating' && Number(value) === q.min && q.minLabel) return `${value} ${pickText(q.minLabel, locale)}`;
    if (q.type === 'rating' && Number(value) === q.max && q.maxLabel) return `${value} ${pickText(q.maxLabel, locale)}`;
    return value;
  }

  /** Horizontal bars with their 95% intervals as whiskers; every number is in the table too. */
  #chart(t: Translator, title: string, id: string, bars: { label: string; value: number; ci?: readonly [number, number] | undefined; text: string }[], [min, max]: [number, number]): TemplateResult {
    const width = 400;
    const span = 300;
    const row = 34;
    const x = (v: number) => Math.max(0, Math.min(span, ((v - min) / (max - min || 1)) * span));
    return html`<figure part="chart" class="chart">
      <svg viewBox="0 0 ${width} ${bars.length * row + 4}" role="img" aria-labelledby="${id}-chart ${id}-desc" focusable="false">
        <title id="${id}-chart">${t('surveyResults.chart', { question: title })}</title>
        <desc id="${id}-desc">${t('surveyResults.chartDesc')}</desc>
        ${bars.map((b, i) => {
          const y = i * row;
          return svg`<text class="label" x="0" y=${y + 11}>${b.label}</text>
            <rect class="bar" x="0" y=${y + 15} width=${Math.max(1, x(b.value))} height="12"></rect>
            ${b.ci ? svg`<path class="whisker" d="M${x(b.ci[0])} ${y + 21}H${x(b.ci[1])}M${x(b.ci[0])} ${y + 16}v10M${x(b.ci[1])} ${y + 16}v10"></path>` : nothing}
            <text class="label" x=${x(Math.max(b.value, b.ci?.[1] ?? 0)) + 6} y=${y + 26}>${b.text}</text>`;
        })}
        <line class="axis" x1="0" x2="0" y1="12" y2=${bars.length * row}></line>
      </svg>
    </figure>`;
  }

  /** "Show more": every text, the focus on the first one that was not shown (the button goes). */
  async #more(question: string, list: Element): Promise<void> {
    this.expanded = new Set(this.expanded).add(question);
    await this.updateComplete;
    list.querySelector<HTMLElement>('[tabindex]')?.focus();
  }

  #freeTexts(t: Translator, q: Answerable, title: string, id: string, lang: Locale | typeof nothing): TemplateResult {
    const texts = this.texts.filter((x) => x.question === q.id);
    const all = this.expanded.has(q.id);
    const shown = all ? texts : texts.slice(0, TEXTS_FIRST);
    return html`<section part="question" class="question" aria-labelledby="${id}-title">
      <h3 id="${id}-title" lang=${lang}>${title}</h3>
      <p class="note">${t('surveyResults.textsNote')}</p>
      ${texts.length === 0
        ? html`<p>${t('surveyResults.textsNone')}</p>`
        : html`<h4>${t('surveyResults.texts', { count: texts.length })}</h4>
            <ul part="texts" class="texts">
              ${shown.map((x, i) => html`<li lang=${x.lang} tabindex=${i === TEXTS_FIRST ? -1 : nothing}><q>${x.text}</q></li>`)}
            </ul>
            ${!all && texts.length > TEXTS_FIRST ? html`<button type="button" @click=${(e: Event) => void this.#more(q.id, (e.target as Element).previousElementSibling!)}>${t('surveyResults.more')}</button>` : nothing}`}
    </section>`;
  }
}

/** The answerable questions of a definition, in order. */
function questionsOf(definition: SurveyDefinition): Answerable[] {
  return definition.pages.flatMap((p) => p.sections.flatMap((s) => s.questions)).filter((q): q is Answerable => q.type !== 'info');
}
