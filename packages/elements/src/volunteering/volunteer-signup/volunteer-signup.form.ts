// The sign-up form of <kohtaamo-volunteer-signup> (issue 7, docs/adr/0091): its fields, hints,
// errors by the field and the error summary, with their texts. The first view shows the talkoot
// (what, when, the seats left) and a button "Ilmoittaudu"; this part is imported when a person
// first points at or focuses that button (or presses it), and the form replaces the button.
// It imports nothing of the entry (types only), so rollup keeps the entry whole.
import { html, nothing, type TemplateResult } from 'lit';
import { createMessages, lazyCommonMessages, lazyVolunteeringSignupFormMessages, lazyVolunteeringSignupMessages, pickText, type Locale, type TranslatorOf } from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import { textLang } from '../../i18n/text-lang.js';
import type { Field, SignupFormHost, SignupState } from './volunteer-signup.host.js';

const messages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyVolunteeringSignupMessages, lazyVolunteeringSignupFormMessages);
type Translator = TranslatorOf<typeof messages>;

/** Loads a language's texts of the form (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

function texts(host: SignupFormHost): Translator {
  if (!messages.isLoaded(host.locale)) void messages.load(host.locale).then(() => host.requestUpdate());
  return messages.translator(host.locale);
}

/** Keeps what the person types in the shared state (it outlives any part's failure). */
function input(host: SignupFormHost, field: keyof SignupState['values']) {
  return (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const values = host.s.values as unknown as Record<string, unknown>;
    values[field] = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    if (field === 'groupSize' || field === 'age' || field === 'role') host.requestUpdate();
  };
}

