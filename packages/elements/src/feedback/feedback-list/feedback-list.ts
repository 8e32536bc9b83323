import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  formatListedTime,
  joinUrl,
  LISTED_STATUSES,
  parseListedArea,
  pickText,
  PUBLIC_PAGE_SIZE,
  readFeedbackCategoryNames,
  readPublicFeedback,
  type FeedbackCategoryName,
  type Locale,
  type PublicFeedbackListRead,
  type PublicFeedbackRead,
  type PublicListFilter,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { styles } from './feedback-list.styles.js';
import { feedbackListMessages, type FeedbackListTranslator as Translator } from './feedback-list.messages.js';
import { renderResponseTime } from '../response-time.js';
import { apiFor } from '../../state/api-for.js';
import { Read } from '../../state/read.js';
import { textLang } from '../../i18n/text-lang.js';

interface Filter {
  category: string;
  status: string;
  page: number;
  /** "map": the area the map showed when the filter was applied (in `mapBbox`). */
  area: '' | 'map';
  mapBbox: string;
}

/**
 * The public list of published feedback: what residents reported, where it stands, the city's
 * reply, and how long the first response took. Only moderated, published feedback appears, with
 * its public text; contact details never. Filter by topic and status; `bbox` limits it to an area.
 * The list is the primary view (a screen reader reads it as a list of articles).
 *
 * ```html
 * <kohtaamo-feedback-list api="https://palaute.heinola.fi" lang="fi"></kohtaamo-feedback-list>
 * ```
 *
 * @tagname kohtaamo-feedback-list
 * @summary Public list of published feedback with status, the city's reply and the response time.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} category - Topic to show at first (`streets`). Default `""`: all.
 * @attr {string} status - Status to show at first: a status, `open` or `closed`. Default `""`: all.
 * @attr {string} bbox - An area, `west,south,east,north` in WGS84 degrees (a named district's box). Default `""`: the whole city.
 * @attr {number} page-size - Items per page (1–100). Default `20`.
 * @attr {boolean} map - Shows a map of the listed feedback above the list, and an area filter "the area shown on the map". Needs `<kohtaamo-feedback-area-map>` on the page (in `kohtaamo.js`, or its own bundle): without it the list works alone. Default: off.
 * @attr {string} tiles - Tile URL template of the map. Default: the server's (KOHTAAMO_MAP_TILES), else OpenStreetMap's standard tiles.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart filters - The filter form.
 * @csspart item - One feedback in the list.
 * @csspart reply - The city's reply.
 * @csspart tracking-code - The tracking code of a feedback.
 * @csspart response-time - How long the city took to answer, against its target.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and the reply's border. Default `#0000bf`.
 * @cssproperty --kohtaamo-feedback-list-max-width - Widest the element grows. Default `60rem`.
 */
