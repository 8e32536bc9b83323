// The booking form of <kohtaamo-space-booking> (issue 12), shown once a person has chosen a start
// in the calendar: the length, the fields the resource asks for, the sending, and the answer
// (confirmed or waiting, the manage code, an .ics and a manage link). A module of its own with its
// own texts and schema, prefetched when the calendar has loaded: the calendar's bundle carries
// none of it (issue 7, ADR 0066). It imports nothing the element's module has only for itself:
// the element lends its parts through `FormParts`.
import { html, nothing, type TemplateResult } from 'lit';
import { BookingCreatedSchema, ProblemError, createMessages, lazySpaceBookingFormMessages, type AvailabilityView, type BookingCreated, type HttpClient, type Locale, type ResourceView } from '@kohtaamo/core';

const messages = /* @__PURE__ */ createMessages(lazySpaceBookingFormMessages);

/** Loads the texts of a language (resolves on failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

type Cell = AvailabilityView['days'][number]['cells'][number];
type Field = 'name' | 'email' | 'phone' | 'organisation' | 'purpose' | 'attendees' | 'description';
const FIELDS: readonly Field[] = ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees', 'description'];
const AUTOCOMPLETE: Partial<Record<Field, string>> = { name: 'name', email: 'email', phone: 'tel', organisation: 'organization' };

/** Fired when a booking has been made (confirmed or waiting for handling). */
export class SpaceBookedEvent extends Event {
  constructor(readonly booking: BookingCreated) {
    super('kohtaamo-space-booked', { bubbles: true, composed: true });
  }
}

/** What the form reads and sets of the element (space-booking.ts). */
export interface FormElement extends EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly manageUrl: string;
  readonly info: ResourceView | null;
  readonly week: AvailabilityView | null;
  /** The start chosen in the calendar; the form sets it to null once the booking is made. */
  chosen: Cell | null;
  requestUpdate(): void;
}

/** What the element lends the form of its private parts. */
export interface FormParts {
  http(): HttpClient;
  locale(): Locale;
  /** The day and time of an instant as the calendar shows them ("ti 3.12. 10:00"). */
  when(iso: string): string;
  /** POST here to book (BOOKING_PATHS.bookings). */
  readonly bookings: string;
  /** Reads the week again (after a booking, so the new one shows as booked). */
  reload(): void;
}

export class BookingForm {
  #values: Partial<Record<Field, string>> = {};
  #invalid: Field[] = [];
  #minutes = 0;
  /** The start the length was chosen for: a new start resets the length. */
  #for = '';
  #sending = false;
  #failure = '';
  #done: BookingCreated | null = null;
  #icsUrl = '';

  constructor(
    private readonly host: FormElement,
    private readonly parts: FormParts,
  ) {}

