// What <kohtaamo-volunteer-signup> needs only after the person acts (issue 7): the seat hold
// placed when the form is first used, checking and sending the sign-up with the server's answers,
// the confirmation with the manage code, and the sign-up opened by its code (change the group
// size, cancel), with their requests, the receipt's schema and their texts. Imported when the
// form is opened and first focused (for the hold), when it is sent, or at once for a manage code.
import { html, nothing, type TemplateResult } from 'lit';
import * as v from 'valibot';
import {
  createMessages,
  createVolunteeringSignupSendApi,
  formatDateTime,
  lazyCommonMessages,
  lazyVolunteeringChecksMessages,
  lazyVolunteeringSignupLaterMessages,
  lazyVolunteeringSignupFormMessages,
  lazyVolunteeringSignupMessages,
  NetworkError,
  newIdempotencyKey,
  pickText,
  ProblemError,
  roleRefusal,
  SignupSubmissionSchema,
  VOLUNTEERING_PROBLEM_TYPES,
  type Locale,
  type SignupReceipt,
  type HttpClient,
  type TranslatorOf,
  type VolunteeringSignupSendApi,
} from '@kohtaamo/core';
import type { Field, SignupHost } from './volunteer-signup.host.js';
import { textLang } from '../../i18n/text-lang.js';
import { describedBy, fieldError } from '../../forms/form-templates.js';

const messages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringSignupMessages, lazyVolunteeringSignupFormMessages, lazyVolunteeringChecksMessages, lazyVolunteeringSignupLaterMessages);
type Translator = TranslatorOf<typeof messages>;

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

function texts(host: SignupHost): Translator {
  if (!messages.isLoaded(host.locale)) void messages.load(host.locale).then(() => host.requestUpdate());
  return messages.translator(host.locale);
}

let built: { http: HttpClient; api: VolunteeringSignupSendApi } | null = null;
/** The requests of this part: the page's own API (stories, tests), else built on the element's client. */
function api(host: SignupHost): VolunteeringSignupSendApi {
  if (host.apiOverride) return host.apiOverride;
  if (built?.http !== host.http) built = { http: host.http, api: createVolunteeringSignupSendApi(host.http) };
  return built.api;
}

/** Reads the sign-up a manage code opens (the page was opened from the confirmation mail's link). */
export async function open(host: SignupHost): Promise<void> {
  const { s } = host;
  s.receipt = await api(host).manage(s.code);
  s.values.groupSize = s.receipt.groupSize;
}

/** Gives a hold's seats back (another shift was chosen). */
export function release(host: SignupHost, holdId: string): void {
  void api(host).release(holdId).catch(() => undefined);
}

/**
 * Holds seats the first time the form is used, and again when the group size changes. A change
 * made while a hold is on its way is held once that answer has come: one hold at a time, and
 * always for the latest group size. Never once the sign-up is being sent: a hold placed after
 * it would keep seats from everyone (this person too) until it expired.
 */
export function holdSeats(host: SignupHost): Promise<void> {
  const { s } = host;
  if (s.holding) return s.holding;
  if (s.sending || s.view !== 'form') return Promise.resolve();
  const requests = api(host);
  s.holding = (async () => {
    // Settles after this promise is stored in s.holding, even when there is nothing to hold.
    await null;
    try {
      for (;;) {
        const shiftId = s.shiftId;
        const seats = Math.max(1, Math.min(Number(s.values.groupSize) || 1, host.selectedShift()?.maxGroupSize ?? 1));
        if (!shiftId || s.view !== 'form' || (s.hold?.shiftId === shiftId && s.hold.seats === seats)) return;
        try {
          if (s.hold?.id) await requests.release(s.hold.id).catch(() => undefined);
          s.hold = null;
          const hold = await requests.hold(shiftId, seats);
          if (shiftId !== s.shiftId) {
            // Another shift was chosen meanwhile: this one's seats are not wanted.
            if (hold.holdId) await requests.release(hold.holdId).catch(() => undefined);
            continue;
          }
          s.hold = { id: hold.holdId, shiftId, seats, outcome: hold.outcome, minutes: Math.max(1, Math.round((Date.parse(hold.expiresAt) - Date.now()) / 60_000)) };
        } catch {
          s.hold = null;
          return;
        }
      }
    } finally {
      s.holding = null;
      host.requestUpdate();
    }
  })();
  return s.holding;
}

