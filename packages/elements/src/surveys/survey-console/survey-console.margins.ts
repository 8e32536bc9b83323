import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { pickText, questionPlaces, type SurveyDefinition, type SurveyMargins, type SurveyRoundDetail } from '@kohtaamo/core';
import { fieldError } from '../../forms/form-templates.js';
import { pointerErrors, summary, type PointerError } from './survey-console.errors.js';
import type { ConsoleHost } from './survey-console.host.js';
import type { RoundTab } from './survey-console.round.js';

interface Variable {
  readonly id: string;
  readonly text: string;
  readonly levels: readonly { value: string; text: string }[];
}

/**
 * The margins tab of the survey console (a lazy module, ADR 0035): the population totals the
 * phone sample is raked to, one number per level of each background question (the definition's
 * questions tagged `demographic`), and optional weight trimming. A level left empty has no
 * total: its respondents are left out of the weighting (the server says so when that breaks
 * the weighting). Post-stratification on a joint table is set through the API or the weighting
 * command (docs/surveys.md).
 */
export class MarginsTab implements RoundTab {
  readonly #host: ConsoleHost;
  #definitionKey = '';
  #variables: Variable[] = [];
  /** Which variables are used, and the totals typed (variable → level → text). */
  #used = new Set<string>();
  #totals: Record<string, Record<string, string>> = {};
  #trim = { low: '', high: '' };
  #busy = false;
  #errors: PointerError[] = [];
  #failure = '';
  #done = '';

