// The answer checks of <kohtaamo-survey> and what shows their outcome: the texts of their errors
// and the summary of a page's errors, each linked to its field. Imported after the first page has
// rendered (prefetched when the browser is idle) and needed when "Next" is first pressed: no error
// can exist before, so the first page shows without them (ADR 0064, ADR 0069). It also builds the
// surveys API for sending, since it is always here before a response is sent.
import { html, nothing, type TemplateResult } from 'lit';
import { OTHER_VALUE, type FieldError, type Locale, type SurveyDefinition, type SurveyText } from '@kohtaamo/core';
import { laterTexts } from './survey.later-messages.js';

export { validateAnswer, validateResponse } from '@kohtaamo/core';
export { laterTexts, loadLaterTexts as ready } from './survey.later-messages.js';
export { surveysApiOf } from './survey.api.js';

/** What the summary reads of the survey element (survey.ts). */
export interface SummaryHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: Locale;
  readonly definition: SurveyDefinition;
  text(text: SurveyText | undefined): string;
  requestUpdate(): void;
}

/** The id of a field from an error's pointer: `#/answers/q` → `f-q`, `#/answers/q/row` → `f-q-row`, `#/answers/q.other` → `f-q-other-text`. */
export function fieldId(pointer: string): string {
  if (pointer === '#/respondentId') return 'respondent-id';
  const parts = pointer.split('/').slice(2);
  if (parts[0]?.endsWith(`.${OTHER_VALUE}`)) return `f-${parts[0].slice(0, -OTHER_VALUE.length - 1)}-other-text`;
  return `f-${parts.join('-')}`;
}

/** The list of what to fix at the top of a page (or the review), each linked to its field. */
export function renderSummary(host: SummaryHost, errors: Readonly<Record<string, FieldError>>): TemplateResult | typeof nothing {
  const list = Object.values(errors);
  if (list.length === 0) return nothing;
  const { t, code } = laterTexts(host.locale, () => host.requestUpdate());
  const label = (pointer: string): string => {
    if (pointer === '#/respondentId') return t('surveys.ui.respondentId');
    const id = pointer.split('/')[2]?.split('.')[0] ?? '';
    const question = host.definition.pages.flatMap((p) => p.sections.flatMap((s) => s.questions)).find((q) => q.id === id);
    return question ? host.text(question.text) : id;
  };
  const focus = (event: Event, pointer: string): void => {
    event.preventDefault();
    const id = CSS.escape(fieldId(pointer));
    const field = host.renderRoot.querySelector<HTMLElement>(`#${id}`) ?? host.renderRoot.querySelector<HTMLElement>(`[data-field="${id}"] input, [data-field="${id}"] select, [data-field="${id}"] textarea, [data-field="${id}"] button`);
    field?.focus();
  };
  return html`<div class="summary" part="error-summary" role="group" aria-labelledby="summary-title">
    <h3 id="summary-title" tabindex="-1">${t('surveys.ui.pageErrors', { count: list.length })}</h3>
    <ul>
      ${list.map((e) => html`<li><a href="#${fieldId(e.pointer)}" @click=${(ev: Event) => focus(ev, e.pointer)}>${label(e.pointer)}: ${code(e.code, e.params)}</a></li>`)}
    </ul>
  </div>`;
}
