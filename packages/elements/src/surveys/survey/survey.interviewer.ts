// Interviewer mode of <kohtaamo-survey> (a phone vendor's interviewer enters a respondent's
// answers), imported only when the element's mode is `interviewer` (ADR 0047): the vendor's
// respondent id field above the pages, and the "saved" notice with "Next respondent".
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError, Locale } from '@kohtaamo/core';
import { safeSessionStorage } from '../../state/local-storage.js';
import { laterTexts } from './survey.later-messages.js';

export { loadLaterTexts as ready } from './survey.later-messages.js';

/** The page's language, and a re-render for when its texts arrive. */
export interface InterviewerHost {
  readonly locale: Locale;
  requestUpdate(): void;
}

/**
 * The staff token the staff pages keep for this tab (the key of staff/staff-sign-in.ts, not
 * imported so that this module stays small): an interviewer who signed in on a staff page enters
 * interviews with it when the page gives the element no `staffToken`.
 */
export function signedInToken(): string | null {
  return safeSessionStorage()?.getItem('kohtaamo-staff-token') || null;
}

/** The vendor's respondent id (required; checked with the answers before sending). */
export function respondentField(host: InterviewerHost, value: string, error: FieldError | undefined, input: (value: string) => void): TemplateResult {
  const { t, code } = laterTexts(host.locale, () => host.requestUpdate());
  return html`<div class="field" part="respondent">
    <label for="respondent-id">${t('surveys.ui.respondentId')} <span class="optional">${t('surveys.ui.required')}</span></label>
    ${error ? html`<p class="error" id="respondent-id-error">${code(error.code, error.params)}</p>` : nothing}
    <input id="respondent-id" autocomplete="off" spellcheck="false" .value=${live(value)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'respondent-id-error' : nothing} @input=${(e: Event) => input((e.target as HTMLInputElement).value)} />
  </div>`;
}

/** The interview is saved: say whose, and start the next respondent. */
export function interviewSaved(host: InterviewerHost, respondent: string, next: () => void): TemplateResult {
  const { t } = laterTexts(host.locale, () => host.requestUpdate());
  return html`<div class="notice success" part="notice" role="status"><p>${t('surveys.ui.interviewSaved', { respondent })}</p>
    <div class="actions"><button type="button" @click=${next}>${t('surveys.ui.nextRespondent')}</button></div></div>`;
}
