import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ProblemError,
  dayOf,
  isoDate,
  parseWall,
  type BookingQueueStore,
  type BookingStaffApi,
  type ConsoleUnit,
  type HttpClient,
  type Locale,
  type StaffBlock,
  type StaffBooking,
  pickText,
} from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import type { ConsoleTranslator } from './space-console.messages.js';
import type { RoundsView } from './space-console.rounds.js';

/** What the views read of the console element (space-console.ts). */
export interface ConsoleHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  readonly t: ConsoleTranslator;
  readonly locale: Locale;
  readonly staff: BookingStaffApi;
  /** The console's client (the round view builds its own API on it). */
  readonly http: HttpClient;
  readonly unit: ConsoleUnit | null;
  readonly queue: BookingQueueStore;
  requestUpdate(): void;
  announce(text: string): void;
  failureText(error: unknown): string;
  when(booking: { start: string; end: string }): string;
  resourceName(id: string): string;
}

type FormName = 'block' | 'book';
type Values = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3])[:.][0-5]\d$/;

/**
 * The console's views that most visits do not need at once (ADR 0039): the open request with
 * approve and deny, the day's bookings of a unit, the block form and the booking on someone's
 * behalf. A module of its own, loaded when the handler first opens a request or a view.
 */
export class ConsoleViews {
  #denyReason = '';
  #denyError = '';
  #busy = false;
  #day = isoDate(dayOf(Date.now()));
  #dayItems: StaffBooking[] | null = null;
  #dayBlocks: StaffBlock[] = [];
  #dayError = '';
  readonly #values: Record<FormName, Values> = { block: {}, book: {} };
  readonly #errors: Record<FormName, Values> = { block: {}, book: {} };
  readonly #done: Record<FormName, string> = { block: '', book: '' };
  #formError = '';
  #rounds: RoundsView | null = null;

  constructor(readonly host: ConsoleHost) {}