  constructor(host: ConsoleHost) {
    this.#host = host;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async opened(detail: SurveyRoundDetail): Promise<void> {
    const key = `${detail.round.survey}/${detail.round.id}`;
    if (key === this.#definitionKey) return;
    this.#definitionKey = key;
    this.#errors = [];
    this.#failure = '';
    this.#done = '';
    let definition: SurveyDefinition;
    try {
      definition = await this.#host.api.version(detail.round.survey, detail.round.version);
    } catch (error) {
      this.#failure = this.#host.failureText(error);
      this.#update();
      return;
    }
    const locale = this.#host.locale;
    this.#variables = questionPlaces(definition)
      .map((p) => p.question)
      .filter((q): q is Extract<typeof q, { type: 'single_choice' | 'dropdown' }> => (q.type === 'single_choice' || q.type === 'dropdown') && (q.tags ?? []).includes('demographic'))
      .map((q) => ({ id: q.id, text: pickText(q.text, locale), levels: q.options.map((o) => ({ value: String(o.value), text: pickText(o.text, locale) })) }));
    const margins = detail.margins;
    this.#totals = {};
    this.#used = new Set();
    this.#trim = { low: '', high: '' };
    if (margins?.method === 'rake') {
      for (const [variable, levels] of Object.entries(margins.margins)) {
        this.#used.add(variable);
        this.#totals[variable] = Object.fromEntries(Object.entries(levels).map(([level, total]) => [level, String(total)]));
      }
    } else if (!margins) {
      for (const v of this.#variables) this.#used.add(v.id);
    }
    if (margins?.trim) this.#trim = { low: String(margins.trim[0]), high: String(margins.trim[1]) };
    this.#update();
  }

  #save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const detail = this.#host.detail;
    if (!detail || this.#busy) return;
    const t = this.#host.t;
    const local: PointerError[] = [];
    const margins: Record<string, Record<string, number>> = {};
    const number = (text: string) => Number(text.trim().replace(',', '.').replace(/\s/g, ''));
    for (const v of this.#variables.filter((x) => this.#used.has(x.id))) {
      const levels: Record<string, number> = {};
      for (const level of v.levels) {
        const text = this.#totals[v.id]?.[level.value]?.trim() ?? '';
        if (text === '') continue;
        const n = number(text);
        if (!Number.isFinite(n) || n < 0) local.push({ pointer: `#/margins/${v.id}/${level.value}`, text: t('surveyConsole.margins.number', { level: level.text }) });
        else levels[level.value] = n;
      }
      if (Object.keys(levels).length === 0) local.push({ pointer: `#/margins/${v.id}`, text: t('surveyConsole.margins.empty', { variable: v.text }) });
      margins[v.id] = levels;
    }
    if (this.#used.size === 0) local.push({ pointer: '#/margins', text: t('surveyConsole.margins.none') });
    const trimmed = this.#trim.low.trim() !== '' || this.#trim.high.trim() !== '';
    const trim = [number(this.#trim.low), number(this.#trim.high)] as [number, number];
    if (trimmed && !(trim[0] >= 0 && trim[1] > trim[0])) local.push({ pointer: '#/trim', text: t('surveyConsole.margins.trimInvalid') });
    this.#errors = local;
    this.#failure = '';
    this.#done = '';
    if (local.length > 0) {
      this.#update();
      await this.#host.focus('#form-summary');
      return;
    }
    const body: SurveyMargins = { method: 'rake', margins, ...(trimmed ? { trim } : {}) };
    this.#busy = true;
    this.#update();
    try {
      await this.#host.api.setMargins(detail.round.survey, detail.round.id, body);
      await this.#host.reload();
      this.#done = t('surveyConsole.margins.saved');
      this.#host.announce(this.#done);
    } catch (error) {
      this.#errors = pointerErrors(this.#host, error);
      if (this.#errors.length === 0) this.#failure = this.#host.failureText(error);
      this.#update();
      await this.#host.focus(this.#errors.length > 0 ? '#form-summary' : '#margins-failure');
    } finally {
      this.#busy = false;
      this.#update();
    }
  };

  render(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    const fields: Record<string, string> = { '#/trim': 'trim-low' };
    for (const v of this.#variables) {
      fields[`#/margins/${v.id}`] = `use-${v.id}`;
      for (const l of v.levels) fields[`#/margins/${v.id}/${l.value}`] = `margin-${v.id}-${l.value}`;
    }
    const errorOf = (pointer: string) => this.#errors.find((e) => e.pointer === pointer)?.text;
    return html`<h4>${t('surveyConsole.margins.title')}</h4>
      <p>${t('surveyConsole.margins.lead')}</p>
      ${detail.margins?.method === 'poststratify' ? html`<p class="notice">${t('surveyConsole.margins.poststratified')}</p>` : nothing}
      ${summary(this.#host, this.#errors, fields)}
      ${this.#failure ? html`<div class="notice error-notice" id="margins-failure" tabindex="-1" role="alert"><p>${this.#failure}</p></div>` : nothing}
      ${this.#done ? html`<div class="notice success" role="status"><p>${this.#done}</p></div>` : nothing}
      ${this.#variables.length === 0 && !this.#failure ? html`<p>${t('surveyConsole.margins.noVariables')}</p>` : nothing}
      <form novalidate class="margins-form" aria-label=${t('surveyConsole.margins.title')} @submit=${this.#save}>
        ${this.#variables.map((v) => {
          const used = this.#used.has(v.id);
          return html`<fieldset>
            <legend>${v.text}</legend>
            <div class="check">
              <input
                type="checkbox"
                id="use-${v.id}"
                .checked=${live(used)}
                @change=${(e: Event) => {
                  if ((e.target as HTMLInputElement).checked) this.#used.add(v.id);
                  else this.#used.delete(v.id);
                  this.#update();
                }}
              />
              <label for="use-${v.id}">${t('surveyConsole.margins.use')}</label>
            </div>
            ${fieldError(`use-${v.id}`, errorOf(`#/margins/${v.id}`))}
            ${used
              ? html`<div class="levels">
                  ${v.levels.map((l) => {
                    const id = `margin-${v.id}-${l.value}`;
                    const error = errorOf(`#/margins/${v.id}/${l.value}`);
                    return html`<div class="field">
                      <label for=${id}>${l.text}</label>
                      <input
                        id=${id}
                        type="text"
                        inputmode="numeric"
                        aria-invalid=${error ? 'true' : 'false'}
                        aria-describedby=${error ? `${id}-error` : nothing}
                        .value=${live(this.#totals[v.id]?.[l.value] ?? '')}
                        @input=${(e: Event) => ((this.#totals[v.id] ??= {})[l.value] = (e.target as HTMLInputElement).value)}
                      />
                      ${fieldError(id, error)}
                    </div>`;
                  })}
                </div>`
              : nothing}
          </fieldset>`;
        })}
        <fieldset>
          <legend>${t('surveyConsole.margins.trim')}</legend>
          <p class="hint" id="trim-hint">${t('surveyConsole.margins.trimHint')}</p>
          <div class="levels">
            <div class="field">
              <label for="trim-low">${t('surveyConsole.margins.trimLow')}</label>
              <input id="trim-low" type="text" inputmode="decimal" aria-describedby="trim-hint" .value=${live(this.#trim.low)} @input=${(e: Event) => (this.#trim.low = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="trim-high">${t('surveyConsole.margins.trimHigh')}</label>
              <input id="trim-high" type="text" inputmode="decimal" aria-describedby="trim-hint" .value=${live(this.#trim.high)} @input=${(e: Event) => (this.#trim.high = (e.target as HTMLInputElement).value)} />
            </div>
          </div>
          ${fieldError('trim-low', errorOf('#/trim'))}
        </fieldset>
        <div class="actions"><button type="submit" part="button" id="margins-save" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('surveyConsole.margins.save')}</button></div>
      </form>`;
  }
}
