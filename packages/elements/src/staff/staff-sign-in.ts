import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cityLoginUrl, exchangeSignInCode, signInCodeOf, withoutSignInCode, type HttpClient } from '@kohtaamo/core';
import { siteSettings } from '../site/site-settings.js';

/** Where a staff token is kept: this tab only, gone when it closes (one sign-in for the staff pages of a tab). */
export const STAFF_TOKEN_STORAGE_KEY = 'kohtaamo-staff-token';

/** The element a console is: its token property (never an attribute) and its server. */
export interface StaffSignInHost extends ReactiveControllerHost, HTMLElement {
  token: string;
  readonly api: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface StaffSignInTexts {
  readonly title: string;
  readonly token: string;
  readonly hint: string;
  readonly required: string;
  readonly submit: string;
  readonly cityAccount: string;
  readonly signingIn: string;
  /** The city account's sign-in did not go through. */
  readonly failed: string;
}

/**
 * A staff console's sign-in (docs/staff-sign-in.md): a pasted staff token kept in sessionStorage,
 * or the city account (offered when the server's site settings say it has one), whose one-time
 * code in the address is exchanged for a session token. The host checks the token (who is signed
 * in) and calls `failed` when it is refused. Its form: `render(texts)`, the input `#token`.
 */
export class StaffSignIn implements ReactiveController {
  #typed = '';
  error = '';
  busy = false;
  exchanging = false;
  cityAccount = false;
  #siteOf = '\0';
  #exchangeFailed = false;

  constructor(
    private readonly host: StaffSignInHost,
    private readonly http: () => HttpClient,
    /** The token sent is the one already set (sent again after a failed check): check it again. */
    private readonly again?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.token && signInCodeOf(location.hash) !== null) {
      void this.#exchange();
      return;
    }
    if (!this.host.token) {
      try {
        this.host.token = sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY) ?? '';
      } catch {
        // Storage may be blocked: the officer signs in again.
      }
    }
  }

  hostUpdate(): void {
    const api = this.host.api;
    if (api === this.#siteOf) return;
    this.#siteOf = api;
    void siteSettings(api).then((site) => {
      if (this.host.api !== api) return;
      this.cityAccount = site?.staff.cityAccount ?? false;
      this.host.requestUpdate();
    });
  }

  async #exchange(): Promise<void> {
    const code = signInCodeOf(location.hash);
    if (code === null) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutSignInCode(location.hash)}`);
    this.exchanging = true;
    this.host.requestUpdate();
    try {
      this.#keep((await exchangeSignInCode(this.http(), code)).token);
    } catch {
      this.#exchangeFailed = true;
    } finally {
      this.exchanging = false;
      this.host.requestUpdate();
    }
  }

  #keep(token: string): void {
    try {
      sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, token);
    } catch {
      // Kept in memory only.
    }
    this.host.token = token;
  }

  #forget(): void {
    try {
      sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
  }

  /** The token was refused (`invalid`: forget it) or could not be checked: says why at the field and focuses it. */
  async failed(message: string, invalid: boolean): Promise<void> {
    if (invalid) this.#forget();
    this.error = message;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
  }

  signOut(): void {
    this.#forget();
    this.#typed = '';
    this.error = '';
    this.host.token = '';
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#token')?.focus());
  }

  #submit(event: SubmitEvent, required: string): void {
    event.preventDefault();
    this.#exchangeFailed = false;
    const token = this.#typed.trim();
    if (!token) {
      void this.failed(required, false);
      return;
    }
    if (token === this.host.token) this.again?.();
    else this.#keep(token);
  }

  /**
   * The field's value follows what was typed (`#typed`, kept on every input), so a plain property
   * binding is enough: only sign-out empties it, and the form is drawn anew then (the signed-in
   * console stood in its place). Lit's `live` directive would add two files to every console's
   * cold page (issue 7).
   */
  render(texts: StaffSignInTexts): TemplateResult {
    const error = this.error || (this.#exchangeFailed ? texts.failed : '');
    return html`<form part="sign-in" class="sign-in" novalidate aria-labelledby="sign-in-title" @submit=${(e: SubmitEvent) => this.#submit(e, texts.required)}>
      <h3 id="sign-in-title">${texts.title}</h3>
      ${this.exchanging ? html`<p class="hint">${texts.signingIn}</p>` : nothing}
      ${this.cityAccount
        ? html`<div class="actions"><a part="button" class="button" id="city-account" href=${cityLoginUrl(this.host.api, location.href)}>${texts.cityAccount}</a></div>`
        : nothing}
      <div class="field">
        <label for="token">${texts.token}</label>
        <p class="hint" id="token-hint">${texts.hint}</p>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${error ? 'token-hint token-error' : 'token-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.#typed}
          @input=${(e: Event) => (this.#typed = (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<p class="error" id="token-error">${error}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.submit}</button>
      </div>
    </form>`;
  }
}
