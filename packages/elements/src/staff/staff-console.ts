import { html, type CSSResultOrNative, type ReactiveController, type TemplateResult } from 'lit';
import { NetworkError, ProblemError, type HttpClient, type Locale, type Messages } from '@kohtaamo/core';
import type { MessagesController } from '../i18n/localized-element.js';
import { LazyModule, PrepareWrites } from '../state/lazy-module.js';
import { addStyles } from '../styles/add-styles.js';
import { StaffSignIn, type StaffSignInHost, type StaffSignInTexts } from './staff-sign-in.js';

/**
 * What a console is after sign-in: made by its lazy module (`<console>.signed-in.ts`), it checks
 * the token (who is signed in), reads the queue or lists, and renders into the console's shadow
 * root. It imports the staff schemas it reads, so the entry carries none of them.
 */
export interface SignedInPart {
  /** Checks the token and loads the first lists; rejects (a ProblemError 401 when refused) with nobody signed in. */
  start(): Promise<void>;
  /** Someone is signed in: the part renders the console. */
  readonly signedIn: boolean;
  render(): TemplateResult;
  /** The token is gone (signed out): forget who was signed in and what was open. */
  reset(): void;
  /** The console left the page: abort what is in flight. */
  dispose(): void;
  /** A failure in the part's own words (its problem codes), or '' when it has none. */
  failureText(error: unknown): string;
  /**
   * The styles only the signed-in console uses: added to the shadow root when it first shows (not
   * when the part loads, while the sign-in form may still be read: its look does not move).
   */
  readonly styles?: CSSResultOrNative;
}

/**
 * What every console's element gives its signed-in part (staff-console-element.ts builds it; a
 * console extends it with its own members through {@link extendHost}), and through the part its
 * lazy views: they render into the element's shadow root, so the console's styles and ids apply.
 */
export interface ConsoleElementHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  readonly locale: Locale;
  readonly api: string;
  readonly token: string;
  /** The client with the token (or the stories' stand-in). */
  readonly http: HttpClient;
  /** The stories' stand-in client is in use: no sign-out. */
  readonly standIn: boolean;
  /** A messages controller of the element (a part's texts, loaded before it renders). */
  messages<K extends string>(messages: Messages<K>): MessagesController<K>;
  announce(text: string): void;
  /** A failure in words (the connection, the part's codes, else the console's generic text). */
  failureText(error: unknown): string;
  signOut(): void;
}

/** The members of H that B has already, with a type H accepts. */
type Given<B, H> = { [K in keyof H & keyof B]: B[K] extends H[K] ? K : never }[keyof H & keyof B];

/**
 * A host H made of `base` (an element's host, or a part's) and `own`, which adds the members H
 * needs beyond the base's (or replaces them): the getters of both stay getters, read when used.
 * So each console's part and view writes only its own members.
 */
export function extendHost<H, B extends object>(base: B, own: NoInfer<Omit<H, Given<B, H>> & Partial<H>>): H {
  return Object.create(base, Object.getOwnPropertyDescriptors(own)) as H;
}

/** The texts the first state needs: the sign-in form's, and the words around loading the console. */
export interface StaffConsoleTexts extends StaffSignInTexts {
  /** While a kept token is checked (a signed-in reload): no flash of the sign-in form. */
  readonly loading: string;
  /** The token was refused. */
  readonly invalid: string;
  /** The server or the console's module could not be reached. */
  readonly network: string;
  /** Anything else. */
  readonly error: string;
  readonly retry: string;
}

/**
 * A staff console's first state (issue 7, docs/adr/0067): the sign-in for a cold visitor, and
 * everything after it (the queue, the lists, the open item) as one lazy module, prefetched while
 * the visitor reads the form. A kept token (a signed-in reload) imports the part at once and shows
 * "Loading…" rather than the form; a part that fails to load offers a retry, the token kept.
 */
