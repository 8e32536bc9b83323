import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  AvailabilityViewSchema,
  BOOKING_PATHS,
  ResourceViewSchema,
  createApiClient,
  pickText,
  dayNumber,
  dayOf,
  formatWall,
  isoDate,
  mondayOf,
  type AvailabilityView,
  type HttpClient,
  type Locale,
  type ResourceView,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { LazyModule, PrepareWrites } from '../../state/lazy-module.js';
import { spaceMessages } from '../booking.catalogs.js';
import { styles } from './space-booking.styles.js';
import type { BookingForm, FormElement, SpaceBookedEvent } from './space-booking.form.js';
import type { ManageElement, ManageView } from './space-booking.manage.js';

export type { SpaceBookedEvent };

type Cell = AvailabilityView['days'][number]['cells'][number];
type FormModule = typeof import('./space-booking.form.js');
const GLYPH = { free: '○', busy: '×', closed: '–', outside: '·' } as const;

/**
 * The calendar of one bookable resource: a week as a keyboard-usable grid (arrow keys move,
 * Enter chooses the start), the length, the booking form the resource asks for, and the
 * answer: confirmed or waiting for handling, the manage code, an .ics to save and a manage link
 * (the form and the answer are a lazy module, fetched while the person looks at the calendar).
 * With `manage`, the page of a manage link instead: the booking read with the code from the
 * address's fragment (`/varaus/{id}#code=…`), cancelled, or moved to a free time in the same
 * calendar (a lazy module: a booking page does not load it).
 *
 * ```html
 * <kohtaamo-space-booking api="https://varaamo.heinola.fi" resource="library-room-1" lang="fi"></kohtaamo-space-booking>
 * ```
 *
 * @tagname kohtaamo-space-booking
 * @summary Book a shared space: a week's calendar, a form, a confirmation with an .ics.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} resource - The resource id. Required.
 * @attr {string} date - A Helsinki date in the first week shown (YYYY-MM-DD). Default: today.
 * @attr {string} manage-url - Where a booking is managed, with `{id}` and `{code}` (e.g. `/varaus?b={id}#{code}`). Default `""`: no link.
 * @attr {boolean} manage - Manage a booking instead of making one: the id from `booking` or the address, the code from the fragment `#code=…`. Default: off.
 * @attr {string} booking - In manage mode, the booking id. Default `""`: the last segment of the page's path (`/varaus/b…`) or `#booking=…`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event kohtaamo-space-booked - A booking was made; `event.booking` holds its id, status and times.
 *
 * @csspart calendar - The week's grid.
 * @csspart form - The booking form.
 * @csspart result - The answer after booking.
 * @csspart manage - The booking in manage mode.
 *
 * @cssproperty --kohtaamo-space-booking-max-width - Widest the widget grows (60rem).
 */
