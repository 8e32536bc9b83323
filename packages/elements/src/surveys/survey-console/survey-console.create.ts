import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { HEINOLA_RESIDENT_SURVEY_ID, heinolaResidentSurveyTemplate, LOCALES, ProblemError, SURVEY_MODES, type Locale, type SurveyMode } from '@kohtaamo/core';
import { describedBy, fieldError } from '../../forms/form-templates.js';
import { errorAt, pointerErrors, summary, type PointerError } from './survey-console.errors.js';
import type { ConsoleForm, ConsoleHost, ConsoleView } from './survey-console.host.js';

type Titles = Record<Locale, string>;

/**
 * The authoring forms of the survey console (a lazy module, ADR 0035): a survey made from
 * Heinola's annual template (only this module carries the template), the next version of a
 * survey as its JSON definition (checked by the server: every error at its pointer), and a new
 * round of a version with its modes.
 */
export class CreateView implements ConsoleView {
  readonly #host: ConsoleHost;
  readonly #show: (panel: ConsoleForm) => Promise<void>;
  #panel: ConsoleForm = { kind: 'create' };
  #busy = false;
  #errors: PointerError[] = [];
  #failure = '';
  #done = '';
  // Create from the template.
  #surveyId = '';
  #titles: Titles = { ...heinolaResidentSurveyTemplate.title };
  // Next version.
  #definition = '';
  // New round.
  #round = { id: '', titles: { fi: '', sv: '', en: '' } as Titles, year: '', version: '', modes: new Set<SurveyMode>(['web', 'invitation', 'interviewer', 'import']), webLimit: 'one-per-browser' };

