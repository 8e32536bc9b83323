import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  createSignalsApi,
  formatDuration,
  formatShare,
  NetworkError,
  pickText,
  ProblemError,
  type DurationFiguresRead,
  type FeedbackStatsRead,
  type Locale,
  type NamedGroupFiguresRead,
  type SignalsApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { statsMessages, type StatsTranslator as Translator } from './feedback-stats.messages.js';
import { apiFor } from '../../state/api-for.js';
import { Read } from '../../state/read.js';
import { styles } from './feedback-stats.styles.js';
import { textLang } from '../../i18n/text-lang.js';

type TablesPart = typeof import('./feedback-stats.tables.js');

/** A calendar date (`2026-03-02`) the Finnish way in every language (`2.3.2026`), as core's `formatDate` writes it. */
const day = (iso: string): string => iso.replace(/^(\d{4})-(\d\d)-(\d\d)$/, (_, y: string, m: string, d: string) => `${+d}.${+m}.${y}`);

/**
 * Response times of the city's feedback handling, for residents and for the city: how fast the
 * first response and the closing come (median and 90th percentile), how many are answered
 * within the target of working days, how many reports are open and how old, and how many
 * arrive and close each week. Charts to read at a glance, and every figure also in tables
 * (under "The figures as a table") for screen readers and for copying.
 *
 * @tagname kohtaamo-feedback-stats
 * @summary Response-time figures of feedback: charts and tables.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 * @attr {string} from - First day of the period, `YYYY-MM-DD` (Helsinki). Default `""`: 12 weeks back.
 * @attr {string} to - Last day of the period, `YYYY-MM-DD`. Default `""`: today.
 * @attr {string} category - Only this category (its id, e.g. `streets`). Default `""`: all.
 * @attr {string} unit - Only this unit (its id). Default `""`: all.
 *
 * @csspart summary - The headline figures (received, within target, first response, closing).
 * @csspart chart - Each chart.
 * @csspart bar - Each bar of a chart.
 * @csspart tables - The disclosure with the tables.
 * @csspart button - The retry button.
 *
 * @cssproperty --kohtaamo-color-primary - Bars of medians and received reports. Default `#0000bf`.
 * @cssproperty --kohtaamo-feedback-stats-bar-secondary - Bars of 90th percentiles and closed reports. Default `#5a5ad6`.
 * @cssproperty --kohtaamo-feedback-stats-max-width - Widest the element grows. Default `60rem`.
 */
