import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ProblemError,
  createMessages,
  createRoundStaffApi,
  dayNumber,
  formatDateTime,
  isoDate,
  lazySpaceRoundsMessages,
  parseWall,
  type RoundStaffApi,
  type SeasonApplicationView,
  type SeasonRound,
  type TranslatorOf,
  pickText,
} from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import type { ConsoleHost } from './space-console.views.js';

const messages = /* @__PURE__ */ createMessages(lazySpaceRoundsMessages);
type Translator = TranslatorOf<typeof messages>;
type Choice = '' | 'accept' | 'reject';
interface Opened {
  readonly round: SeasonRound;
  readonly items: SeasonApplicationView[];
}
/** The new round form's fields (ids in the console's shadow root), in their order. */
const ROUND_FIELDS = ['round-name', 'round-start', 'round-end', 'round-deadline', 'round-deadline-time'] as const;
type RoundField = (typeof ROUND_FIELDS)[number];
const LABELS: Record<RoundField, 'space.rounds.form.name' | 'space.rounds.form.periodStart' | 'space.rounds.form.periodEnd' | 'space.rounds.form.deadline' | 'space.rounds.form.deadlineTime'> = {
  'round-name': 'space.rounds.form.name',
  'round-start': 'space.rounds.form.periodStart',
  'round-end': 'space.rounds.form.periodEnd',
  'round-deadline': 'space.rounds.form.deadline',
  'round-deadline-time': 'space.rounds.form.deadlineTime',
};
/** The server's pointer of a refused field (422) to the form's field. */
const FIELD_OF: Record<string, RoundField> = { '/name': 'round-name', '/periodStart': 'round-start', '/periodEnd': 'round-end', '/deadline': 'round-deadline' };
const TIME = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;
/** A real calendar date written YYYY-MM-DD (not 2027-02-30). */
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isoDate(dayNumber(text)) === text;

/**
 * The console's view of seasonal application rounds (ADR 0040, 0053), a lazy module with its
 * own texts: the unit's rounds, and a form that opens a new one (a season and when applications
 * close, each error by its field); a round's applications in priority order, each with a
 * decision (accept, or reject with a reason the association is mailed); one allocation that
 * makes the weekly series and sends the decisions through the outbox; then each outcome with
 * the days left out and why.
 */
export class RoundsView {
  #api: RoundStaffApi | null = null;
  #rounds: SeasonRound[] | null = null;
  #error = '';
  #opened: Opened | null = null;
  #choices = new Map<string, Choice>();
  #reasons = new Map<string, string>();
  #errors: Record<string, string> = {};
  #failure = '';
  #done = '';
  #busy = false;
  /** The new round form: shown, its values, its errors by field, a failure no field shows, and what was opened. */
  #creating = false;
  #draft: Record<RoundField, string> = { 'round-name': '', 'round-start': '', 'round-end': '', 'round-deadline': '', 'round-deadline-time': '16:00' };
  #draftErrors: Partial<Record<RoundField, string>> = {};
  #createFailure = '';
  #created = '';

  constructor(readonly host: ConsoleHost) {}

