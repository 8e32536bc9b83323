import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  AvailabilityViewSchema,
  BOOKING_PATHS,
  BookingCreatedSchema,
  ProblemError,
  ResourceViewSchema,
  createApiClient,
  dayNumber,
  dayOf,
  formatWall,
  isoDate,
  mondayOf,
  type AvailabilityView,
  type BookingCreated,
  type HttpClient,
  type Locale,
  type ResourceView,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { spaceMessages } from '../booking.catalogs.js';
import { styles } from './space-booking.styles.js';
import type { ManageElement, ManageView } from './space-booking.manage.js';

type Cell = AvailabilityView['days'][number]['cells'][number];
type Field = 'name' | 'email' | 'phone' | 'organisation' | 'purpose' | 'attendees' | 'description';
const FIELDS: readonly Field[] = ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees', 'description'];
const GLYPH = { free: '○', busy: '×', closed: '–', outside: '·' } as const;

/** Fired when a booking has been made (confirmed or waiting for handling). */
export class SpaceBookedEvent extends Event {
  constructor(readonly booking: BookingCreated) {
    super('kohtaamo-space-booked', { bubbles: true, composed: true });
  }
}

/**
 * The calendar of one bookable resource: a week as a keyboard-usable grid (arrow keys move,
 * Enter chooses the start), the length, the booking form the resource asks for, and the
 * answer: confirmed or waiting for handling, the manage code, an .ics to save and a manage link.
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

  @property() api = '';
  @property() resource = '';
  @property() date = '';
  @property({ attribute: 'manage-url' }) manageUrl = '';
  @property({ type: Boolean }) manage = false;
  @property() booking = '';
  /** @internal For stories and pages with their own transport: the client the widget calls. */
  @property({ attribute: false }) http: HttpClient | null = null;

  @state() private info: ResourceView | null = null;
  @state() private week: AvailabilityView | null = null;
  @state() private monday = 0;
  @state() private loadError = false;
  @state() private cursor: [number, number] = [0, 0];
  @state() private chosen: Cell | null = null;
  @state() private minutes = 0;
  @state() private values: Partial<Record<Field, string>> = {};
  @state() private invalid: Field[] = [];
  @state() private sending = false;
  @state() private failure = '';
  @state() private done: BookingCreated | null = null;
  @state() private manageView: ManageView | null = null;
  @state() private manageFailed = false;

  readonly #locale = new MessagesController(this, spaceMessages);
  #client: HttpClient | null = null;
  #icsUrl = '';
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
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
    const lengths = this.#lengths();
    this.minutes = lengths[0] ?? 0;
    this.done = null;
    this.failure = '';
  }

  /** The lengths that fit from the chosen start: multiples of the slot within min and max, over free cells only. */
  #lengths(): number[] {
    const info = this.info;
    const chosen = this.chosen;
    if (!info || !chosen || !this.week) return [];
    const cells = this.week.days.flatMap((d) => d.cells);
    const index = cells.findIndex((c) => c.start === chosen.start);
    const out: number[] = [];
    let minutes = 0;
    for (let i = index; i >= 0 && i < cells.length && cells[i]!.state === 'free'; i++) {
      minutes += info.rules.slotMinutes;
      if (minutes > info.rules.maxMinutes) break;
      if (minutes >= info.rules.minMinutes) out.push(minutes);
    }
    return out;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const info = this.info;
    const chosen = this.chosen;
    if (!info || !chosen || this.sending) return;
    const required = info.form.required as Field[];
    this.invalid = required.filter((f) => !(this.values[f] ?? '').trim());
    if (this.invalid.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#f-${this.invalid[0]}`)?.focus();
      return;
    }
    this.sending = true;
    this.failure = '';
    const start = Date.parse(chosen.start);
    const body: Record<string, unknown> = { resourceId: info.id, start: chosen.start, end: new Date(start + this.minutes * 60_000).toISOString(), lang: this.#locale.locale };
    for (const f of FIELDS) {
      const value = (this.values[f] ?? '').trim();
      if (value) body[f] = f === 'attendees' ? Number(value) : value;
    }
    try {
      const made = await this.#http.request(BOOKING_PATHS.bookings, BookingCreatedSchema, { method: 'POST', json: body });
      this.done = made;
      this.chosen = null;
      if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
      // The server's .ics of the booking (the same as in the mail), fetched with the code and offered as a file.
      const ics = await this.#http.blob(`${BOOKING_PATHS.bookings}/${encodeURIComponent(made.id)}/booking.ics`, { headers: { 'Manage-Code': made.manageCode } }).catch(() => null);
      this.#icsUrl = ics ? URL.createObjectURL(new Blob([ics], { type: 'text/calendar' })) : '';
      this.dispatchEvent(new SpaceBookedEvent(made));
      void this.#load();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="result"] h3')?.focus();
    } catch (error) {
      this.failure = error instanceof ProblemError ? (error.problem.detail ?? error.problem.title ?? '') : this.#locale.t('space.booking.failed');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    } finally {
      this.sending = false;
    }
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

  #form(): TemplateResult {
    const t = this.#locale.t;
    const info = this.info!;
    const chosen = this.chosen!;
    const required = new Set(info.form.required);
    const fields = FIELDS.filter((f) => info.form.fields.includes(f) || required.has(f));
    const input = (f: Field) => {
      const bad = this.invalid.includes(f);
      const type = f === 'email' ? 'email' : f === 'phone' ? 'tel' : f === 'attendees' ? 'number' : 'text';
      const auto = { name: 'name', email: 'email', phone: 'tel', organisation: 'organization' }[f as string] ?? 'off';
      return html`<div class="field">
        <label for="f-${f}" class="label">${t(`space.booking.${f}`)}${required.has(f) ? html` <span class="hint">${t('space.booking.required')}</span>` : nothing}</label>
        ${bad ? html`<p class="error" id="e-${f}">${t('space.booking.missing', { field: t(`space.booking.${f}`) })}</p>` : nothing}
        <input id="f-${f}" name=${f} type=${type} autocomplete=${auto} ?required=${required.has(f)} aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `e-${f}` : nothing} min=${type === 'number' ? '1' : nothing}
          .value=${this.values[f] ?? ''} @input=${(e: Event) => (this.values = { ...this.values, [f]: (e.target as HTMLInputElement).value })} />
      </div>`;
    };
    return html`<form part="form" novalidate @submit=${(e: SubmitEvent) => void this.#submit(e)}>
      <p><strong>${t('space.booking.chosen')}:</strong> ${this.#dayLabel(formatWall(Date.parse(chosen.start)).slice(0, 10))} ${formatWall(Date.parse(chosen.start)).slice(11)}</p>
      <div class="field">
        <label for="f-duration" class="label">${t('space.booking.duration')}</label>
        <select id="f-duration" @change=${(e: Event) => (this.minutes = Number((e.target as HTMLSelectElement).value))}>
          ${this.#lengths().map((m) => html`<option value=${m} ?selected=${m === this.minutes}>${t('space.booking.minutes', { minutes: m })}</option>`)}
        </select>
      </div>
      ${fields.map(input)}
      ${this.failure ? html`<p class="notice error-notice" id="failure" role="alert" tabindex="-1">${this.failure}</p>` : nothing}
      <div><button type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${this.sending ? t('space.booking.sending') : t('space.booking.submit')}</button></div>
    </form>`;
  }

  #result(): TemplateResult {
    const t = this.#locale.t;
    const done = this.done!;
    const manage = this.manageUrl ? this.manageUrl.replace('{id}', encodeURIComponent(done.id)).replace('{code}', encodeURIComponent(done.manageCode)) : '';
    return html`<div part="result" class="notice success" role="status">
      <h3 tabindex="-1">${done.status === 'pending' ? t('space.booking.pending') : t('space.booking.confirmed')}</h3>
      <p>${t('space.booking.code')}: <strong class="code">${done.manageCode}</strong></p>
      <p>${t('space.booking.codeHint')}</p>
      <p class="actions">
        ${this.#icsUrl ? html`<a href=${this.#icsUrl} download="varaus.ics">${t('space.booking.ics')}</a>` : nothing}
        ${manage ? html`<a href=${manage}>${t('space.booking.manage')}</a>` : nothing}
      </p>
    </div>`;
  }

  /** The week buttons and the grid (also the manage view's, to move a booking). */
  #week(): TemplateResult {
    const t = this.#locale.t;
    return html`${this.loadError ? html`<p class="notice error-notice" role="alert">${t('space.booking.error')}</p>` : nothing}
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
        <h2 id="title">${view ? view.title() : t('space.booking.loading')}</h2>
        ${view
          ? view.render()
          : this.manageFailed
            ? html`<p class="notice error-notice" role="alert">${t('space.booking.error')}</p><p><button type="button" @click=${() => void this.#loadManage()}>${t('space.booking.retry')}</button></p>`
            : html`<p role="status">${t('space.booking.loading')}</p>`}
      </section>`;
    }
    return html`<section class="root" lang=${locale} aria-labelledby="title">
      <h2 id="title">${this.info ? t('space.booking.title', { name: this.info.name[locale] }) : t('space.booking.loading')}</h2>
      ${this.done ? this.#result() : nothing}
      ${this.#week()}
      ${this.chosen && this.info ? this.#form() : this.week && !this.done ? html`<p>${t('space.booking.pick')}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-space-booked': SpaceBookedEvent;
  }
}
