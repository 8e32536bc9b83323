import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LOCALES, pickText, questionPlaces, type Locale, type SurveyIndicator, type SurveyQuestion, type SurveyRoundDetail } from '@kohtaamo/core';
import { describedBy, fieldError } from '../../forms/form-templates.js';
import { errorAt, pointerErrors, summary, type PointerError } from './survey-console.errors.js';
import type { ConsoleHost } from './survey-console.host.js';
import type { RoundTab } from './survey-console.round.js';

const MEASURES = ['mean', 'share', 'nps'] as const;
type Measure = (typeof MEASURES)[number];
/** Questions a figure can be read from. */
const MEASURABLE = new Set(['rating', 'recommendation', 'number', 'matrix', 'single_choice', 'dropdown', 'yes_no', 'multiple_choice']);

/**
 * The indicators tab of the survey console (a lazy module, ADR 0035), on the indicator API of
 * the results side (ADR 0033): the survey's figures declared strategy indicators, each with its
 * target, year and latest published value; a form declares a new one (or changes one by its id)
 * from a question of the round's version: a mean, a share of chosen answers, or the
 * recommendation score.
 */
export class IndicatorsTab implements RoundTab {
  readonly #host: ConsoleHost;
  #survey = '';
  #items: SurveyIndicator[] = [];
  #questions: SurveyQuestion[] = [];
  #busy = false;
  #failure = '';
  #done = '';
  #errors: PointerError[] = [];
  #form = { id: '', labels: { fi: '', sv: '', en: '' } as Record<Locale, string>, question: '', row: '', measure: 'mean' as Measure, values: '', target: '', year: '', direction: 'higher' };

  constructor(host: ConsoleHost) {
    this.#host = host;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async opened(detail: SurveyRoundDetail): Promise<void> {
    if (this.#survey === detail.round.survey && this.#questions.length > 0) return;
    this.#survey = detail.round.survey;
    this.#form.year = String(detail.round.year + 3);
    try {
      const [definition, items] = await Promise.all([this.#host.api.version(detail.round.survey, detail.round.version), this.#host.api.indicators(detail.round.survey)]);
      this.#questions = questionPlaces(definition).map((p) => p.question).filter((q) => MEASURABLE.has(q.type));
      this.#items = items;
      if (!this.#form.question) this.#form.question = this.#questions[0]?.id ?? '';
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    }
    this.#update();
  }

  async #reload(): Promise<void> {
    this.#items = await this.#host.api.indicators(this.#survey);
  }

  #save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#busy) return;
    const t = this.#host.t;
    const f = this.#form;
    const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.').replace('−', '-')));
    const local: PointerError[] = [];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(f.id.trim())) local.push({ pointer: '#/id', text: t('surveyConsole.indicators.idInvalid') });
    if (!Number.isFinite(number(f.target))) local.push({ pointer: '#/target', text: t('surveyConsole.indicators.number') });
    if (!Number.isInteger(number(f.year))) local.push({ pointer: '#/year', text: t('surveyConsole.indicators.number') });
    this.#errors = local;
    this.#failure = '';
    this.#done = '';
    if (local.length > 0) {
      this.#update();
      await this.#host.focus('#form-summary');
      return;
    }
    const question = this.#questions.find((q) => q.id === f.question);
    this.#busy = true;
    this.#update();
    try {
      const saved = await this.#host.api.declareIndicator(this.#survey, f.id.trim(), {
        label: { ...f.labels },
        question: f.question,
        ...(question?.type === 'matrix' && f.row ? { row: f.row } : {}),
        measure: f.measure,
        ...(f.measure === 'share' ? { values: f.values.split(',').map((x) => x.trim()).filter(Boolean) } : {}),
        target: number(f.target),
        year: number(f.year),
        direction: f.direction as 'higher' | 'lower',
      });
      await this.#reload();
      this.#done = t('surveyConsole.indicators.saved', { id: saved.id });
      this.#host.announce(this.#done);
      this.#update();
      await this.#host.focus('#indicators-done');
    } catch (error) {
      this.#errors = pointerErrors(this.#host, error);
      if (this.#errors.length === 0) this.#failure = this.#host.failureText(error);
      this.#update();
      await this.#host.focus(this.#errors.length > 0 ? '#form-summary' : '#indicators-failure');
    } finally {
      this.#busy = false;
      this.#update();
    }
  };