  get #t(): Translator {
    return messages.translator(this.host.locale);
  }

  get #staff(): RoundStaffApi {
    return (this.#api ??= createRoundStaffApi(this.host.http, () => this.host.locale));
  }

  #update(): void {
    this.host.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Shown (or the unit changed): the unit's rounds, the list first. */
  async shown(): Promise<void> {
    await messages.load(this.host.locale);
    const unit = this.host.unit;
    this.#opened = null;
    this.#rounds = null;
    this.#error = '';
    this.#creating = false;
    this.#created = '';
    this.#update();
    if (!unit) return;
    try {
      this.#rounds = (await this.#staff.rounds(unit.id)).items;
      this.host.announce(this.#t('space.rounds.count', { count: this.#rounds.length }));
    } catch (error) {
      this.#error = this.host.failureText(error);
    }
    this.#update();
  }

  async #open(id: string, announce = ''): Promise<void> {
    this.#error = '';
    this.#failure = '';
    this.#errors = {};
    try {
      const detail = await this.#staff.applications(id);
      this.#opened = detail;
      this.#choices = new Map(detail.items.map((a) => [a.id, '' as Choice]));
      this.#reasons = new Map();
      this.#done = announce;
      this.host.announce(announce || this.#t('space.rounds.applications', { count: detail.items.length }));
    } catch (error) {
      this.#error = this.host.failureText(error);
    }
    this.#update();
    await this.#focus(this.#opened ? '#round-title' : '#rounds-title');
  }

  /** Opens the new round form (the focus to its first field), or closes it (the focus back to its button). */
  async #create(open: boolean): Promise<void> {
    this.#creating = open;
    this.#draftErrors = {};
    this.#createFailure = '';
    this.#created = '';
    this.#update();
    await this.#focus(open ? '#round-name' : '#round-new');
  }

  /** The form's errors by field, checked as the server would and a little more (a deadline still ahead). */
  #validateDraft(): Partial<Record<RoundField, string>> {
    const t = this.#t;
    const c = this.host.t;
    const d = this.#draft;
    const errors: Partial<Record<RoundField, string>> = {};
    for (const field of ROUND_FIELDS) if (!d[field].trim()) errors[field] = c('space.console.form.required');
    for (const field of ['round-start', 'round-end', 'round-deadline'] as const) if (!errors[field] && !isDate(d[field].trim())) errors[field] = c('space.console.form.invalidDate');
    if (!errors['round-deadline-time'] && !TIME.test(d['round-deadline-time'].trim())) errors['round-deadline-time'] = c('space.console.form.invalidTime');
    const start = d['round-start'].trim();
    const end = d['round-end'].trim();
    if (!errors['round-start'] && !errors['round-end']) {
      if (end < start) errors['round-end'] = t('space.rounds.form.endBeforeStart');
      else if (dayNumber(end) - dayNumber(start) > 365) errors['round-end'] = t('space.rounds.form.tooLong');
    }
    if (!errors['round-deadline'] && !errors['round-deadline-time']) {
      const deadline = this.#deadline();
      if (!errors['round-start'] && deadline >= parseWall(`${start}T00:00`)) errors['round-deadline'] = t('space.rounds.form.deadlineLate');
      else if (deadline <= Date.now()) errors['round-deadline'] = t('space.rounds.form.deadlinePast');
    }
    return errors;
  }

  /** The deadline the form gives, an instant from Helsinki wall-clock time. */
  #deadline(): number {
    return parseWall(`${this.#draft['round-deadline'].trim()}T${this.#draft['round-deadline-time'].trim().replace('.', ':')}`);
  }

  async #submitDraft(): Promise<void> {
    const unit = this.host.unit;
    if (this.#busy || !unit) return;
    this.#draftErrors = this.#validateDraft();
    this.#createFailure = '';
    if (Object.keys(this.#draftErrors).length > 0) {
      this.#update();
      await this.#focus('#summary');
      return;
    }
    const d = this.#draft;
    this.#busy = true;
    this.#update();
    try {
      const round = await this.#staff.create(unit.id, { name: d['round-name'].trim(), periodStart: d['round-start'].trim(), periodEnd: d['round-end'].trim(), deadline: new Date(this.#deadline()).toISOString() });
      this.#busy = false;
      const created = this.#t('space.rounds.created', { name: round.name, deadline: formatDateTime(round.deadline, this.host.locale) });
      this.#draft = { 'round-name': '', 'round-start': '', 'round-end': '', 'round-deadline': '', 'round-deadline-time': '16:00' };
      await this.shown();
      this.#created = created;
      this.host.announce(created);
      this.#update();
      await this.#focus('#round-created');
      return;
    } catch (error) {
      // A field the server refused (422 with its pointer) is named at the field; anything else above the form.
      const refused = error instanceof ProblemError ? (error.problem.errors ?? []).map((e) => [FIELD_OF[e.pointer.replace(/^#/, '')], e.detail] as const).filter(([field]) => field) : [];
      if (refused.length > 0) this.#draftErrors = Object.fromEntries(refused.map(([field, detail]) => [field, detail ?? this.host.failureText(error)]));
      else this.#createFailure = this.host.failureText(error);
    } finally {
      this.#busy = false;
    }
    this.#update();
    await this.#focus(this.#createFailure ? '#round-create-failure' : '#summary');
  }

  async #back(): Promise<void> {
    const id = this.#opened?.round.id ?? '';
    await this.shown();
    await this.#focus(`.round-open[data-id="${id}"]`);
  }

  async #allocate(opened: Opened): Promise<void> {
    if (this.#busy) return;
    const t = this.#t;
    const errors: Record<string, string> = {};
    for (const a of opened.items) {
      const choice = this.#choices.get(a.id) ?? '';
      if (!choice) errors[`decision-${a.id}`] = t('space.rounds.chooseDecision');
      else if (choice === 'reject' && !(this.#reasons.get(a.id) ?? '').trim()) errors[`reason-${a.id}`] = t('space.rounds.reasonRequired');
    }
    this.#errors = errors;
    this.#failure = '';
    if (Object.keys(errors).length > 0) {
      this.#update();
      await this.#focus('#summary');
      return;
    }
    const decisions = opened.items.map((a) =>
      this.#choices.get(a.id) === 'accept' ? { applicationId: a.id, accept: true } : { applicationId: a.id, accept: false, reason: (this.#reasons.get(a.id) ?? '').trim() },
    );
    this.#busy = true;
    this.#update();
    try {
      const outcome = await this.#staff.allocate(opened.round.id, { decisions });
      const accepted = outcome.items.filter((a) => a.status === 'accepted').length;
      this.#busy = false;
      await this.#open(opened.round.id, t('space.rounds.allocated', { accepted, rejected: outcome.items.length - accepted }));
      return;
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        this.#busy = false;
        await this.#open(opened.round.id, t('space.rounds.already'));
        return;
      }
      this.#failure = this.host.failureText(error);
    } finally {
      this.#busy = false;
    }
    this.#update();
    await this.#focus('#round-failure');
  }

  // Rendering ----------------------------------------------------------------------------

  #date(date: string): string {
    return new Intl.DateTimeFormat(this.host.locale === 'en' ? 'en-GB' : `${this.host.locale}-FI`, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  }

  #weekday(weekday: number): string {
    return new Intl.DateTimeFormat(this.host.locale === 'en' ? 'en-GB' : `${this.host.locale}-FI`, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
  }

  #status(round: SeasonRound): string {
    const key = round.status === 'open' ? (round.open ? 'taking' : 'ready') : round.status === 'allocating' ? 'allocating' : 'allocated';
    return this.#t(`space.rounds.status.${key}`);
  }

  #slot(a: SeasonApplicationView): string {
    return this.#t('space.rounds.slot', { organisation: a.organisation ?? '–', space: this.host.resourceName(a.resourceId), weekday: this.#weekday(a.weekday), start: a.start, end: a.end });
  }

  render(): TemplateResult {
    if (!messages.isLoaded(this.host.locale)) {
      void messages.load(this.host.locale).then(() => this.#update());
      return html`<p>${this.host.t('space.console.loading')}</p>`;
    }
    return this.#opened ? this.#renderRound(this.#opened) : this.#creating ? this.#renderCreate() : this.#renderList();
  }

  #renderCreate(): TemplateResult {
    const t = this.#t;
    const errors = this.#draftErrors;
    const items = ROUND_FIELDS.filter((f) => errors[f]).map((field) => ({ field, text: `${t(LABELS[field])}: ${errors[field]}` }));
    return html`<form class="staff-form" id="round-form" novalidate aria-labelledby="round-form-title" @submit=${(e: Event) => (e.preventDefault(), void this.#submitDraft())}>
      <h3 id="round-form-title">${t('space.rounds.form.title', { unit: this.host.unit ? pickText(this.host.unit.name, this.host.locale) : '' })}</h3>
      <p class="hint" id="round-form-intro">${t('space.rounds.form.intro')}</p>
      ${errorSummary({ title: this.host.t('space.console.form.errors', { count: items.length }), items, focusField: (f) => focusField(this.host.renderRoot, f) })}
      ${this.#createFailure ? html`<div class="notice error-notice" id="round-create-failure" tabindex="-1" role="alert"><p>${this.#createFailure}</p></div>` : nothing}
      ${ROUND_FIELDS.map((field) => {
        const error = errors[field] ?? '';
        const hint = field === 'round-name' ? 'round-name-hint' : null;
        return html`<div class="field">
          <label for=${field}>${t(LABELS[field])}</label>
          ${hint ? html`<p class="hint" id=${hint}>${t('space.rounds.form.nameHint')}</p>` : nothing}
          <input
            id=${field}
            name=${field}
            type="text"
            inputmode=${field === 'round-name' ? nothing : 'numeric'}
            maxlength=${field === 'round-name' ? 200 : 10}
            autocomplete="off"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(field, Boolean(error), hint)}
            .value=${live(this.#draft[field])}
            @input=${(e: Event) => (this.#draft = { ...this.#draft, [field]: (e.target as HTMLInputElement).value })}
          />
          ${fieldError(field, error)}
        </div>`;
      })}
      <div class="actions">
        <button type="submit" part="button" id="round-create" aria-disabled=${this.#busy ? 'true' : 'false'}>${this.#busy ? t('space.rounds.form.opening') : t('space.rounds.form.submit')}</button>
        <button type="button" part="button" class="secondary" id="round-create-cancel" @click=${() => void this.#create(false)}>${t('space.rounds.form.cancel')}</button>
      </div>
    </form>`;
  }

  #renderList(): TemplateResult {
    const t = this.#t;
    const rounds = this.#rounds;
    return html`<h3 id="rounds-title" tabindex="-1">${t('space.rounds.title')}</h3>
      ${this.#created ? html`<div class="notice success" id="round-created" tabindex="-1"><p>${this.#created}</p></div>` : nothing}
      ${this.host.unit ? html`<div class="actions"><button type="button" part="button" class="secondary small" id="round-new" @click=${() => void this.#create(true)}>${t('space.rounds.new')}</button></div>` : nothing}
      ${this.#error ? html`<div class="notice error-notice" role="alert"><p>${this.#error}</p></div>` : nothing}
      ${rounds === null
        ? this.#error
          ? nothing
          : html`<p>${this.host.t('space.console.loading')}</p>`
        : rounds.length === 0
          ? html`<p class="empty">${t('space.rounds.empty')}</p>`
          : html`<div class="table-wrap">
              <table class="rounds">
                <caption class="visually-hidden">${t('space.rounds.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t('space.rounds.col.name')}</th>
                    <th scope="col">${t('space.rounds.col.period')}</th>
                    <th scope="col">${t('space.rounds.col.deadline')}</th>
                    <th scope="col">${t('space.rounds.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rounds.map(
                    (r) => html`<tr>
                      <th scope="row"><button type="button" part="button" class="link round-open" data-id=${r.id} @click=${() => void this.#open(r.id)}>${r.name}</button></th>
                      <td>${this.#date(r.periodStart)}–${this.#date(r.periodEnd)}</td>
                      <td>${formatDateTime(r.deadline, this.host.locale)}</td>
                      <td>${this.#status(r)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`}`;
  }

  #renderRound({ round, items }: Opened): TemplateResult {
    const t = this.#t;
    const deciding = round.status === 'open' && !round.open && items.length > 0;
    return html`<div class="actions"><button type="button" part="button" class="secondary small" id="rounds-back" @click=${() => void this.#back()}>${t('space.rounds.back')}</button></div>
      <h3 id="round-title" tabindex="-1">${t('space.rounds.round', { name: round.name })}</h3>
      <p>${t('space.rounds.period', { from: this.#date(round.periodStart), to: this.#date(round.periodEnd), deadline: formatDateTime(round.deadline, this.host.locale) })} (${this.#status(round)})</p>
      ${this.#done ? html`<div class="notice success" id="round-done"><p>${this.#done}</p></div>` : nothing}
      ${items.length === 0 ? html`<p class="empty">${t('space.rounds.noApplications')}</p>` : nothing}
      ${round.status === 'open' && round.open && items.length > 0 ? html`<p class="notice">${t('space.rounds.taking')}</p>` : nothing}
      ${deciding ? this.#renderDecisions(round, items) : items.length > 0 ? this.#renderOutcomes(items) : nothing}`;
  }

  #renderOutcomes(items: readonly SeasonApplicationView[]): TemplateResult {
    const t = this.#t;
    return html`<ol class="applications panel">
      ${items.map(
        (a) => html`<li>
          <p><strong>${this.#slot(a)}</strong></p>
          ${a.name ? html`<p>${t('space.rounds.contact', { name: a.name, email: a.email ?? '–' })}</p>` : nothing}
          <p>
            ${a.status === 'accepted'
              ? t('space.rounds.outcome.accepted', { count: a.acceptedCount })
              : a.status === 'rejected'
                ? t('space.rounds.outcome.rejected', { reason: a.reason ?? '' })
                : t('space.rounds.outcome.submitted')}
          </p>
          ${a.rejectedOccurrences.length > 0
            ? html`<p>${t('space.rounds.refused', { count: a.rejectedOccurrences.length })}</p>
                <ul>
                  ${a.rejectedOccurrences.map((o) => html`<li>${this.#date(o.date)}: ${o.detail ?? o.rule}</li>`)}
                </ul>`
            : nothing}
        </li>`,
      )}
    </ol>`;
  }

  #renderDecisions(round: SeasonRound, items: readonly SeasonApplicationView[]): TemplateResult {
    const t = this.#t;
    const errors = this.#errors;
    const summary = Object.entries(errors).map(([field, text]) => ({ field, text }));
    return html`<form class="allocate staff-form" id="allocate-form" novalidate aria-labelledby="round-title" @submit=${(e: Event) => (e.preventDefault(), void this.#allocate({ round, items: [...items] }))}>
      <p class="hint">${t('space.rounds.order')}</p>
      ${errorSummary({ title: t('space.rounds.errors', { count: summary.length }), items: summary, focusField: (f) => focusField(this.host.renderRoot, f) })}
      ${this.#failure ? html`<div class="notice error-notice" id="round-failure" tabindex="-1" role="alert"><p>${this.#failure}</p></div>` : nothing}
      <ol class="applications panel">
        ${items.map((a) => {
          const choice = this.#choices.get(a.id) ?? '';
          const name = `decision-${a.id}`;
          const reason = `reason-${a.id}`;
          const choose = (value: Choice) => () => {
            this.#choices.set(a.id, value);
            this.#update();
          };
          const radio = (value: 'accept' | 'reject') => html`<div class="check">
            <input type="radio" id="${value}-${a.id}" name=${name} value=${value} .checked=${live(choice === value)}
              aria-invalid=${errors[name] ? 'true' : 'false'} aria-describedby=${describedBy(name, Boolean(errors[name]))} @change=${choose(value)} />
            <label for="${value}-${a.id}">${t(`space.rounds.${value}`)}</label>
          </div>`;
          return html`<li>
            <fieldset>
              <legend>${this.#slot(a)}</legend>
              ${a.name ? html`<p>${t('space.rounds.contact', { name: a.name, email: a.email ?? '–' })}</p>` : nothing}
              ${a.purpose ? html`<p>${t('space.rounds.purpose', { purpose: a.purpose })}</p>` : nothing}
              ${radio('accept')} ${radio('reject')} ${fieldError(name, errors[name])}
              ${choice === 'reject'
                ? html`<div class="field">
                    <label for=${reason}>${t('space.rounds.reason')}</label>
                    <textarea id=${reason} name=${reason} rows="2" maxlength="1000" aria-invalid=${errors[reason] ? 'true' : 'false'}
                      aria-describedby=${describedBy(reason, Boolean(errors[reason]))} .value=${live(this.#reasons.get(a.id) ?? '')}
                      @input=${(e: Event) => this.#reasons.set(a.id, (e.target as HTMLTextAreaElement).value)}></textarea>
                    ${fieldError(reason, errors[reason])}
                  </div>`
                : nothing}
            </fieldset>
          </li>`;
        })}
      </ol>
      <div class="actions">
        <button type="submit" part="button" id="allocate" aria-disabled=${this.#busy ? 'true' : 'false'}>${this.#busy ? t('space.rounds.allocating') : t('space.rounds.allocate')}</button>
      </div>
    </form>`;
  }
}
