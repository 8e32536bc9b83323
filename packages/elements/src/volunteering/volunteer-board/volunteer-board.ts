import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  areaName,
  createApiClient,
  createVolunteeringBoardApi,
  formatDateTime,
  pickText,
  VOLUNTEER_AREAS,
  VOLUNTEER_THEMES,
  type BoardQuery,
  type Locale,
  type BoardOpportunity as Opportunity,
  type VolunteeringBoardApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { LazyModule } from '../../state/lazy-module.js';
import { boardMessages, type BoardTranslator as Translator } from './volunteer-board.messages.js';
import { styles } from './volunteer-board.styles.js';
import { textLang } from '../../i18n/text-lang.js';

type Flag = 'under18' | 'english' | 'remote';
interface Filters {
  theme: string;
  area: string;
  from: string;
  to: string;
  under18: boolean;
  english: boolean;
  remote: boolean;
}

/**
 * Volunteering opportunities across the city, or of one association (`organisation`), with the
 * tasks imported from vapaaehtoistyo.fi, filterable by theme, area, dates and suitability, in a
 * list or a month calendar, a page at a time ("Show more" reads the next). The calendar is a table of days moved through with the arrow keys
 * (Page Up / Page Down for months, Home / End for the week's ends); Enter shows the day's
 * opportunities under it. The list is the calendar's alternative with the same filters.
 *
 * @tagname kohtaamo-volunteer-board
 * @summary A board of volunteering opportunities and talkoot, filterable, in a list or a calendar.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} organisation - Only this organisation's opportunities ("heinolan-latu"). Default `""`: every organisation's.
 * @attr {string} view - `list` or `calendar`. Default `list`.
 * @attr {string} area - An area chosen in advance (`keskusta` …). Default `""`: all areas.
 * @attr {string} lang - `fi`, `sv` or `en`. Default: the nearest `lang`, else `fi`.
 *
 * @csspart filters - The filter form.
 * @csspart item - One opportunity.
 * @csspart calendar - The month calendar.
 *
 * @cssproperty --kohtaamo-volunteer-board-max-width - Widest the element grows. Default `60rem`.
 * @cssproperty --kohtaamo-volunteer-board-day - Background of a day with opportunities. Default `#e5e5f9`.
 */
