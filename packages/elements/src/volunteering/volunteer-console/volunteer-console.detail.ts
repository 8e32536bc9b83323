import { html, nothing, type TemplateResult } from 'lit';
import {
  areaName,
  createMessages,
  lazyVolunteeringConsoleDetailMessages,
  formatDate,
  formatDateTime,
  helsinkiDate,
  helsinkiInstant,
  helsinkiTime,
  pickText,
  ProblemError,
  VOLUNTEER_AREAS,
  type HelpOffer,
  type HelpOfferList,
  type Locale,
  type Opportunity,
  type OpportunityInput,
  type Shift,
  type ShiftRole,
  type StaffOpportunity,
  type StaffShift,
  type StaffSignup,
  type TalkootProposal,
  type VolunteeringStaffApi,
} from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import type { ConsoleTranslator as Translator } from './volunteer-console.messages.js';
import type { OpportunityQueue, ProposalQueue } from './volunteer-console.js';

/** What the detail view needs of the console around it. */
export interface ConsoleDetailHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  readonly t: Translator;
  readonly locale: Locale;
  code(code: string, params?: Readonly<Record<string, string | number>>): string;
  readonly staff: VolunteeringStaffApi;
  readonly isCity: boolean;
  readonly opportunities: OpportunityQueue;
  readonly proposals: ProposalQueue;
  announce(text: string): void;
  failureText(error: unknown): string;
  /** A new opportunity was saved: the console opens it. */
  created(opportunity: Opportunity): Promise<void>;
}

type Form = Record<string, string | boolean>;
type Errors = Record<string, string>;
/** A role being edited: Swedish and English names are kept as they were (the console writes Finnish). */
type RoleForm = { id: string; name: string; sv: string; en: string; minimumAge: string; recordCheck: boolean };

/** A shift's editable values as the edit form holds them (the roles as one text, for comparing). */
function shiftForm(s: Shift): Form {
  return {
    date: helsinkiDate(s.startsAt), start: helsinkiTime(s.startsAt), end: helsinkiTime(s.endsAt), endDate: helsinkiDate(s.endsAt),
    capacity: String(s.capacity), minimum: String(s.minimumAttendees), waiting: String(s.waitingListCapacity), group: String(s.maxGroupSize),
  };
}
const roleNames = (s: Shift): string => s.roles.map((r) => r.name.fi).join(', ');
/**
 * The version a coordinator's edit names in If-Match (ADR 0060): the console's lists parse the
 * staff schemas, which keep it; the shared types are the residents' ones, without it.
 */
const versionOf = (item: Opportunity | Shift): number => (item as StaffOpportunity | StaffShift).version;

/** An opportunity's editable values as its form holds them. */
function opportunityForm(o: Opportunity): Form {
  return {
    kind: o.kind, titleFi: o.title.fi, titleSv: o.title.sv, titleEn: o.title.en, descriptionFi: o.description.fi, area: o.area, place: o.location.name, address: o.location.address,
    contact: o.contact.name, contactEmail: o.contact.email ?? '', status: o.status, under18: o.suitability.under18, english: o.suitability.english, remote: o.suitability.remote,
  };
}
/** The opportunity form's fields in the order they are shown (and listed after a 412). */
const OPPORTUNITY_FIELDS = ['kind', 'titleFi', 'titleSv', 'titleEn', 'descriptionFi', 'area', 'place', 'address', 'contact', 'contactEmail', 'under18', 'english', 'remote', 'status'] as const;

/** The saved values that differ from those a form started from, as [label, shown value]. */
function changedValues(before: Form, now: Form, fields: readonly string[], label: (field: string) => string, shown: (field: string, value: string | boolean) => string): [string, string][] {
  return fields.filter((k) => now[k] !== before[k]).map((k) => [label(k), shown(k, now[k] ?? '')]);
}

/**
 * The notice of a 412 (ADR 0060) above the form it concerns: focused, an alert, the saved values
 * that differ (or that only the version changed), and the button that loads the saved values.
 */
function conflictNotice(n: {
  id: string;
  level: 4 | 5;
  title: string;
  lead: string;
  changed: [string, string][];
  reload: { id: string; text: string; run: () => void };
}): TemplateResult {
  const title = n.level === 4 ? html`<h4 id="${n.id}-title">${n.title}</h4>` : html`<h5 id="${n.id}-title">${n.title}</h5>`;
  return html`<div part="conflict" class="notice error-notice" id=${n.id} tabindex="-1" role="alert" aria-labelledby="${n.id}-title">
    ${title}
    <p>${n.lead}</p>
    ${n.changed.length > 0 ? html`<ul>${n.changed.map(([label, value]) => html`<li>${label}: <strong>${value}</strong></li>`)}</ul>` : nothing}
    <button type="button" part="button" class="secondary" id=${n.reload.id} @click=${n.reload.run}>${n.reload.text}</button>
  </div>`;
}

/** The texts of shift editing and the record-extract check: loaded with this module, not the console's entry (ADR 0051). */
const detailMessages = /* @__PURE__ */ createMessages(lazyVolunteeringConsoleDetailMessages);
type DetailKey = Parameters<ReturnType<typeof detailMessages.translator>>[0];

const emptyOpportunity = (): Form => ({
  kind: 'talkoot', titleFi: '', titleSv: '', titleEn: '', descriptionFi: '', area: 'keskusta', place: '', address: '', contact: '', contactEmail: '', status: 'published', under18: false, english: false, remote: false,
});
const emptyShift = (): Form => ({ date: '', start: '', end: '', capacity: '10', waiting: '0', group: '1' });

/** The form field a pointer of the server's 422 names. */
const OPPORTUNITY_POINTERS: Record<string, string> = {
  '#/title/fi': 'titleFi', '#/title/sv': 'titleSv', '#/title/en': 'titleEn', '#/description/fi': 'descriptionFi', '#/area': 'area', '#/location/name': 'place', '#/location/address': 'address', '#/contact/name': 'contact', '#/contact/email': 'contactEmail', '#/kind': 'kind', '#/status': 'status',
};
const EDIT_POINTERS: Record<string, string> = { '#/startsAt': 'start', '#/endsAt': 'end', '#/capacity': 'capacity', '#/minimumAttendees': 'minimum', '#/waitingListCapacity': 'waiting', '#/maxGroupSize': 'group', '#/roles': 'roles' };
const SHIFT_POINTERS: Record<string, string> = { '#/startsAt': 'start', '#/endsAt': 'end', '#/capacity': 'capacity', '#/waitingListCapacity': 'waiting', '#/maxGroupSize': 'group', '#/minimumAttendees': 'capacity' };

/**
 * The opened opportunity (its form, shifts, sign-ups, check-in, hours, export and messages) or
 * proposal (approve or decline with a reason) of the coordinators' console: a module of its own,
 * loaded when a coordinator first opens something, so the console's list stays light. It renders
 * into the console's shadow root; its handlers are arrow functions (Lit calls them with the element).
 */