export class KohtaamoFeedbackStats extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    from: {},
    to: {},
    category: {},
    unit: {},
    signalsApi: { attribute: false },
  };

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  api = '';
  /** First day of the period (`YYYY-MM-DD`); `""` = 12 weeks back. */
  from = '';
  /** Last day of the period (`YYYY-MM-DD`); `""` = today. */
  to = '';
  /** A category id to show alone; `""` = all. */
  category = '';
  /** A unit id to show alone; `""` = all. */
  unit = '';

  /**
   * A signals API to use instead of the one built from `api` (stories, tests of states).
   * @internal
   */
  signalsApi: SignalsApi | null = null;

  readonly #locale = new MessagesController(this, statsMessages);
  readonly #apiAt = apiFor(createSignalsApi);

  get #api(): SignalsApi {
    return this.signalsApi ?? this.#apiAt(this.api);
  }

  readonly #stats = new Read(
    this,
    ([, from, to, category, unit], signal) => this.#api.feedbackStats({ from, to, category, unit }, signal),
    () => [this.signalsApi ?? this.api, this.from, this.to, this.category, this.unit] as const,
  );

  /**
   * The tables behind "The figures as a table" (feedback-stats.tables.ts, docs/adr/0097): not on
   * the cold page; imported when the disclosure is first focused, pressed or opened.
   * @internal (a test may swap it)
   */
  loadTables: () => Promise<TablesPart> = () => import('./feedback-stats.tables.js');
  #tables: TablesPart | undefined;
  #tablesState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  /**
   * Sizes each bar from its `data-size` through the CSSOM (`style.setProperty`), never a `style`
   * attribute: a Content-Security-Policy without `'unsafe-inline'` in `style-src` refuses style
   * attributes (Lit's `styleMap` writes one), not the CSSOM (issue 7, docs/adr/0096).
   */
  protected override updated(): void {
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('[data-size]')) bar.style.setProperty('--_kohtaamo-size', bar.dataset['size']!);
  }

  #retry(): void {
    void this.#stats.run();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const task = this.#stats;
    // While a new period loads, the last figures stay in view (aria-busy says they are changing).
    const stats = task.value;
    const pending = task.status === 'pending' || task.status === 'initial';
    const failed = task.status === 'error';
    let announcement = '';
    if (pending) announcement = t('signals.stats.loading');
    else if (failed) announcement = t('signals.stats.error');
    return html`<section class="root" lang=${locale} aria-labelledby="title" aria-busy=${pending ? 'true' : 'false'}>
      <h2 id="title">${t('signals.stats.title')}</h2>
      <div role="status" class="visually-hidden">${announcement}</div>
      ${failed
        ? html`<div class="notice error-notice">
            <p>${this.#failureText(t, task.error)}</p>
            <button type="button" part="button" class="secondary small" @click=${this.#retry}>${t('signals.stats.retry')}</button>
          </div>`
        : nothing}
      ${pending && !stats ? html`<p class="loading" aria-hidden="true">${t('signals.stats.loading')}</p>` : nothing}
      ${stats && !failed ? this.#renderStats(t, locale, stats) : nothing}
    </section>`;
  }

  #failureText(t: Translator, error: unknown): string {
    if (error instanceof ProblemError && error.status === 422) return error.problem.errors?.[0]?.detail ?? t('signals.stats.error');
    return error instanceof NetworkError || error instanceof ProblemError ? `${t('signals.stats.error')} ${t('common.networkError')}` : t('signals.stats.error');
  }

  #renderStats(t: Translator, locale: Locale, stats: FeedbackStatsRead): TemplateResult {
    const period = t('signals.stats.period', { from: day(stats.period.from), to: day(stats.period.to) });
    if (stats.overall.received === 0 && stats.backlog.open === 0) {
      return html`<p class="period">${period}</p>
        <p class="empty">${t('signals.stats.empty')}</p>`;
    }
    return html`<p class="period">${period}</p>
      ${this.#renderSummary(t, locale, stats)}
      ${this.#renderGroupChart(t, locale, 'category', t('signals.stats.byCategory'), stats.byCategory)}
      ${stats.byUnit.length > 1 ? this.#renderGroupChart(t, locale, 'unit', t('signals.stats.byUnit'), stats.byUnit) : nothing}
      ${this.#renderWeeks(t, stats)}
      ${this.#renderBacklog(t, locale, stats)}
      ${this.#renderTables(t, locale, stats)}`;
  }

  #duration(seconds: number | null, locale: Locale): string {
    return seconds === null ? '–' : formatDuration(seconds, locale);
  }

  #renderSummary(t: Translator, locale: Locale, stats: FeedbackStatsRead): TemplateResult {
    const { overall, targetWorkingDays } = stats;
    const target = overall.withinTarget;
    const settled = target.met + target.missed;
    const share = target.share;
    const figure = (label: string, figures: DurationFiguresRead, openLabel: 'signals.stats.open' | 'signals.stats.openClose') => html`<div class="tile">
      <h3>${label}</h3>
      <p class="big">${this.#duration(figures.medianSeconds, locale)}</p>
      <p class="small">${t('signals.stats.median')} · ${t('signals.stats.p90')} ${this.#duration(figures.p90Seconds, locale)}</p>
      <p class="small">${t(openLabel, { count: figures.open })}</p>
    </div>`;
    return html`<div part="summary" class="figures">
        <div class="tile">
          <h3>${t('signals.stats.received')}</h3>
          <p class="big">${overall.received}</p>
        </div>
        <div class="tile">
          <h3>${t('signals.stats.withinTarget', { days: targetWorkingDays })}</h3>
          <p class="big">${share === null ? '–' : formatShare(share, locale)}</p>
          ${share === null
            ? nothing
            : html`<div class="meter" aria-hidden="true"><div part="bar" class="fill" data-size=${`${(share * 100).toFixed(1)}%`}></div></div>`}
          <p class="small">${t('signals.stats.withinTarget.detail', { met: target.met, settled, pending: target.pending })}</p>
        </div>
        ${figure(t('signals.stats.firstResponse'), overall.firstResponse, 'signals.stats.open')}
        ${figure(t('signals.stats.close'), overall.close, 'signals.stats.openClose')}
      </div>
      ${overall.firstResponse.open > 0
        ? html`<p class="note">${t('signals.stats.openNote', { count: overall.firstResponse.open })}</p>`
        : nothing}`;
  }

  /** Horizontal bars per group: median and p90 of the first response, on one scale. */
  #renderGroupChart(t: Translator, locale: Locale, id: string, title: string, groups: readonly NamedGroupFiguresRead[]): TemplateResult | typeof nothing {
    const answered = groups.filter((g) => g.firstResponse.count > 0);
    if (answered.length === 0) return nothing;
    const max = Math.max(...answered.map((g) => g.firstResponse.p90Seconds ?? 0), 1);
    const pct = (s: number | null) => `${(((s ?? 0) / max) * 100).toFixed(1)}%`;
    return html`<figure part="chart" class="chart bars" aria-labelledby="chart-${id}">
      <figcaption id="chart-${id}">
        ${title}: ${t('signals.stats.firstResponse').toLowerCase()}
        <span class="legend" aria-hidden="true"
          ><span class="key key-primary"></span>${t('signals.stats.median')} <span class="key key-secondary"></span>${t('signals.stats.p90')}</span
        >
      </figcaption>
      <div class="rows" aria-hidden="true">
        ${answered.map(
          (g) => html`<div class="row">
            <span class="label" lang=${textLang(g.name, locale)}>${pickText(g.name, locale)}</span>
            <span class="track">
              <span part="bar" class="bar primary" data-size=${pct(g.firstResponse.medianSeconds)}></span>
              <span part="bar" class="bar secondary" data-size=${pct(g.firstResponse.p90Seconds)}></span>
            </span>
            <span class="value">${this.#duration(g.firstResponse.medianSeconds, locale)} · ${this.#duration(g.firstResponse.p90Seconds, locale)}</span>
          </div>`,
        )}
      </div>
    </figure>`;
  }

  /** Columns per ISO week: received and closed side by side, drawn in SVG. */
  #renderWeeks(t: Translator, stats: FeedbackStatsRead): TemplateResult | typeof nothing {
    const weeks = stats.weeks;
    if (weeks.length === 0) return nothing;
    const max = Math.max(...weeks.map((w) => Math.max(w.received, w.closed)), 1);
    const slot = 40;
    const height = 120;
    const width = weeks.length * slot;
    const h = (n: number) => (n / max) * height;
    return html`<figure part="chart" class="chart weeks" aria-labelledby="chart-weeks">
      <figcaption id="chart-weeks">
        ${t('signals.stats.weekly')}
        <span class="legend" aria-hidden="true"
          ><span class="key key-primary"></span>${t('signals.stats.received')} <span class="key key-secondary"></span>${t('signals.stats.closed')}</span
        >
      </figcaption>
      <svg aria-hidden="true" viewBox="0 -14 ${width} ${height + 36}" preserveAspectRatio="xMinYMin meet" class="columns">
        ${weeks.map((w, i) => {
          const x = i * slot;
          return svg`<g>
            <rect class="col primary" x=${x + 6} y=${height - h(w.received)} width="13" height=${h(w.received)}></rect>
            <rect class="col secondary" x=${x + 21} y=${height - h(w.closed)} width="13" height=${h(w.closed)}></rect>
            <text class="count" x=${x + 12.5} y=${height - h(w.received) - 3} text-anchor="middle">${w.received}</text>
            <text class="count" x=${x + 27.5} y=${height - h(w.closed) - 3} text-anchor="middle">${w.closed}</text>
            <text class="tick" x=${x + 20} y=${height + 16} text-anchor="middle">${w.week.slice(-3)}</text>
          </g>`;
        })}
        <line class="axis" x1="0" x2=${width} y1=${height} y2=${height}></line>
      </svg>
    </figure>`;
  }

  #bucketLabel(t: Translator, minDays: number, maxDays: number | null): string {
    return maxDays === null
      ? t('signals.stats.backlog.bucketOpen', { min: minDays })
      : t('signals.stats.backlog.bucket', { min: minDays, max: maxDays });
  }

  #renderBacklog(t: Translator, locale: Locale, stats: FeedbackStatsRead): TemplateResult {
    const { backlog } = stats;
    const max = Math.max(...backlog.buckets.map((b) => b.count), 1);
    return html`<figure part="chart" class="chart bars backlog" aria-labelledby="chart-backlog">
      <figcaption id="chart-backlog">${t('signals.stats.backlog', { count: backlog.open })}</figcaption>
      <div class="rows" aria-hidden="true">
        ${backlog.buckets.map(
          (b) => html`<div class="row">
            <span class="label">${this.#bucketLabel(t, b.minDays, b.maxDays)}</span>
            <span class="track"><span part="bar" class="bar primary" data-size=${`${((b.count / max) * 100).toFixed(1)}%`}></span></span>
            <span class="value">${new Intl.NumberFormat(locale).format(b.count)}</span>
          </div>`,
        )}
      </div>
    </figure>`;
  }

  /** Opened (or reached for) at least once: the tables part is imported and drawn. */
  #tablesWanted = false;

  /** The disclosure is reached for (its first focus or press) or opened: the tables part is imported. */
  readonly #needTables = (): void => {
    this.#tablesWanted = true;
    if (this.#tables || this.#tablesState === 'loading') return;
    this.#tablesState = 'loading';
    this.requestUpdate();
    this.loadTables().then(
      (part) => {
        part.adoptTableStyles(this.renderRoot);
        this.#tables = part;
        this.#tablesState = 'ready';
      },
      () => (this.#tablesState = 'failed'),
    ).finally(() => this.requestUpdate());
  };

  #onToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open) this.#needTables();
  }

  #renderTables(t: Translator, locale: Locale, stats: FeedbackStatsRead): TemplateResult {
    const part = this.#tables;
    const failed = this.#tablesState === 'failed';
    return html`<details part="tables" class="tables" @toggle=${this.#onToggle}>
      <summary @focus=${this.#needTables} @pointerdown=${this.#needTables}>${t('signals.stats.table')}</summary>
      ${part
        ? part.renderTables(t, locale, stats, (min, max) => this.#bucketLabel(t, min, max))
        : failed
          ? html`<div class="notice error-notice" role="alert">
              <p>${t('common.networkError')}</p>
              <button type="button" part="button" class="secondary small" @click=${this.#needTables}>${t('common.retryNow')}</button>
            </div>`
          : this.#tablesWanted
            ? html`<p class="loading" role="status">${t('common.loading')}</p>`
            : nothing}
    </details>`;
  }
}