function text(host: SignupFormHost, t: Translator, field: 'name' | 'email' | 'phone' | 'guardianName', type: string, autocomplete: string, error: string | null, optional = false): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${field}>${t(`volunteering.signup.${field}`)}${optional ? html` <span class="optional">${t('common.optional')}</span>` : nothing}</label>
    <input id=${field} name=${field} type=${type} autocomplete=${autocomplete} .value=${host.s.values[field]}
      aria-describedby=${describedBy(field, Boolean(error))} aria-invalid=${error ? 'true' : 'false'} @input=${input(host, field)} />
    ${fieldError(field, error)}
  </div>`;
}

/**
 * Holds seats the first time the form is used and again when the group size changes (the
 * sending part's `holdSeats`, imported for it). Without that part there is no hold: the sign-up
 * is sent without one and takes free seats, as one without a hold always could.
 */
function holdSeats(host: SignupFormHost): void {
  void host.later.get().then((later) => later.holdSeats(host), () => undefined);
}

function shiftChanged(host: SignupFormHost, event: Event): void {
  const { s } = host;
  s.shiftId = (event.target as HTMLSelectElement).value;
  // The other shift's seats go back at once; a hold under way sees the change itself.
  if (!s.holding) {
    if (s.hold?.id) host.later.value?.release(host, s.hold.id);
    s.hold = null;
  }
  host.checkOverlaps();
  host.requestUpdate();
}

/** Sends with the sending part; one send waits for it when it is still on its way, what was typed stays in the form. */
async function submit(host: SignupFormHost, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const { s } = host;
  if (s.sending || s.awaitingLater) return;
  s.laterFailed = false;
  const t = texts(host);
  let later;
  try {
    if (!host.later.value) {
      s.awaitingLater = true;
      s.announcement = t('volunteering.signup.sending');
      host.requestUpdate();
    }
    later = await host.later.get();
  } catch {
    // The checking and sending part did not load: the person's text stays in the form.
    s.laterFailed = true;
    s.announcement = t('common.networkError');
    host.requestUpdate();
    return;
  } finally {
    s.awaitingLater = false;
  }
  await later.submit(host);
}

/** Focuses the form's first control (the shift, else the name): the form has just replaced the button. */
export async function focusFirst(host: SignupFormHost): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('form select, form input')?.focus();
}

/** The form: the shift, the person's details, the group, the age (a guardian under 18), the role. */
export function renderForm(host: SignupFormHost): TemplateResult {
  const { s, locale } = host;
  const t = texts(host);
  const shift = host.selectedShift();
  const open = host.openShifts();
  const err = (f: Field) => s.errors.get(f) ?? null;
  const minor = s.values.age !== '' && Number(s.values.age) < 18;
  const maxGroup = shift?.maxGroupSize ?? 1;
  const role = shift?.roles.find((r) => r.id === s.values.role);
  const label = (f: Field) => (f === 'shift' || f === 'guardianConsent' ? '' : t(`volunteering.signup.${f}`));
  // Each line names its field, as GOV.UK's and HDS's summaries do.
  const items = host.fields.filter((f) => s.errors.has(f)).map((f) => ({ field: f, text: label(f) ? `${label(f)}: ${s.errors.get(f)!}` : s.errors.get(f)! }));
  const busy = s.sending || s.awaitingLater;
  return html`${s.summary ? errorSummary({ title: t('common.errorSummary', { count: items.length }), items, focusField: (f) => focusField(host.renderRoot, f) }) : nothing}
    ${s.notice ? html`<div class="notice ${s.notice.warning ? 'warning' : ''}"><p>${s.notice.text}</p></div>` : nothing}
    ${s.laterFailed
      ? html`<div class="notice warning" id="later-failed"><p>${t('common.networkError')}</p>
          <button type="button" part="button" @click=${() => host.renderRoot.querySelector('form')?.requestSubmit()}>${t('common.retryNow')}</button></div>`
      : nothing}
    <form part="form" novalidate aria-labelledby="form-title" @submit=${(e: SubmitEvent) => void submit(host, e)} @focusin=${() => holdSeats(host)}>
      <h3 id="form-title">${t('volunteering.signup.heading')}</h3>
      ${open.length > 1
        ? html`<div part="field" class="field">
            <label for="shift">${t('volunteering.signup.shift')}</label>
            <select id="shift" name="shift" @change=${(e: Event) => shiftChanged(host, e)}>
              ${open.map((x) => html`<option value=${x.id} ?selected=${x.id === s.shiftId}>${host.when(x)}</option>`)}
            </select>
          </div>`
        : nothing}
      ${s.hold ? html`<p class="hint">${s.hold.outcome === 'attending' ? t('volunteering.hold.held', { seats: s.hold.seats, minutes: s.hold.minutes }) : t('volunteering.hold.waiting')}</p>` : nothing}
      ${text(host, t, 'name', 'text', 'name', err('name'))}
      ${text(host, t, 'email', 'email', 'email', err('email'))}
      ${text(host, t, 'phone', 'tel', 'tel', err('phone'), true)}
      ${maxGroup > 1
        ? html`<div part="field" class="field">
            <label for="groupSize">${t('volunteering.signup.groupSize')}</label>
            <p class="hint" id="groupSize-hint">${t('volunteering.signup.groupSizeHint', { max: maxGroup })}</p>
            <input id="groupSize" name="groupSize" type="number" inputmode="numeric" min="1" max=${maxGroup} .value=${String(s.values.groupSize)}
              aria-describedby=${describedBy('groupSize', Boolean(err('groupSize')), 'groupSize-hint')} aria-invalid=${err('groupSize') ? 'true' : 'false'}
              @input=${input(host, 'groupSize')} @change=${() => holdSeats(host)} />
            ${fieldError('groupSize', err('groupSize'))}
          </div>`
        : nothing}
      <div part="field" class="field">
        <label for="age">${t('volunteering.signup.age')}</label>
        <input id="age" name="age" type="number" inputmode="numeric" min="1" max="120" .value=${s.values.age}
          aria-describedby=${describedBy('age', Boolean(err('age')))} aria-invalid=${err('age') ? 'true' : 'false'} @input=${input(host, 'age')} />
        ${fieldError('age', err('age'))}
      </div>
      ${shift && shift.roles.length > 0
        ? html`<div part="field" class="field">
            <label for="role">${t('volunteering.signup.role')}</label>
            ${role?.criminalRecordCheck ? html`<p class="hint" id="role-hint">${t('volunteering.signup.recordCheck')}</p>` : nothing}
            <select id="role" name="role" aria-describedby=${describedBy('role', Boolean(err('role')), role?.criminalRecordCheck ? 'role-hint' : null)} @change=${input(host, 'role')}>
              <option value="">${t('volunteering.signup.roleNone')}</option>
              ${shift.roles.map((r) => html`<option value=${r.id} ?selected=${r.id === s.values.role} lang=${textLang(r.name, locale)}>${pickText(r.name, locale)}</option>`)}
            </select>
            ${fieldError('role', err('role'))}
          </div>`
        : nothing}
      ${minor
        ? html`${text(host, t, 'guardianName', 'text', 'off', err('guardianName'))}
            <div part="field" class="field">
              <div class="check">
                <input id="guardianConsent" name="guardianConsent" type="checkbox" .checked=${s.values.guardianConsent}
                  aria-describedby=${describedBy('guardianConsent', Boolean(err('guardianConsent')))} aria-invalid=${err('guardianConsent') ? 'true' : 'false'} @change=${input(host, 'guardianConsent')} />
                <label for="guardianConsent">${t('volunteering.signup.guardianConsent')}</label>
              </div>
              ${fieldError('guardianConsent', err('guardianConsent'))}
            </div>`
        : nothing}
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t('volunteering.signup.sending') : t('volunteering.signup.submit')}</button>
      </div>
    </form>`;
}
