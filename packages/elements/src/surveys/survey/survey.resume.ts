// "Save and continue later" of <kohtaamo-survey>, imported when the respondent first uses it (so
// the survey widget's first load stays inside its size ceiling): the answers saved on the server
// under a resume code shown in a live region that takes the focus, and the form that takes a
// resume code back, restores the answers and returns to the page the respondent was on.
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ProblemError, type Locale, type SurveyFormStore } from '@kohtaamo/core';
import { surveysApiOf, type SurveysApiSource } from './survey.api.js';
import { laterTexts, type LaterTexts } from './survey.later-messages.js';
import { addPartStyles } from './survey.part-styles.js';

export { loadLaterTexts as ready } from './survey.later-messages.js';

/** What the resume part reads of the survey element (survey.ts). */
export interface ResumeHost extends SurveysApiSource {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly round: string;
  readonly store: SurveyFormStore;
  readonly locale: Locale;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  /** The answers are back: show the page (its heading takes the focus). */
  resumed(): void;
}

type Save = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; code: string; days: number } | { kind: 'failed' };

const DAY = 24 * 60 * 60 * 1000;

/** The resume form's own styles, added to the element's when it first comes (ADR 0075). */
const styles = css`
  .resume [hidden] {
    display: none;
  }
  .resume-code strong {
    font-size: 1.25em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
`;

export class SurveyResume {
  #save: Save = { kind: 'idle' };
  /** The resume code of this respondent's server draft: saving again keeps the same code. */
  #code = '';
  #entering = false;
  #input = '';
  #inputError = '';
  #loading = false;
  #restored = false;

  constructor(private readonly host: ResumeHost) {
    addPartStyles(host.renderRoot, styles);
  }

  get #texts(): LaterTexts {
    return laterTexts(this.host.locale, () => this.host.requestUpdate());
  }

  /** The code of the server draft these answers continue (sent with the response, which deletes the draft). */
  get resumeCode(): string | null {
    return this.#code || null;
  }

  /** Saves the current answers and page on the server; the code (or the failure) takes the focus. */
  async save(): Promise<void> {
    const { host } = this;
    if (this.#save.kind === 'saving') return;
    this.#save = { kind: 'saving' };
    host.requestUpdate();
    const store = host.store;
    const view = store.$form.get().view;
    const page = view.kind === 'page' ? view.page.id : '$review';
    try {
      const draft = await surveysApiOf(this.host).saveDraft(host.round, store.answers(), page, this.#code || undefined);
      this.#code = draft.resumeCode;
      this.#save = { kind: 'saved', code: draft.resumeCode, days: Math.max(1, Math.round((Date.parse(draft.expiresAt) - Date.now()) / DAY)) };
    } catch (error) {
      // The draft behind the code has expired: the next save makes a new one.
      if (error instanceof ProblemError && error.problem.status === 404) this.#code = '';
      this.#save = { kind: 'failed' };
    }
    await this.#focus('#resume-status');
  }

  /** Shows the resume code field (focused). */
  async open(): Promise<void> {
    this.#entering = true;
    await this.#focus('#resume-code');
  }

  async #resume(event: Event): Promise<void> {
    event.preventDefault();
    const { host } = this;
    const { t, code: text } = this.#texts;
    const code = this.#input.trim();
    this.#inputError = '';
    if (!code) this.#inputError = t('common.required');
    else if (!this.#loading) {
      this.#loading = true;
      host.requestUpdate();
      try {
        const draft = await surveysApiOf(this.host).resumeDraft(host.round, code);
        const store = host.store;
        for (const [key, value] of Object.entries(draft.answers)) store.setAnswer(key, value);
        const path = store.$form.get().path;
        const page = draft.page && path.includes(draft.page) ? draft.page : draft.page === '$review' ? path[path.length - 1] : path[0];
        if (page) store.goTo(page);
        this.#code = draft.resumeCode;
        this.#entering = false;
        this.#input = '';
        this.#restored = true;
        this.#save = { kind: 'idle' };
        this.#loading = false;
        host.resumed();
        return;
      } catch (error) {
        this.#inputError = error instanceof ProblemError ? text(error.problem.errors?.[0]?.code ?? error.problem.code ?? 'surveys.draft.notFound') : t('common.networkError');
      }
      this.#loading = false;
    }
    await this.#focus('#resume-code');
  }

  async #focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  render(): TemplateResult {
    const { t } = this.#texts;
    const s = this.#save;
    return html`${this.#restored ? html`<p class="notice success" part="notice" role="status">${t('surveys.ui.draftRestored')}</p>` : nothing}
      <div id="resume-status" class="notice${s.kind === 'failed' ? ' error-notice' : s.kind === 'saved' ? ' success' : ''}" part="notice resume-status" role="status" tabindex="-1" ?hidden=${s.kind === 'idle'}>
        ${s.kind === 'saving' ? html`<p>${t('surveys.ui.saving')}</p>` : nothing}
        ${s.kind === 'saved'
          ? html`<p>${t('surveys.ui.savedCode', { days: s.days })}</p>
              <p class="resume-code"><strong>${s.code}</strong></p>`
          : nothing}
        ${s.kind === 'failed'
          ? html`<p>${t('surveys.ui.saveFailed')}</p>
              <div class="actions"><button type="button" class="secondary" @click=${() => void this.save()}>${t('common.retryNow')}</button></div>`
          : nothing}
      </div>
      ${this.#entering
        ? html`<form class="resume-form" part="resume-form" novalidate @submit=${(e: Event) => void this.#resume(e)}>
            <div class="field">
              <label for="resume-code">${t('surveys.ui.resumeCode')}</label>
              ${this.#inputError ? html`<p class="error" id="resume-code-error">${this.#inputError}</p>` : nothing}
              <input id="resume-code" autocomplete="off" spellcheck="false" .value=${live(this.#input)} aria-invalid=${this.#inputError ? 'true' : 'false'} aria-describedby=${this.#inputError ? 'resume-code-error' : nothing} @input=${(e: Event) => (this.#input = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="actions"><button type="submit" aria-disabled=${this.#loading ? 'true' : 'false'}>${t('surveys.ui.resume')}</button></div>
          </form>`
        : nothing}`;
  }
}