export class KohtaamoSpaceBooking extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    resource: {},
    date: {},
    manageUrl: { attribute: 'manage-url' },
    manage: { type: Boolean },
    booking: {},
    http: { attribute: false },
    info: { state: true },
    week: { state: true },
    monday: { state: true },
    loadError: { state: true },
    cursor: { state: true },
    chosen: { state: true },
    manageView: { state: true },
    manageFailed: { state: true },
  };

  api = '';
  resource = '';
  date = '';
  manageUrl = '';
  manage = false;
  booking = '';
  /** @internal For stories and pages with their own transport: the client the widget calls. */
  http: HttpClient | null = null;

  private info: ResourceView | null = null;
  private week: AvailabilityView | null = null;
  private monday = 0;
  private loadError = false;
  private cursor: [number, number] = [0, 0];
  private chosen: Cell | null = null;
  private manageView: ManageView | null = null;
  private manageFailed = false;

  readonly #locale = new MessagesController(this, spaceMessages);
  /** The client's write path (ky), loaded at the person's first touch (docs/adr/0083). */
  readonly #writes = new PrepareWrites(this);
  /**
   * @internal The booking form, its texts and its schema (space-booking.form.ts): imported when the
   * calendar has loaded, while the person looks for a time, or at the latest when a start is
   * chosen. A test may swap its `load`.
   */
  readonly formPart = new LazyModule<FormModule>(
    this,
    async () => {
      const m = await import('./space-booking.form.js');
      await m.ready(this.#locale.locale as Locale);
      return m;
    },
    { prefetch: false },
  );
  #form: BookingForm | null = null;
  #prefetched = false;
  #client: HttpClient | null = null;
  #asked = 0;

  get #http(): HttpClient {
    return this.http ?? (this.#client ??= createApiClient({ baseUrl: this.api }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('api')) this.#client = null;
    if (this.manage && (changed.has('manage') || changed.has('booking') || changed.has('api') || changed.has('http'))) void this.#loadManage();
    if (changed.has('resource') || changed.has('api') || changed.has('date') || changed.has('http')) {
      this.monday = mondayOf(this.date ? dayNumber(this.date) : dayOf(Date.now()));
      void this.#load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The form is fetched once the calendar shows (not on a manage page), when the browser is idle.
    if (this.#prefetched || this.manage || !this.week) return;
    this.#prefetched = true;
    const start = (): void => void this.formPart.get().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.dispose();
  }

  /** The form's view, made the first time its module is at hand. */
  #formView(m: FormModule): BookingForm {
    return (this.#form ??= new m.BookingForm(this as unknown as FormElement, {
      http: () => this.#http,
      locale: () => this.#locale.locale as Locale,
      when: (iso) => {
        const wall = formatWall(Date.parse(iso));
        return `${this.#dayLabel(wall.slice(0, 10))} ${wall.slice(11)}`;
      },
      bookings: BOOKING_PATHS.bookings,
      reload: () => void this.#load(),
    }));
  }

  /** The manage view, imported the first time (and again after a failed import: "Try again"). */
  async #loadManage(): Promise<void> {
    this.manageFailed = false;
    try {
      const m = await import('./space-booking.manage.js');
      await m.ready(this.#locale.locale as Locale);
      this.manageView ??= new m.ManageView(this as unknown as ManageElement, {
        http: () => this.#http,
        locale: () => this.#locale.locale as Locale,
        calendar: () => this.#week(),
        dayLabel: (date) => this.#dayLabel(date),
      });
      await this.manageView.load();
    } catch {
      this.manageFailed = true;
    }
  }

  async #load(): Promise<void> {
    if (!this.resource) return;
    const asked = ++this.#asked;
    this.loadError = false;
    try {
      const base = `${BOOKING_PATHS.resources}/${encodeURIComponent(this.resource)}`;
      const [info, week] = await Promise.all([
        this.info?.id === this.resource ? Promise.resolve(this.info) : this.#http.request(base, ResourceViewSchema),
        this.#http.request(`${base}/availability`, AvailabilityViewSchema, { searchParams: { from: isoDate(this.monday), days: '7' } }),
      ]);
      if (asked !== this.#asked) return;
      this.info = info;
      this.week = week;
      const rows = this.#rows();
      const firstFree = rows.flatMap((r, ri) => week.days.map((d, di) => (d.cells[r]?.state === 'free' ? [ri, di] : null))).find((x) => x !== null);
      this.cursor = (firstFree as [number, number] | undefined) ?? [0, 0];
    } catch {
      if (asked === this.#asked) this.loadError = true;
    }
  }

  /** The indexes of the grid rows shown: times at which some day of the week is open. */
  #rows(): number[] {
    const days = this.week?.days ?? [];
    const count = days[0]?.cells.length ?? 0;
    const rows: number[] = [];
    for (let r = 0; r < count; r++) if (days.some((d) => d.cells[r] && d.cells[r]!.state !== 'closed')) rows.push(r);
    return rows;
  }

  #moveWeek(by: number): void {
    this.monday += 7 * by;
    this.chosen = null;
    void this.#load();
  }

  #onKey(event: KeyboardEvent): void {
    const rows = this.#rows();
    const [r, c] = this.cursor;
    const last = rows.length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(last, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(6, c + 1)],
      Home: [r, 0],
      End: [r, 6],
      PageUp: [0, c],
      PageDown: [last, c],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    this.cursor = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus());
  }

  #choose(cell: Cell, at: [number, number]): void {
    this.cursor = at;
    if (cell.state !== 'free' || !this.info) return;
    this.chosen = cell;
    this.#form?.chose();
    // Normally prefetched already; if not (or the fetch failed), now: a notice shows until it is here.
    void this.formPart.get().catch(() => undefined);
  }

  #dayLabel(date: string): string {
    return new Intl.DateTimeFormat(this.#locale.locale === 'en' ? 'en-GB' : `${this.#locale.locale}-FI`, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  }

  #calendar(): TemplateResult {
    const t = this.#locale.t;
    const week = this.week!;
    const rows = this.#rows();
    const [fr, fc] = this.cursor;
    const label = t('space.booking.grid', { from: this.#dayLabel(week.days[0]!.date), to: this.#dayLabel(week.days[6]!.date) });
    return html`<div class="scroll">
      <table role="grid" part="calendar" aria-label=${label} @keydown=${(e: KeyboardEvent) => this.#onKey(e)}>
        <thead>
          <tr>
            <th scope="col">${t('space.booking.time')}</th>
            ${week.days.map((d) => html`<th scope="col">${this.#dayLabel(d.date)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r, ri) => html`<tr>
              <th scope="row">${formatWall(Date.parse(week.days[0]!.cells[r]!.start)).slice(11)}</th>
              ${week.days.map((d, di) => {
                const cell = d.cells[r]!;
                const time = formatWall(Date.parse(cell.start)).slice(11);
                const pressed = this.chosen?.start === cell.start;
                return html`<td role="gridcell">
                  <button type="button" class="cell ${cell.state}" data-cell="${ri}-${di}" tabindex=${ri === fr && di === fc ? 0 : -1}
                    aria-pressed=${pressed ? 'true' : 'false'} aria-disabled=${cell.state === 'free' ? 'false' : 'true'}
                    aria-label="${this.#dayLabel(d.date)} ${time}, ${t(`space.booking.${cell.state}`)}"
                    @click=${() => this.#choose(cell, [ri, di])}><span aria-hidden="true">${GLYPH[cell.state]}</span></button>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** The form once a start is chosen: its module's view, a notice while it loads, or a retry when it failed to load. */
  #formOrNotice(): TemplateResult {
    const t = this.#locale.t;
    const m = this.formPart.value;
    if (m) return this.#formView(m).form();
    if (this.formPart.state === 'failed')
      return html`<div class="notice error-notice" role="alert">
        <p>${t('space.booking.formFailed')}</p>
        <p><button type="button" @click=${() => void this.formPart.get().catch(() => undefined)}>${t('space.booking.retry')}</button></p>
      </div>`;
    return html`<p role="status">${t('common.loading')}</p>`;
  }

  /** The week buttons and the grid (also the manage view's, to move a booking). */
  #week(): TemplateResult {
    const t = this.#locale.t;
    return html`${this.loadError
        ? html`<div class="notice error-notice" role="alert">
            <p>${t('space.booking.error')}</p>
            <p><button type="button" id="retry" @click=${() => void this.#load()}>${t('space.booking.retry')}</button></p>
          </div>`
        : nothing}
      <div class="week">
        <button type="button" @click=${() => this.#moveWeek(-1)}>${t('space.booking.prevWeek')}</button>
        <button type="button" @click=${() => this.#moveWeek(1)}>${t('space.booking.nextWeek')}</button>
      </div>
      ${this.week && this.info ? this.#calendar() : this.loadError ? nothing : html`<p role="status">${t('space.booking.loading')}</p>`}`;
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    if (this.manage) {
      const view = this.manageView;
      return html`<section class="root" lang=${locale} aria-labelledby="title">
        <h2 id="title">${view ? view.title() : this.manageFailed ? t('space.booking.calendar') : t('space.booking.loading')}</h2>
        ${view
          ? view.render()
          : this.manageFailed
            ? html`<p class="notice error-notice" role="alert">${t('space.booking.error')}</p><p><button type="button" @click=${() => void this.#loadManage()}>${t('space.booking.retry')}</button></p>`
            : html`<p role="status">${t('space.booking.loading')}</p>`}
      </section>`;
    }
    return html`<section class="root" lang=${locale} aria-labelledby="title">
      <h2 id="title">${this.info ? t('space.booking.title', { name: pickText(this.info.name, locale) }) : this.loadError ? t('space.booking.calendar') : t('space.booking.loading')}</h2>
      ${this.#form?.result() ?? nothing}
      ${this.#week()}
      ${this.chosen && this.info ? this.#formOrNotice() : this.week && !this.#form?.done ? html`<p>${t('space.booking.pick')}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-space-booked': SpaceBookedEvent;
  }
}
