import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { pickText, SURVEY_MODES, type SurveyRoundDetail } from '@kohtaamo/core';
import { describedBy, fieldError } from '../../forms/form-templates.js';
import type { ConsoleHost, ConsoleView } from './survey-console.host.js';

/** A tab of the open round after the first: a module of its own, loaded when the analyst first opens the tab. */
export interface RoundTab {
  render(detail: SurveyRoundDetail): TemplateResult;
  /** The round was opened or read again. */
  opened(detail: SurveyRoundDetail): Promise<void> | void;
}

export const ROUND_TABS = ['round', 'import', 'margins', 'texts', 'indicators', 'help', 'results'] as const;
export type RoundTabName = (typeof ROUND_TABS)[number];

const TAB_MODULES: Record<Exclude<RoundTabName, 'round'>, (host: ConsoleHost) => Promise<RoundTab>> = {
  import: (host) => import('./survey-console.import.js').then((m) => new m.ImportTab(host)),
  margins: (host) => import('./survey-console.margins.js').then((m) => new m.MarginsTab(host)),
  texts: (host) => import('./survey-console.texts.js').then((m) => new m.TextsTab(host)),
  indicators: (host) => import('./survey-console.indicators.js').then((m) => new m.IndicatorsTab(host)),
  help: (host) => import('./survey-console.help.js').then((m) => new m.HelpTab(host)),
  results: (host) => import('./survey-console.results.js').then((m) => new m.ResultsTab(host)),
};

