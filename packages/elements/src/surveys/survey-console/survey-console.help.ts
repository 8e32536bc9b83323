import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyHelpOfferRecord, SurveyRoundDetail } from '@kohtaamo/core';
import type { ConsoleHost } from './survey-console.host.js';
import type { RoundTab } from './survey-console.round.js';

/** One CSV field, quoted when it needs to be. */
const csvField = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The help offers tab of the survey console (a lazy module, ADR 0035): the people who answered
 * the open question with an offer of help ("I could…") and agreed to be contacted, with their
 * contact details. They are kept apart from the anonymous answers (ADR 0024), so nothing here
 * links an offer to a response; personal data, removed by retention. A CSV of them to download
 * for the volunteering coordination.
 */
export class HelpTab implements RoundTab {
  readonly #host: ConsoleHost;
  #key = '';
  #offers: SurveyHelpOfferRecord[] | null = null;
  #loading = false;
  #failure = '';
  #download = '';

  constructor(host: ConsoleHost) {
    this.#host = host;
  }

  async opened(detail: SurveyRoundDetail): Promise<void> {
    const key = `${detail.round.survey}/${detail.round.id}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#offers = null;
    }
    await this.#read(detail);
  }

  async #read(detail: SurveyRoundDetail): Promise<void> {
    this.#loading = true;
    this.#failure = '';
    this.#host.requestUpdate();
    try {
      this.#offers = await this.#host.api.helpOffers(detail.round.survey, detail.round.id);
      if (this.#download) URL.revokeObjectURL(this.#download);
      const lines = ['received,name,email,phone,language,offer', ...this.#offers.map((o) => [o.createdOn, o.name, o.email ?? '', o.phone ?? '', o.lang, o.text].map(csvField).join(','))];
      this.#download = URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#loading = false;
      this.#host.requestUpdate();
    }
  }

  render(detail: SurveyRoundDetail): TemplateResult {
    const { t, locale } = this.#host;
    const offers = this.#offers;
    const date = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'medium' });
    return html`<h4>${t('surveyConsole.help.title')}</h4>
      <p>${t('surveyConsole.help.lead')}</p>
      ${this.#loading ? html`<p role="status">${t('surveyConsole.loading')}</p>` : nothing}
      ${this.#failure ? html`<div class="notice error-notice" role="alert"><p>${this.#failure}</p></div>` : nothing}
      ${offers && offers.length === 0 ? html`<p>${t('surveyConsole.help.empty')}</p>` : nothing}
      ${offers && offers.length > 0
        ? html`<div class="table-wrap">
              <table class="help-offers">
                <caption>${t('surveyConsole.help.caption', { count: offers.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t('surveyConsole.help.col.name')}</th>
                    <th scope="col">${t('surveyConsole.help.col.contact')}</th>
                    <th scope="col">${t('surveyConsole.help.col.offer')}</th>
                    <th scope="col">${t('surveyConsole.help.col.received')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${offers.map(
                    (o) => html`<tr>
                      <th scope="row">${o.name}</th>
                      <td>${o.email ? html`<a href="mailto:${o.email}">${o.email}</a>` : nothing}${o.email && o.phone ? html`<br />` : nothing}${o.phone ?? nothing}</td>
                      <td lang=${o.lang}>${o.text}</td>
                      <td>${date(o.createdOn)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <div class="actions"><a part="button" class="button" id="help-download" href=${this.#download} download="${detail.round.id}-help-offers.csv">${t('surveyConsole.help.download')}</a></div>`
        : nothing}
      <div class="actions">
        <button type="button" part="button" class="secondary" id="help-refresh" aria-disabled=${this.#loading ? 'true' : 'false'} @click=${() => void this.#read(detail)}>${t('surveyConsole.help.refresh')}</button>
      </div>`;
  }
}