const code = (t: Translator, key: string, params: Record<string, string | number> = {}): string => (messages.has(key) ? t(key, params) : key);

function submission(host: SignupHost) {
  const { values, hold } = host.s;
  const age = values.age === '' ? Number.NaN : Number(values.age);
  return {
    name: values.name,
    email: values.email,
    phone: values.phone,
    groupSize: Number(values.groupSize) || 1,
    age: Number.isFinite(age) ? age : (undefined as unknown as number),
    ...(values.role ? { role: values.role } : {}),
    guardianName: values.guardianName,
    guardianConsent: values.guardianConsent,
    lang: host.locale,
    ...(hold?.id ? { holdId: hold.id } : {}),
  };
}

function validate(host: SignupHost, t: Translator): Map<Field, string> {
  const errors = new Map<Field, string>();
  const shift = host.selectedShift();
  const sent = submission(host);
  const parsed = v.safeParse(SignupSubmissionSchema, sent);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = (v.getDotPath(issue) ?? '') as Field;
      if (!host.fields.includes(field) || errors.has(field)) continue;
      const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
      errors.set(field, code(t, issue.message, { min: requirement ?? '', max: requirement ?? '' }));
    }
  }
  if (shift && sent.groupSize > shift.maxGroupSize) errors.set('groupSize', t('volunteering.group.tooLarge', { max: shift.maxGroupSize }));
  const role = shift?.roles.find((r) => r.id === sent.role);
  const refusal = typeof sent.age === 'number' ? roleRefusal(role, sent.age) : null;
  if (refusal && !errors.has('age')) errors.set('age', t(refusal.key, refusal.params));
  return errors;
}

const focus = async (host: SignupHost, selector: string): Promise<void> => {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
};

/** Checks the form and sends it; the errors go to the summary (focused), a stored sign-up to the confirmation. */
export async function submit(host: SignupHost): Promise<void> {
  const { s } = host;
  await ready(host.locale);
  const t = texts(host);
  s.errors = validate(host, t);
  s.notice = null;
  if (s.errors.size > 0) {
    s.summary = true;
    s.announcement = '';
    host.requestUpdate();
    await focus(host, '#summary');
    return;
  }
  s.summary = false;
  s.sending = true;
  s.announcement = t('volunteering.signup.sending');
  host.requestUpdate();
  try {
    // A hold still on its way is waited for, so the sign-up takes the seats held for it.
    await s.holding;
    s.idempotencyKey ||= newIdempotencyKey();
    const receipt = await api(host).signUp(s.shiftId, submission(host), s.idempotencyKey);
    s.receipt = receipt;
    s.code = receipt.manageCode ?? '';
    if (s.code) host.remember(s.code, true);
    s.idempotencyKey = '';
    s.hold = null;
    s.view = 'done';
    s.announcement = statusText(t, receipt);
    host.submitted(receipt);
    s.sending = false;
    host.requestUpdate();
    await focus(host, '#confirmation-title');
  } catch (error) {
    failure(host, t, error);
  } finally {
    s.sending = false;
    host.requestUpdate();
  }
}