export class ConsoleDetailView {
  readonly #host: ConsoleDetailHost;
  #kind: 'opportunities' | 'proposals' | 'new' = 'new';
  #id = '';
  #form: Form = emptyOpportunity();
  #errors: Errors = {};
  /** The version the opportunity's edit is made on (If-Match), and the opportunity as it was then (ADR 0060). */
  #formVersion = 0;
  #formBase: Opportunity | null = null;
  /** After a 412 on the opportunity: the saved values that differ from what the form started from ([label, value]); null without a conflict. */
  #formConflict: [string, string][] | null = null;
  #shiftForm: Form = emptyShift();
  #shiftErrors: Errors = {};
  #shiftId = '';
  #signups: StaffSignup[] | null = null;
  #hours = new Map<string, string>();
  #message: Form = { subject: '', body: '', to: 'attending' };
  #messageErrors: Errors = {};
  /** The shift being edited ('' for none), its form, roles and errors. */
  #editId = '';
  #editForm: Form = {};
  #roles: RoleForm[] = [];
  #editErrors: Errors = {};
  /** The version the edit was made on (If-Match), and the shift as it was then (ADR 0060). */
  #editVersion = 0;
  #editBase: Shift | null = null;
  /** After a 412: the saved shift's values that differ from what the form started from ([label, value]); null without a conflict. */
  #conflict: [string, string][] | null = null;
  #capacity = '';
  #reason = '';
  #reasonError = '';
  #notice = '';
  busy = false;

  constructor(host: ConsoleDetailHost) {
    this.#host = host;
  }

  dispose(): void {
    /* nothing held */
  }