export class KohtaamoVolunteerBoard extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    organisation: {},
    view: { reflect: true },
    area: {},
    volunteeringApi: { attribute: false },
    items: { state: true },
    failed: { state: true },
    next: { state: true },
    month: { state: true },
    focusDay: { state: true },
    shownDay: { state: true },
  };

  api = '';
  organisation = '';
  view: 'list' | 'calendar' = 'list';
  area = '';
  /** An API to use instead of the one built from `api` (stories). @internal */
  volunteeringApi: VolunteeringBoardApi | null = null;

  private items: Opportunity[] | null = null;
  private failed = false;
  /** The cursor of the page after those shown (null: none). */
  private next: string | null = null;
  // The element is the calendar part's CalendarHost (volunteer-board.calendar.ts): what it reads
  // and moves is public for it, and internal (a host object of getters cost ~100 B gzip, issue 7).
  /** The calendar's month (`YYYY-MM`): today's, set when the calendar first comes, or a date filter's. @internal */
  month = '';
  /** The day Tab reaches in the calendar (roving tabindex): today, or the day of a date filter. @internal */
  focusDay = '';
  /** The day whose opportunities the calendar shows under it. @internal */
  shownDay = '';
  readonly #locale = new MessagesController(this, boardMessages);
  /** The month calendar (volunteer-board.calendar.ts), imported when it is first shown. @internal */
  readonly calendar = new LazyModule(this, () => import('./volunteer-board.calendar.js'));
  /** The language shown (the calendar reads it: the element is its CalendarHost). @internal */
  get locale(): Locale {
    return this.#locale.locale;
  }
  #filter: Filters = { theme: '', area: '', from: '', to: '', under18: false, english: false, remote: false };
  #request = 0;

  get #api(): VolunteeringBoardApi {
    return this.volunteeringApi ?? createVolunteeringBoardApi(createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('area')) this.#filter.area = this.area;
    if (changed.has('api') || changed.has('organisation') || changed.has('volunteeringApi') || changed.has('area')) void this.#load();
    // A board opened in the calendar view imports it together with the opportunities.
    if (changed.has('view') && this.view === 'calendar') void this.calendar.get().catch(() => undefined);
    // The calendar starts on today in Helsinki, unless a date filter chose a day before it came.
    const calendar = this.calendar.value;
    if (calendar && !this.focusDay) this.#goTo(calendar.today());
  }

  /** The filters as the API takes them (an empty value is left out), with the cursor of a page after the first. */
  #query(cursor = ''): Partial<BoardQuery> {
    const query: Record<string, string> = { organisation: this.organisation, cursor };
    for (const [name, value] of Object.entries(this.#filter)) {
      // A date only when whole (a browser without a date picker lets a person type part of one).
      const partDate = (name === 'from' || name === 'to') && !/^\d{4}-\d{2}-\d{2}$/.test(value as string);
      query[name] = value === true ? 'true' : !value || partDate ? '' : value;
    }
    return query;
  }

  /**
   * Reads the first page, or with `more` the next one and appends it (the focus goes to its first
   * opportunity in the list). A failure says so in the status and keeps what is shown.
   */
  async #load(more?: boolean): Promise<void> {
    const request = more ? this.#request : ++this.#request;
    const shown = more ? this.items!.length : 0;
    try {
      const { items, next } = await this.#api.board(this.#query(more ? this.next! : undefined));
      if (request !== this.#request) return;
      this.items = more ? [...this.items!, ...items] : items;
      this.next = next;
      this.failed = false;
      if (more) {
        await this.updateComplete;
        this.renderRoot.querySelectorAll<HTMLElement>('ul.items > li')[shown]?.focus();
      }
    } catch {
      if (request === this.#request) this.failed = true;
    }
  }

  #onChange(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name as keyof Filters;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') this.#filter[name as Flag] = target.checked;
    else (this.#filter as unknown as Record<string, string>)[name] = target.value;
    // A date filter moves the calendar to its month.
    if ((name === 'from' || name === 'to') && /^\d{4}-\d{2}-\d{2}$/.test(target.value)) this.#goTo(target.value);
    void this.#load();
  }

  #goTo(day: string): void {
    this.focusDay = day;
    // The month of a YYYY-MM-DD day (core's monthOf, written out: its module belongs to the calendar part).
    this.month = day.slice(0, 7);
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const f = this.#filter;
    const areas = new Map(VOLUNTEER_AREAS.map((a) => [a.id, a.name[locale]]));
    for (const o of this.items ?? []) if (!areas.has(o.area)) areas.set(o.area, areaName(o.area, locale));
    return html`<div class="root" lang=${locale}>
      <h2>${t('volunteering.board.heading')}</h2>
      <form part="filters" class="filters" aria-label=${t('volunteering.board.filters')} @change=${this.#onChange} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="theme">${t('volunteering.board.theme')}</label>
          <select id="theme" name="theme">
            <option value="">${t('volunteering.board.anyTheme')}</option>
            ${VOLUNTEER_THEMES.map((id) => html`<option value=${id} ?selected=${f.theme === id}>${t(`volunteering.theme.${id}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="area">${t('volunteering.board.area')}</label>
          <select id="area" name="area">
            <option value="">${t('volunteering.board.anyArea')}</option>
            ${[...areas].map(([id, name]) => html`<option value=${id} ?selected=${f.area === id}>${name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="from">${t('volunteering.board.from')}</label>
          <input id="from" name="from" type="date" .value=${f.from} />
        </div>
        <div class="field">
          <label for="to">${t('volunteering.board.to')}</label>
          <input id="to" name="to" type="date" .value=${f.to} />
        </div>
        ${(['under18', 'english', 'remote'] as const).map(
          (flag) => html`<div class="check">
            <input id=${flag} name=${flag} type="checkbox" .checked=${f[flag]} />
            <label for=${flag}>${t(`volunteering.suitability.${flag}`)}</label>
          </div>`,
        )}
      </form>
      <div class="views" role="group" aria-label=${t('volunteering.board.view')}>
        ${(['list', 'calendar'] as const).map(
          (view) => html`<button type="button" part="button" class="secondary small" id="view-${view}" aria-pressed=${(this.view === 'calendar') === (view === 'calendar') ? 'true' : 'false'} @click=${() => (this.view = view)}>${t(`volunteering.board.${view}`)}</button>`,
        )}
      </div>
      <p role="status">${this.failed ? t('common.networkError') : this.items === null ? t('common.loading') : t('volunteering.board.results', { count: this.items.length })}</p>
      ${this.items ? (this.view === 'calendar' ? this.#renderCalendar(t, this.items) : html`<ul class="items">${this.items.map((o) => this.renderItem(o))}</ul>`) : nothing}
      ${this.items && this.next ? html`<button type="button" part="button" class="secondary" id="more" @click=${() => void this.#load(true)}>${t('volunteering.board.more')}</button>` : nothing}
    </div>`;
  }

  #renderCalendar(t: Translator, items: Opportunity[]): TemplateResult {
    const calendar = this.calendar.value;
    if (calendar) return calendar.renderCalendar(this, items);
    if (this.calendar.state === 'failed') {
      return html`<div class="notice warning" id="calendar-failed"><p>${t('common.networkError')}</p>
        <button type="button" part="button" class="secondary small" @click=${() => void this.calendar.get().catch(() => undefined)}>${t('common.retryNow')}</button></div>`;
    }
    return html`<p class="loading">${t('common.loading')}</p>`;
  }

  /** One opportunity as the list shows it (the calendar's day uses it too, under an h4). @internal */
  renderItem(o: Opportunity, level: 'h3' | 'h4' = 'h3'): TemplateResult {
    const { t, locale } = this.#locale;
    const next = o.shifts.find((s) => s.status === 'open' && Date.parse(s.startsAt) > Date.now());
    const free = next ? Math.max(0, next.capacity - next.attending - next.held) : null;
    const title = o.externalUrl ? html`<a href=${o.externalUrl}>${pickText(o.title, locale)}</a>` : pickText(o.title, locale);
    const at = next?.startsAt ?? o.startsAt;
    return html`<li part="item" tabindex="-1">
      ${level === 'h3' ? html`<h3 lang=${textLang(o.title, locale)}>${title}</h3>` : html`<h4 lang=${textLang(o.title, locale)}>${title}</h4>`}
      <p class="meta">
        <span>${o.organisationName}</span>
        ${at ? html`<time datetime=${at}>${formatDateTime(at, locale)}</time>` : html`<span>${t('volunteering.board.ongoing')}</span>`}
        <span>${o.location.name ? `${o.location.name}, ` : ''}${areaName(o.area, locale)}</span>
        ${o.themes.length > 0 ? html`<span>${o.themes.map((id) => ((VOLUNTEER_THEMES as readonly string[]).includes(id) ? t(`volunteering.theme.${id}` as never) : id)).join(', ')}</span>` : nothing}
        ${o.source === 'vapaaehtoistyo' ? html`<span class="tag">vapaaehtoistyo.fi</span>` : nothing}
        ${free !== null ? html`<span class="tag">${free > 0 ? t('volunteering.board.seatsLeft', { seats: free }) : t('volunteering.board.full')}</span>` : nothing}
      </p>
      <p lang=${textLang(o.description, locale)}>${pickText(o.description, locale)}</p>
    </li>`;
  }
}