export class KohtaamoFeedbackList extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    category: {},
    status: {},
    bbox: {},
    pageSize: { type: Number, attribute: 'page-size' },
    map: { type: Boolean },
    tiles: {},
    residentApi: { attribute: false },
    feedbackApi: { attribute: false },
  };

  api = '';
  category = '';
  status = '';
  bbox = '';
  pageSize = PUBLIC_PAGE_SIZE;
  map = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The map is a lazy chunk (with Leaflet after it): only a list with `map` loads it.
    if (changed.has('map') && this.map) void import('../../define/kohtaamo-feedback-area-map.js');
  }
  tiles = '';

  /** @internal For stories: APIs instead of the ones built from `api` (a `FeedbackResidentApi` and a `FeedbackApi` will do). */
  residentApi: { listPublic(filter: PublicListFilter, signal?: AbortSignal): Promise<PublicFeedbackListRead> } | null = null;
  /** @internal */
  feedbackApi: { listCategories(signal?: AbortSignal): Promise<FeedbackCategoryName[]> } | null = null;

  private get resultsTitle(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#results-title') ?? null;
  }

  readonly #locale = new MessagesController(this, feedbackListMessages);
  #filter: Filter | null = null;
  #focusResults = false;

  /**
   * The two calls the list makes, each read with the list's own schema of what it draws
   * (core/feedback-public-list.read.ts, docs/adr/0103): no other schema of the feedback API.
   */
  readonly #apiAt = apiFor((http) => ({
    listPublic: (filter: PublicListFilter, signal?: AbortSignal) => readPublicFeedback(http, filter, signal),
    listCategories: (signal?: AbortSignal) => readFeedbackCategoryNames(http, signal),
  }));

  readonly #categories = new Read(
    this,
    ([, override], signal) => (override ?? this.#apiAt(this.api)).listCategories(signal),
    () => [this.api, this.feedbackApi] as const,
  );

  readonly #items = new Read(
    this,
    ([category, status, page, bbox, pageSize, , override], signal): Promise<PublicFeedbackListRead> =>
      (override ?? this.#apiAt(this.api)).listPublic({ category, status, bbox: parseListedArea(bbox), page, pageSize }, signal),
    // Primitives only: the read runs again exactly when one of them changes.
    () => {
      const filter = this.#current();
      const bbox = filter.area === 'map' && filter.mapBbox ? filter.mapBbox : this.bbox;
      return [filter.category, filter.status, filter.page, bbox, this.pageSize, this.api, this.residentApi] as const;
    },
  );

  #current(): Filter {
    return this.#filter ?? { category: this.category, status: this.status, page: 1, area: '', mapBbox: '' };
  }

  protected override async updated(): Promise<void> {
    if (this.#focusResults && this.#items.status === 'complete') {
      this.#focusResults = false;
      this.resultsTitle?.focus();
    }
  }

  #onFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const area = data.get('area') === 'map' ? 'map' : '';
    const shown = area === 'map' ? this.renderRoot.querySelector<HTMLElement & { bounds?: () => number[] | null }>('kohtaamo-feedback-area-map')?.bounds?.() : null;
    this.#filter = {
      category: String(data.get('category') ?? ''),
      status: String(data.get('status') ?? ''),
      page: 1,
      area,
      mapBbox: shown ? shown.map((n) => n.toFixed(6)).join(',') : '',
    };
    this.requestUpdate();
  }

  #goTo(page: number): void {
    this.#filter = { ...this.#current(), page };
    this.#focusResults = true;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    return html`<div class="root" lang=${locale}>
      <h2>${t('feedback.list.title')}</h2>
      ${this.#renderFilters(t, locale)} ${this.map ? this.#renderMap(locale) : nothing} ${this.#renderResults(t, locale)}
    </div>`;
  }

  #renderFilters(t: Translator, locale: Locale): TemplateResult {
    const filter = this.#current();
    const categories: FeedbackCategoryName[] = this.#categories.value ?? [];
    const statuses = ['open', 'closed', ...LISTED_STATUSES] as const;
    return html`<form part="filters" class="filters" aria-label=${t('feedback.list.filters')} @submit=${this.#onFilter}>
      <div class="field">
        <label for="category">${t('feedback.list.category')}</label>
        <select id="category" name="category">
          <option value="" ?selected=${filter.category === ''}>${t('feedback.list.allCategories')}</option>
          ${filter.category && !categories.some((c) => c.id === filter.category)
            ? html`<option value=${filter.category} selected>${filter.category}</option>`
            : nothing}
          ${categories.map((c) => html`<option value=${c.id} ?selected=${c.id === filter.category} lang=${textLang(c.name, locale)}>${pickText(c.name, locale)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="status">${t('feedback.list.status')}</label>
        <select id="status" name="status">
          <option value="" ?selected=${filter.status === ''}>${t('feedback.list.allStatuses')}</option>
          ${statuses.map(
            (s) => html`<option value=${s} ?selected=${s === filter.status}>
              ${s === 'open' ? t('feedback.list.open') : s === 'closed' ? t('feedback.list.closed') : t(`feedback.status.${s}`)}
            </option>`,
          )}
        </select>
      </div>
      ${this.map
        ? html`<div class="field">
            <label for="area">${t('feedback.list.area')}</label>
            <select id="area" name="area">
              <option value="" ?selected=${filter.area === ''}>${t('feedback.list.wholeCity')}</option>
              <option value="map" ?selected=${filter.area === 'map'}>${t('feedback.list.mapArea')}</option>
            </select>
          </div>`
        : nothing}
      <button type="submit" part="button">${t('feedback.list.apply')}</button>
    </form>`;
  }

  #renderMap(locale: Locale): TemplateResult {
    const points = (this.#items.value?.items ?? [])
      .filter((item) => item.point)
      .map((item) => ({ lat: item.point!.lat, lon: item.point!.lon, label: `${pickText(item.category.name, locale)}: ${item.message.slice(0, 80)}` }));
    return html`<kohtaamo-feedback-area-map lang=${locale} api=${this.api} tiles=${this.tiles} .points=${points}></kohtaamo-feedback-area-map>`;
  }

  #renderResults(t: Translator, locale: Locale): TemplateResult {
    const task = this.#items;
    const list = task.value;
    const failed = task.status === 'error';
    let announcement = '';
    if (task.status === 'pending') announcement = t('common.loading');
    else if (failed) announcement = t('feedback.list.error');
    else if (list) announcement = list.total === 0 ? t('feedback.list.empty') : t('feedback.list.count', { total: list.total });
    const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
    return html`<section aria-labelledby="results-title">
      <h3 id="results-title" tabindex="-1">${list ? t('feedback.list.page', { page: list.page, pages }) : t('feedback.list.title')}</h3>
      <p role="status">${announcement}</p>
      ${failed
        ? html`<button type="button" part="button" class="secondary" @click=${() => void task.run()}>${t('common.retryNow')}</button>`
        : nothing}
      ${list && list.items.length > 0
        ? html`<ol class="items">
            ${list.items.map((item) => this.#renderItem(t, locale, item))}
          </ol>`
        : nothing}
      ${list && pages > 1
        ? html`<nav class="pages" aria-label=${t('feedback.list.page', { page: list.page, pages })}>
            <button type="button" part="button" class="secondary" ?disabled=${list.page <= 1} @click=${() => this.#goTo(list.page - 1)}>
              ${t('feedback.list.previous')}
            </button>
            <button type="button" part="button" class="secondary" ?disabled=${list.page >= pages} @click=${() => this.#goTo(list.page + 1)}>
              ${t('feedback.list.next')}
            </button>
          </nav>`
        : nothing}
    </section>`;
  }

  #renderItem(t: Translator, locale: Locale, item: PublicFeedbackRead): TemplateResult {
    const base = this.api;
    return html`<li part="item" class="item">
      <article aria-labelledby="item-${item.trackingCode}">
        <h3 id="item-${item.trackingCode}"><span lang=${textLang(item.category.name, locale)}>${pickText(item.category.name, locale)}</span> · ${t(`feedback.status.${item.status}`)}</h3>
        <p class="message">${item.message}</p>
        <dl>
          ${item.address ? html`<div><dt>${t('feedback.list.address')}</dt><dd>${item.address}</dd></div>` : nothing}
          <div>
            <dt>${t('feedback.status.sentAt')}</dt>
            <dd><time datetime=${item.createdAt}>${formatListedTime(item.createdAt, locale)}</time></dd>
          </div>
          ${renderResponseTime(t, locale, item.responseTime)}
          <div>
            <dt>${t('feedback.sent.code')}</dt>
            <dd part="tracking-code">${item.trackingCode}</dd>
          </div>
        </dl>
        ${item.reply
          ? html`<div part="reply" class="reply">
              <p><strong>${t('feedback.status.reply')}</strong></p>
              <p>${item.reply.text}</p>
            </div>`
          : nothing}
        ${item.photos.length > 0
          ? html`<div class="photos">
              ${item.photos.map(
                (path, index) => html`<img src=${joinUrl(base, path)} alt=${t('feedback.list.photoAlt', { n: index + 1 })} loading="lazy" />`,
              )}
            </div>`
          : nothing}
      </article>
    </li>`;
  }
}
