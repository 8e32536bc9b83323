import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  BOOKING_PATHS,
  FinderRegisterSchema,
  PURPOSES,
  createApiClient,
  matchesFinder,
  pickText,
  pickTextLang,
  type FinderFilter,
  type FinderRegister,
  type FinderRow,
  type HttpClient,
  type Purpose,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { spaceFinderMessages } from './space-finder.catalogs.js';
import type { Slot } from './space-finder.free.js';
import { styles } from './space-finder.styles.js';

type Unit = FinderRegister['items'][number];
type Resource = Unit['resources'][number];
type FreeModule = typeof import('./space-finder.free.js');
type CalendarModule = typeof import('./space-finder.calendar.js');
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

  static override properties: PropertyDeclarations = {
    api: {},
    unit: {},
    purpose: {},
    date: {},
    bookingUrl: { attribute: 'booking-url' },
    tiles: {},
    http: { attribute: false },
    register: { state: true },
    loadError: { state: true },
    search: { state: true },
    free: { state: true },
    searching: { state: true },
    opened: { state: true },
    mapOpen: { state: true },
  };

  api = '';
  unit = '';
  purpose = '';
  date = '';
  bookingUrl = '';
  tiles = '';
  /** @internal For stories and pages with their own transport: the client the widget calls. */
  http: HttpClient | null = null;

  private register: FinderRegister | null = null;
  private loadError = false;
  private search: Search = { purpose: '', people: '', area: '', stepFree: false, accessibleToilet: false, inductionLoop: false, date: '', time: '', minutes: '60' };
  private free: Map<string, Slot> | null = null;
  private searching = false;
  private opened = '';
  private mapOpen = false;

  readonly #locale = new MessagesController(this, spaceFinderMessages);
  #client: HttpClient | null = null;
  #asked = 0;
  /** The free-time search (a lazy module: only a page that asks for a day loads it). */
  #freePart: Promise<FreeModule> | undefined;
  #freeModule: FreeModule | undefined;
  /** The booking calendar under a result (a lazy module, with the booking widget). */
  #calendar: CalendarModule | undefined;

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

  /** Imports the free-time search (once; again after a failed import). */
  #freeSearch(): Promise<FreeModule> {
    return (this.#freePart ??= import('./space-finder.free.js').then(
      (m) => (this.#freeModule = m),
      (error: unknown) => {
        this.#freePart = undefined;
        throw error;
      },
    ));
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
      const free = await (await this.#freeSearch()).findFree(this.#http, s, this.#filter());
      if (asked !== this.#asked) return;
      this.free = free;
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
    // The server says what the finder filters each resource on (`finder`); one without it is not listed.
    const rows = register.items.flatMap((u) => u.resources.flatMap((resource) => (resource.finder ? [{ resource, ...resource.finder }] : [])));
    const filter = this.#filter();
    const out = rows
      .filter((row) => matchesFinder(row, filter) && (!this.free || this.free.has(row.resource.id)))
      .map((row) => ({ row, unit: units.get(row.resource.unitId)!, slot: this.free?.get(row.resource.id) }))
      .filter((r) => r.unit);
    const locale = this.#locale.locale;
    const by = (a: Unit | Resource, b: Unit | Resource) => pickText(a.name, locale).localeCompare(pickText(b.name, locale), locale);
    return out.sort((a, b) => (a.slot && b.slot ? a.slot.start.localeCompare(b.slot.start) : 0) || by(a.unit, b.unit) || by(a.row.resource, b.row.resource));
  }

  get #intl(): string {
    return this.#locale.locale === 'en' ? 'en-GB' : `${this.#locale.locale}-FI`;
  }

  async #open(resource: Resource): Promise<void> {
    this.dispatchEvent(new SpaceChosenEvent(resource.id, this.search.date));
    // The calendar and the booking widget in it are loaded when a person first opens one.
    try {
      this.#calendar ??= await import('./space-finder.calendar.js');
    } catch {
      this.loadError = true;
      return;
    }
    this.loadError = false;
    this.opened = resource.id;
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
    const field = (id: string, label: string, control: TemplateResult) => html`<div class="field"><label for="f-${id}">${label}</label>${control}</div>`;
    const number = (id: 'people' | 'area') => field(id, t(`space.finder.${id}`), html`<input id="f-${id}" name=${id} type="number" inputmode="numeric" min="1" .value=${s[id]} />`);
    const select = (id: 'purpose' | 'time' | 'minutes', label: string, options: readonly (readonly [string, string])[]) =>
      field(id, label, html`<select id="f-${id}" name=${id}>${options.map(([value, text]) => html`<option value=${value} ?selected=${s[id] === value}>${text}</option>`)}</select>`);
    const check = (name: 'stepFree' | 'accessibleToilet' | 'inductionLoop') =>
      html`<label class="check"><input type="checkbox" id="f-${name}" name=${name} ?checked=${s[name]} />${t(`space.finder.${name}`)}</label>`;
    return html`<form part="filters" class="filters" novalidate aria-labelledby="filters-title" @submit=${(e: SubmitEvent) => this.#onSubmit(e)}>
      <h3 id="filters-title" class="visually-hidden">${t('space.finder.filters')}</h3>
      ${select('purpose', t('space.finder.purpose'), [['', t('space.finder.anyPurpose')], ...PURPOSES.map((p) => [p, t(`space.finder.purpose.${p}`)] as const)])}
      ${number('people')} ${number('area')}
      <fieldset>
        <legend>${t('space.finder.access')}</legend>
        ${check('stepFree')} ${check('accessibleToilet')} ${check('inductionLoop')}
      </fieldset>
      <fieldset class="wide">
        <legend>${t('space.finder.when')}</legend>
        <p class="hint" id="when-hint">${t('space.finder.whenHint')}</p>
        ${field(
          'date',
          t('space.finder.date'),
          html`<input id="f-date" name="date" type="date" aria-describedby="when-hint" .value=${s.date} @change=${() => void this.#freeSearch().catch(() => undefined)} />`,
        )}
        ${select('time', t('space.finder.time'), [['', '–'], ...TIMES.map((time) => [time, time] as const)])}
        ${select('minutes', t('space.finder.duration'), LENGTHS.map((m) => [String(m), t('space.finder.minutes', { minutes: m })] as const))}
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
    // A name not given in the page's language is shown in Finnish, marked so (WCAG 2.1 SC 3.1.2).
    const name = pickText(resource.name, locale);
    const access = (['stepFree', 'accessibleToilet', 'inductionLoop'] as const).filter((k) => row[k]).map((k) => t(`space.finder.${k}`));
    const date = slot ? slot.start.slice(0, 10) : this.search.date;
    const link = this.bookingUrl ? this.bookingUrl.replace('{resource}', encodeURIComponent(resource.id)).replace('{date}', encodeURIComponent(date)) : '';
    const open = this.opened === resource.id;
    const purposes = row.purposes.filter((p): p is Purpose => (PURPOSES as readonly string[]).includes(p));
    return html`<li class="item" data-resource=${resource.id}>
      <h3 lang=${pickTextLang(resource.name, locale)}>${name}</h3>
      <p><span lang=${pickTextLang(unit.name, locale)}>${pickText(unit.name, locale)}</span>, ${unit.address}</p>
      <ul class="facts">
        <li>${t('space.finder.size', { m2: new Intl.NumberFormat(this.#intl).format(row.areaM2) })}</li>
        <li>${t('space.finder.capacity', { people: row.capacity })}</li>
        ${purposes.length ? html`<li>${purposes.map((p) => t(`space.finder.purpose.${p}`)).join(', ')}</li>` : nothing}
        ${access.length ? html`<li>${access.join(', ')}</li>` : nothing}
      </ul>
      ${slot && this.#freeModule ? html`<p class="free">${t('space.finder.freeAt', this.#freeModule.slotWords(slot, this.#intl))}</p>` : nothing}
      ${resource.rules.handlingRequired ? html`<p class="hint">${t('space.finder.handling')}</p>` : nothing}
      ${link
        ? html`<a class="book" href=${link} @click=${() => this.dispatchEvent(new SpaceChosenEvent(resource.id, date))}>${t('space.finder.book', { name })}</a>`
        : html`<div><button type="button" class="book" aria-expanded=${open ? 'true' : 'false'} @click=${() => void (open ? this.#close(resource.id) : this.#open(resource))}>
            ${open ? t('space.finder.close') : t('space.finder.book', { name })}
          </button></div>`}
      ${open && this.#calendar ? this.#calendar.calendar(this, t('space.finder.calendar', { name }), resource.id, date, locale) : nothing}
    </li>`;
  }

  #map(results: readonly Result[]): TemplateResult {
    // The map counts the results per unit and says so on each marker, in its own texts.
    return html`<kohtaamo-space-units-map api=${this.api} tiles=${this.tiles} lang=${this.#locale.locale} .units=${results.map((r) => r.unit)}></kohtaamo-space-units-map>`;
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
