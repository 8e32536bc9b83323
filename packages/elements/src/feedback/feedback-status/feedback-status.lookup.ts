// The status widget's lookup and its answer (issue 7, docs/adr/0085): imported when the resident
// first touches the code field (focus, pointer, typing), when a code is given (the `code`
// attribute or property), or when this device remembers reports sent from it. It checks the code,
// asks the server, and draws the answer (status, dates, response time, the city's reply), the
// reports sent from this device, and the failures; the element keeps the field and its button.
// It imports nothing only the entry has; its texts are its own (feedback-status.lookup-messages.ts,
// docs/adr/0101), with a controller of them on the element.
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
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
import { statusLookupMessages, type StatusLookupMessageKey, type StatusLookupTranslator as Translator } from './feedback-status.lookup-messages.js';
import { MessagesController } from '../../i18n/localized-element.js';
import { apiFor } from '../../state/api-for.js';
import { Read } from '../../state/read.js';
import { renderResponseTime } from '../response-time.js';
import { RememberedReportsPart } from './feedback-status.remembered.js';
import { textLang } from '../../i18n/text-lang.js';

/** What the status lookup asks the server: a feedback by its tracking code. */
export type StatusApi = Pick<FeedbackApi, 'getStatus'>;

/** What the lookup reads of the element (`<kohtaamo-feedback-status>`) and does to it. */
export interface StatusHost extends HTMLElement, ReactiveControllerHost {
  readonly api: string;
  readonly feedbackApi: StatusApi | null;
  /** What is in the code field; the lookup writes it back in its canonical form. */
  typed: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the element draws of the lookup: the field's error, the live announcement and what comes below the form. */
export interface LookupView {
  readonly fieldError: string | null;
  readonly pending: boolean;
  readonly announcement: string;
  readonly below: TemplateResult;
}

/** The answer's and the remembered reports' styles, a constructed sheet the shadow root adopts (a strict CSP allows it). */
const lookupStyles = css`
  .remembered ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-xs);
  }
  .remembered li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kohtaamo-space-s);
  }
  .badge {
    border: 2px solid currentColor;
    padding: 0 var(--_kohtaamo-space-xs);
  }
  .result {
    padding: var(--_kohtaamo-space-l);
    background: var(--_kohtaamo-background);
    border-left: 0.5rem solid var(--_kohtaamo-color-primary);
  }
  dl {
    margin: 0 0 var(--_kohtaamo-space-m);
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-l);
  }
  dl > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .status {
    display: inline-block;
    padding: 0 var(--_kohtaamo-space-s);
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .status-done {
    color: var(--_kohtaamo-color-success);
  }
  .status-rejected {
    color: var(--_kohtaamo-color-error);
  }
  h4 {
    margin: 0 0 var(--_kohtaamo-space-xs);
    font-size: 1em;
  }
  .reply {
    padding: var(--_kohtaamo-space-m);
    background: var(--_kohtaamo-color-surface);
    border: 1px solid var(--_kohtaamo-color-border);
  }
  .reply-text {
    white-space: pre-line;
    margin-bottom: var(--_kohtaamo-space-s);
  }
  .no-reply {
    margin: 0;
  }
  @media (forced-colors: active) {
    .result {
      border: 1px solid CanvasText;
      border-left-width: 0.5rem;
    }
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
  }
`;

export class StatusLookup {
  /** The one call this widget makes (so its bundle carries no other schema of the feedback API). */
  readonly #apiAt = apiFor((http): StatusApi => ({ getStatus: (code, signal) => getFeedbackStatus(http, code, signal) }));
  /** Whether what was typed, when the person asked, is not a tracking code. */
  #invalid = false;
  readonly #remembered: RememberedReportsPart;
  readonly #lookup: Read<readonly [string], FeedbackStatus>;
  /** The answer's texts, in the element's language (its updates wait for them, as for its own). */
  readonly #messages: MessagesController<StatusLookupMessageKey>;

  constructor(private readonly host: StatusHost) {
    this.#messages = new MessagesController(host, statusLookupMessages);
    const sheet = lookupStyles.styleSheet;
    const root = host.renderRoot;
    if (sheet && root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.#remembered = new RememberedReportsPart(host, () => this.#client);
    this.#lookup = new Read(host, ([code], signal) => this.#client.getStatus(code, signal));
  }

  get #client(): StatusApi {
    return this.host.feedbackApi ?? this.#apiAt(this.host.api);
  }

  /** After the element's update: an answer shown is seen (no more "new" mark for it). */
  updated(): void {
    if (this.#lookup.status === 'complete' && this.#lookup.value) this.#remembered.seen(this.#lookup.value);
  }

  /** Checks the typed code and, when it is a valid one, asks the server. */
  lookUp(): void {
    const host = this.host;
    const code = normalizeTrackingCode(host.typed);
    if (!code) {
      this.#invalid = true;
      this.#lookup.abort();
      host.requestUpdate();
      return;
    }
    this.#invalid = false;
    host.typed = code;
    void this.#lookup.run([code]);
  }

  #show(code: string): void {
    this.host.typed = code;
    this.lookUp();
  }

  view(): LookupView {
    const t = this.#messages.t;
    const locale = this.#messages.locale;
    const task = this.#lookup;
    const valid = !this.#invalid;
    const failed = valid && task.status === 'error';
    const notFound = failed && task.error instanceof ProblemError && task.error.status === 404;
    const fieldError = this.#invalid ? t('feedback.code.invalid') : notFound ? t('feedback.status.notFound') : null;
    const otherError = failed && !notFound;
    const found = valid && task.status === 'complete' ? task.value : undefined;
    const pending = valid && task.status === 'pending';

    let announcement = '';
    if (pending) announcement = t('common.loading');
    else if (fieldError) announcement = fieldError;
    else if (otherError) announcement = failureText(t, task.error);
    else if (found) announcement = `${t('feedback.status.state')}: ${t(`feedback.status.${found.status}`)}`;

    return {
      fieldError,
      pending,
      announcement,
      below: html`${otherError
        ? html`<div class="notice error-notice">
            <p>${failureText(t, task.error)}</p>
            <div class="actions">
              <button type="button" part="button" class="secondary small" @click=${() => void task.run()}>${t('common.retryNow')}</button>
            </div>
          </div>`
        : nothing}
      ${pending ? html`<p class="loading" aria-hidden="true">${t('common.loading')}</p>` : nothing}
      ${found ? renderResult(t, locale, found) : nothing}
      ${this.#remembered.render(t, locale, (code) => this.#show(code))}`,
    };
  }
}

function failureText(t: Translator, error: unknown): string {
  return error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500) ? t('common.networkError') : t('common.unexpected');
}

function renderResult(t: Translator, locale: Locale, found: FeedbackStatus): TemplateResult {
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
