import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createApiClient, type HttpClient, type Messages, type Round } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { StaffConsole } from '../../staff/staff-console.js';
import { consoleMessages, type ShellTranslator as Translator } from './budget-console.messages.js';
import type { BudgetConsoleElementHost, BudgetConsolePart } from './budget-console.signed-in.js';
import { styles } from './budget-console.styles.js';

export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';

/**
 * The participatory budgeting console, for signed-in officers (a grant of the budgeting domain):
 * open a round and its budgets, review proposals (feasible with the city's cost estimate, merged
 * or rejected with a public reason), set and freeze the rules, issue and print voting codes,
 * enter assisted ballots, close the vote, compute and publish the results, and follow the
 * implementation of each winner.
 *
 * The entry draws the sign-in (staff/staff-console.ts: a pasted staff token kept in
 * sessionStorage for this tab, or the city account; the token is never an attribute). Everything
 * after it is lazy (ADR 0049, 0067): the signed-in part (budget-console.signed-in.ts: who is
 * signed in, the list of rounds on core's generic queue store), prefetched while the officer
 * reads the form, and from it the new-round form (budget-console.create.ts), the open round
 * (budget-console.round.ts) and each of its tabs after the first (proposals, rules, voting,
 * results).
 *
 * ```html
 * <kohtaamo-budget-console api="https://osallistu.heinola.fi" lang="fi"></kohtaamo-budget-console>
 * ```
 *
 * @tagname kohtaamo-budget-console
 * @summary Staff console of participatory budgeting: rounds, budgets, review, rules, codes, assisted ballots, results, implementation.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The round opened first. Default `""`: none.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart rounds - The list of rounds.
 * @csspart panel - The open round, or the new-round form.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-budget-console-selected - Background of the open round in the list. Default `#e5e5f9`.
 */
export class KohtaamoBudgetConsole extends LocalizedElement {
  static override styles = styles;

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  @property() api = '';
  /** The round opened first. */
  @property() round = '';
  /** The staff token (a property only, never an attribute). */
  @property({ attribute: false }) token = '';
  /**
   * The HTTP client the console calls instead of one built from `api` (stories).
   * @internal
   */
  @property({ attribute: false }) http: HttpClient | null = null;

  @state() private announcement = '';

  readonly #locale = new MessagesController(this, consoleMessages);
  readonly #console: StaffConsole<BudgetConsolePart> = new StaffConsole(
    this,
    () => this.#client,
    () => import('./budget-console.signed-in.js').then((m) => new m.BudgetConsolePart(this.#partHost())),
    () => {
      const t = this.#t;
      return {
        title: t('budgetConsole.signIn.title'),
        token: t('budgetConsole.signIn.token'),
        hint: t('budgetConsole.signIn.hint'),
        required: t('budgetConsole.signIn.required'),
        submit: t('budgetConsole.signIn.submit'),
        cityAccount: t('staff.signIn.cityAccount'),
        signingIn: t('staff.signIn.signingIn'),
        failed: t('staff.signIn.failed'),
        loading: t('common.loading'),
        invalid: t('staff.auth.invalid'),
        network: t('common.networkError'),
        error: t('budgetConsole.error'),
        retry: t('common.retryNow'),
      };
    },
  );
  #http: HttpClient | null = null;
  #httpBase = '';

  get #client(): HttpClient {
    if (this.http) return this.http;
    if (this.#http === null || this.#httpBase !== this.api) {
      this.#httpBase = this.api;
      this.#http = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#http;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** The signed-in part's import (a test makes it fail once). @internal */
  get signedInPart(): StaffConsole<BudgetConsolePart>['lazy'] {
    return this.#console.lazy;
  }

  /** The open round as last read. */
  get openRound(): Round | null {
    return this.#console.part?.openRound ?? null;
  }

  /** What the signed-in part reads of this element. */
  #partHost(): BudgetConsoleElementHost {
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
        return el.#client;
      },
      get standIn() {
        return el.http !== null;
      },
      get round() {
        return el.round;
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
      <h2>${this.#t('budgetConsole.title')}</h2>
      ${this.#console.render()}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
