import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BOOKING_PATHS, FiguresViewSchema, createApiClient, type FiguresView, type HttpClient, pickText, pickTextLang } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { spaceFiguresMessages } from './space-figures.catalogs.js';
import { styles } from './space-figures.styles.js';

interface Bar {
  readonly label: string;
  readonly value: string;
  /** 0–1 of the chart's width. */
  readonly share: number;
}

const ROW = 46;

/**
 * The measurement the programme asks of its shared living rooms (issue 12): the m² of
 * open-access space (leaf spaces only, never counted twice), the number of meeting places, and
 * utilisation per space and month, as SVG charts with tables of the same numbers (the charts are
 * images with a title and a description; the tables are what a screen reader reads), and links
 * to the same figures as open data (JSON, CSV).
 *
 * ```html
 * <kohtaamo-space-figures api="https://varaamo.heinola.fi" from="2026-01" months="12" lang="fi"></kohtaamo-space-figures>
 * ```
 *
 * @tagname kohtaamo-space-figures
 * @summary m² of open space, meeting places and utilisation of shared spaces, as charts and tables.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} from - First month, YYYY-MM. Default: the server's (January this year).
 * @attr {number} months - How many months, 1–36. Default `12`.
 * @attr {string} unit - Only this unit's figures (a unit id). Default `""`: every unit.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart totals - The totals (open m², meeting places).
 * @csspart chart - Each chart.
 * @csspart table - Each table.
 *
 * @cssproperty --kohtaamo-space-figures-max-width - Widest the widget grows (60rem).
 * @cssproperty --kohtaamo-space-figures-bar-color - Colour of the bars (the primary colour).
 */
