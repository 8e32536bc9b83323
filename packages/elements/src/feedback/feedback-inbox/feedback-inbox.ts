import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createApiClient, type HttpClient, type Messages, type StaffApi, type StaffFeedbackDetail } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { StaffConsole } from '../../staff/staff-console.js';
import { inboxSignInMessages, type InboxSignInTranslator as Translator } from './feedback-inbox.sign-in-messages.js';
import type { InboxElementHost, InboxSignedIn } from './feedback-inbox.signed-in.js';
import { styles } from './feedback-inbox.styles.js';

/** Where a pasted token is kept: this tab only, gone when it closes (one sign-in for the staff pages of a tab). */
export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';

/**
 * The city's inbox of resident feedback, for signed-in staff: a queue oldest first (newest first
 * from the Received header, which sorts), filters,
 * the selected report with its contact details, history and internal notes, and the actions
 * of handling (assign, change status with a public reply, publish, hide, redact, note).
 *
 * The staff token is never an attribute (a secret does not belong in HTML): the handler pastes
 * it into the element's sign-in form (kept in sessionStorage, for this tab only), or the host
 * page sets the `token` property. Every change names the version it was made on; when another
 * handler changed the report meanwhile, the element says so and offers to reload, keeping the
 * text typed.
 *
 * The entry draws the sign-in (staff/staff-console.ts). Everything after it is lazy (issue 7,
 * docs/adr/0067): the signed-in part (feedback-inbox.signed-in.ts: filters and queue),
 * prefetched while the handler reads the form, and from it the open report and its forms
 * (feedback-inbox.detail.ts), loaded when the handler first opens a report.
 *
 * @tagname kohtaamo-feedback-inbox
 * @summary Staff inbox: queue, moderation, assignment, status changes with a public reply, internal notes.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {number} page-size - Reports per page of the queue (1–200); the handler loads more with "Show more" or ArrowDown on the last row. Default `50`.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart filters - The filter form.
 * @csspart queue - The queue table.
 * @csspart detail - The selected report.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit`.
 * @cssproperty --kohtaamo-feedback-inbox-selected - Background of the selected row. Default `#e5e5f9`.
 */
export class KohtaamoFeedbackInbox extends LocalizedElement {
  static override styles = styles;

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  @property() api = '';

  /** Reports per page of the queue; "Show more" (or ArrowDown on the last row) loads the next page. */
  // 50 is core's FEEDBACK_QUEUE_PAGE_SIZE, written out: importing it would bring the queue store into the entry.
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The staff token (a property only, never an attribute). Set by the sign-in form, or by the host page. */
  @property({ attribute: false }) token = '';

  /**
   * Makes the staff API for a token instead of the HTTP one built from `api` (stories).
   * @internal
   */
  @property({ attribute: false }) staffApiFactory: ((token: string) => StaffApi) | null = null;

  @state() private announcement = '';

  readonly #locale = new MessagesController(this, inboxSignInMessages);
  readonly #console: StaffConsole<InboxSignedIn> = new StaffConsole(
    this,
    () => this.#client,
    () => import('./feedback-inbox.signed-in.js').then((m) => new m.InboxSignedIn(this.#partHost())),
    () => {
      const t = this.#t;
      return {
        title: t('feedback.inbox.signIn.title'),
        token: t('feedback.inbox.signIn.token.label'),
        hint: t('feedback.inbox.signIn.token.hint'),
        required: t('feedback.inbox.signIn.required'),
        submit: t('feedback.inbox.signIn.submit'),
        cityAccount: t('staff.signIn.cityAccount'),
        signingIn: t('staff.signIn.signingIn'),
        failed: t('staff.signIn.failed'),
        loading: t('common.loading'),
        invalid: t('staff.auth.invalid'),
        network: t('common.networkError'),
        error: t('feedback.inbox.error'),
        retry: t('common.retryNow'),
      };
    },
  );
  #http: HttpClient | null = null;
  #httpBase = '';

  /** The one API client, following `api`; the token goes with it, to the API's origin only. */
  get #client(): HttpClient {
    if (this.#http === null || this.#httpBase !== this.api) {
      this.#httpBase = this.api;
      this.#http = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#http;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** The open report as last read or changed. */
  get detail(): StaffFeedbackDetail | null {
    return this.#console.part?.detail ?? null;
  }

  /** What the signed-in part reads of this element. */
  #partHost(): InboxElementHost {
    const el = this;
    return {
      get renderRoot() {
        return el.renderRoot;
      },
      get updateComplete() {
        return el.updateComplete;
      },
      get locale() {
        return el.#locale.locale;
      },
      get api() {
        return el.api;
      },
      get token() {
        return el.token;
      },
      get pageSize() {
        return el.pageSize;
      },
      get http() {
        return el.#client;
      },
      get staffApiFactory() {
        return el.staffApiFactory;
      },
      requestUpdate: () => this.requestUpdate(),
      messages: <K extends string>(messages: Messages<K>) => new MessagesController(this, messages),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.#console.failureText(error),
      signOut: () => this.#console.signIn.signOut(),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token') || changed.has('api')) this.#console.changed(Boolean(this.token));
  }

  protected override render(): TemplateResult {
    return html`<div class="root" lang=${this.#locale.locale}>
      <h2>${this.#t('feedback.inbox.title')}</h2>
      ${this.#console.render()}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