  get #t(): Translator {
    return this.#host.t;
  }

  /** This module's own texts in the console's language (Finnish until the language has loaded). */
  get #d(): (key: DetailKey, params?: Readonly<Record<string, string | number>>) => string {
    const locale = this.#host.locale;
    if (!detailMessages.isLoaded(locale)) void detailMessages.load(locale).then(() => this.#update());
    return detailMessages.translator(locale);
  }

  get #opportunity(): Opportunity | null {
    return this.#kind === 'opportunities' ? this.#host.opportunities.$state.get().open?.detail ?? null : null;
  }

  get #proposal(): TalkootProposal | null {
    return this.#kind === 'proposals' ? this.#host.proposals.$state.get().open?.detail ?? null : null;
  }

  /** Something was opened (or a new opportunity's form): fresh forms. */
  opened(kind: 'opportunities' | 'proposals' | 'new', id: string): void {
    const changed = kind !== this.#kind || id !== this.#id;
    this.#kind = kind;
    this.#id = id;
    if (!changed) return;
    this.#errors = {};
    this.#shiftErrors = {};
    this.#messageErrors = {};
    this.#notice = '';
    this.#shiftForm = emptyShift();
    this.#signups = null;
    this.#shiftId = '';
    this.#editId = '';
    this.#editErrors = {};
    this.#conflict = null;
    this.#reason = '';
    this.#reasonError = '';
    this.#capacity = '';
    const o = this.#opportunity;
    this.#form = o ? opportunityForm(o) : emptyOpportunity();
    this.#formBase = o;
    this.#formVersion = o ? versionOf(o) : 0;
    this.#formConflict = null;
    const p = this.#proposal;
    if (p) this.#capacity = String(p.expectedPeople);
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The server's 422 onto the form's fields; anything else as a notice. */
  #problem(error: unknown, pointers: Record<string, string>, fallbackField: string): Errors | null {
    if (error instanceof ProblemError && error.status === 422 && error.problem.errors?.length) {
      const out: Errors = {};
      for (const e of error.problem.errors) {
        const field = pointers[e.pointer] ?? Object.entries(pointers).find(([p]) => e.pointer.startsWith(`${p}/`))?.[1] ?? fallbackField;
        const params = { min: 1, max: 1, ...(e.params ?? {}) };
        out[field] ??= detailMessages.has(e.code) ? this.#d(e.code, params) : this.#host.code(e.code, params);
      }
      return out;
    }
    this.#notice = this.#host.failureText(error);
    return null;
  }

  // ── opportunity ──

  #input(form: 'main' | 'shift' | 'message' | 'edit', field: string) {
    return (event: Event): void => {
      const target = event.target as HTMLInputElement;
      const value = target.type === 'checkbox' ? target.checked : target.value;
      if (form === 'main') this.#form[field] = value;
      else if (form === 'shift') this.#shiftForm[field] = value;
      else if (form === 'edit') this.#editForm[field] = value;
      else this.#message[field] = value;
    };
  }

  #opportunityInput(): OpportunityInput {
    const form = this.#form;
    const s = (k: string) => String(form[k] ?? '');
    const f = { kind: s('kind'), titleFi: s('titleFi'), titleSv: s('titleSv'), titleEn: s('titleEn'), descriptionFi: s('descriptionFi'), area: s('area'), place: s('place'), address: s('address'), contact: s('contact'), contactEmail: s('contactEmail'), status: s('status'), under18: form.under18 === true, english: form.english === true, remote: form.remote === true };
    const o = this.#opportunity;
    return {
      kind: f.kind as 'talkoot' | 'ongoing',
      title: { fi: f.titleFi, sv: f.titleSv, en: f.titleEn },
      description: { fi: f.descriptionFi, sv: o?.description.sv ?? '', en: o?.description.en ?? '' },
      themes: (o?.themes ?? []) as OpportunityInput['themes'],
      area: f.area,
      location: { name: f.place, address: f.address },
      contact: { name: f.contact, ...(f.contactEmail ? { email: f.contactEmail } : {}) },
      ...(o ? { whatToBring: o.whatToBring, accessibility: o.accessibility, supplies: o.supplies } : {}),
      suitability: { under18: f.under18, english: f.english, remote: f.remote },
      status: f.status as 'draft' | 'published' | 'cancelled',
    };
  }

  #saveOpportunity = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    this.#notice = '';
    this.#update();
    const t = this.#t;
    try {
      const input = this.#opportunityInput();
      const o = this.#opportunity;
      if (o) {
        const saved = await this.#host.opportunities.change(() => this.#host.staff.updateOpportunity(o.id, input, this.#formVersion));
        this.#errors = {};
        this.#formBase = saved;
        this.#formVersion = versionOf(saved);
        this.#formConflict = null;
        this.#host.announce(t('volunteering.console.form.saved'));
      } else {
        const created = await this.#host.staff.createOpportunity(input);
        this.#errors = {};
        this.#host.announce(t('volunteering.console.form.saved'));
        await this.#host.created(created);
      }
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        await this.#showOpportunityConflict();
        return;
      }
      const errors = this.#problem(error, OPPORTUNITY_POINTERS, 'titleFi');
      if (errors) {
        this.#errors = errors;
        this.busy = false;
        this.#update();
        await this.#focus('#opportunity-summary');
        return;
      }
    } finally {
      this.busy = false;
      this.#update();
    }
  };

  /**
   * Another coordinator saved the opportunity after its form was opened (412): the coordinator's
   * own values stay in the form, the saved opportunity's differing values are listed above it, and
   * a button loads the saved opportunity into the form (ADR 0060, as for shifts).
   */
  async #showOpportunityConflict(): Promise<void> {
    this.#errors = {};
    this.busy = false;
    try {
      await this.#host.opportunities.refresh();
    } catch {
      /* the list keeps what it had; the conflict is shown all the same */
    }
    const saved = this.#opportunity;
    const base = this.#formBase;
    const labels = this.#opportunityLabels();
    this.#formConflict = saved && base ? changedValues(opportunityForm(base), opportunityForm(saved), OPPORTUNITY_FIELDS, (k) => labels[k]!, (k, value) => this.#shownValue(k, value)) : [];
    this.#update();
    await this.#focus('#opportunity-conflict');
  }

  /** A value of the opportunity form as the coordinator reads it (a choice's text, yes or no, a dash for nothing). */
  #shownValue(field: string, value: string | boolean): string {
    const t = this.#t;
    const locale = this.#host.locale;
    if (typeof value === 'boolean') return this.#d(value ? 'volunteering.console.conflict.yes' : 'volunteering.console.conflict.no');
    if (field === 'kind') return t(`volunteering.console.kind.${value as 'talkoot' | 'ongoing'}`);
    if (field === 'status') return t(`volunteering.console.status.${value as 'published' | 'draft' | 'cancelled'}`);
    if (field === 'area') return areaName(value, locale);
    return value.trim() || '–';
  }

  #reloadOpportunity = async (): Promise<void> => {
    const saved = this.#opportunity;
    if (!saved) return;
    this.#form = opportunityForm(saved);
    this.#formBase = saved;
    this.#formVersion = versionOf(saved);
    this.#formConflict = null;
    this.#errors = {};
    this.#update();
    this.#host.announce(this.#d('volunteering.console.opportunityConflict.reloaded'));
    await this.#focus('#detail-title');
  };

  // ── shifts ──

  #addShift = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const o = this.#opportunity;
    if (!o || this.busy) return;
    const f = this.#shiftForm as Record<string, string>;
    const t = this.#t;
    const errors: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date ?? '')) errors.date = t('common.required');
    if (!/^\d{2}:\d{2}$/.test(f.start ?? '')) errors.start = t('common.required');
    if (!/^\d{2}:\d{2}$/.test(f.end ?? '')) errors.end = t('common.required');
    this.#shiftErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.#update();
      await this.#focus('#shift-summary');
      return;
    }
    this.busy = true;
    this.#update();
    try {
      await this.#host.staff.addShift(o.id, {
        startsAt: helsinkiInstant(f.date!, f.start!).toISOString(),
        endsAt: helsinkiInstant(f.date!, f.end!).toISOString(),
        capacity: Number(f.capacity),
        waitingListCapacity: Number(f.waiting || 0),
        maxGroupSize: Number(f.group || 1),
      });
      this.#shiftForm = emptyShift();
      this.#host.announce(t('volunteering.console.shift.added'));
      await this.#host.opportunities.refresh();
    } catch (error) {
      const problems = this.#problem(error, SHIFT_POINTERS, 'date');
      if (problems) {
        this.#shiftErrors = problems;
        this.busy = false;
        this.#update();
        await this.#focus('#shift-summary');
      }
    } finally {
      this.busy = false;
      this.#update();
    }
  };

  #when(s: { startsAt: string; endsAt: string }): string {
    const locale = this.#host.locale;
    return `${formatDateTime(s.startsAt, locale)}–${helsinkiDate(s.startsAt) === helsinkiDate(s.endsAt) ? helsinkiTime(s.endsAt) : formatDateTime(s.endsAt, locale)}`;
  }

  async #editShift(s: Shift): Promise<void> {
    this.#editId = s.id;
    this.#editErrors = {};
    this.#notice = '';
    this.#conflict = null;
    this.#editVersion = versionOf(s);
    this.#editBase = s;
    this.#editForm = shiftForm(s);
    this.#roles = s.roles.map((r) => ({ id: r.id, name: r.name.fi, sv: r.name.sv, en: r.name.en, minimumAge: r.minimumAge === undefined ? '' : String(r.minimumAge), recordCheck: r.criminalRecordCheck }));
    this.#update();
    await this.#focus('#edit-title');
  }

  #closeEdit = async (): Promise<void> => {
    const id = this.#editId;
    this.#editId = '';
    this.#editErrors = {};
    this.#conflict = null;
    this.#update();
    await this.#focus(`.edit-shift[data-id="${id}"]`);
  };

  #addRole = async (): Promise<void> => {
    const taken = new Set(this.#roles.map((r) => r.id));
    let n = this.#roles.length + 1;
    while (taken.has(`tehtava-${n}`)) n++;
    this.#roles = [...this.#roles, { id: `tehtava-${n}`, name: '', sv: '', en: '', minimumAge: '', recordCheck: false }];
    this.#update();
    await this.#focus(`#edit-role-${this.#roles.length - 1}-name`);
  };

  async #removeRole(index: number): Promise<void> {
    this.#roles = this.#roles.filter((_, i) => i !== index);
    this.#update();
    await this.#focus(this.#roles.length > 0 ? `#edit-role-${Math.min(index, this.#roles.length - 1)}-name` : '#add-role');
  }

  #saveShift = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const o = this.#opportunity;
    const shift = o?.shifts.find((s) => s.id === this.#editId);
    if (!o || !shift || this.busy) return;
    const f = this.#editForm as Record<string, string>;
    const t = this.#t;
    const errors: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date ?? '')) errors.date = t('common.required');
    if (!/^\d{2}:\d{2}$/.test(f.start ?? '')) errors.start = t('common.required');
    if (!/^\d{2}:\d{2}$/.test(f.end ?? '')) errors.end = t('common.required');
    for (const k of ['capacity', 'minimum', 'waiting', 'group']) if (!/^\d+$/.test((f[k] ?? '').trim())) errors[k] = this.#host.code('common.invalid');
    if (this.#roles.some((r) => !r.name.trim() || (r.minimumAge.trim() !== '' && !/^\d+$/.test(r.minimumAge.trim())))) errors.roles = t('common.required');
    this.#editErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.#update();
      await this.#focus('#edit-summary');
      return;
    }
    // A shift over midnight keeps its end on the next day when the times say so.
    const endDate = f.end! <= f.start! ? new Date(Date.parse(`${f.date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : f.date!;
    const roles: ShiftRole[] = this.#roles.map((r) => ({
      id: r.id, name: { fi: r.name.trim(), sv: r.sv, en: r.en }, criminalRecordCheck: r.recordCheck, ...(r.minimumAge.trim() ? { minimumAge: Number(r.minimumAge) } : {}),
    }));
    this.busy = true;
    this.#update();
    try {
      await this.#host.staff.updateShift(shift.id, {
        startsAt: helsinkiInstant(f.date!, f.start!).toISOString(),
        endsAt: helsinkiInstant(endDate, f.end!).toISOString(),
        capacity: Number(f.capacity), minimumAttendees: Number(f.minimum), waitingListCapacity: Number(f.waiting), maxGroupSize: Number(f.group), roles,
      }, this.#editVersion);
      this.#editErrors = {};
      this.#host.announce(this.#d('volunteering.console.shift.saved'));
      await this.#host.opportunities.refresh();
      this.busy = false;
      await this.#closeEdit();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        await this.#showConflict(shift.id);
        return;
      }
      const problems = this.#problem(error, EDIT_POINTERS, 'date');
      this.busy = false;
      if (problems) this.#editErrors = problems;
      this.#update();
      await this.#focus(problems ? '#edit-summary' : '#detail-title');
    } finally {
      this.busy = false;
      this.#update();
    }
  };

  /**
   * Another coordinator saved the shift after this form was opened (412): the coordinator's own
   * values stay in the form, the saved shift's differing values are listed above it, and a button
   * loads the saved shift into the form (ADR 0060).
   */
  async #showConflict(shiftId: string): Promise<void> {
    this.#editErrors = {};
    this.busy = false;
    try {
      await this.#host.opportunities.refresh();
    } catch {
      /* the list keeps what it had; the conflict is shown all the same */
    }
    const saved = this.#opportunity?.shifts.find((s) => s.id === shiftId);
    const base = this.#editBase;
    const labels = this.#editLabels();
    const out: [string, string][] = [];
    if (saved && base) {
      out.push(...changedValues(shiftForm(base), shiftForm(saved), ['date', 'start', 'end', 'capacity', 'minimum', 'waiting', 'group'], (k) => labels[k]!, (_k, value) => String(value)));
      if (roleNames(saved) !== roleNames(base)) out.push([labels.roles!, roleNames(saved) || '–']);
    }
    this.#conflict = out;
    this.#update();
    await this.#focus('#edit-conflict');
  }

  #reloadShift = async (): Promise<void> => {
    const saved = this.#opportunity?.shifts.find((s) => s.id === this.#editId);
    if (!saved) return;
    await this.#editShift(saved);
    this.#host.announce(this.#d('volunteering.console.conflict.reloaded'));
  };

  async #showSignups(shiftId: string): Promise<void> {
    this.#shiftId = shiftId;
    this.#signups = null;
    this.#notice = '';
    this.#update();
    try {
      this.#signups = (await this.#host.staff.signups(shiftId)).items;
      this.#hours = new Map(this.#signups.map((s) => [s.id, s.hours === null ? '' : String(s.hours)]));
    } catch (error) {
      this.#notice = this.#host.failureText(error);
    }
    this.#update();
    await this.#focus('#signups-title');
  }

  async #changeSignup(s: StaffSignup, run: () => Promise<StaffSignup>, said: string): Promise<void> {
    try {
      const updated = await run();
      this.#signups = (this.#signups ?? []).map((x) => (x.id === s.id ? updated : x));
      this.#host.announce(said);
    } catch (error) {
      this.#notice = this.#host.failureText(error);
      this.#host.announce(this.#notice);
    }
    this.#update();
  }

  #exportCsv = async (): Promise<void> => {
    const o = this.#opportunity;
    if (!o) return;
    try {
      const blob = await this.#host.staff.exportCsv(o.id);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `ilmoittautuneet-${o.id}.csv`;
      a.hidden = true;
      (this.#host.renderRoot as ParentNode & Node).appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.#notice = this.#host.failureText(error);
      this.#update();
    }
  };

  #sendMessage = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = this.#t;
    const m = this.#message as Record<string, string>;
    const errors: Errors = {};
    if (!m.subject?.trim()) errors.subject = t('common.required');
    if (!m.body?.trim()) errors.body = t('common.required');
    this.#messageErrors = errors;
    if (Object.keys(errors).length > 0) {
      this.#update();
      await this.#focus('#message-summary');
      return;
    }
    try {
      const receipt = await this.#host.staff.messageShift(this.#shiftId, { subject: m.subject!, body: m.body!, to: m.to === 'all' ? 'all' : 'attending' });
      this.#message = { subject: '', body: '', to: m.to ?? 'attending' };
      this.#notice = `${t('volunteering.console.message.queued', { count: receipt.queued })}${receipt.smtpConfigured ? '' : ` ${t('volunteering.console.message.noSmtp')}`}`;
      this.#host.announce(this.#notice);
    } catch (error) {
      const problems = this.#problem(error, { '#/subject': 'subject', '#/body': 'body' }, 'body');
      if (problems) this.#messageErrors = problems;
    }
    this.#update();
  };

  // ── proposals ──

  async #decide(decision: 'approve' | 'decline'): Promise<void> {
    const p = this.#proposal;
    if (!p || this.busy) return;
    const t = this.#t;
    if (decision === 'decline' && !this.#reason.trim()) {
      this.#reasonError = t('common.required');
      this.#update();
      await this.#focus('#reason');
      return;
    }
    this.busy = true;
    this.#reasonError = '';
    this.#update();
    try {
      const capacity = Number(this.#capacity);
      await this.#host.proposals.change(() =>
        this.#host.staff.decide(p.id, decision === 'approve' ? { decision: 'approve', ...(Number.isInteger(capacity) && capacity > 0 ? { capacity } : {}) } : { decision: 'decline', reason: this.#reason.trim() }),
      );
      this.#notice = decision === 'approve' ? t('volunteering.console.proposal.approvedNotice') : t('volunteering.console.proposal.declinedNotice');
      this.#host.announce(this.#notice);
      await this.#focus('#detail-title');
    } catch (error) {
      if (error instanceof ProblemError && error.status === 422) this.#reasonError = this.#host.code(error.problem.errors?.[0]?.code ?? 'common.invalid', { max: 1000, min: 1 });
      else this.#notice = this.#host.failureText(error);
    } finally {
      this.busy = false;
      this.#update();
    }
  }

  // ── rendering ──

  // ── offers of help from the resident survey (the city's coordinators, ADR 0054) ──

  #offers: HelpOfferList | null = null;
  #offersError: unknown = null;

  /** Reads the offers; the count is announced. */
  async loadOffers(): Promise<void> {
    this.#offersError = null;
    try {
      const list = await this.#host.staff.helpOffers();
      if (!detailMessages.isLoaded(this.#host.locale)) await detailMessages.load(this.#host.locale);
      this.#offers = list;
      this.#host.announce(this.#d('volunteering.console.offers.count', { open: list.open, total: list.total }));
    } catch (error) {
      this.#offersError = error;
    }
    this.#update();
  }

  async #mark(offer: HelpOffer): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const saved = await this.#host.staff.markHelpOffer(offer.id, offer.handled === null);
      const list = this.#offers!;
      const items = list.items.map((o) => (o.id === saved.id ? saved : o));
      this.#offers = { ...list, items, open: items.filter((o) => o.handled === null).length };
      this.#host.announce(this.#d(saved.handled ? 'volunteering.console.offers.markedHandled' : 'volunteering.console.offers.reopened', { name: saved.name }));
    } catch (error) {
      this.#host.announce(this.#host.failureText(error));
    } finally {
      this.busy = false;
      this.#update();
    }
    // The button stays where it was, with the focus on it (its text now the other way).
    await this.#focus(`.mark-offer[data-id="${CSS.escape(offer.id)}"]`);
  }

  renderOffers(locale: Locale): TemplateResult {
    const d = this.#d;
    const list = this.#offers;
    const error = this.#offersError;
    const offer = (o: HelpOffer, i: number) => html`<li>
      <article aria-labelledby="offer-${i}-title">
        <h4 id="offer-${i}-title">${o.name}</h4>
        <dl>
          <dt>${d('volunteering.console.offers.offer')}</dt><dd class="offer-text">${o.text}</dd>
          <dt>${d('volunteering.console.offers.contact')}</dt>
          <dd>${o.email ? html`<a href="mailto:${o.email}">${o.email}</a>` : nothing}${o.email && o.phone ? ', ' : ''}${o.phone ? html`<a href="tel:${o.phone.replace(/[^+0-9]/g, '')}">${o.phone}</a>` : nothing}</dd>
          <dt>${d('volunteering.console.offers.context')}</dt><dd>${o.context}</dd>
          <dt>${d('volunteering.console.offers.consent')}</dt>
          <dd class="consent"><q lang=${o.lang}>${o.consentText}</q> ${d('volunteering.console.offers.consentGiven', { date: formatDate(o.consentOn, locale), language: d(`volunteering.console.offers.lang.${o.lang}` as DetailKey) })}</dd>
          <dt>${d('volunteering.console.offers.status')}</dt>
          <dd class="offer-status">${o.handled ? d('volunteering.console.offers.handled', { date: formatDate(o.handled.at, locale), name: o.handled.by }) : d('volunteering.console.offers.open')}</dd>
        </dl>
        <button type="button" part="button" class="secondary small mark-offer" data-id=${o.id} aria-describedby="offer-${i}-title" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.#mark(o)}>
          ${d(o.handled ? 'volunteering.console.offers.reopen' : 'volunteering.console.offers.markHandled')}
        </button>
      </article>
    </li>`;
    return html`<section part="list" aria-labelledby="view-title">
      <h3 id="view-title" tabindex="-1">${d('volunteering.console.offers.heading')}</h3>
      <p class="hint">${d('volunteering.console.offers.intro')}</p>
      ${error
        ? html`<div class="notice error-notice" role="alert"><p>${this.#host.failureText(error)}</p>
            <button type="button" part="button" class="secondary small" id="retry-offers" @click=${() => void this.loadOffers()}>${this.#t('common.retryNow')}</button></div>`
        : nothing}
      ${list === null
        ? nothing
        : list.items.length === 0
          ? html`<p>${d('volunteering.console.offers.empty')}</p>`
          : html`<p class="count">${d('volunteering.console.offers.count', { open: list.open, total: list.total })}</p><ul class="offers">${list.items.map(offer)}</ul>`}
    </section>`;
  }

  render(locale: Locale): TemplateResult {
    const p = this.#proposal;
    if (p) return this.#renderProposal(locale, p);
    return this.#renderOpportunity(locale, this.#opportunity);
  }

  #field(form: 'main' | 'shift' | 'message' | 'edit', name: string, label: string, errors: Errors, type = 'text', values: Form = this.#form): TemplateResult {
    const error = errors[name] ?? null;
    const id = `${form}-${name}`;
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      ${type === 'textarea'
        ? html`<textarea id=${id} name=${name} rows="4" .value=${String(values[name] ?? '')} aria-describedby=${describedBy(id, Boolean(error))} aria-invalid=${error ? 'true' : 'false'} @input=${this.#input(form, name)}></textarea>`
        : html`<input id=${id} name=${name} type=${type} .value=${String(values[name] ?? '')} min=${type === 'number' ? '0' : nothing}
            aria-describedby=${describedBy(id, Boolean(error))} aria-invalid=${error ? 'true' : 'false'} @input=${this.#input(form, name)} />`}
      ${fieldError(id, error)}
    </div>`;
  }

  #summary(id: string, form: string, errors: Errors, labels: Record<string, string>): TemplateResult | typeof nothing {
    const items = Object.entries(errors).map(([field, text]) => ({ field: `${form}-${field}`, text: `${labels[field] ?? field}: ${text}` }));
    return errorSummary({ id, title: this.#t('common.errorSummary', { count: items.length }), items, focusField: (f) => void focusField(this.#host.renderRoot, f) });
  }

  /** The opportunity form's labels by field (the suitability flags by their own texts). */
  #opportunityLabels(): Record<string, string> {
    const t = this.#t;
    return {
      titleFi: t('volunteering.console.form.titleFi'), titleSv: t('volunteering.console.form.titleSv'), titleEn: t('volunteering.console.form.titleEn'),
      descriptionFi: t('volunteering.console.form.descriptionFi'), area: t('volunteering.console.form.area'), place: t('volunteering.console.form.place'),
      address: t('volunteering.console.form.address'), contact: t('volunteering.console.form.contact'), contactEmail: t('volunteering.console.form.contactEmail'),
      kind: t('volunteering.console.form.kind'), status: t('volunteering.console.form.status'),
      under18: t('volunteering.suitability.under18'), english: t('volunteering.suitability.english'), remote: t('volunteering.suitability.remote'),
    };
  }

  #renderOpportunity(locale: Locale, o: Opportunity | null): TemplateResult {
    const t = this.#t;
    const d = this.#d;
    const f = this.#form;
    const labels = this.#opportunityLabels();
    const conflict = this.#formConflict;
    const select = (name: string, options: [string, string][]) => html`<div part="field" class="field">
      <label for="main-${name}">${labels[name]}</label>
      <select id="main-${name}" name=${name} aria-describedby=${describedBy(`main-${name}`, Boolean(this.#errors[name]))} @change=${this.#input('main', name)}>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${f[name] === value}>${text}</option>`)}
      </select>
      ${fieldError(`main-${name}`, this.#errors[name])}
    </div>`;
    const check = (name: 'under18' | 'english' | 'remote') => html`<div class="check">
      <input id="main-${name}" name=${name} type="checkbox" .checked=${Boolean(f[name])} @change=${this.#input('main', name)} />
      <label for="main-${name}">${t(`volunteering.suitability.${name}`)}</label>
    </div>`;
    const areas: [string, string][] = VOLUNTEER_AREAS.map((a) => [a.id, a.name[locale]]);
    if (typeof f.area === 'string' && !areas.some(([id]) => id === f.area)) areas.push([f.area, areaName(f.area, locale)]);
    return html`<h3 id="detail-title" tabindex="-1">${o ? t('volunteering.console.form.editTitle', { title: pickText(o.title, locale) }) : t('volunteering.console.form.newTitle')}</h3>
      ${this.#notice ? html`<div class="notice" role="alert"><p>${this.#notice}</p></div>` : nothing}
      ${conflict
        ? conflictNotice({
            id: 'opportunity-conflict', level: 4, title: d('volunteering.console.opportunityConflict.title'), changed: conflict,
            lead: d(conflict.length > 0 ? 'volunteering.console.opportunityConflict.kept' : 'volunteering.console.conflict.none'),
            reload: { id: 'reload-opportunity', text: d('volunteering.console.opportunityConflict.reload'), run: this.#reloadOpportunity },
          })
        : nothing}
      <form novalidate aria-labelledby="detail-title" @submit=${this.#saveOpportunity}>
        ${this.#summary('opportunity-summary', 'main', this.#errors, labels)}
        ${select('kind', [['talkoot', t('volunteering.console.kind.talkoot')], ['ongoing', t('volunteering.console.kind.ongoing')]])}
        ${this.#field('main', 'titleFi', labels.titleFi!, this.#errors)} ${this.#field('main', 'titleSv', labels.titleSv!, this.#errors)} ${this.#field('main', 'titleEn', labels.titleEn!, this.#errors)}
        ${this.#field('main', 'descriptionFi', labels.descriptionFi!, this.#errors, 'textarea')}
        ${select('area', areas)}
        ${this.#field('main', 'place', labels.place!, this.#errors)} ${this.#field('main', 'address', labels.address!, this.#errors)}
        ${this.#field('main', 'contact', labels.contact!, this.#errors)} ${this.#field('main', 'contactEmail', labels.contactEmail!, this.#errors, 'email')}
        <fieldset><legend>${t('volunteering.console.form.suitability')}</legend>${check('under18')} ${check('english')} ${check('remote')}</fieldset>
        ${select('status', (['published', 'draft', 'cancelled'] as const).map((s) => [s, t(`volunteering.console.status.${s}`)]))}
        <div class="actions"><button type="submit" part="button" id="save-opportunity" aria-disabled=${this.busy ? 'true' : 'false'}>${t('volunteering.console.form.save')}</button></div>
      </form>
      ${o ? this.#renderShifts(locale, o) : nothing}`;
  }

  #renderShifts(locale: Locale, o: Opportunity): TemplateResult {
    const t = this.#t;
    const labels = { date: t('volunteering.console.shift.date'), start: t('volunteering.console.shift.start'), end: t('volunteering.console.shift.end'), capacity: t('volunteering.console.shift.capacity'), waiting: t('volunteering.console.shift.waiting'), group: t('volunteering.console.shift.group') };
    const shift = o.shifts.find((s) => s.id === this.#shiftId);
    return html`<section aria-labelledby="shifts-title">
        <h4 id="shifts-title">${t('volunteering.console.shifts.heading')}</h4>
        ${o.shifts.length === 0
          ? html`<p>${t('volunteering.console.shifts.empty')}</p>`
          : html`<ul class="shifts">
              ${o.shifts.map((s) => html`<li class="row">
                <span><time datetime=${s.startsAt}>${formatDateTime(s.startsAt, locale)}</time>–${helsinkiTime(s.endsAt)} ·
                  ${t('volunteering.console.shifts.seats', { attending: s.attending, capacity: s.capacity, waiting: s.waiting })}</span>
                <span class="actions">
                  <button type="button" part="button" class="secondary small show-signups" data-id=${s.id} aria-label="${t('volunteering.console.shifts.show')}: ${formatDateTime(s.startsAt, locale)}" @click=${() => void this.#showSignups(s.id)}>${t('volunteering.console.shifts.show')}</button>
                  <button type="button" part="button" class="secondary small edit-shift" data-id=${s.id} aria-label=${this.#d('volunteering.console.shift.editOf', { when: this.#when(s) })} aria-expanded=${this.#editId === s.id ? 'true' : 'false'} @click=${() => void this.#editShift(s)}>${this.#d('volunteering.console.shift.edit')}</button>
                </span>
              </li>`)}
            </ul>`}
        <div class="actions"><button type="button" part="button" class="secondary" id="export-csv" @click=${this.#exportCsv}>${t('volunteering.console.export')}</button></div>
      </section>
      ${this.#editId ? this.#renderEdit(o) : nothing}
      ${shift ? this.#renderSignups(locale, shift) : nothing}
      <form novalidate aria-labelledby="add-shift-title" @submit=${this.#addShift}>
        <h4 id="add-shift-title">${t('volunteering.console.shift.add')}</h4>
        ${this.#summary('shift-summary', 'shift', this.#shiftErrors, labels)}
        <div class="row">
          ${this.#field('shift', 'date', labels.date, this.#shiftErrors, 'date', this.#shiftForm)}
          ${this.#field('shift', 'start', labels.start, this.#shiftErrors, 'time', this.#shiftForm)}
          ${this.#field('shift', 'end', labels.end, this.#shiftErrors, 'time', this.#shiftForm)}
        </div>
        <div class="row">
          ${this.#field('shift', 'capacity', labels.capacity, this.#shiftErrors, 'number', this.#shiftForm)}
          ${this.#field('shift', 'waiting', labels.waiting, this.#shiftErrors, 'number', this.#shiftForm)}
          ${this.#field('shift', 'group', labels.group, this.#shiftErrors, 'number', this.#shiftForm)}
        </div>
        <div class="actions"><button type="submit" part="button" class="secondary" id="add-shift">${t('volunteering.console.shift.add')}</button></div>
      </form>`;
  }

  #editLabels(): Record<string, string> {
    const t = this.#t;
    const d = this.#d;
    return {
      date: t('volunteering.console.shift.date'), start: t('volunteering.console.shift.start'), end: t('volunteering.console.shift.end'), capacity: t('volunteering.console.shift.capacity'),
      minimum: d('volunteering.console.shift.minimum'), waiting: t('volunteering.console.shift.waiting'), group: t('volunteering.console.shift.group'), roles: d('volunteering.console.roles.heading'),
    };
  }

  #renderEdit(o: Opportunity): TemplateResult | typeof nothing {
    const shift = o.shifts.find((s) => s.id === this.#editId);
    if (!shift) return nothing;
    const t = this.#t;
    const d = this.#d;
    const e = this.#editErrors;
    const labels = this.#editLabels();
    const conflict = this.#conflict;
    const f = this.#editForm;
    const role = (r: RoleForm, i: number) => {
      const n = i + 1;
      const set = (patch: Partial<RoleForm>) => {
        this.#roles = this.#roles.map((x, j) => (j === i ? { ...x, ...patch } : x));
      };
      return html`<li class="row">
        <div part="field" class="field">
          <label for="edit-role-${i}-name">${d('volunteering.console.roles.name', { n })}</label>
          <input id="edit-role-${i}-name" .value=${r.name} aria-describedby=${describedBy('edit-roles', Boolean(e.roles))} @input=${(ev: Event) => set({ name: (ev.target as HTMLInputElement).value })} />
        </div>
        <div part="field" class="field">
          <label for="edit-role-${i}-age">${d('volunteering.console.roles.minimumAge', { n })}</label>
          <input id="edit-role-${i}-age" type="number" min="0" max="100" inputmode="numeric" .value=${r.minimumAge} @input=${(ev: Event) => set({ minimumAge: (ev.target as HTMLInputElement).value })} />
        </div>
        <div class="check">
          <input id="edit-role-${i}-check" type="checkbox" .checked=${r.recordCheck} @change=${(ev: Event) => set({ recordCheck: (ev.target as HTMLInputElement).checked })} />
          <label for="edit-role-${i}-check">${d('volunteering.console.roles.recordCheck', { n })}</label>
        </div>
        <button type="button" part="button" class="secondary small remove-role" @click=${() => void this.#removeRole(i)}>${d('volunteering.console.roles.remove', { n })}</button>
      </li>`;
    };
    return html`<section aria-labelledby="edit-title">
      <h4 id="edit-title" tabindex="-1">${d('volunteering.console.shift.editTitle', { when: this.#when(shift) })}</h4>
      ${conflict
        ? conflictNotice({
            id: 'edit-conflict', level: 5, title: d('volunteering.console.conflict.title'), changed: conflict,
            lead: d(conflict.length > 0 ? 'volunteering.console.conflict.kept' : 'volunteering.console.conflict.none'),
            reload: { id: 'reload-shift', text: d('volunteering.console.conflict.reload'), run: this.#reloadShift },
          })
        : nothing}
      <form novalidate aria-labelledby="edit-title" @submit=${this.#saveShift}>
        ${this.#summary('edit-summary', 'edit', e, labels)}
        <div class="row">
          ${this.#field('edit', 'date', labels.date!, e, 'date', f)} ${this.#field('edit', 'start', labels.start!, e, 'time', f)} ${this.#field('edit', 'end', labels.end!, e, 'time', f)}
        </div>
        <div class="row">
          ${this.#field('edit', 'capacity', labels.capacity!, e, 'number', f)} ${this.#field('edit', 'minimum', labels.minimum!, e, 'number', f)}
          ${this.#field('edit', 'waiting', labels.waiting!, e, 'number', f)} ${this.#field('edit', 'group', labels.group!, e, 'number', f)}
        </div>
        <fieldset id="edit-roles" tabindex="-1" aria-describedby=${describedBy('edit-roles', Boolean(e.roles), 'record-law')}>
          <legend>${labels.roles}</legend>
          <p class="hint" id="record-law">${d('volunteering.console.record.hint')}</p>
          ${fieldError('edit-roles', e.roles)}
          ${this.#roles.length === 0 ? html`<p>${d('volunteering.console.roles.empty')}</p>` : html`<ol class="roles">${this.#roles.map(role)}</ol>`}
          <div class="actions"><button type="button" part="button" class="secondary small" id="add-role" @click=${this.#addRole}>${d('volunteering.console.roles.add')}</button></div>
        </fieldset>
        <div class="actions">
          <button type="submit" part="button" id="save-shift" aria-disabled=${this.busy ? 'true' : 'false'}>${d('volunteering.console.shift.save')}</button>
          <button type="button" part="button" class="secondary" id="cancel-edit" @click=${this.#closeEdit}>${d('volunteering.console.shift.cancelEdit')}</button>
        </div>
      </form>
    </section>`;
  }

  #renderSignups(locale: Locale, shift: Shift): TemplateResult {
    const t = this.#t;
    const when = `${formatDateTime(shift.startsAt, locale)} (${helsinkiDate(shift.startsAt) === helsinkiDate(shift.endsAt) ? helsinkiTime(shift.endsAt) : formatDateTime(shift.endsAt, locale)})`;
    const status = (s: StaffSignup) => (s.status === 'attending' ? t('volunteering.console.signups.attending') : s.status === 'waiting' ? t('volunteering.console.signups.waiting', { position: s.position ?? 0 }) : t('volunteering.console.signups.cancelled'));
    const m = this.#message;
    const d = this.#d;
    const checked = new Map(shift.roles.map((r) => [r.id, r]));
    const needsCheck = shift.roles.some((r) => r.criminalRecordCheck);
    const record = (s: StaffSignup) => {
      if (!(s.role && checked.get(s.role)?.criminalRecordCheck) || s.status === 'cancelled') return d('volunteering.console.record.notNeeded');
      return html`<span class="check"><input type="checkbox" class="record-check" id="record-${s.id}" data-id=${s.id} .checked=${s.recordCheck !== null} aria-describedby="record-hint"
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            void this.#changeSignup(s, () => this.#host.staff.recordCheckSeen(s.id, on), d(on ? 'volunteering.console.record.marked' : 'volunteering.console.record.unmarked', { name: s.name }));
          }} /><label for="record-${s.id}">${d('volunteering.console.record.seen', { name: s.name })}</label></span>
        ${s.recordCheck ? html`<br /><span class="hint">${d('volunteering.console.record.seenBy', { when: formatDateTime(s.recordCheck.seenAt, locale), by: s.recordCheck.seenBy })}</span>` : nothing}`;
    };
    return html`<section aria-labelledby="signups-title">
      <h4 id="signups-title" tabindex="-1">${t('volunteering.console.signups.heading', { when })}</h4>
      ${this.#signups === null
        ? html`<p>${t('volunteering.console.loading')}</p>`
        : this.#signups.length === 0
          ? html`<p>${t('volunteering.console.signups.empty')}</p>`
          : html`${needsCheck ? html`<p class="hint" id="record-hint">${d('volunteering.console.record.hint')}</p>` : nothing}<div class="table-wrap"><table>
              <caption class="visually-hidden">${t('volunteering.console.signups.heading', { when })}</caption>
              <thead><tr>
                <th scope="col">${t('volunteering.console.signups.name')}</th>
                <th scope="col">${t('volunteering.console.signups.contact')}</th>
                <th scope="col">${t('volunteering.console.signups.people')}</th>
                <th scope="col">${t('volunteering.console.signups.status')}</th>
                <th scope="col">${t('volunteering.console.signups.checkIn', { name: '' }).replace(/:\s*$/, '')}</th>
                <th scope="col">${t('volunteering.console.signups.hours', { name: '' }).replace(/:\s*$/, '')}</th>
                ${needsCheck ? html`<th scope="col">${d('volunteering.console.record.column')}</th>` : nothing}
              </tr></thead>
              <tbody>
                ${this.#signups.map((s) => html`<tr>
                  <th scope="row">${s.name}${s.role && checked.get(s.role) ? html`<br /><span class="hint">${pickText(checked.get(s.role)!.name, locale)}</span>` : nothing}</th>
                  <td>${s.email}${s.phone ? html`<br />${s.phone}` : nothing}</td>
                  <td>${s.groupSize}</td>
                  <td>${status(s)}</td>
                  <td>${s.status === 'attending'
                    ? html`<input type="checkbox" class="check-in" data-id=${s.id} .checked=${s.checkedIn} aria-label=${t('volunteering.console.signups.checkIn', { name: s.name })}
                        @change=${(e: Event) => {
                          const on = (e.target as HTMLInputElement).checked;
                          void this.#changeSignup(s, () => this.#host.staff.checkIn(s.id, on), t(on ? 'volunteering.console.signups.checkedIn' : 'volunteering.console.signups.notCheckedIn', { name: s.name }));
                        }} />`
                    : nothing}</td>
                  <td>${s.status === 'attending'
                    ? html`<form class="row" novalidate aria-label=${t('volunteering.console.signups.hours', { name: s.name })} @submit=${(e: Event) => {
                        e.preventDefault();
                        const form = e.target as HTMLFormElement;
                        const hours = Number((form.elements.namedItem('hours') as HTMLInputElement).value.replace(',', '.'));
                        const approved = (form.elements.namedItem('approved') as HTMLInputElement).checked;
                        void this.#changeSignup(s, () => this.#host.staff.logHours(s.id, Number.isFinite(hours) ? hours : 0, approved), t('volunteering.console.signups.hoursSaved', { name: s.name }));
                      }}>
                        <input class="hours" name="hours" inputmode="decimal" .value=${this.#hours.get(s.id) ?? ''} aria-label=${t('volunteering.console.signups.hours', { name: s.name })}
                          @input=${(e: Event) => this.#hours.set(s.id, (e.target as HTMLInputElement).value)} />
                        <span class="check"><input type="checkbox" name="approved" id="approve-${s.id}" .checked=${s.hoursApproved} /><label for="approve-${s.id}">${t('volunteering.console.signups.approve', { name: s.name })}</label></span>
                        <button type="submit" part="button" class="secondary small save-hours">${t('volunteering.console.signups.saveHours', { name: s.name })}</button>
                      </form>`
                    : nothing}</td>
                  ${needsCheck ? html`<td>${record(s)}</td>` : nothing}
                </tr>`)}
              </tbody>
            </table></div>`}
      <form novalidate aria-labelledby="message-title" @submit=${this.#sendMessage}>
        <h4 id="message-title">${t('volunteering.console.message.heading')}</h4>
        ${this.#summary('message-summary', 'message', this.#messageErrors, { subject: t('volunteering.console.message.subject'), body: t('volunteering.console.message.body') })}
        ${this.#field('message', 'subject', t('volunteering.console.message.subject'), this.#messageErrors, 'text', m)}
        ${this.#field('message', 'body', t('volunteering.console.message.body'), this.#messageErrors, 'textarea', m)}
        <div part="field" class="field">
          <label for="message-to">${t('volunteering.console.message.to')}</label>
          <select id="message-to" name="to" @change=${this.#input('message', 'to')}>
            <option value="attending" ?selected=${m.to !== 'all'}>${t('volunteering.console.message.toAttending')}</option>
            <option value="all" ?selected=${m.to === 'all'}>${t('volunteering.console.message.toAll')}</option>
          </select>
        </div>
        <div class="actions"><button type="submit" part="button" id="send-message">${t('volunteering.console.message.send')}</button></div>
      </form>
    </section>`;
  }

  #renderProposal(locale: Locale, p: TalkootProposal): TemplateResult {
    const t = this.#t;
    const open = p.status === 'proposed' && this.#host.isCity;
    return html`<h3 id="detail-title" tabindex="-1">${p.what}</h3>
      ${this.#notice ? html`<div class="notice" role="alert"><p>${this.#notice}</p></div>` : nothing}
      <dl>
        <div><dt>${t('volunteering.console.col.status')}</dt><dd>${t(`volunteering.console.proposal.${p.status}`)}${p.declineReason ? `: ${p.declineReason}` : ''}</dd></div>
        <div><dt>${t('volunteering.console.form.descriptionFi')}</dt><dd>${p.description}</dd></div>
        <div><dt>${t('volunteering.console.form.place')}</dt><dd>${p.where}, ${areaName(p.area, locale)}</dd></div>
        <div><dt>${t('volunteering.console.shift.date')}</dt><dd><time datetime=${p.startsAt}>${formatDateTime(p.startsAt, locale)}</time>–${helsinkiTime(p.endsAt)}</dd></div>
        <div><dt>${t('volunteering.console.signups.people')}</dt><dd>${t('volunteering.console.proposal.people', { people: p.expectedPeople })}</dd></div>
        ${p.supplies.length > 0 ? html`<div><dt>${t('volunteering.console.proposal.supplies')}</dt><dd>${p.supplies.map((s) => (s.quantity ? `${s.quantity} ${s.item}` : s.item)).join(', ')}</dd></div>` : nothing}
        ${p.organisationName ? html`<div><dt>${t('volunteering.console.proposal.by')}</dt><dd>${p.organisationName}</dd></div>` : nothing}
      </dl>
      ${open
        ? html`<form novalidate aria-labelledby="approve-title" @submit=${(e: Event) => { e.preventDefault(); void this.#decide('approve'); }}>
              <h4 id="approve-title">${t('volunteering.console.proposal.approve')}</h4>
              <div part="field" class="field">
                <label for="capacity">${t('volunteering.console.proposal.capacity')}</label>
                <input id="capacity" name="capacity" type="number" min="1" .value=${this.#capacity} @input=${(e: Event) => (this.#capacity = (e.target as HTMLInputElement).value)} />
              </div>
              <div class="actions"><button type="submit" part="button" id="approve">${t('volunteering.console.proposal.approve')}</button></div>
            </form>
            <form novalidate aria-labelledby="decline-title" @submit=${(e: Event) => { e.preventDefault(); void this.#decide('decline'); }}>
              <h4 id="decline-title">${t('volunteering.console.proposal.decline')}</h4>
              <div part="field" class="field">
                <label for="reason">${t('volunteering.console.proposal.reason')}</label>
                <p class="hint" id="reason-hint">${t('volunteering.console.proposal.reasonHint')}</p>
                <textarea id="reason" name="reason" rows="3" .value=${this.#reason} aria-describedby=${describedBy('reason', Boolean(this.#reasonError), 'reason-hint')} aria-invalid=${this.#reasonError ? 'true' : 'false'}
                  @input=${(e: Event) => (this.#reason = (e.target as HTMLTextAreaElement).value)}></textarea>
                ${fieldError('reason', this.#reasonError)}
              </div>
              <div class="actions"><button type="submit" part="button" class="secondary" id="decline">${t('volunteering.console.proposal.decline')}</button></div>
            </form>`
        : nothing}`;
  }
}