export class StaffConsole<P extends SignedInPart> implements ReactiveController {
  readonly signIn: StaffSignIn;
  readonly #part: LazyModule<P>;
  #run = 0;
  #checking = false;
  /** Credentials are there: the part is wanted (a failed import then shows the retry). */
  #wanted = false;
  #formShown = false;
  #prefetched = false;
  #styled = false;

  constructor(
    private readonly host: StaffSignInHost,
    http: () => HttpClient,
    /** Imports the part's module and makes the part (`() => import('./x.signed-in.js').then(…)`). */
    load: () => Promise<P>,
    private readonly texts: () => StaffConsoleTexts,
  ) {
    // The same token sent again (after a failed check) checks it again.
    this.signIn = new StaffSignIn(host, http, () => void this.start());
    // Prefetched below only while nobody is signed in: a kept token imports it at once instead,
    // and after a failed import only the officer's "Retry now" tries again.
    this.#part = new LazyModule(host, load, { prefetch: false });
    // Handling is writing: the client's write path (ky) is loaded at the officer's first touch (docs/adr/0083).
    new PrepareWrites(host);
    host.addController(this);
  }

  /** The part, once loaded (it may not be signed in). */
  get part(): P | undefined {
    return this.#part.value;
  }

  /** The lazy part's import, for a test to make fail. @internal */
  get lazy(): LazyModule<P> {
    return this.#part;
  }

  hostUpdated(): void {
    if (this.#prefetched || this.#wanted) return;
    this.#prefetched = true;
    const start = (): void => {
      if (!this.#wanted) void this.#part.get().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }

  hostDisconnected(): void {
    this.part?.dispose();
  }

  /** The credentials changed: check them (a token or a stories' client), or sign out when gone. */
  changed(signedIn: boolean): void {
    if (signedIn) void this.start();
    else {
      this.#run++;
      this.#checking = false;
      this.#wanted = false;
      this.part?.reset();
    }
  }

  /** Loads the part (now, not when idle) and starts it; a refusal goes to the sign-in form. */
  async start(): Promise<void> {
    const run = ++this.#run;
    this.#wanted = true;
    this.#checking = true;
    this.signIn.busy = true;
    this.host.requestUpdate();
    try {
      const part = await this.#part.get();
      await part.start();
      if (run === this.#run) this.signIn.error = '';
    } catch (error) {
      if (run !== this.#run) return;
      if (this.#part.state === 'failed') {
        if (this.#formShown) {
          await this.host.updateComplete;
          this.host.renderRoot.querySelector<HTMLElement>('#retry-load')?.focus();
        }
        return;
      }
      const invalid = error instanceof ProblemError && error.status === 401;
      this.#checking = false;
      await this.signIn.failed(invalid ? this.texts().invalid : this.failureText(error), invalid);
    } finally {
      if (run === this.#run) {
        this.#checking = false;
        this.signIn.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  /** A failure in words: the connection, the part's own codes, else the console's generic text. */
  failureText(error: unknown): string {
    const t = this.texts();
    if (error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)) return t.network;
    return this.part?.failureText(error) || t.error;
  }

  /** The signed-in console, or "Loading…" for a kept token, or the retry, or the sign-in form. */
  render(): TemplateResult {
    const part = this.part;
    if (part?.signedIn) {
      if (!this.#styled && part.styles) {
        addStyles(this.host.renderRoot, [part.styles]);
        this.#styled = true;
      }
      return part.render();
    }
    const t = this.texts();
    if (this.#part.state === 'failed' && this.#wanted) {
      return html`<div class="notice error-notice" role="alert">
        <p>${t.network}</p>
        <button type="button" part="button" class="secondary small" id="retry-load" @click=${() => void this.start()}>${t.retry}</button>
      </div>`;
    }
    if (this.#checking && !this.#formShown) return html`<p class="hint" id="checking">${t.loading}</p>`;
    this.#formShown = true;
    return this.signIn.render(t);
  }
}