export class KohtaamoSpaceFigures extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    from: {},
    months: { type: Number },
    unit: {},
    http: { attribute: false },
    figures: { state: true },
    loadError: { state: true },
    month: { state: true },
  };

  api = '';
  from = '';
  months = 12;
  unit = '';
  /** @internal For stories and pages with their own transport: the client the widget calls. */
  http: HttpClient | null = null;

  private figures: FiguresView | null = null;
  private loadError = false;
  private month = '';

  readonly #locale = new MessagesController(this, spaceFiguresMessages);
  #client: HttpClient | null = null;
  #asked = 0;

  get #http(): HttpClient {
    return this.http ?? (this.#client ??= createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api')) this.#client = null;
    if (changed.has('api') || changed.has('from') || changed.has('months') || changed.has('http')) void this.#load();
  }

  #query(): Record<string, string> {
    const q: Record<string, string> = { months: String(Math.min(36, Math.max(1, Math.round(this.months) || 12))) };
    if (/^\d{4}-\d{2}$/.test(this.from)) q.from = this.from;
    return q;
  }

  async #load(): Promise<void> {
    const asked = ++this.#asked;
    this.loadError = false;
    try {
      const figures = await this.#http.request(BOOKING_PATHS.figures, FiguresViewSchema, { searchParams: this.#query() });
      if (asked !== this.#asked) return;
      this.figures = figures;
      // The chart opens on the latest month that has begun and had opening hours.
      const now = new Date().toISOString().slice(0, 7);
      const open = new Set(figures.utilisation.filter((r) => r.openHours > 0).map((r) => r.month));
      this.month = [...figures.months].reverse().find((m) => m <= now && open.has(m)) ?? figures.months.at(-1) ?? '';
    } catch {
      if (asked === this.#asked) {
        this.figures = null;
        this.loadError = true;
      }
    }
  }

  get #intl(): string {
    return this.#locale.locale === 'en' ? 'en-GB' : `${this.#locale.locale}-FI`;
  }

  #number(n: number, digits = 0): string {
    return new Intl.NumberFormat(this.#intl, { maximumFractionDigits: digits }).format(n);
  }

  #percent(share: number): string {
    return new Intl.NumberFormat(this.#intl, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  }

  #monthName(month: string): string {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(this.#intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 15));
  }

  /** A horizontal bar chart that scales to any width: the label and value above each bar. */
  #chart(id: string, title: string, desc: string, bars: readonly Bar[]): TemplateResult {
    const height = Math.max(ROW, bars.length * ROW);
    return html`<svg part="chart" width="100%" height=${height} role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
      <title id="${id}-title">${title}</title>
      <desc id="${id}-desc">${desc}</desc>
      ${bars.map(
        (b, i) => svg`<g>
          <text class="label" x="0" y=${i * ROW + 16}>${b.label}: ${b.value}</text>
          <rect class="track" x="0" y=${i * ROW + 22} width="100%" height="16"></rect>
          <rect class="bar" x="0" y=${i * ROW + 22} width="${Math.round(Math.max(0, Math.min(1, b.share)) * 1000) / 10}%" height="16"></rect>
        </g>`,
      )}
    </svg>`;
  }

  #area(f: FiguresView, name: (id: string) => string): TemplateResult {
    const t = this.#locale.t;
    const units = f.area.units.filter((u) => !this.unit || u.unitId === this.unit);
    const max = Math.max(1, ...units.map((u) => u.openAccessM2));
    const m2 = (n: number) => t('space.figures.m2', { value: this.#number(n, 1) });
    const total = units.reduce((a, u) => ({ open: a.open + u.openAccessM2, bookable: a.bookable + u.bookableM2, places: a.places + u.meetingPlaces }), { open: 0, bookable: 0, places: 0 });
    return html`<div class="part">
      <h3 id="area-h">${t('space.figures.areaTable')}</h3>
      ${this.#chart('area', t('space.figures.areaChart'), t('space.figures.areaDesc', { m2: this.#number(total.open, 1), places: total.places }), units.map((u) => ({ label: name(u.unitId), value: m2(u.openAccessM2), share: u.openAccessM2 / max })))}
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="area-caption">
        <table part="table">
          <caption id="area-caption">${t('space.figures.areaTable')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('space.figures.unit')}</th>
              <th scope="col">${t('space.figures.openM2')} (m²)</th>
              <th scope="col">${t('space.figures.bookableM2')}</th>
              <th scope="col">${t('space.figures.meetingPlaces')}</th>
            </tr>
          </thead>
          <tbody>
            ${units.map((u) => html`<tr><th scope="row">${name(u.unitId)}</th><td>${this.#number(u.openAccessM2, 1)}</td><td>${this.#number(u.bookableM2, 1)}</td><td>${u.meetingPlaces}</td></tr>`)}
          </tbody>
          <tfoot>
            <tr><th scope="row">${t('space.figures.total')}</th><td>${this.#number(total.open, 1)}</td><td>${this.#number(total.bookable, 1)}</td><td>${total.places}</td></tr>
          </tfoot>
        </table>
      </div>
      <p class="hint">${t('space.figures.leafNote')}</p>
    </div>`;
  }

  #utilisation(f: FiguresView, name: (id: string) => string): TemplateResult | typeof nothing {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const spaces = (f.spaces ?? []).filter((s) => s.access === 'bookable' && (!this.unit || s.unitId === this.unit));
    if (spaces.length === 0) return nothing;
    const cell = new Map(f.utilisation.map((r) => [`${r.spaceId} ${r.month}`, r]));
    // A name not given in the page's language is shown in another, marked so (WCAG 2.1 SC 3.1.2).
    const spaceName = (s: (typeof spaces)[number]) => html`<span lang=${pickTextLang(s.name, locale)}>${pickText(s.name, locale)}</span>, ${name(s.unitId)}`;
    const month = this.month;
    return html`<div class="part">
      <h3 id="use-h">${t('space.figures.utilisation')}</h3>
      <div class="field">
        <label for="month">${t('space.figures.chooseMonth')}</label>
        <select id="month" @change=${(e: Event) => (this.month = (e.target as HTMLSelectElement).value)}>
          ${f.months.map((m) => html`<option value=${m} ?selected=${m === month}>${this.#monthName(m)}</option>`)}
        </select>
      </div>
      ${this.#chart(
        'use',
        t('space.figures.shareChart', { month: month ? this.#monthName(month) : '' }),
        t('space.figures.shareDesc'),
        spaces.map((s) => {
          const share = cell.get(`${s.id} ${month}`)?.share ?? 0;
          return { label: pickText(s.name, locale), value: this.#percent(share), share };
        }),
      )}
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="use-caption">
        <table part="table">
          <caption id="use-caption">${t('space.figures.utilisation')} (${t('space.figures.share')})</caption>
          <thead>
            <tr>
              <th scope="col">${t('space.figures.space')}</th>
              ${f.months.map((m) => html`<th scope="col">${this.#monthName(m)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${spaces.map(
              (s) => html`<tr>
                <th scope="row">${spaceName(s)}</th>
                ${f.months.map((m) => {
                  const r = cell.get(`${s.id} ${m}`);
                  return html`<td>${r && r.openHours > 0 ? this.#percent(r.share) : '–'}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const f = this.figures;
    const unitNames = new Map((f?.units ?? []).map((u) => [u.id, pickText(u.name, locale)]));
    const name = (id: string) => unitNames.get(id) ?? id;
    const base = this.api.replace(/\/$/, '');
    const query = new URLSearchParams(this.#query()).toString();
    const units = f ? f.area.units.filter((u) => !this.unit || u.unitId === this.unit) : [];
    const open = units.reduce((a, u) => a + u.openAccessM2, 0);
    const places = units.reduce((a, u) => a + u.meetingPlaces, 0);
    return html`<section class="root" lang=${locale} aria-labelledby="title">
      <h2 id="title">${t('space.figures.title')}</h2>
      ${this.loadError
        ? html`<p class="notice" role="alert">${t('space.figures.error')}</p>`
        : !f
          ? html`<p role="status">${t('space.figures.loading')}</p>`
          : units.length === 0
            ? html`<p role="status">${t('space.figures.empty')}</p>`
            : html`<dl part="totals" class="totals">
                  <div><dt>${t('space.figures.openM2')}</dt><dd>${t('space.figures.m2', { value: this.#number(open, 1) })}</dd></div>
                  <div><dt>${t('space.figures.meetingPlaces')}</dt><dd>${places}</dd></div>
                </dl>
                ${this.#area(f, name)} ${this.#utilisation(f, name)}
                <p>
                  ${t('space.figures.openData')}
                  <a href="${base}${BOOKING_PATHS.figures}?${query}" hreflang="en">JSON</a>,
                  <a href="${base}${BOOKING_PATHS.figures}.csv?${query}" hreflang="en">CSV</a>
                </p>`}
    </section>`;
  }
}
