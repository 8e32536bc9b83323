import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addMonths,
  areaName,
  createApiClient,
  createVolunteeringApi,
  formatDateTime,
  helsinkiDate,
  intlTag,
  monthOf,
  monthWeeks,
  opportunitiesByDay,
  pickText,
  sameDayIn,
  VOLUNTEER_AREAS,
  VOLUNTEER_THEMES,
  addDays,
  type BoardFilter,
  type Locale,
  type Opportunity,
  type VolunteeringApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { boardMessages, type BoardTranslator as Translator } from './volunteer-board.messages.js';
import { styles } from './volunteer-board.styles.js';

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
 * list or a month calendar. The calendar is a table of days moved through with the arrow keys
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

  @property() api = '';
  @property() organisation = '';
  @property({ reflect: true }) view: 'list' | 'calendar' = 'list';
  @property() area = '';
  /** An API to use instead of the one built from `api` (stories). @internal */
  @property({ attribute: false }) volunteeringApi: VolunteeringApi | null = null;

  @state() private items: Opportunity[] | null = null;
  @state() private failed = false;
  @state() private month = monthOf(helsinkiDate(new Date()));
  /** The day Tab reaches in the calendar (roving tabindex) and the day whose opportunities are shown. */
  @state() private focusDay = helsinkiDate(new Date());
  @state() private shownDay = '';
  readonly #locale = new MessagesController(this, boardMessages);
  #filter: Filters = { theme: '', area: '', from: '', to: '', under18: false, english: false, remote: false };
  #request = 0;

  get #api(): VolunteeringApi {
    return this.volunteeringApi ?? createVolunteeringApi(createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('area')) this.#filter.area = this.area;
    if (changed.has('api') || changed.has('organisation') || changed.has('volunteeringApi') || changed.has('area')) void this.#load();
  }

  async #load(): Promise<void> {
    const request = ++this.#request;
    const f = this.#filter;
    const filter: Partial<BoardFilter> = {
      ...(this.organisation ? { organisation: this.organisation } : {}),
      ...(f.theme ? { theme: f.theme as BoardFilter['theme'] } : {}),
      ...(f.area ? { area: f.area } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(f.from) ? { from: f.from } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(f.to) ? { to: f.to } : {}),
      ...(f.under18 ? { under18: 'true' as const } : {}),
      ...(f.english ? { english: 'true' as const } : {}),
      ...(f.remote ? { remote: 'true' as const } : {}),
    };
    try {
      const { items } = await this.#api.board(filter);
      if (request !== this.#request) return;
      this.items = items;
      this.failed = false;
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
    this.month = monthOf(day);
  }

  #setView(view: 'list' | 'calendar'): void {
    this.view = view;
  }

  /** Arrow keys, Home/End and Page Up/Down move through the calendar; the focus follows. */
  async #onDayKey(event: KeyboardEvent): Promise<void> {
    const day = this.focusDay;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, 1 - (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1)),
      End: () => addDays(day, 7 - (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1)),
      PageUp: () => sameDayIn(day, addMonths(monthOf(day), -1)),
      PageDown: () => sameDayIn(day, addMonths(monthOf(day), 1)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.#goTo(move());
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-day="${this.focusDay}"]`)?.focus();
  }

  async #month(n: number): Promise<void> {
    this.#goTo(sameDayIn(this.focusDay, addMonths(this.month, n)));
  }

  async #showDay(day: string): Promise<void> {
    this.focusDay = day;
    this.shownDay = day;
    await this.updateComplete;
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
        <button type="button" part="button" class="secondary small" id="view-list" aria-pressed=${this.view !== 'calendar' ? 'true' : 'false'} @click=${() => this.#setView('list')}>${t('volunteering.board.list')}</button>
        <button type="button" part="button" class="secondary small" id="view-calendar" aria-pressed=${this.view === 'calendar' ? 'true' : 'false'} @click=${() => this.#setView('calendar')}>${t('volunteering.board.calendar')}</button>
      </div>
      <p role="status">${this.items === null ? (this.failed ? t('common.networkError') : t('common.loading')) : t('volunteering.board.results', { count: this.items.length })}</p>
      ${this.items ? (this.view === 'calendar' ? this.#renderCalendar(t, locale, this.items) : html`<ul class="items">${this.items.map((o) => this.#renderItem(t, locale, o))}</ul>`) : nothing}
    </div>`;
  }

  #renderCalendar(t: Translator, locale: Locale, items: Opportunity[]): TemplateResult {
    const byDay = opportunitiesByDay(items);
    const tag = intlTag(locale);
    const monthName = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${this.month}-01T12:00:00Z`));
    const dayName = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
    const weeks = monthWeeks(this.month);
    const focus = monthOf(this.focusDay) === this.month ? this.focusDay : `${this.month}-01`;
    const inMonth = [...byDay].filter(([day]) => monthOf(day) === this.month).reduce((n, [, list]) => n + list.length, 0);
    const shown = this.shownDay ? (byDay.get(this.shownDay) ?? []) : [];
    const label = (day: string) => dayName.format(new Date(`${day}T12:00:00Z`));
    return html`<section part="calendar" class="calendar" aria-labelledby="month-title">
      <div class="month-bar">
        <button type="button" part="button" class="secondary small" id="previous-month" aria-label=${t('volunteering.board.previousMonth')} @click=${() => void this.#month(-1)}>‹</button>
        <h3 id="month-title" aria-live="polite">${monthName}</h3>
        <button type="button" part="button" class="secondary small" id="next-month" aria-label=${t('volunteering.board.nextMonth')} @click=${() => void this.#month(1)}>›</button>
      </div>
      <p class="hint" id="calendar-hint">${t('volunteering.board.calendarHint')} ${t('volunteering.board.monthCount', { month: monthName, count: inMonth })}</p>
      <table class="month" aria-labelledby="month-title" aria-describedby="calendar-hint" @keydown=${(e: KeyboardEvent) => void this.#onDayKey(e)}>
        <thead><tr>${weeks[0]!.map((d) => html`<th scope="col" abbr=${new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`))}>${weekday.format(new Date(`${d}T12:00:00Z`))}</th>`)}</tr></thead>
        <tbody>
          ${weeks.map((week) => html`<tr>
            ${week.map((day) => {
              const count = byDay.get(day)?.length ?? 0;
              const other = monthOf(day) !== this.month;
              return html`<td class=${`${other ? 'other' : ''} ${count > 0 ? 'busy' : ''}`}>
                <button type="button" class="day" data-day=${day} tabindex=${day === focus ? '0' : '-1'} aria-pressed=${day === this.shownDay ? 'true' : 'false'}
                  @click=${() => void this.#showDay(day)} @focus=${() => (this.focusDay = day)}>
                  <span aria-hidden="true">${Number(day.slice(8))}</span>${count > 0 ? html`<span class="dot" aria-hidden="true">${count}</span>` : nothing}
                  <span class="visually-hidden">${t('volunteering.board.dayCount', { date: label(day), count })}</span>
                </button>
              </td>`;
            })}
          </tr>`)}
        </tbody>
      </table>
      ${this.shownDay
        ? html`<section class="day-list" aria-labelledby="day-title">
            <h3 id="day-title">${t('volunteering.board.dayHeading', { date: label(this.shownDay) })}</h3>
            ${shown.length === 0 ? html`<p>${t('volunteering.board.dayEmpty')}</p>` : html`<ul class="items">${shown.map((o) => this.#renderItem(t, locale, o, 'h4'))}</ul>`}
          </section>`
        : nothing}
    </section>`;
  }

  #renderItem(t: Translator, locale: Locale, o: Opportunity, level: 'h3' | 'h4' = 'h3'): TemplateResult {
    const next = o.shifts.find((s) => s.status === 'open' && Date.parse(s.startsAt) > Date.now());
    const free = next ? Math.max(0, next.capacity - next.attending - next.held) : null;
    const title = o.externalUrl ? html`<a href=${o.externalUrl}>${pickText(o.title, locale)}</a>` : pickText(o.title, locale);
    return html`<li part="item">
      ${level === 'h3' ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
      <p class="meta">
        <span>${o.organisationName}</span>
        ${next ? html`<time datetime=${next.startsAt}>${formatDateTime(next.startsAt, locale)}</time>` : o.startsAt ? html`<time datetime=${o.startsAt}>${formatDateTime(o.startsAt, locale)}</time>` : html`<span>${t('volunteering.board.ongoing')}</span>`}
        ${o.location.name ? html`<span>${o.location.name}, ${areaName(o.area, locale)}</span>` : html`<span>${areaName(o.area, locale)}</span>`}
        ${o.themes.length > 0 ? html`<span>${o.themes.map((id) => ((VOLUNTEER_THEMES as readonly string[]).includes(id) ? t(`volunteering.theme.${id}` as never) : id)).join(', ')}</span>` : nothing}
        ${o.source === 'vapaaehtoistyo' ? html`<span class="tag">${t('volunteering.board.imported')}</span>` : nothing}
        ${free !== null ? html`<span class="tag">${free > 0 ? t('volunteering.seats.left', { seats: free }) : t('volunteering.seats.full')}</span>` : nothing}
      </p>
      <p>${pickText(o.description, locale)}</p>
    </li>`;
  }
}