  /** A request was opened: a fresh deny reason, the focus on its title. */
  async opened(_detail: StaffBooking): Promise<void> {
    this.#denyReason = '';
    this.#denyError = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  /** A view was chosen (or the unit changed under it). */
  async shown(view: 'day' | 'block' | 'book' | 'rounds' | 'requests'): Promise<void> {
    this.#formError = '';
    if (view === 'day') await this.#loadDay();
    if (view === 'rounds') {
      // The seasonal rounds are a module of their own, with their own texts (ADR 0053).
      this.#rounds ??= new (await import('./space-console.rounds.js')).RoundsView(this.host);
      await this.#rounds.shown();
    }
    this.host.requestUpdate();
  }

  render(view: 'day' | 'block' | 'book' | 'rounds' | 'requests'): TemplateResult | typeof nothing {
    if (view === 'rounds') return this.#rounds?.render() ?? nothing;
    if (view === 'day') return this.#renderDay();
    if (view === 'block') return this.#renderForm('block');
    if (view === 'book') return this.#renderForm('book');
    return nothing;
  }

  // The open request ------------------------------------------------------------------------

  renderOpen(b: StaffBooking): TemplateResult {
    const { t } = this.host;
    const row = (label: string, value: string | number | null) => (value === null || value === '' ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`);
    return html`<h3 id="detail-title" tabindex="-1">${t('space.console.detail.title', { space: this.host.resourceName(b.resourceId), when: this.host.when(b) })}</h3>
      <dl class="facts">
        <dt>${t('space.console.col.who')}</dt>
        <dd>${b.name ?? '–'}</dd>
        ${row(t('space.console.detail.organisation'), b.organisation)} ${row(t('space.console.detail.email'), b.email)} ${row(t('space.console.detail.phone'), b.phone)}
        ${row(t('space.console.detail.purpose'), b.purpose)} ${row(t('space.console.detail.attendees'), b.attendees)}
        <dt>${t('space.console.detail.status')}</dt>
        <dd><span class="status status-${b.status}">${t(`space.console.status.${b.status}`)}</span></dd>
        ${row(t('space.console.detail.reason'), b.denyReason)}
      </dl>
      ${b.status === 'pending'
        ? html`<div class="actions">
              <button type="button" part="button" id="approve" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#approve()}>${t('space.console.approve')}</button>
            </div>
            <form class="deny" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.#deny())}>
              <div class="field">
                <label for="deny-reason">${t('space.console.deny.reason')}</label>
                <textarea
                  id="deny-reason"
                  name="deny-reason"
                  rows="3"
                  maxlength="1000"
                  aria-invalid=${this.#denyError ? 'true' : 'false'}
                  aria-describedby=${describedBy('deny-reason', Boolean(this.#denyError))}
                  .value=${live(this.#denyReason)}
                  @input=${(e: Event) => (this.#denyReason = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
                ${fieldError('deny-reason', this.#denyError)}
              </div>
              <div class="actions">
                <button type="submit" part="button" class="danger" id="deny" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('space.console.deny')}</button>
              </div>
            </form>`
        : nothing}`;
  }

  async #change(run: (b: StaffBooking) => Promise<StaffBooking>, done: string): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.host.requestUpdate();
    try {
      await this.host.queue.change(run);
      this.host.announce(done);
      this.#denyReason = '';
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        await this.host.queue.refresh();
        this.host.announce(this.host.t('space.console.stale'));
      } else {
        this.host.announce(this.host.failureText(error));
      }
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  #approve(): Promise<void> {
    return this.#change((b) => this.host.staff.approve(b.id, b.version), this.host.t('space.console.approved'));
  }

  async #deny(): Promise<void> {
    const reason = this.#denyReason.trim();
    if (!reason) {
      this.#denyError = this.host.t('space.console.deny.required');
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#deny-reason')?.focus();
      return;
    }
    this.#denyError = '';
    await this.#change((b) => this.host.staff.deny(b.id, reason, b.version), this.host.t('space.console.denied'));
  }

  // The day's bookings ----------------------------------------------------------------------

  async #loadDay(): Promise<void> {
    const unit = this.host.unit;
    if (!unit) return;
    this.#dayError = '';
    this.#dayItems = null;
    this.host.requestUpdate();
    try {
      const [page, blocks] = await Promise.all([this.host.staff.list({ unit: unit.id, date: this.#day, limit: '100' }), this.host.staff.blocks(unit.id, this.#day)]);
      this.#dayItems = [...page.items].sort((a, b) => a.start.localeCompare(b.start));
      this.#dayBlocks = blocks.items;
      this.host.announce(this.host.t('space.console.day.count', { count: this.#dayItems.length }));
    } catch (error) {
      this.#dayError = this.host.failureText(error);
    }
    this.host.requestUpdate();
  }

  #renderDay(): TemplateResult {
    const { t, locale } = this.host;
    const unit = this.host.unit;
    const items = this.#dayItems;
    const spaceName = (id: string) => {
      const space = unit?.spaces.find((s) => s.id === id);
      return space ? pickText(space.name, locale) : id;
    };
    const invalid = !DATE.test(this.#day);
    return html`<form class="day-form" novalidate @submit=${(e: Event) => (e.preventDefault(), DATE.test(this.#day) && void this.#loadDay())}>
        <div class="field">
          <label for="day">${t('space.console.day.date')}</label>
          <input id="day" name="day" inputmode="numeric" autocomplete="off" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy('day', invalid)} .value=${live(this.#day)} @input=${(e: Event) => ((this.#day = (e.target as HTMLInputElement).value.trim()), this.host.requestUpdate())} />
          ${fieldError('day', invalid ? t('space.console.form.invalidDate') : '')}
        </div>
        <div class="actions"><button type="submit" part="button" class="secondary">${t('space.console.day.show')}</button></div>
      </form>
      <h3 id="day-title">${t('space.console.day.caption', { date: this.#day })}</h3>
      ${this.#dayError
        ? html`<div class="notice error-notice" role="alert"><p>${this.#dayError}</p></div>`
        : items === null
          ? html`<p>${t('space.console.loading')}</p>`
          : items.length === 0
            ? html`<p class="empty">${t('space.console.day.empty')}</p>`
            : html`<div class="table-wrap">
                <table class="day">
                  <caption class="visually-hidden">${t('space.console.day.caption', { date: this.#day })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('space.console.col.when')}</th>
                      <th scope="col">${t('space.console.col.space')}</th>
                      <th scope="col">${t('space.console.col.who')}</th>
                      <th scope="col">${t('space.console.col.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${items.map(
                      (b) => html`<tr>
                        <th scope="row">${this.host.when(b)}</th>
                        <td>${this.host.resourceName(b.resourceId)}</td>
                        <td>${b.organisation ?? b.name ?? '–'}</td>
                        <td><span class="status status-${b.status}">${t(`space.console.status.${b.status}`)}</span></td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`}
      ${this.#dayBlocks.length > 0
        ? html`<h3>${t('space.console.day.blocks')}</h3>
            <ul class="blocks">
              ${this.#dayBlocks.map((k) => html`<li>${this.host.when(k)}: ${spaceName(k.spaceId)}${k.reason ? ` (${k.reason})` : ''}</li>`)}
            </ul>`
        : nothing}`;
  }

  // Block and book on behalf ----------------------------------------------------------------

  #fields(form: FormName): [string, 'select' | 'date' | 'time' | 'text' | 'email', boolean][] {
    return form === 'block'
      ? [
          ['space', 'select', true],
          ['date', 'date', true],
          ['start', 'time', true],
          ['end', 'time', true],
          ['reason', 'text', false],
        ]
      : [
          ['resource', 'select', true],
          ['date', 'date', true],
          ['start', 'time', true],
          ['end', 'time', true],
          ['name', 'text', true],
          ['email', 'email', true],
          ['organisation', 'text', false],
        ];
  }

  #options(form: FormName): [string, string][] {
    const unit = this.host.unit;
    const locale = this.host.locale;
    if (!unit) return [];
    return form === 'block' ? unit.spaces.map((s) => [s.id, pickText(s.name, locale)]) : unit.resources.map((r) => [r.id, pickText(r.name, locale)]);
  }

  #validate(form: FormName): Values {
    const { t } = this.host;
    const values = this.#values[form];
    const errors: Values = {};
    for (const [name, kind, required] of this.#fields(form)) {
      const value = (values[name] ?? (kind === 'select' ? (this.#options(form)[0]?.[0] ?? '') : '')).trim();
      if (!value) {
        if (required) errors[name] = t('space.console.form.required');
      } else if (kind === 'date' && !DATE.test(value)) errors[name] = t('space.console.form.invalidDate');
      else if (kind === 'time' && !TIME.test(value)) errors[name] = t('space.console.form.invalidTime');
    }
    if (!errors.start && !errors.end && values.start && values.end && values.end.replace('.', ':') <= values.start.replace('.', ':')) errors.end = t('space.console.form.endBeforeStart');
    return errors;
  }

  async #submit(form: FormName): Promise<void> {
    if (this.#busy) return;
    const { t } = this.host;
    const errors = this.#validate(form);
    this.#errors[form] = errors;
    this.#formError = '';
    this.#done[form] = '';
    if (Object.keys(errors).length > 0) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
      return;
    }
    const values = { ...this.#values[form] };
    const select = form === 'block' ? 'space' : 'resource';
    const target = values[select] || this.#options(form)[0]?.[0] || '';
    const instant = (time: string) => new Date(parseWall(`${values.date}T${time.replace('.', ':')}`)).toISOString();
    const start = instant(values.start!);
    const end = instant(values.end!);
    this.#busy = true;
    this.host.requestUpdate();
    try {
      if (form === 'block') {
        await this.host.staff.block(target, { start, end, reason: values.reason?.trim() ?? '' });
        this.#done.block = t('space.console.block.done', { when: this.host.when({ start, end }) });
      } else {
        const made = await this.host.staff.bookOnBehalf(target, {
          start,
          end,
          name: values.name!.trim(),
          email: values.email!.trim(),
          ...(values.organisation?.trim() ? { organisation: values.organisation.trim() } : {}),
          lang: this.host.locale,
        });
        this.#done.book = t('space.console.book.done', { when: this.host.when(made), code: made.manageCode });
      }
      this.#values[form] = { [select]: target, date: values.date! };
      this.host.announce(this.#done[form]);
    } catch (error) {
      this.#formError =
        form === 'block' && error instanceof ProblemError && error.status === 409 ? t('space.console.block.conflict') : this.host.failureText(error);
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(this.#formError ? '#form-error' : '#form-done')?.focus();
  }

  #renderForm(form: FormName): TemplateResult {
    const { t } = this.host;
    const errors = this.#errors[form];
    const values = this.#values[form];
    const label = (name: string) => t(`space.console.form.${name}` as 'space.console.form.name');
    const items = Object.entries(errors).map(([field, text]) => ({ field, text: `${label(field)}: ${text}` }));
    return html`<form class="staff-form" id="${form}-form" novalidate aria-labelledby="${form}-title" @submit=${(e: Event) => (e.preventDefault(), void this.#submit(form))}>
      <h3 id="${form}-title">${t(form === 'block' ? 'space.console.view.block' : 'space.console.view.book')}</h3>
      ${errorSummary({ title: t('space.console.form.errors', { count: items.length }), items, focusField: (f) => focusField(this.host.renderRoot, f) })}
      ${this.#formError ? html`<div class="notice error-notice" id="form-error" tabindex="-1" role="alert"><p>${this.#formError}</p></div>` : nothing}
      ${this.#done[form] ? html`<div class="notice success" id="form-done" tabindex="-1"><p>${this.#done[form]}</p></div>` : nothing}
      ${this.#fields(form).map(([name, kind, required]) => {
        const error = errors[name] ?? '';
        const input = (e: Event) => (this.#values[form] = { ...this.#values[form], [name]: (e.target as HTMLInputElement).value });
        return html`<div class="field">
          <label for=${name}>${label(name)}${required ? nothing : html` <span class="optional">${t('common.optional')}</span>`}</label>
          ${kind === 'select'
            ? html`<select id=${name} name=${name} @change=${input}>
                ${this.#options(form).map(([id, text]) => html`<option value=${id} ?selected=${values[name] === id}>${text}</option>`)}
              </select>`
            : html`<input
                id=${name}
                name=${name}
                type=${kind === 'email' ? 'email' : 'text'}
                inputmode=${kind === 'date' || kind === 'time' ? 'numeric' : nothing}
                autocomplete="off"
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${describedBy(name, Boolean(error))}
                .value=${live(values[name] ?? '')}
                @input=${input}
              />`}
          ${fieldError(name, error)}
        </div>`;
      })}
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${this.#busy ? 'true' : 'false'}>${t(form === 'block' ? 'space.console.block.submit' : 'space.console.book.submit')}</button>
      </div>
    </form>`;
  }
}
