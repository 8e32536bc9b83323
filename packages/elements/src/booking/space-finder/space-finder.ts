import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BOOKING_FREE_PATH,
  BOOKING_PATHS,
  FinderRegisterSchema,
  FreeViewSchema,
  PURPOSES,
  createApiClient,
  finderRows,
  matchesFinder,
  type FinderFilter,
  type FinderRegister,
  type FinderRow,
  type FreeView,
  type HttpClient,
  type Purpose,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { spaceFinderMessages } from './space-finder.catalogs.js';
import type { UnitPoint } from './space-units-map.js';
import { styles } from './space-finder.styles.js';

type Unit = FinderRegister['items'][number];
type Resource = Unit['resources'][number];
type Slot = FreeView['items'][number];
interface Result {
  readonly row: FinderRow<Resource>;
  readonly unit: Unit;
  readonly slot: Slot | undefined;
}

interface Search {
  readonly purpose: string;
  readonly people: string;
  readonly area: string;
  readonly stepFree: boolean;
  readonly accessibleToilet: boolean;
  readonly inductionLoop: boolean;
  readonly date: string;
  readonly time: string;
  readonly minutes: string;
}

const LENGTHS = [30, 60, 90, 120, 180, 240];
const TIMES = Array.from({ length: 36 }, (_, i) => `${String(6 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
const TZ = 'Europe/Helsinki';

/** Fired when a person opens the booking calendar of a resource (or follows its booking link). */
export class SpaceChosenEvent extends Event {
  constructor(
    readonly resourceId: string,
    readonly date: string,
  ) {
    super('kohtaamo-space-chosen', { bubbles: true, composed: true });
  }
}

/**
 * Find a shared space (issue 12): filter the city's bookable spaces by purpose, size, capacity
 * and accessibility, and by what is free when (a day, a time from which, and a length: the
 * server answers with each space's first free start by core's availability). The results are a
 * list that works alone; a map of the units opens on request (Leaflet is loaded only then). Each
 * result opens its booking calendar (`<kohtaamo-space-booking>`, loaded when first opened) in
 * place, or links to the page of `booking-url`.
 *
 * ```html
 * <kohtaamo-space-finder api="https://varaamo.heinola.fi" unit="library" lang="fi"></kohtaamo-space-finder>
 * ```
 *
 * @tagname kohtaamo-space-finder
 * @summary Find a shared space by purpose, size, accessibility and free time; a map of the units; a way to its booking calendar.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} unit - Only this unit's spaces (a unit id). Default `""`: every unit.
 * @attr {string} purpose - The purpose chosen at first (meeting-room, sports, …). Default `""`: any.
 * @attr {string} date - The day asked at first (YYYY-MM-DD): the list shows what is free that day. Default `""`: no day, every space.
 * @attr {string} booking-url - A page that books a resource, with `{resource}` and `{date}` (e.g. `/varaa.html?tila={resource}`). Default `""`: the calendar opens in the finder.
 * @attr {string} tiles - Tile URL template of the map. Default: the server's, else OpenStreetMap's.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event kohtaamo-space-chosen - A person opened the calendar of a resource; `event.resourceId`, `event.date`.
 *
 * @csspart filters - The search form.
 * @csspart results - The list of spaces.
 * @csspart calendar - The booking calendar opened under a result.
 *
 * @cssproperty --kohtaamo-space-finder-max-width - Widest the widget grows (60rem).
 * @cssproperty --kohtaamo-space-finder-map-height - Height of the map (18rem).
 */
export class KohtaamoSpaceFinder extends LocalizedElement {
  static override styles = styles;

  @property() api = '';
  @property() unit = '';
  @property() purpose = '';
  @property() date = '';
  @property({ attribute: 'booking-url' }) bookingUrl = '';
  @property() tiles = '';
  /** @internal For stories and pages with their own transport: the client the widget calls. */
  @property({ attribute: false }) http: HttpClient | null = null;

  @state() private register: FinderRegister | null = null;
  @state() private loadError = false;
  @state() private search: Search = { purpose: '', people: '', area: '', stepFree: false, accessibleToilet: false, inductionLoop: false, date: '', time: '', minutes: '60' };
  @state() private free: Map<string, Slot> | null = null;
  @state() private searching = false;
  @state() private opened = '';
  @state() private mapOpen = false;

  readonly #locale = new MessagesController(this, spaceFinderMessages);
  #client: HttpClient | null = null;
  #asked = 0;

  get #http(): HttpClient {
    return this.http ?? (this.#client ??= createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api')) this.#client = null;
    if (changed.has('purpose') || changed.has('date')) this.search = { ...this.search, purpose: this.purpose, date: this.date };
    if (changed.has('api') || changed.has('http') || changed.has('unit')) void this.#load();
    else if (changed.has('date') && this.register) void this.#findFree();
  }

  async #load(): Promise<void> {
    const asked = ++this.#asked;
    this.loadError = false;
    try {
      const register = await this.#http.request(BOOKING_PATHS.units, FinderRegisterSchema);
      if (asked !== this.#asked) return;
      this.register = register;
      await this.#findFree();
    } catch {
      if (asked === this.#asked) this.loadError = true;
    }
  }

  #filter(): FinderFilter {
    const s = this.search;
    return {
      unitId: this.unit,
      purpose: (PURPOSES as readonly string[]).includes(s.purpose) ? (s.purpose as Purpose) : '',
      minCapacity: Number(s.people) || 0,
      minAreaM2: Number(s.area) || 0,
      stepFree: s.stepFree,
      accessibleToilet: s.accessibleToilet,
      inductionLoop: s.inductionLoop,
    };
  }

  /** Asks the server what is free on the day of the search (nothing to ask without a day). */
  async #findFree(): Promise<void> {
    const s = this.search;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) {
      this.free = null;
      return;
    }
    const asked = ++this.#asked;
    this.searching = true;
    try {
      const f = this.#filter();
      const query: Record<string, string> = { date: s.date, time: s.time || '00:00', minutes: s.minutes || '60' };
      if (f.unitId) query.unit = f.unitId;
      if (f.purpose) query.purpose = f.purpose;
      if (f.minCapacity) query.minCapacity = String(f.minCapacity);
      if (f.minAreaM2) query.minArea = String(f.minAreaM2);
      if (f.stepFree) query.stepFree = 'true';
      if (f.inductionLoop) query.inductionLoop = 'true';
      const answer = await this.#http.request(BOOKING_FREE_PATH, FreeViewSchema, { searchParams: query });
      if (asked !== this.#asked) return;
      this.free = new Map(answer.items.map((i) => [i.resourceId, i]));
      this.loadError = false;
    } catch {
      if (asked === this.#asked) this.loadError = true;
    } finally {
      if (asked === this.#asked) this.searching = false;
    }
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    this.search = {
      purpose: value('purpose'),
      people: value('people'),
      area: value('area'),
      stepFree: data.has('stepFree'),
      accessibleToilet: data.has('accessibleToilet'),
      inductionLoop: data.has('inductionLoop'),
      date: value('date'),
      time: value('time'),
      minutes: value('minutes') || '60',
    };
    this.opened = '';
    void this.#findFree();
  }

  /** The rows of the list: the filter, then (with a day) only those with a free start, earliest first. */
  #results(): Result[] {
    const register = this.register;
    if (!register) return [];
    const units = new Map(register.items.map((u) => [u.id, u]));
    const rows = finderRows(
      register.items.flatMap((u) => u.spaces),
      register.items.flatMap((u) => u.resources),
    );
    const filter = this.#filter();
    const out = rows
      .filter((row) => matchesFinder(row, filter) && (!this.free || this.free.has(row.resource.id)))
      .map((row) => ({ row, unit: units.get(row.resource.unitId)!, slot: this.free?.get(row.resource.id) }))
      .filter((r) => r.unit);
    const locale = this.#locale.locale;
    return out.sort((a, b) => (a.slot && b.slot ? a.slot.start.localeCompare(b.slot.start) : 0) || a.unit.name[locale].localeCompare(b.unit.name[locale], locale) || a.row.resource.name[locale].localeCompare(b.row.resource.name[locale], locale));
  }

  get #intl(): string {
    return this.#locale.locale === 'en' ? 'en-GB' : `${this.#locale.locale}-FI`;
  }

  #time(iso: string): string {
    return new Intl.DateTimeFormat(this.#intl, { hour: '2-digit', minute: '2-digit', timeZone: TZ }).format(Date.parse(iso));
  }

  #day(iso: string): string {
    return new Intl.DateTimeFormat(this.#intl, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: TZ }).format(Date.parse(iso));
  }

  async #open(resource: Resource): Promise<void> {
    this.opened = resource.id;
    this.dispatchEvent(new SpaceChosenEvent(resource.id, this.search.date));
    // The calendar is its own entry, loaded when a person first opens one.
    await import('../../define/kohtaamo-space-booking.js');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#calendar-title')?.focus();
  }

  async #close(id: string): Promise<void> {
    this.opened = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-resource="${id}"] .book`)?.focus();
  }

  async #toggleMap(): Promise<void> {
    this.mapOpen = !this.mapOpen;
    // The map and Leaflet after it are lazy: a page whose visitors never open the map never loads them.
    if (this.mapOpen) await import('../../define/space-units-map.js');
  }

  #filters(): TemplateResult {
    const t = this.#locale.t;
    const s = this.search;
    const check = (name: 'stepFree' | 'accessibleToilet' | 'inductionLoop') =>
      html`<label class="check"><input type="checkbox" id="f-${name}" name=${name} ?checked=${s[name]} />${t(`space.finder.${name}`)}</label>`;
    return html`<form part="filters" class="filters" novalidate aria-labelledby="filters-title" @submit=${(e: SubmitEvent) => this.#onSubmit(e)}>
      <h3 id="filters-title" class="visually-hidden">${t('space.finder.filters')}</h3>
      <div class="field">
        <label for="f-purpose">${t('space.finder.purpose')}</label>
        <select id="f-purpose" name="purpose">
          <option value="" ?selected=${!s.purpose}>${t('space.finder.anyPurpose')}</option>
          ${PURPOSES.map((p) => html`<option value=${p} ?selected=${s.purpose === p}>${t(`space.finder.purpose.${p}`)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-people">${t('space.finder.people')}</label>
        <input id="f-people" name="people" type="number" inputmode="numeric" min="1" .value=${s.people} />
      </div>
      <div class="field">
        <label for="f-area">${t('space.finder.area')}</label>
        <input id="f-area" name="area" type="number" inputmode="numeric" min="1" .value=${s.area} />
      </div>
      <fieldset>
        <legend>${t('space.finder.access')}</legend>
        ${check('stepFree')} ${check('accessibleToilet')} ${check('inductionLoop')}
      </fieldset>
      <fieldset class="wide">
        <legend>${t('space.finder.when')}</legend>
        <p class="hint" id="when-hint">${t('space.finder.whenHint')}</p>
        <div class="field">
          <label for="f-date">${t('space.finder.date')}</label>
          <input id="f-date" name="date" type="date" aria-describedby="when-hint" .value=${s.date} />
        </div>
        <div class="field">
          <label for="f-time">${t('space.finder.time')}</label>
          <select id="f-time" name="time">
            <option value="" ?selected=${!s.time}>–</option>
            ${TIMES.map((time) => html`<option value=${time} ?selected=${s.time === time}>${time}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="f-minutes">${t('space.finder.duration')}</label>
          <select id="f-minutes" name="minutes">
            ${LENGTHS.map((m) => html`<option value=${m} ?selected=${String(m) === s.minutes}>${t('space.finder.minutes', { minutes: m })}</option>`)}
          </select>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit">${t('space.finder.search')}</button>
        <button type="button" class="secondary" aria-expanded=${this.mapOpen ? 'true' : 'false'} aria-controls="map-area" @click=${() => void this.#toggleMap()}>
          ${this.mapOpen ? t('space.finder.hideMap') : t('space.finder.showMap')}
        </button>
      </div>
    </form>`;
  }

  #item(r: Result): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const { row, unit, slot } = r;
    const resource = row.resource;
    const name = resource.name[locale];
    const access = (['stepFree', 'accessibleToilet', 'inductionLoop'] as const).filter((k) => row[k]).map((k) => t(`space.finder.${k}`));
    const date = slot ? slot.start.slice(0, 10) : this.search.date;
    const link = this.bookingUrl ? this.bookingUrl.replace('{resource}', encodeURIComponent(resource.id)).replace('{date}', encodeURIComponent(date)) : '';
    const open = this.opened === resource.id;
    const purposes = row.purposes.filter((p): p is Purpose => (PURPOSES as readonly string[]).includes(p));
    return html`<li class="item" data-resource=${resource.id}>
      <h3>${name}</h3>
      <p>${unit.name[locale]}, ${unit.address}</p>
      <ul class="facts">
        <li>${t('space.finder.size', { m2: new Intl.NumberFormat(this.#intl).format(row.areaM2) })}</li>
        <li>${t('space.finder.capacity', { people: row.capacity })}</li>
        ${purposes.length ? html`<li>${purposes.map((p) => t(`space.finder.purpose.${p}`)).join(', ')}</li>` : nothing}
        ${access.length ? html`<li>${access.join(', ')}</li>` : nothing}
      </ul>
      ${slot ? html`<p class="free">${t('space.finder.freeAt', { date: this.#day(slot.start), from: this.#time(slot.start), to: this.#time(slot.end) })}</p>` : nothing}
      ${resource.rules.handlingRequired ? html`<p class="hint">${t('space.finder.handling')}</p>` : nothing}
      ${link
        ? html`<a class="book" href=${link} @click=${() => this.dispatchEvent(new SpaceChosenEvent(resource.id, date))}>${t('space.finder.book', { name })}</a>`
        : html`<div><button type="button" class="book" aria-expanded=${open ? 'true' : 'false'} @click=${() => void (open ? this.#close(resource.id) : this.#open(resource))}>
            ${open ? t('space.finder.close') : t('space.finder.book', { name })}
          </button></div>`}
      ${open
        ? html`<div part="calendar" class="calendar">
            <h4 id="calendar-title" tabindex="-1" class="visually-hidden">${t('space.finder.calendar', { name })}</h4>
            <kohtaamo-space-booking api=${this.api} resource=${resource.id} date=${date} lang=${locale} .http=${this.http}></kohtaamo-space-booking>
          </div>`
        : nothing}
    </li>`;
  }

  #map(results: readonly Result[]): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const counts = new Map<string, { unit: Unit; count: number }>();
    for (const r of results) {
      const hit = counts.get(r.unit.id);
      if (hit) hit.count++;
      else counts.set(r.unit.id, { unit: r.unit, count: 1 });
    }
    const points: UnitPoint[] = [...counts.values()]
      .filter((c) => c.unit.location)
      .map((c) => ({ lat: c.unit.location!.lat, lon: c.unit.location!.lon, label: t('space.finder.onMap', { unit: c.unit.name[locale], count: c.count }) }));
    return html`<kohtaamo-space-units-map api=${this.api} tiles=${this.tiles} lang=${locale} .points=${points}></kohtaamo-space-units-map>`;
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const results = this.#results();
    const status = this.loadError
      ? nothing
      : !this.register
        ? t('space.finder.loading')
        : this.searching
          ? t('space.finder.searching')
          : results.length === 0
            ? t('space.finder.none')
            : t('space.finder.count', { count: results.length });
    return html`<section class="root" lang=${locale} aria-labelledby="title">
      <h2 id="title">${t('space.finder.title')}</h2>
      <p>${t('space.finder.intro')}</p>
      ${this.#filters()}
      <div id="map-area">${this.mapOpen ? this.#map(results) : nothing}</div>
      ${this.loadError ? html`<p class="notice error-notice" role="alert">${t('space.finder.error')}</p>` : nothing}
      <h3 class="visually-hidden" id="results-title">${t('space.finder.results')}</h3>
      <p role="status" id="count">${status}</p>
      ${this.register && !this.searching && results.length > 0
        ? html`<ul part="results" class="results" aria-labelledby="results-title">
            ${results.map((r) => this.#item(r))}
          </ul>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-space-chosen': SpaceChosenEvent;
  }
}
