import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createApiClient, type HttpClient, type Messages } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { StaffConsole } from '../../staff/staff-console.js';
import { signInMessages, type SignInTranslator } from './space-console.sign-in-messages.js';
import type { SpaceConsoleElementHost, SpaceConsolePart } from './space-console.signed-in.js';
import { styles } from './space-console.styles.js';

/** Where the token is kept: this tab only (the same key as the feedback inbox: one staff sign-in per tab). */
export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';
export type { ConsoleView } from './space-console.signed-in.js';

/**
 * The staff console of space booking (issue 12, ADR 0039), for staff signed in with the city's
 * account or a staff token: the requests waiting for handling in the units their grants name
 * (approve, or deny with a reason the resident is mailed through the outbox), the day's
 * bookings of a unit, closing a space for a time, booking on someone's behalf, and a seasonal
 * application round's allocation (ADR 0053: each application accepted or rejected with a reason,
 * the decisions mailed).
 *
 * The entry draws the sign-in (staff/staff-console.ts; the token is never an attribute).
 * Everything after it is lazy (issue 7, docs/adr/0067): the signed-in part
 * (space-console.signed-in.ts: the units and the requests' queue on core's generic queue store),
 * prefetched while the handler reads the form; from it the open request and the other views
 * (space-console.views.ts), loaded when first needed, and the rounds view another that one loads.
 *
 * ```html
 * <kohtaamo-space-console api="https://varaamo.heinola.fi" lang="fi"></kohtaamo-space-console>
 * ```
 *
 * @tagname kohtaamo-space-console
 * @summary Staff console of space booking: requests, the day's bookings, blocks, booking on behalf, seasonal rounds.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} unit - The unit shown first (one the staff member handles). Default: the first.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart queue - The table of requests.
 * @csspart detail - The open request or the chosen view.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-space-console-selected - Background of the open request's row. Default `#e5e5f9`.
 */
export class KohtaamoSpaceConsole extends LocalizedElement {
  static override styles = styles;

  @property() api = '';
  @property() unit = '';
  /** The staff token (a property only, never an attribute). */
  @property({ attribute: false }) token = '';
  /** @internal For stories: the client the console calls instead of one built from `api`. */
  @property({ attribute: false }) http: HttpClient | null = null;

  @state() private announcement = '';

  readonly #locale = new MessagesController(this, signInMessages);
  readonly #console: StaffConsole<SpaceConsolePart> = new StaffConsole(
    this,
    () => this.#http,
    () => import('./space-console.signed-in.js').then((m) => new m.SpaceConsolePart(this.#partHost())),
    () => {
      const t = this.#t;
      return {
        title: t('space.console.signIn.title'),
        token: t('space.console.signIn.token'),
        hint: t('space.console.signIn.hint'),
        required: t('space.console.signIn.required'),
        submit: t('space.console.signIn.submit'),
        cityAccount: t('staff.signIn.cityAccount'),
        signingIn: t('staff.signIn.signingIn'),
        failed: t('staff.signIn.failed'),
        loading: t('common.loading'),
        invalid: t('staff.auth.invalid'),
        network: t('common.networkError'),
        error: t('space.console.error'),
        retry: t('common.retryNow'),
      };
    },
  );
  #client: HttpClient | null = null;
  #clientKey = '';

  get #http(): HttpClient {
    if (this.http) return this.http;
    if (this.#client === null || this.#clientKey !== this.api) {
      this.#clientKey = this.api;
      this.#client = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#client;
  }

  get #t(): SignInTranslator {
    return this.#locale.t;
  }

  /** What the signed-in part reads of this element. */
  #partHost(): SpaceConsoleElementHost {
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
      get http() {
        return el.#http;
      },
      get standIn() {
        return el.http !== null;
      },
      get unit() {
        return el.unit;
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
    if (changed.has('token') || changed.has('api') || changed.has('http')) this.#console.changed(Boolean(this.token || this.http));
  }

  protected override render(): TemplateResult {
    return html`<div class="root" lang=${this.#locale.locale}>
      <h2>${this.#t('space.console.title')}</h2>
      ${this.#console.render()}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
