import type { PropertyDeclarations } from 'lit';
import type { StaffApi, StaffFeedbackDetail } from '@kohtaamo/core';
import { extendHost, type ConsoleElementHost } from '../../staff/staff-console.js';
import { firstState, StaffConsoleElement } from '../../staff/staff-console-element.js';
import { inboxSignInMessages } from './feedback-inbox.sign-in-messages.js';
import type { InboxSignedIn } from './feedback-inbox.signed-in.js';

/** Where a pasted token is kept: this tab only, gone when it closes (one sign-in for the staff pages of a tab). */
export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';

const FIRST_STATE = /* @__PURE__ */ firstState(inboxSignInMessages, {
  title: 'feedback.inbox.title',
  signIn: 'feedback.inbox.signIn.title',
  token: 'feedback.inbox.signIn.token.label',
  hint: 'feedback.inbox.signIn.token.hint',
  required: 'feedback.inbox.signIn.required',
  submit: 'feedback.inbox.signIn.submit',
  error: 'feedback.inbox.error',
});

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
export class KohtaamoFeedbackInbox extends StaffConsoleElement<InboxSignedIn> {
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    staffApiFactory: { attribute: false },
  };

  /** Reports per page of the queue; "Show more" (or ArrowDown on the last row) loads the next page. */
  // 50 is core's FEEDBACK_QUEUE_PAGE_SIZE, written out: importing it would bring the queue store into the entry.
  pageSize = 50;

  /**
   * Makes the staff API for a token instead of the HTTP one built from `api` (stories).
   * @internal
   */
  staffApiFactory: ((token: string) => StaffApi) | null = null;

  constructor() {
    super(FIRST_STATE);
  }

  /** The open report as last read or changed. */
  get detail(): StaffFeedbackDetail | null {
    return this.loadedPart?.detail ?? null;
  }

  protected override loadPart(host: ConsoleElementHost): Promise<InboxSignedIn> {
    const el = this;
    return import('./feedback-inbox.signed-in.js').then(
      (m) =>
        new m.InboxSignedIn(
          extendHost(host, {
            get pageSize() {
              return el.pageSize;
            },
            get staffApiFactory() {
              return el.staffApiFactory;
            },
          }),
        ),
    );
  }
}