  constructor(host: ConsoleHost, show: (panel: ConsoleForm) => Promise<void>) {
    this.#host = host;
    this.#show = show;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async shown(panel: ConsoleForm): Promise<void> {
    this.#panel = panel;
    this.#errors = [];
    this.#failure = '';
    this.#done = '';
    const surveys = this.#host.surveys;
    if (panel.kind === 'create') {
      this.#surveyId = surveys.some((s) => s.id === HEINOLA_RESIDENT_SURVEY_ID) ? '' : HEINOLA_RESIDENT_SURVEY_ID;
      this.#titles = { ...heinolaResidentSurveyTemplate.title };
    } else if (panel.kind === 'round-new') {
      const survey = surveys.find((s) => s.id === panel.survey);
      const year = new Date().getFullYear() + 1;
      const title = heinolaResidentSurveyTemplate.title;
      this.#round = {
        id: `${panel.survey}-${year}`.slice(0, 80),
        titles: { fi: `${title.fi} ${year}`, sv: `${title.sv} ${year}`, en: `${title.en} ${year}` },
        year: String(year),
        version: String(survey?.versions.at(-1)?.version ?? 1),
        modes: new Set(['web', 'invitation', 'interviewer', 'import']),
        webLimit: 'one-per-browser',
      };
    } else {
      this.#definition = '';
      this.#update();
      const survey = surveys.find((s) => s.id === panel.survey);
      const latest = survey?.versions.at(-1)?.version ?? 1;
      try {
        const definition = await this.#host.api.version(panel.survey, latest);
        this.#definition = JSON.stringify({ ...definition, version: latest + 1 }, null, 2);
      } catch (error) {
        this.#failure = this.#host.failureText(error);
      }
    }
    this.#update();
  }

  async #run(action: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#errors = [];
    this.#failure = '';
    this.#done = '';
    this.#update();
    try {
      await action();
    } catch (error) {
      this.#errors = pointerErrors(this.#host, error);
      if (this.#errors.length === 0 || (error instanceof ProblemError && error.status !== 422)) {
        this.#errors = [];
        this.#failure = this.#host.failureText(error);
      }
      this.#update();
      await this.#host.focus(this.#errors.length > 0 ? '#form-summary' : '#form-failure');
    } finally {
      this.#busy = false;
      this.#update();
    }
  }

  #create = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#run(async () => {
      const id = this.#surveyId.trim();
      const saved = await this.#host.api.createSurvey({ ...heinolaResidentSurveyTemplate, id, title: { ...this.#titles } });
      await this.#host.reload();
      this.#host.announce(this.#host.t('surveyConsole.create.done', { id: saved.survey }));
      await this.#show({ kind: 'round-new', survey: saved.survey });
    });
  };

  #saveVersion = (event: SubmitEvent): void => {
    event.preventDefault();
    const panel = this.#panel;
    if (panel.kind !== 'version') return;
    let definition: unknown;
    try {
      definition = JSON.parse(this.#definition);
    } catch {
      this.#errors = [{ pointer: '#/definition', text: this.#host.t('surveyConsole.version.json') }];
      this.#update();
      void this.#host.focus('#form-summary');
      return;
    }
    void this.#run(async () => {
      const saved = await this.#host.api.saveVersion(panel.survey, definition);
      await this.#host.reload();
      this.#done = this.#host.t('surveyConsole.version.done', { id: saved.survey, version: saved.version });
      this.#host.announce(this.#done);
    });
  };

  #createRound = (event: SubmitEvent): void => {
    event.preventDefault();
    const panel = this.#panel;
    if (panel.kind !== 'round-new') return;
    const r = this.#round;
    void this.#run(async () => {
      const round = await this.#host.api.createRound(panel.survey, {
        id: r.id.trim(),
        version: Number(r.version),
        title: { ...r.titles },
        modes: SURVEY_MODES.filter((m) => r.modes.has(m)),
        webLimit: r.webLimit as 'one-per-browser' | 'many',
        year: Number(r.year),
      });
      await this.#host.reload();
      this.#host.announce(this.#host.t('surveyConsole.roundNew.done', { id: round.id }));
      await this.#host.openRound(panel.survey, round.id);
    });
  };

  render(): TemplateResult {
    const p = this.#panel;
    return p.kind === 'create' ? this.#renderCreate() : p.kind === 'version' ? this.#renderVersion(p.survey) : this.#renderRound(p.survey);
  }

  #notices(fields: Record<string, string>): TemplateResult {
    const t = this.#host.t;
    return html`${summary(this.#host, this.#errors, fields)}
    ${this.#failure ? html`<div class="notice error-notice" id="form-failure" tabindex="-1" role="alert"><p>${this.#failure}</p></div>` : nothing}
    ${this.#done ? html`<div class="notice success" role="status"><p>${this.#done}</p></div>` : nothing}
    ${this.#busy ? html`<p class="hint">${t('surveyConsole.saving')}</p>` : nothing}`;
  }

  #text(id: string, label: string, value: string, set: (v: string) => void, pointer: string, hint?: string, type = 'text'): TemplateResult {
    const error = errorAt(this.#errors, pointer);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        id=${id}
        name=${id}
        type=${type}
        inputmode=${type === 'number' ? 'numeric' : nothing}
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(id, Boolean(error), hint ? `${id}-hint` : null)}
        .value=${live(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${fieldError(id, error)}
    </div>`;
  }

  #titleFields(prefix: string, titles: Titles, pointer: string): TemplateResult {
    const t = this.#host.t;
    return html`<fieldset>
      <legend>${t('surveyConsole.form.title')}</legend>
      ${LOCALES.map((l) => this.#text(`${prefix}-title-${l}`, t(`surveyConsole.form.title.${l}`), titles[l], (v) => (titles[l] = v), `${pointer}/${l}`))}
    </fieldset>`;
  }

  #renderCreate(): TemplateResult {
    const t = this.#host.t;
    return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.create.title')}</h3>
      <p>${t('surveyConsole.create.lead')}</p>
      ${this.#notices({ '#/definition/id': 'survey-id', '#/definition/title/fi': 'survey-title-fi', '#/definition/title/sv': 'survey-title-sv', '#/definition/title/en': 'survey-title-en' })}
      <form novalidate @submit=${this.#create} aria-labelledby="panel-title">
        ${this.#text('survey-id', t('surveyConsole.create.id'), this.#surveyId, (v) => (this.#surveyId = v), '#/definition/id', t('surveyConsole.form.slugHint'))}
        ${this.#titleFields('survey', this.#titles, '#/definition/title')}
        <div class="actions"><button type="submit" part="button" id="create-submit" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('surveyConsole.create.submit')}</button></div>
      </form>`;
  }

  #renderVersion(survey: string): TemplateResult {
    const t = this.#host.t;
    const error = errorAt(this.#errors, '#/definition');
    return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.version.title', { id: survey })}</h3>
      <p>${t('surveyConsole.version.lead')}</p>
      ${this.#notices({ '#/definition': 'definition' })}
      <form novalidate @submit=${this.#saveVersion} aria-labelledby="panel-title">
        <div class="field">
          <label for="definition">${t('surveyConsole.version.definition')}</label>
          <p class="hint" id="definition-hint">${t('surveyConsole.version.hint')}</p>
          <textarea
            id="definition"
            rows="16"
            spellcheck="false"
            class="code"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy('definition', Boolean(error), 'definition-hint')}
            .value=${live(this.#definition)}
            @input=${(e: Event) => (this.#definition = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${fieldError('definition', error)}
        </div>
        <div class="actions"><button type="submit" part="button" id="version-submit" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('surveyConsole.version.submit')}</button></div>
      </form>`;
  }

  #renderRound(survey: string): TemplateResult {
    const t = this.#host.t;
    const r = this.#round;
    const versions = this.#host.surveys.find((s) => s.id === survey)?.versions ?? [];
    const modesError = errorAt(this.#errors, '#/modes');
    return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.roundNew.title', { id: survey })}</h3>
      ${this.#notices({ '#/id': 'round-id', '#/year': 'round-year', '#/version': 'round-version', '#/modes': 'mode-web', '#/title/fi': 'round-title-fi', '#/title/sv': 'round-title-sv', '#/title/en': 'round-title-en' })}
      <form novalidate @submit=${this.#createRound} aria-labelledby="panel-title">
        ${this.#text('round-id', t('surveyConsole.roundNew.id'), r.id, (v) => (r.id = v), '#/id', t('surveyConsole.form.slugHint'))}
        ${this.#titleFields('round', r.titles, '#/title')}
        ${this.#text('round-year', t('surveyConsole.roundNew.year'), r.year, (v) => (r.year = v), '#/year', undefined, 'number')}
        <div class="field">
          <label for="round-version">${t('surveyConsole.roundNew.version')}</label>
          <select id="round-version" @change=${(e: Event) => (r.version = (e.target as HTMLSelectElement).value)}>
            ${versions.map((x) => html`<option value=${x.version} ?selected=${String(x.version) === r.version}>${t('surveyConsole.roundNew.versionOption', { version: x.version })}</option>`)}
          </select>
          ${fieldError('round-version', errorAt(this.#errors, '#/version'))}
        </div>
        <fieldset aria-describedby=${describedBy('mode-web', Boolean(modesError), 'modes-hint')}>
          <legend>${t('surveyConsole.roundNew.modes')}</legend>
          <p class="hint" id="modes-hint">${t('surveyConsole.roundNew.modesHint')}</p>
          ${SURVEY_MODES.map(
            (m) => html`<div class="check">
              <input
                type="checkbox"
                id="mode-${m}"
                .checked=${live(r.modes.has(m))}
                @change=${(e: Event) => {
                  if ((e.target as HTMLInputElement).checked) r.modes.add(m);
                  else r.modes.delete(m);
                  this.#update();
                }}
              />
              <label for="mode-${m}">${t(`surveyConsole.mode.${m}`)}</label>
            </div>`,
          )}
          ${fieldError('mode-web', modesError)}
        </fieldset>
        ${r.modes.has('web')
          ? html`<div class="field">
              <label for="round-web-limit">${t('surveyConsole.roundNew.webLimit')}</label>
              <select id="round-web-limit" @change=${(e: Event) => (r.webLimit = (e.target as HTMLSelectElement).value)}>
                <option value="one-per-browser" ?selected=${r.webLimit === 'one-per-browser'}>${t('surveyConsole.roundNew.webLimit.one')}</option>
                <option value="many" ?selected=${r.webLimit === 'many'}>${t('surveyConsole.roundNew.webLimit.many')}</option>
              </select>
            </div>`
          : nothing}
        <div class="actions"><button type="submit" part="button" id="round-submit" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('surveyConsole.roundNew.submit')}</button></div>
      </form>`;
  }
}