/** One CSV field, quoted when it needs to be. */
const csvField = (value: string) => (/[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The open round of the survey console (a lazy module, ADR 0035): its counts, and tabs. The
 * first tab opens and closes the round and issues invitation tokens, shown once (only their
 * hashes are kept) with a CSV to download for the invitation letters; the other tabs are modules
 * of their own.
 */
export class RoundView implements ConsoleView {
  readonly #host: ConsoleHost;
  #tab: RoundTabName = 'round';
  #tabs = new Map<RoundTabName, RoundTab>();
  #tabError = '';
  #roundKey = '';
  #busy = false;
  #failure = '';
  #count = '100';
  #countError = '';
  /** The tokens issued in this view: shown until another round is opened. */
  #tokens: string[] = [];
  #download = '';

  constructor(host: ConsoleHost) {
    this.#host = host;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async opened(detail: SurveyRoundDetail): Promise<void> {
    const key = `${detail.round.survey}/${detail.round.id}`;
    if (key !== this.#roundKey) {
      this.#roundKey = key;
      this.#tab = 'round';
      this.#forgetTokens();
      this.#failure = '';
      this.#countError = '';
      this.#count = '100';
    }
    await Promise.all([...this.#tabs.values()].map((tab) => tab.opened(detail)));
    this.#update();
  }

  #forgetTokens(): void {
    if (this.#download) URL.revokeObjectURL(this.#download);
    this.#download = '';
    this.#tokens = [];
  }

  async #select(tab: RoundTabName, focus: boolean): Promise<void> {
    this.#tab = tab;
    this.#tabError = '';
    this.#update();
    if (focus) await this.#host.focus(`#tab-${tab}`);
    if (tab !== 'round' && !this.#tabs.has(tab)) {
      try {
        const view = await TAB_MODULES[tab](this.#host);
        this.#tabs.set(tab, view);
        const detail = this.#host.detail;
        if (detail) await view.opened(detail);
      } catch (error) {
        this.#tabError = this.#host.failureText(error);
      }
      this.#update();
    }
  }

  /** The tabs' keyboard: arrows, Home and End move and select (automatic activation). */
  #onTabKey = (event: KeyboardEvent): void => {
    const index = ROUND_TABS.indexOf(this.#tab);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % ROUND_TABS.length : event.key === 'ArrowLeft' ? (index + ROUND_TABS.length - 1) % ROUND_TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? ROUND_TABS.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    void this.#select(ROUND_TABS[next]!, true);
  };

  async #setStatus(detail: SurveyRoundDetail, status: 'open' | 'close'): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#failure = '';
    this.#update();
    try {
      await this.#host.api.setStatus(detail.round.survey, detail.round.id, status);
      await this.#host.reload();
      this.#host.announce(this.#host.t(status === 'open' ? 'surveyConsole.round.opened' : 'surveyConsole.round.closed'));
      await this.#host.focus(status === 'open' ? '#round-close' : '#round-open');
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#busy = false;
      this.#update();
    }
  }

  #issue = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const detail = this.#host.detail;
    if (!detail || this.#busy) return;
    const t = this.#host.t;
    const count = Number(this.#count);
    if (!/^[0-9]+$/.test(this.#count.trim()) || count < 1 || count > 10_000) {
      this.#countError = t('surveyConsole.tokens.countInvalid');
      this.#update();
      await this.#host.focus('#token-count');
      return;
    }
    this.#countError = '';
    this.#busy = true;
    this.#failure = '';
    this.#update();
    try {
      const tokens = await this.#host.api.issueTokens(detail.round.survey, detail.round.id, count);
      await this.#host.reload();
      this.#forgetTokens();
      this.#tokens = tokens;
      const lines = ['token,link', ...tokens.map((code) => `${csvField(code)},${csvField(this.#link(detail, code))}`)];
      this.#download = URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
      this.#host.announce(t('surveyConsole.tokens.issued', { count: tokens.length }));
      await this.#host.focus('#tokens-title');
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#busy = false;
      this.#update();
    }
  };

  /** The invitation link of a token, on the answering page (none without one). */
  #link(detail: SurveyRoundDetail, code: string): string {
    const page = this.#host.answerPage;
    if (!page) return '';
    const url = new URL(page, location.href);
    url.searchParams.set('round', detail.round.id);
    url.searchParams.set('token', code);
    return url.href;
  }

  render(): TemplateResult {
    const host = this.#host;
    const detail = host.detail!;
    const t = host.t;
    const r = detail.round;
    return html`<h3 id="panel-title" tabindex="-1">${pickText(r.title, host.locale)}</h3>
      <p><span class="status status-${r.status}">${t(`surveyConsole.status.${r.status}`)}</span> ${t('surveyConsole.round.meta', { year: r.year, version: r.version })}</p>
      <div role="tablist" class="tabs" aria-label=${t('surveyConsole.tabs')} @keydown=${this.#onTabKey}>
        ${ROUND_TABS.map(
          (tab) => html`<button
            type="button"
            role="tab"
            part="button"
            id="tab-${tab}"
            aria-selected=${this.#tab === tab ? 'true' : 'false'}
            aria-controls="tabpanel"
            tabindex=${this.#tab === tab ? '0' : '-1'}
            @click=${() => void this.#select(tab, false)}
          >
            ${t(`surveyConsole.tab.${tab}`)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="tabpanel" class="tabpanel" aria-labelledby="tab-${this.#tab}" tabindex="0">${this.#renderTab(detail)}</div>`;
  }

  #renderTab(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    if (this.#tab === 'round') return this.#renderRoundTab(detail);
    const view = this.#tabs.get(this.#tab);
    if (view) return view.render(detail);
    return this.#tabError ? html`<div class="notice error-notice" role="alert"><p>${this.#tabError}</p></div>` : html`<p>${t('surveyConsole.loading')}</p>`;
  }

  #renderRoundTab(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    const r = detail.round;
    const invitations = r.modes.includes('invitation');
    return html`<dl class="facts">
        <div><dt>${t('surveyConsole.round.survey')}</dt><dd>${r.survey}</dd></div>
        <div><dt>${t('surveyConsole.round.modes')}</dt><dd>${r.modes.map((m) => t(`surveyConsole.mode.${m}`)).join(', ')}</dd></div>
        <div><dt>${t('surveyConsole.round.responses')}</dt><dd>
          <ul class="plain">${SURVEY_MODES.filter((m) => r.modes.includes(m) || detail.responses[m] > 0).map((m) => html`<li>${t(`surveyConsole.mode.${m}`)}: ${detail.responses[m]}</li>`)}</ul>
        </dd></div>
        ${invitations ? html`<div><dt>${t('surveyConsole.round.tokens')}</dt><dd>${t('surveyConsole.round.tokenCounts', { issued: detail.tokens.issued, used: detail.tokens.used })}</dd></div>` : nothing}
        <div><dt>${t('surveyConsole.round.published')}</dt><dd>${r.resultsPublishedAt ? new Date(r.resultsPublishedAt).toLocaleDateString(this.#host.locale, { timeZone: 'Europe/Helsinki' }) : t('surveyConsole.round.notPublished')}</dd></div>
      </dl>
      ${this.#failure ? html`<div class="notice error-notice" role="alert"><p>${this.#failure}</p></div>` : nothing}
      <div class="actions">
        ${r.status === 'open'
          ? html`<button type="button" part="button" class="secondary" id="round-close" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#setStatus(detail, 'close')}>${t('surveyConsole.round.close')}</button>`
          : html`<button type="button" part="button" id="round-open" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#setStatus(detail, 'open')}>
              ${t(r.status === 'draft' ? 'surveyConsole.round.open' : 'surveyConsole.round.reopen')}
            </button>`}
      </div>
      ${invitations && r.status !== 'closed' ? this.#renderTokens(detail) : nothing}`;
  }

  #renderTokens(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    const error = this.#countError;
    return html`<form novalidate class="tokens-form" aria-labelledby="tokens-form-title" @submit=${this.#issue}>
        <h4 id="tokens-form-title">${t('surveyConsole.tokens.title')}</h4>
        <p class="hint" id="token-count-hint">${t('surveyConsole.tokens.hint')}</p>
        <div class="field">
          <label for="token-count">${t('surveyConsole.tokens.count')}</label>
          <input
            id="token-count"
            type="number"
            inputmode="numeric"
            min="1"
            max="10000"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy('token-count', Boolean(error), 'token-count-hint')}
            .value=${live(this.#count)}
            @input=${(e: Event) => (this.#count = (e.target as HTMLInputElement).value)}
          />
          ${fieldError('token-count', error)}
        </div>
        <div class="actions"><button type="submit" part="button" id="tokens-issue" aria-disabled=${this.#busy ? 'true' : 'false'}>${t('surveyConsole.tokens.issue')}</button></div>
      </form>
      ${this.#tokens.length > 0
        ? html`<section class="issued" aria-labelledby="tokens-title">
            <h4 id="tokens-title" tabindex="-1">${t('surveyConsole.tokens.issued', { count: this.#tokens.length })}</h4>
            <p class="notice">${t('surveyConsole.tokens.once')}</p>
            <div class="actions">
              <a part="button" class="button" id="tokens-download" href=${this.#download} download="${detail.round.id}-tokens.csv">${t('surveyConsole.tokens.download')}</a>
            </div>
            <ol class="token-list">
              ${this.#tokens.map((code) => {
                const link = this.#link(detail, code);
                return html`<li><code>${code}</code>${link ? html` <a href=${link}>${t('surveyConsole.tokens.link')}</a>` : nothing}</li>`;
              })}
            </ol>
          </section>`
        : nothing}`;
  }
}