function failure(host: SignupHost, t: Translator, error: unknown): void {
  const { s } = host;
  if (error instanceof ProblemError && error.status === 422 && error.problem.errors?.length) {
    s.errors = new Map();
    for (const e of error.problem.errors) {
      const field = e.pointer.replace(/^#\//, '').split('/')[0] as Field;
      const key = host.fields.includes(field) ? field : 'name';
      if (!s.errors.has(key)) s.errors.set(key, messages.has(e.code) ? t(e.code, e.params ?? {}) : e.detail);
    }
    s.summary = true;
    // The summary takes the focus and is read out: the status no longer says "Sending…".
    s.announcement = '';
    void focus(host, '#summary');
    return;
  }
  const full = error instanceof ProblemError && error.problem.type === VOLUNTEERING_PROBLEM_TYPES.full;
  const closed = error instanceof ProblemError && error.problem.type === VOLUNTEERING_PROBLEM_TYPES.closed;
  const text = full ? t('volunteering.full') : closed ? t('volunteering.closed') : error instanceof NetworkError ? t('common.networkError') : t('common.unexpected');
  s.notice = { text, warning: true };
  s.announcement = text;
}

async function cancel(host: SignupHost): Promise<void> {
  const { s } = host;
  const t = texts(host);
  try {
    const receipt = await api(host).cancel(s.code);
    s.receipt = receipt;
    host.remember(s.code, false);
    s.view = 'cancelled';
    s.announcement = t('volunteering.signup.cancelled');
    host.cancelled(receipt);
    host.requestUpdate();
    await focus(host, '#confirmation-title');
  } catch (error) {
    failure(host, t, error);
    host.requestUpdate();
  }
}

async function change(host: SignupHost, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const { s } = host;
  const t = texts(host);
  try {
    s.receipt = await api(host).change(s.code, Number(s.values.groupSize));
    s.notice = { text: t('volunteering.signup.changed'), warning: false };
    s.errors = new Map();
  } catch (error) {
    if (error instanceof ProblemError && error.status === 422) s.errors = new Map([['groupSize', t('volunteering.group.tooLarge', { max: Number(error.problem.errors?.[0]?.params?.max ?? 1) })]]);
    else failure(host, t, error);
  }
  s.announcement = s.notice?.text ?? s.errors.get('groupSize') ?? '';
  host.requestUpdate();
}

function statusText(t: Translator, receipt: SignupReceipt): string {
  return receipt.status === 'attending' ? t('volunteering.signup.attending', { email: receipt.email }) : receipt.status === 'waiting' ? t('volunteering.signup.waiting', { position: receipt.position ?? 0 }) : t('volunteering.signup.cancelled');
}

/** The confirmation after sending, or the sign-up opened by its manage code (change, cancel). */
export function renderConfirmation(host: SignupHost): TemplateResult {
  const { s, locale } = host;
  const t = texts(host);
  const r = s.receipt!;
  const o = s.opportunity;
  const active = r.status !== 'cancelled';
  const shift = o?.shifts.find((x) => x.id === r.shiftId);
  const maxGroup = shift?.maxGroupSize ?? 1;
  const err = s.errors.get('groupSize') ?? null;
  return html`<section part="confirmation" class="confirmation" aria-labelledby="confirmation-title">
    <h2 id="confirmation-title" tabindex="-1" lang=${o && s.view !== 'manage' ? textLang(o.title, locale) : nothing}>${s.view === 'manage' ? t('volunteering.signup.manageHeading') : o ? pickText(o.title, locale) : t('volunteering.signup.manageHeading')}</h2>
    ${o && s.view === 'manage' ? html`<p lang=${textLang(o.title, locale)}>${pickText(o.title, locale)}</p>` : nothing}
    <p><time datetime=${r.startsAt}>${formatDateTime(r.startsAt, locale)}</time></p>
    <p>${s.view === 'manage' && r.status === 'attending' ? t('volunteering.signup.youAreIn') : statusText(t, r)}</p>
    <p>${t('volunteering.mail.people', { people: r.groupSize })}</p>
    ${s.view === 'done' && r.manageCode
      ? html`<p class="code">${t('volunteering.signup.manageCode', { code: r.manageCode })}</p>
          ${r.manageUrl ? html`<p><a href=${r.manageUrl}>${t('volunteering.signup.manageLink')}</a></p>` : nothing}`
      : nothing}
    ${s.notice ? html`<p>${s.notice.text}</p>` : nothing}
    ${active && s.view === 'manage' && maxGroup > 1
      ? html`<form part="form" novalidate aria-labelledby="change-title" @submit=${(e: SubmitEvent) => void change(host, e)}>
          <h3 id="change-title">${t('volunteering.signup.groupSize')}</h3>
          <div part="field" class="field">
            <label for="groupSize">${t('volunteering.signup.groupSize')}</label>
            <input id="groupSize" name="groupSize" type="number" min="1" max=${maxGroup} .value=${String(s.values.groupSize)}
              aria-describedby=${describedBy('groupSize', Boolean(err))} aria-invalid=${err ? 'true' : 'false'}
              @input=${(e: Event) => void (s.values.groupSize = (e.target as HTMLInputElement).value)} />
            ${fieldError('groupSize', err)}
          </div>
          <button type="submit" part="button" class="secondary">${t('volunteering.signup.change')}</button>
        </form>`
      : nothing}
    ${active ? html`<div class="actions"><button type="button" part="button" class="secondary" @click=${() => void cancel(host)}>${t('volunteering.signup.cancel')}</button></div>` : nothing}
  </section>`;
}