  async #delete(item: SurveyIndicator): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#failure = '';
    this.#done = '';
    this.#update();
    try {
      await this.#host.api.deleteIndicator(this.#survey, item.id);
      await this.#reload();
      this.#done = this.#host.t('surveyConsole.indicators.deleted', { id: item.id });
      this.#host.announce(this.#done);
      this.#update();
      await this.#host.focus('#indicators-title');
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#busy = false;
      this.#update();
    }
  }

  #field(id: string, label: string, value: string, set: (v: string) => void, pointer: string, hint?: string, inputmode?: string): TemplateResult {
    const error = errorAt(this.#errors, pointer);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        id=${id}
        type="text"
        inputmode=${inputmode ?? nothing}
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(id, Boolean(error), hint ? `${id}-hint` : null)}
        .value=${live(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${fieldError(id, error)}
    </div>`;
  }

  render(): TemplateResult {
    const t = this.#host.t;
    const locale = this.#host.locale;
    const f = this.#form;
    const num = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
    const question = this.#questions.find((q) => q.id === f.question);
    const fields: Record<string, string> = { '#/id': 'ind-id', '#/question': 'ind-question', '#/row': 'ind-row', '#/measure': 'ind-measure', '#/values': 'ind-values', '#/target': 'ind-target', '#/year': 'ind-year' };
    for (const l of LOCALES) fields[`#/label/${l}`] = `ind-label-${l}`;
    return html`<h4 id="indicators-title" tabindex="-1">${t('surveyConsole.indicators.title')}</h4>
      <p>${t('surveyConsole.indicators.lead')}</p>
      ${this.#failure ? html`<div class="notice error-notice" id="indicators-failure" tabindex="-1" role="alert"><p>${this.#failure}</p></div>` : nothing}
      ${this.#done ? html`<div class="notice success" id="indicators-done" tabindex="-1" role="status"><p>${this.#done}</p></div>` : nothing}
      ${this.#items.length === 0
        ? html`<p class="empty">${t('surveyConsole.indicators.empty')}</p>`
        : html`<div class="table-wrap">
            <table class="indicators">
              <caption class="visually-hidden">${t('surveyConsole.indicators.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('surveyConsole.indicators.col.label')}</th>
                  <th scope="col">${t('surveyConsole.indicators.col.target')}</th>
                  <th scope="col">${t('surveyConsole.indicators.col.current')}</th>
                  <th scope="col"><span class="visually-hidden">${t('surveyConsole.indicators.col.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${this.#items.map(
                  (i) => html`<tr>
                    <th scope="row" id="ind-row-${i.id}">${pickText(i.label, locale)} <span class="hint">(${i.id}: ${t(`surveyConsole.indicators.measure.${i.measure}`)}, ${i.question}${i.row ? `.${i.row}` : ''})</span></th>
                    <td>${t('surveyConsole.indicators.targetBy', { target: num(i.target), year: i.year })}</td>
                    <td>${i.current ? t('surveyConsole.indicators.currentValue', { value: num(i.current.estimate), year: i.current.year }) : '–'}</td>
                    <td>
                      <button type="button" part="button" class="small secondary indicator-delete" aria-describedby="ind-row-${i.id}" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#delete(i)}>
                        ${t('surveyConsole.indicators.delete')}
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <h4>${t('surveyConsole.indicators.new')}</h4>
      ${summary(this.#host, this.#errors, fields)}
      <form novalidate class="indicator-form" aria-label=${t('surveyConsole.indicators.new')} @submit=${this.#save}>
        ${this.#field('ind-id', t('surveyConsole.indicators.id'), f.id, (v) => (f.id = v), '#/id', t('surveyConsole.form.slugHint'))}
        <fieldset>
          <legend>${t('surveyConsole.indicators.label')}</legend>
          ${LOCALES.map((l) => this.#field(`ind-label-${l}`, t(`surveyConsole.form.title.${l}`), f.labels[l], (v) => (f.labels[l] = v), `#/label/${l}`))}
        </fieldset>
        <div class="field">
          <label for="ind-question">${t('surveyConsole.indicators.question')}</label>
          <select
            id="ind-question"
            @change=${(e: Event) => {
              f.question = (e.target as HTMLSelectElement).value;
              f.row = '';
              this.#update();
            }}
          >
            ${this.#questions.map((q) => html`<option value=${q.id} ?selected=${q.id === f.question}>${q.id}: ${'text' in q ? pickText(q.text, locale).slice(0, 60) : ''}</option>`)}
          </select>
          ${fieldError('ind-question', errorAt(this.#errors, '#/question'))}
        </div>
        ${question?.type === 'matrix'
          ? html`<div class="field">
              <label for="ind-row">${t('surveyConsole.indicators.row')}</label>
              <select id="ind-row" @change=${(e: Event) => (f.row = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${f.row === ''}>–</option>
                ${question.rows.map((r) => html`<option value=${r.id} ?selected=${r.id === f.row}>${pickText(r.text, locale)}</option>`)}
              </select>
              ${fieldError('ind-row', errorAt(this.#errors, '#/row'))}
            </div>`
          : nothing}
        <div class="field">
          <label for="ind-measure">${t('surveyConsole.indicators.measure')}</label>
          <select
            id="ind-measure"
            @change=${(e: Event) => {
              f.measure = (e.target as HTMLSelectElement).value as Measure;
              this.#update();
            }}
          >
            ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === f.measure}>${t(`surveyConsole.indicators.measure.${m}`)}</option>`)}
          </select>
          ${fieldError('ind-measure', errorAt(this.#errors, '#/measure'))}
        </div>
        ${f.measure === 'share' ? this.#field('ind-values', t('surveyConsole.indicators.values'), f.values, (v) => (f.values = v), '#/values', t('surveyConsole.indicators.valuesHint')) : nothing}
        <div class="levels">
          ${this.#field('ind-target', t('surveyConsole.indicators.target'), f.target, (v) => (f.target = v), '#/target', undefined, 'decimal')}
          ${this.#field('ind-year', t('surveyConsole.indicators.year'), f.year, (v) => (f.year = v), '#/year', undefined, 'numeric')}
        </div>
        <div class="field">
          <label for="ind-direction">${t('surveyConsole.indicators.direction')}</label>
          <select id="ind-direction" @change=${(e: Event) => (f.direction = (e.target as HTMLSelectElement).value)}>
            <option value="higher" ?selected=${f.direction === 'higher'}>${t('surveyConsole.indicators.direction.higher')}</option>
            <option value="lower" ?selected=${f.direction === 'lower'}>${t('surveyConsole.indicators.direction.lower')}</option>
          </select>
        </div>
        <div class="actions"><button type="submit" part="button" id="indicator-save" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('surveyConsole.indicators.save')}</button></div>
      </form>`;
  }
}
