import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import {
  formatDateTime,
  getFeedbackStatus,
  normalizeTrackingCode,
  pickText,
  ProblemError,
  NetworkError,
  type FeedbackApi,
  type FeedbackStatus,
  type Locale,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { apiFor } from '../../state/api-for.js';
import { feedbackStatusMessages, type FeedbackStatusTranslator as Translator } from './feedback-status.messages.js';
import { styles } from './feedback-status.styles.js';
import { renderResponseTime } from '../response-time.js';
import { RememberedReportsPart } from './feedback-status.remembered.js';
import { textLang } from '../../i18n/text-lang.js';

/** What the status lookup asks the server: a feedback by its tracking code. */
export type StatusApi = Pick<FeedbackApi, 'getStatus'>;

/**
 * Shows where a feedback is in its handling, and the city's reply, to anyone holding its
 * tracking code. The code may be typed loosely (`k7qm 2xd9 r`); it is checked before anything
 * is sent. Set `code` to look a code up at once, e.g. from the
 * `kohtaamo-feedback-submitted` event of a `<kohtaamo-feedback-form>` on the same page:
 *
 * ```js
 * document.addEventListener('kohtaamo-feedback-submitted', (e) => {
 *   document.querySelector('kohtaamo-feedback-status').code = e.receipt.trackingCode;
 * });
 * ```
 *
 * @tagname kohtaamo-feedback-status
 * @summary Looks a feedback up by its tracking code: status, dates and the city's reply.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} code - A tracking code to look up at once. Default `""`: none, the resident types one.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute (an ancestor's, then the page's), else `fi`.
 *
 * @csspart form - The look-up form.
 * @csspart field - The tracking code field: label, hint, input and error.
 * @csspart button - Every button.
 * @csspart result - The panel with the feedback found.
 * @csspart status - The status of the feedback ("Received", "In handling" …).
 * @csspart reply - The city's reply, when there is one.
 * @csspart response-time - How long the first response and the handling took, against the city's target.
 * @csspart remembered - The list of reports sent from this device (remembered by the form), with a mark for news.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit` (the page's font).
 * @cssproperty --kohtaamo-radius - Corner radius of controls and buttons. Default `0`.
 * @cssproperty --kohtaamo-feedback-status-max-width - Widest the element grows. Default `40rem`.
 * @cssproperty --kohtaamo-feedback-status-background - Background of the result panel. Default `--kohtaamo-color-surface-muted`, `#f2f2f2`.
 */
export class KohtaamoFeedbackStatus extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    code: {},
    feedbackApi: { attribute: false },
  };

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  api = '';

  /** A tracking code to look up as soon as it is set; `""` (the default) waits for the resident. */
  code = '';

  /**
   * A feedback API to use instead of the one built from `api`: for stories and host pages that
   * bring their own transport. Most pages leave it null and set `api`.
   * @internal
   */
  feedbackApi: StatusApi | null = null;

  readonly #locale = new MessagesController(this, feedbackStatusMessages);
  /** The one call this widget makes (so its bundle carries no other schema of the feedback API). */
  readonly #apiAt = apiFor((http): StatusApi => ({ getStatus: (code, signal) => getFeedbackStatus(http, code, signal) }));
  get #client(): StatusApi {
    return this.feedbackApi ?? this.#apiAt(this.api);
  }
  /** What is in the code field. */
  #typed = '';
  /** Whether what was typed, when the person asked, is not a tracking code. */
  #invalid = false;
  /** The code last asked for, in its canonical form. */
  #asked = '';

  readonly #remembered = new RememberedReportsPart(this, () => this.#client);

  readonly #lookup = new Task(this, {
    task: ([code]: readonly [string], { signal }) => this.#client.getStatus(code, signal),
    args: () => [this.#asked] as const,
    autoRun: false,
  });

  protected override updated(): void {
    if (this.#lookup.status === TaskStatus.COMPLETE && this.#lookup.value) this.#remembered.seen(this.#lookup.value);
  }

  #show(code: string): void {
    this.#typed = code;
    this.#lookUp();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) {
      this.#typed = this.code;
      this.#lookUp();
    }
  }

  /** Checks the typed code and, when it is a valid one, asks the server. */
  #lookUp(): void {
    const code = normalizeTrackingCode(this.#typed);
    if (!code) {
      this.#invalid = true;
      this.#lookup.abort();
      this.requestUpdate();
      return;
    }
    this.#invalid = false;
    this.#typed = code;
    this.#asked = code;
    void this.#lookup.run();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#lookUp();
    this.requestUpdate();
  }

  #onInput(event: Event): void {
    this.#typed = (event.target as HTMLInputElement).value;
  }

  #retry(): void {
    void this.#lookup.run();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const task = this.#lookup;
    const failed = !this.#invalid && task.status === TaskStatus.ERROR;
    const notFound = failed && task.error instanceof ProblemError && task.error.status === 404;
    const fieldError = this.#invalid ? t('feedback.code.invalid') : notFound ? t('feedback.status.notFound') : null;
    const otherError = failed && !notFound;
    const found = !this.#invalid && task.status === TaskStatus.COMPLETE ? task.value : undefined;
    const pending = !this.#invalid && task.status === TaskStatus.PENDING;

    let announcement = '';
    if (pending) announcement = t('common.loading');
    else if (fieldError) announcement = fieldError;
    else if (otherError) announcement = this.#failureText(t, task.error);
    else if (found) announcement = `${t('feedback.status.state')}: ${t(`feedback.status.${found.status}`)}`;

    return html`<div class="root" lang=${locale}>
      <form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
        <h2 id="title">${t('feedback.status.title')}</h2>
        <div part="field" class="field">
          <label for="code">${t('feedback.status.code.label')}</label>
          <p class="hint" id="code-hint">${t('feedback.status.code.hint')}</p>
          <div class="row">
            <input
              id="code"
              name="code"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              aria-describedby=${fieldError ? 'code-hint code-error' : 'code-hint'}
              aria-invalid=${fieldError ? 'true' : 'false'}
              .value=${live(this.#typed)}
              @input=${this.#onInput}
            />
            <button type="submit" part="button" aria-disabled=${pending ? 'true' : 'false'}>${t('feedback.status.lookup')}</button>
          </div>
          ${fieldError ? html`<p class="error" id="code-error">${fieldError}</p>` : nothing}
        </div>
      </form>
      <div role="status" class="visually-hidden">${announcement}</div>
      ${otherError
        ? html`<div class="notice error-notice">
            <p>${this.#failureText(t, task.error)}</p>
            <div class="actions">
              <button type="button" part="button" class="secondary small" @click=${this.#retry}>${t('common.retryNow')}</button>
            </div>
          </div>`
        : nothing}
      ${pending ? html`<p class="loading" aria-hidden="true">${t('common.loading')}</p>` : nothing}
      ${found ? this.#renderResult(t, locale, found) : nothing}
      ${this.#remembered.render(t, locale, (code) => this.#show(code))}
    </div>`;
  }

  #failureText(t: Translator, error: unknown): string {
    return error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)
      ? t('common.networkError')
      : t('common.unexpected');
  }

  #renderResult(t: Translator, locale: Locale, found: FeedbackStatus): TemplateResult {
    return html`<section part="result" class="result" aria-labelledby="result-title">
      <h3 id="result-title">${t('feedback.sent.code')} ${found.trackingCode}</h3>
      <dl>
        <div>
          <dt>${t('feedback.status.category')}</dt>
          <dd lang=${textLang(found.category.name, locale)}>${pickText(found.category.name, locale)}</dd>
        </div>
        <div>
          <dt>${t('feedback.status.state')}</dt>
          <dd><span part="status" class="status status-${found.status}">${t(`feedback.status.${found.status}`)}</span></dd>
        </div>
        <div>
          <dt>${t('feedback.status.sentAt')}</dt>
          <dd><time datetime=${found.createdAt}>${formatDateTime(found.createdAt, locale)}</time></dd>
        </div>
        <div>
          <dt>${t('feedback.status.updatedAt')}</dt>
          <dd><time datetime=${found.updatedAt}>${formatDateTime(found.updatedAt, locale)}</time></dd>
        </div>
        ${renderResponseTime(t, locale, found.responseTime)}
      </dl>
      <h4>${t('feedback.status.reply')}</h4>
      ${found.reply
        ? html`<div part="reply" class="reply">
            <p class="reply-text">${found.reply.text}</p>
            <p class="hint">
              <time datetime=${found.reply.repliedAt}>${t('feedback.status.repliedAt', { date: formatDateTime(found.reply.repliedAt, locale) })}</time>
            </p>
          </div>`
        : html`<p class="no-reply">${t('feedback.status.noReply')}</p>`}
    </section>`;
  }
}
