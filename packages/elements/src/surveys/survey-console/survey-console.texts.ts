import { html, nothing, type TemplateResult } from 'lit';
import { ProblemError, SURVEYS_PROBLEM_TYPES, type SurveyRoundDetail, type SurveyStaffText, type SurveyTextState } from '@kohtaamo/core';
import type { ConsoleHost } from './survey-console.host.js';
import type { RoundTab } from './survey-console.round.js';

const STATES = ['pending', 'published', 'hidden'] as const;

/**
 * The free-text moderation tab of the survey console (a lazy module, ADR 0035), on the
 * moderation API of the results side (ADR 0033): the round's free texts in one state, a page at
 * a time, each published or hidden by its own buttons (or the whole page at once, all or none);
 * each decision names the version the analyst saw, and when another moderator got there first
 * nothing is saved and the list is read again.
 */
export class TextsTab implements RoundTab {
  readonly #host: ConsoleHost;
  #key = '';
  #state: SurveyTextState = 'pending';
  #items: SurveyStaffText[] = [];
  #counts = { pending: 0, published: 0, hidden: 0 };
  #next: string | null = null;
  #loading = false;
  #busy = false;
  #failure = '';

  constructor(host: ConsoleHost) {
    this.#host = host;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  async opened(detail: SurveyRoundDetail): Promise<void> {
    const key = `${detail.round.survey}/${detail.round.id}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#state = 'pending';
    await this.#load(detail, false);
  }

  async #load(detail: SurveyRoundDetail, more: boolean, announce = !more): Promise<void> {
    this.#loading = true;
    if (!more) this.#failure = '';
    this.#update();
    try {
      const page = await this.#host.api.texts(detail.round.survey, detail.round.id, { state: this.#state, limit: 50, ...(more && this.#next ? { after: this.#next } : {}) });
      this.#items = more ? [...this.#items, ...page.items] : page.items;
      this.#counts = page.counts;
      this.#next = page.next;
      if (announce) this.#host.announce(this.#host.t('surveyConsole.texts.shown', { count: this.#counts[this.#state] }));
    } catch (error) {
      this.#failure = this.#host.failureText(error);
    } finally {
      this.#loading = false;
      this.#update();
    }
  }

  async #moderate(items: readonly SurveyStaffText[], state: SurveyTextState): Promise<void> {
    const detail = this.#host.detail;
    if (!detail || this.#busy || items.length === 0) return;
    const t = this.#host.t;
    const index = this.#items.indexOf(items[0]!);
    this.#busy = true;
    this.#failure = '';
    this.#update();
    try {
      await this.#host.api.moderate(detail.round.survey, detail.round.id, items.map((x) => ({ id: x.id, state, version: x.version })));
      await this.#load(detail, false, false);
      this.#host.announce(t(state === 'published' ? 'surveyConsole.texts.publishedDone' : state === 'hidden' ? 'surveyConsole.texts.hiddenDone' : 'surveyConsole.texts.pendingDone', { count: items.length }));
      // The focus goes to the text now in the moderated one's place, else to the list's heading.
      const left = this.#items.length;
      await this.#host.focus(left > 0 ? `.text-item:nth-of-type(${Math.min(index, left - 1) + 1}) .text-title` : '#texts-title');
    } catch (error) {
      const conflict = error instanceof ProblemError && error.problem.type === SURVEYS_PROBLEM_TYPES.moderationConflict;
      if (conflict) await this.#load(detail, false, false);
      this.#failure = conflict ? t('surveys.text.conflict') : this.#host.failureText(error);
      this.#update();
      await this.#host.focus('#texts-failure');
    } finally {
      this.#busy = false;
      this.#update();
    }
  }

  render(detail: SurveyRoundDetail): TemplateResult {
    const t = this.#host.t;
    const locale = this.#host.locale;
    return html`<h4 id="texts-title" tabindex="-1">${t('surveyConsole.texts.title')}</h4>
      <p>${t('surveyConsole.texts.lead')}</p>
      <div class="field">
        <label for="texts-state">${t('surveyConsole.texts.state')}</label>
        <select
          id="texts-state"
          @change=${(e: Event) => {
            this.#state = (e.target as HTMLSelectElement).value as SurveyTextState;
            void this.#load(detail, false);
          }}
        >
          ${STATES.map((s) => html`<option value=${s} ?selected=${this.#state === s}>${t(`surveyConsole.texts.state.${s}`, { count: this.#counts[s] })}</option>`)}
        </select>
      </div>
      ${this.#failure ? html`<div class="notice error-notice" id="texts-failure" tabindex="-1" role="alert"><p>${this.#failure}</p></div>` : nothing}
      ${this.#loading && this.#items.length === 0 ? html`<p>${t('surveyConsole.loading')}</p>` : nothing}
      ${!this.#loading && this.#items.length === 0 && !this.#failure ? html`<p class="empty">${t('surveyConsole.texts.empty')}</p>` : nothing}
      ${this.#items.length > 0 && this.#state !== 'published'
        ? html`<div class="actions">
            <button type="button" part="button" class="secondary" id="texts-publish-all" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#moderate(this.#items, 'published')}>
              ${t('surveyConsole.texts.publishAll', { count: this.#items.length })}
            </button>
          </div>`
        : nothing}
      <ul class="texts plain">
        ${this.#items.map(
          (x, i) => html`<li class="text-item">
            <h5 class="text-title" id="text-${x.id}" tabindex="-1">${t('surveyConsole.texts.item', { question: x.question, number: i + 1 })}</h5>
            <p class="hint">
              ${t(`surveyConsole.results.group.${x.group}`)} · ${x.lang} · <time datetime=${x.receivedOn}>${new Date(`${x.receivedOn}T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'Europe/Helsinki' })}</time>
            </p>
            <blockquote lang=${x.lang} class="message">${x.text}</blockquote>
            <div class="actions">
              ${x.state !== 'published'
                ? html`<button type="button" part="button" class="small text-publish" aria-describedby="text-${x.id}" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#moderate([x], 'published')}>
                    ${t('surveyConsole.texts.publish')}
                  </button>`
                : nothing}
              ${x.state !== 'hidden'
                ? html`<button type="button" part="button" class="small secondary text-hide" aria-describedby="text-${x.id}" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#moderate([x], 'hidden')}>
                    ${t('surveyConsole.texts.hide')}
                  </button>`
                : nothing}
            </div>
          </li>`,
        )}
      </ul>
      ${this.#next
        ? html`<div class="actions">
            <button type="button" part="button" class="secondary" id="texts-more" aria-disabled=${this.#loading ? 'true' : 'false'} @click=${() => void this.#load(detail, true)}>${t('surveyConsole.texts.more')}</button>
          </div>`
        : nothing}`;
  }
}
