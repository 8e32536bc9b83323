// The question types the first page of the Heinola template does not use (choices with "other",
// the dropdown, yes/no, the number), drawn for <kohtaamo-survey> by its write side (ADR 0109):
// re-exported by survey.write.ts, so it is here before any page that has one (a later page needs
// the store; a first page that has one waits for the write side with the round).
import { html, nothing, type TemplateResult } from 'lit';
import { OTHER_VALUE, presentationOrder, type AnswerValue, type FieldError, type Locale, type MessageParams, type SurveyAnswers, type SurveyQuestion, type SurveyText } from '@kohtaamo/core';

/** What the element gives of a question it asks this part to draw (its label, help, error and the shared radios). */
export interface QuestionHost {
  t(key: string, params?: MessageParams): string;
  text(text: SurveyText | undefined): string;
  lang(text: SurveyText | undefined): Locale | typeof nothing;
  code(code: string, params?: MessageParams): string;
  set(key: string, value: AnswerValue | null | undefined): void;
  readonly errors: Readonly<Record<string, FieldError>>;
  readonly answers: SurveyAnswers;
  readonly seed: string;
  readonly id: string;
  readonly label: TemplateResult;
  readonly help: TemplateResult | typeof nothing;
  readonly errorText: TemplateResult | typeof nothing;
  readonly describedBy: string | typeof nothing;
  readonly invalid: string;
  group(body: TemplateResult): TemplateResult;
  radios(name: string, values: readonly { value: string; text: string }[], current: unknown, set: (value: string) => void, first?: string): TemplateResult[];
}

type Later = Extract<SurveyQuestion, { type: 'single_choice' | 'multiple_choice' | 'dropdown' | 'yes_no' | 'number' }>;

export function renderQuestion(h: QuestionHost, q: Later): TemplateResult {
  const { t, id, label, help, errorText, describedBy, invalid, group, radios, seed } = h;
  const answer = h.answers[q.id];
  const errorOf = (pointer: string): FieldError | undefined => h.errors[pointer];
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const order = presentationOrder(q, seed);
      const options = order.map((value) => ({ value, text: value === OTHER_VALUE && q.other ? h.text(q.other.text) : h.text(q.options.find((o) => o.value === value)?.text) }));
      const other = q.other && (q.type === 'single_choice' ? answer === OTHER_VALUE : Array.isArray(answer) && answer.includes(OTHER_VALUE));
      const otherError = errorOf(`#/answers/${q.id}.${OTHER_VALUE}`);
      const otherField = other
        ? html`<div class="field">
            <label for="${id}-other-text">${t('surveys.ui.otherText')}</label>
            ${otherError ? html`<p class="error" id="${id}-other-error">${h.code(otherError.code, otherError.params)}</p>` : nothing}
            <input id="${id}-other-text" .value=${String(h.answers[`${q.id}.${OTHER_VALUE}`] ?? '')} aria-invalid=${otherError ? 'true' : 'false'} aria-describedby=${otherError ? `${id}-other-error` : nothing} @input=${(e: Event) => h.set(`${q.id}.${OTHER_VALUE}`, (e.target as HTMLInputElement).value)} />
          </div>`
        : nothing;
      if (q.type === 'single_choice') return group(html`<div class="choices">${radios(q.id, options, answer, (value) => h.set(q.id, value))}</div>${otherField}`);
      const chosen = Array.isArray(answer) ? (answer as string[]) : [];
      return group(html`<div class="choices">
          ${options.map(
            (o, i) => html`<div class="check">
              <input type="checkbox" id=${i === 0 ? id : `${id}-${i}`} .checked=${chosen.includes(o.value)} @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                const next = on ? [...chosen.filter((c) => c !== o.value), o.value] : chosen.filter((c) => c !== o.value);
                h.set(q.id, next.length > 0 ? next : null);
              }} />
              <label for=${i === 0 ? id : `${id}-${i}`}>${o.text}</label>
            </div>`,
          )}
        </div>
        ${otherField}`);
    }
    case 'dropdown': {
      const order = presentationOrder(q, seed);
      return html`<div class="question field" part="question">
        <label for=${id}>${label}</label>${help}${errorText}
        <select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(e: Event) => h.set(q.id, (e.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!answer}>${t('surveys.ui.chooseOne')}</option>
          ${order.map((value) => html`<option value=${value} ?selected=${answer === value} lang=${h.lang(q.options.find((o) => o.value === value)?.text)}>${h.text(q.options.find((o) => o.value === value)?.text)}</option>`)}
        </select>
      </div>`;
    }
    case 'yes_no':
      return group(html`<div class="scale">${radios(q.id, [{ value: 'true', text: t('surveys.ui.yes') }, { value: 'false', text: t('surveys.ui.no') }], answer === undefined || answer === null ? '' : String(answer), (value) => h.set(q.id, value === 'true'))}</div>`);
    case 'number':
      return html`<div class="question field" part="question">
        <label for=${id}>${label}${q.unit ? html` (${h.text(q.unit)})` : nothing}</label>${help}${errorText}
        <input class="number" id=${id} inputmode="decimal" autocomplete="off" .value=${answer === undefined || answer === null ? '' : String(answer)} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim().replace(',', '.');
          h.set(q.id, raw === '' ? null : Number.isFinite(Number(raw)) ? Number(raw) : raw);
        }} />
      </div>`;
  }
}