  /** The texts in the page's language; while another language loads, Finnish, and a re-render when it is here. */
  get #t() {
    const locale = this.parts.locale();
    if (!messages.isLoaded(locale)) void messages.load(locale).then(() => this.host.requestUpdate());
    return messages.translator(locale);
  }

  /** Whether a booking has been made (its answer shows above the calendar). */
  get done(): boolean {
    return this.#done !== null;
  }

  /** A start was chosen in the calendar: the earlier answer and refusal go. */
  chose(): void {
    this.#done = null;
    this.#failure = '';
  }

  /** The element left the page: the .ics file's address is freed. */
  dispose(): void {
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = '';
  }

  /** The lengths that fit from the chosen start: multiples of the slot within min and max, over free cells only. */
  #lengths(): number[] {
    const { info, chosen, week } = this.host;
    if (!info || !chosen || !week) return [];
    const cells = week.days.flatMap((d) => d.cells);
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

  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { info, chosen } = this.host;
    if (!info || !chosen || this.#sending) return;
    const required = info.form.required as Field[];
    this.#invalid = required.filter((f) => !(this.#values[f] ?? '').trim());
    if (this.#invalid.length > 0) {
      this.host.requestUpdate();
      return this.#focus(`#f-${this.#invalid[0]}`);
    }
    this.#sending = true;
    this.#failure = '';
    this.host.requestUpdate();
    const start = Date.parse(chosen.start);
    const body: Record<string, unknown> = { resourceId: info.id, start: chosen.start, end: new Date(start + this.#minutes * 60_000).toISOString(), lang: this.parts.locale() };
    for (const f of FIELDS) {
      const value = (this.#values[f] ?? '').trim();
      if (value) body[f] = f === 'attendees' ? Number(value) : value;
    }
    const http = this.parts.http();
    try {
      // Accept-Language: a rule's refusal comes in the widget's language, not the browser's.
      const made = await http.request(this.parts.bookings, BookingCreatedSchema, { method: 'POST', json: body, headers: { 'Accept-Language': body.lang as string } });
      this.#done = made;
      this.host.chosen = null;
      this.dispose();
      // The server's .ics of the booking (the same as in the mail), fetched with the code and offered as a file.
      const ics = await http.blob(`${this.parts.bookings}/${encodeURIComponent(made.id)}/booking.ics`, { headers: { 'Manage-Code': made.manageCode } }).catch(() => null);
      this.#icsUrl = ics ? URL.createObjectURL(new Blob([ics], { type: 'text/calendar' })) : '';
      this.host.dispatchEvent(new SpaceBookedEvent(made));
      this.parts.reload();
      this.#sending = false;
      this.host.requestUpdate();
      await this.#focus('[part="result"] h3');
    } catch (error) {
      this.#failure = error instanceof ProblemError ? (error.problem.detail ?? error.problem.title ?? '') : this.#t('space.booking.failed');
      this.#sending = false;
      this.host.requestUpdate();
      await this.#focus('#failure');
    }
  }

  /** The form for the chosen start. */
  form(): TemplateResult {
    const t = this.#t;
    const info = this.host.info!;
    const chosen = this.host.chosen!;
    const lengths = this.#lengths();
    if (this.#for !== chosen.start) {
      this.#for = chosen.start;
      this.#minutes = lengths[0] ?? 0;
    }
    const required = new Set(info.form.required);
    const fields = FIELDS.filter((f) => info.form.fields.includes(f) || required.has(f));
    const input = (f: Field) => {
      const bad = this.#invalid.includes(f);
      const type = f === 'email' ? 'email' : f === 'phone' ? 'tel' : f === 'attendees' ? 'number' : 'text';
      return html`<div class="field">
        <label for="f-${f}" class="label">${t(`space.booking.${f}`)}${required.has(f) ? html` <span class="hint">${t('space.booking.required')}</span>` : nothing}</label>
        ${bad ? html`<p class="error" id="e-${f}">${t('space.booking.missing', { field: t(`space.booking.${f}`) })}</p>` : nothing}
        <input id="f-${f}" name=${f} type=${type} autocomplete=${AUTOCOMPLETE[f] ?? 'off'} ?required=${required.has(f)} aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `e-${f}` : nothing} min=${type === 'number' ? '1' : nothing}
          .value=${this.#values[f] ?? ''} @input=${(e: Event) => (this.#values = { ...this.#values, [f]: (e.target as HTMLInputElement).value })} />
      </div>`;
    };
    return html`<form part="form" novalidate @submit=${(e: SubmitEvent) => void this.#submit(e)}>
      <p><strong>${t('space.booking.chosen')}:</strong> ${this.parts.when(chosen.start)}</p>
      <div class="field">
        <label for="f-duration" class="label">${t('space.booking.duration')}</label>
        <select id="f-duration" @change=${(e: Event) => (this.#minutes = Number((e.target as HTMLSelectElement).value))}>
          ${lengths.map((m) => html`<option value=${m} ?selected=${m === this.#minutes}>${t('space.booking.minutes', { minutes: m })}</option>`)}
        </select>
      </div>
      ${fields.map(input)}
      ${this.#failure ? html`<p class="notice error-notice" id="failure" role="alert" tabindex="-1">${this.#failure}</p>` : nothing}
      <div><button type="submit" aria-disabled=${this.#sending ? 'true' : 'false'}>${this.#sending ? t('space.booking.sending') : t('space.booking.submit')}</button></div>
    </form>`;
  }

  /** The answer after booking: confirmed or waiting, the code, the .ics and the manage link. */
  result(): TemplateResult | typeof nothing {
    const done = this.#done;
    if (!done) return nothing;
    const t = this.#t;
    const url = this.host.manageUrl;
    const manage = url ? url.replace('{id}', encodeURIComponent(done.id)).replace('{code}', encodeURIComponent(done.manageCode)) : '';
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
}
