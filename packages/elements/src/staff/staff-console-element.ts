import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { createApiClient, type HttpClient, type Messages } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../i18n/localized-element.js';
import type { LazyModule } from '../state/lazy-module.js';
import { StaffConsole, type ConsoleElementHost, type SignedInPart, type StaffConsoleTexts } from './staff-console.js';
import { staffConsoleStyles } from './staff-console.styles.js';

/** A console's own keys of its first state: its title, the sign-in form's texts and its generic error. */
export interface ConsoleKeys<K extends string> {
  readonly title: K;
  readonly signIn: K;
  readonly token: K;
  readonly hint: K;
  readonly required: K;
  readonly submit: K;
  readonly error: K;
}

/** What a console's entry says of its first state: its catalog (common, the staff sign-in's and its own texts) and its keys. */
export interface ConsoleFirstState {
  readonly messages: Messages<string>;
  readonly keys: ConsoleKeys<string>;
}

/** A console's first state, its keys checked against its catalog. */
export const firstState = <K extends string>(messages: Messages<K>, keys: ConsoleKeys<NoInfer<K>>): ConsoleFirstState =>
  ({ messages, keys }) as unknown as ConsoleFirstState;

/**
 * A staff console's element (issue 7, docs/adr/0067): the server, the token, the stories' client,
 * the sign-in with its texts, the heading and the status region, and the host its signed-in part
 * reads; {@link StaffConsole} runs the sign-in and the lazy part. A console adds its own
 * attributes, says how its part is imported (`loadPart`, extending the host with its own members
 * through `extendHost`) and what its first state shows (`firstState`).
 */
export abstract class StaffConsoleElement<P extends SignedInPart> extends LocalizedElement {
  /** The first state's (the part brings the signed-in console's: `SignedInPart.styles`). */
  static override styles = staffConsoleStyles;

  static override properties: PropertyDeclarations = {
    api: {},
    token: { attribute: false },
    http: { attribute: false },
    announcement: { state: true },
  };

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  api = '';

  /** The staff token (a property only, never an attribute). Set by the sign-in form, or by the host page. */
  token = '';

  /**
   * The HTTP client the console calls instead of one built from `api` (stories).
   * @internal
   */
  http: HttpClient | null = null;

  private announcement = '';

  readonly #first: ConsoleFirstState;
  readonly #locale: MessagesController<string>;
  readonly #console: StaffConsole<P>;
  #client: HttpClient | null = null;
  #clientBase = '';

  constructor(first: ConsoleFirstState) {
    super();
    this.#first = first;
    this.#locale = new MessagesController(this, first.messages);
    this.#console = new StaffConsole(
      this,
      () => this.#http,
      () => this.loadPart(this.#host()),
      () => this.#texts(),
    );
  }

  /** Imports the console's signed-in part and makes it (`() => import('./x.signed-in.js').then(…)`). */
  protected abstract loadPart(host: ConsoleElementHost): Promise<P>;

  /** The part, once loaded (it may not be signed in). */
  protected get loadedPart(): P | undefined {
    return this.#console.part;
  }

  /** The signed-in part's import (a test makes it fail once). @internal */
  get signedInPart(): LazyModule<P> {
    return this.#console.lazy;
  }

  /** Credentials are there: a token, or the stories' client (a console may add its own). */
  protected get credentials(): boolean {
    return Boolean(this.token || this.http);
  }

  /** A change that checks the credentials again (a console may add its own properties). */
  protected credentialsChanged(changed: PropertyValues<this>): boolean {
    return changed.has('token') || changed.has('api') || changed.has('http');
  }

  /** The officer signs out (a console may forget more). */
  protected signOut(): void {
    this.#console.signIn.signOut();
  }

  /** The one API client, following `api`; the token goes with it, to the API's origin only. */
  get #http(): HttpClient {
    if (this.http) return this.http;
    if (this.#client === null || this.#clientBase !== this.api) {
      this.#clientBase = this.api;
      this.#client = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#client;
  }

  #texts(): StaffConsoleTexts {
    const t = this.#locale.t;
    const keys = this.#first.keys;
    return {
      title: t(keys.signIn),
      token: t(keys.token),
      hint: t(keys.hint),
      required: t(keys.required),
      submit: t(keys.submit),
      cityAccount: t('staff.signIn.cityAccount'),
      signingIn: t('staff.signIn.signingIn'),
      failed: t('staff.signIn.failed'),
      loading: t('common.loading'),
      invalid: t('staff.auth.invalid'),
      network: t('common.networkError'),
      error: t(keys.error),
      retry: t('common.retryNow'),
    };
  }

  /** What the signed-in part reads of this element. */
  #host(): ConsoleElementHost {
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
      get http() {
        return el.#http;
      },
      get standIn() {
        return el.http !== null;
      },
      requestUpdate: () => this.requestUpdate(),
      messages: <K extends string>(messages: Messages<K>) => new MessagesController(this, messages),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.#console.failureText(error),
      signOut: () => this.signOut(),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.credentialsChanged(changed)) this.#console.changed(this.credentials);
  }

  protected override render(): TemplateResult {
    return html`<div class="root" lang=${this.#locale.locale}>
      <h2>${this.#locale.t(this.#first.keys.title)}</h2>
      ${this.#console.render()}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }
}
