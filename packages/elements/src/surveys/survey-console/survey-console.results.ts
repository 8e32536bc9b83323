import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyResults, SurveyRoundDetail } from '@kohtaamo/core';
import type { ConsoleHost } from './survey-console.host.js';
import type { RoundTab } from './survey-console.round.js';

/**
 * The results tab of the survey console (a lazy module, ADR 0035): the results computed now
 * (not public) in brief: each group's respondents, whether the sample is weighted, how many were
 * left out of the weighting and the Kish effective sample size; then publishing them as open
 * data (again after more answers or new margins: the published copy is replaced).
 */
export class ResultsTab implements RoundTab {
  readonly #host: ConsoleHost;
  #key = '';
  #results: SurveyResults | null = null;
  #loading = false;
  #busy = false;
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
    if (key !== this.#key) {
      this.#key = key;
      this.#done = '';
    }
    await this.#compute(detail);
  }

  async #compute(detail: SurveyRoundDetail): Promise<void> {
    this.#loading = true;
    this.#failure = '';
    this.#update();
    try {
      this.#results = await this.#host.api.results(detail.round.survey, detail.round.id);
    } catch (error) {
      this.#results = null;
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#loading = false;
      this.#update();
    }
  }

  #publish = async (): Promise<void> => {
    const detail = this.#host.detail;
    if (!detail || this.#busy) return;
    this.#busy = true;
    this.#failure = '';
    this.#done = '';
    this.#update();
    try {
      this.#results = await this.#host.api.publish(detail.round.survey, detail.round.id);
      this.#done = this.#host.t('surveyConsole.results.published');
      this.#host.announce(this.#done);
      await this.#host.reload();
      await this.#host.focus('#results-done');
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#busy = false;
      this.#update();
    }
  };

  render(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    const locale = this.#host.locale;
    const num = (n: number, digits = 0) => n.toLocaleString(locale, { maximumFractionDigits: digits });
    const results = this.#results;
    return html`<h4>${t('surveyConsole.results.title')}</h4>
      <p>${t('surveyConsole.results.lead')}</p>
      ${this.#loading ? html`<p>${t('surveyConsole.loading')}</p>` : nothing}
      ${this.#failure ? html`<div class="notice error-notice" role="alert"><p>${this.#failure}</p></div>` : nothing}
      ${this.#done ? html`<div class="notice success" id="results-done" tabindex="-1" role="status"><p>${this.#done}</p></div>` : nothing}
      ${results
        ? html`<div class="table-wrap">
            <table class="groups">
              <caption>${t('surveyConsole.results.caption', { year: results.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('surveyConsole.results.col.group')}</th>
                  <th scope="col">${t('surveyConsole.results.col.respondents')}</th>
                  <th scope="col">${t('surveyConsole.results.col.weighting')}</th>
                  <th scope="col">${t('surveyConsole.results.col.nEff')}</th>
                </tr>
              </thead>
              <tbody>
                ${results.groups.map(
                  (g) => html`<tr>
                    <th scope="row">${t(`surveyConsole.results.group.${g.group}`)}</th>
                    <td>${num(g.respondents)}</td>
                    <td>
                      ${g.group === 'open' ? t('surveyConsole.results.noMargin') : g.weighted ? t('surveyConsole.results.weighted', { excluded: g.excluded }) : t('surveyConsole.results.unweighted')}
                    </td>
                    <td>${g.weights ? num(g.weights.kishNEff, 1) : '–'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      <p>${detail.round.resultsPublishedAt ? t('surveyConsole.results.publishedOn', { date: new Date(detail.round.resultsPublishedAt).toLocaleString(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'medium', timeStyle: 'short' }) }) : t('surveyConsole.round.notPublished')}</p>
      <div class="actions">
        <button type="button" part="button" class="secondary" id="results-refresh" aria-disabled=${this.#loading ? 'true' : 'false'} @click=${() => void this.#compute(detail)}>${t('surveyConsole.results.refresh')}</button>
        <button type="button" part="button" id="results-publish" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${this.#publish}>
          ${t(detail.round.resultsPublishedAt ? 'surveyConsole.results.republish' : 'surveyConsole.results.publish')}
        </button>
      </div>`;
  }
}
