import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  cityLoginUrl,
  consoleRoundKey,
  createApiClient,
  createSurveyConsoleApi,
  createSurveyConsoleQueueStore,
  exchangeSignInCode,
  NetworkError,
  pickText,
  ProblemError,
  signInCodeOf,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  withoutSignInCode,
  type Locale,
  type StaffUser,
  type SurveyConsoleApi,
  type SurveyConsoleQueue,
  type SurveyRoundDetail,
  type SurveySummary,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { StoreController } from '../../state/store-controller.js';
import { siteSettings } from '../../site/site-settings.js';
import { consoleMessages, type ShellTranslator as Translator } from './survey-console.messages.js';
import type { ConsoleMessageKey, ConsoleTranslator } from './survey-console.view-messages.js';
import type { ConsoleForm, ConsoleHost, ConsolePanel, ConsoleView } from './survey-console.host.js';
import { styles } from './survey-console.styles.js';

/** Where a pasted token is kept: this tab only, gone when it closes (the same key as the inbox's: one sign-in for the staff pages). */
export const STAFF_TOKEN_STORAGE_KEY = 'kohtaamo-staff-token';


/**
 * The survey console, for signed-in analysts (a grant of the surveys domain): the surveys within
 * their grants with versions and rounds; a survey made from Heinola's annual template and its
 * next versions; rounds created, opened and closed; invitation tokens issued, shown once and
 * downloaded; a vendor's data file imported with its column and code mapping, every rejected
 * row shown; the population margins; the results computed and published.
 *
 * The list is core's generic queue store; everything else is a lazy module loaded when first
 * used (ADR 0035): the authoring forms with the template (survey-console.create.ts), the open
 * round (survey-console.round.ts) and each of its tabs (import, margins, results).
 * The staff token is never an attribute: the analyst pastes it into the sign-in form (kept in
 * sessionStorage for this tab), signs in with the city account, or the page sets `token`.
 *
 * @tagname kohtaamo-survey-console
 * @summary Staff console of surveys: template, versions, rounds, tokens, vendor import, margins, results.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} answer-page - The address of the page that answers a round (`?round=` and `&token=` are added to the invitation links). Default `""`: no links, the codes only.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart surveys - The list of surveys and rounds.
 * @csspart panel - The open round, or the form being filled.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit`.
 * @cssproperty --kohtaamo-survey-console-selected - Background of the open round's row. Default `#e5e5f9`.
 */
export class KohtaamoSurveyConsole extends LocalizedElement {
  static override styles = styles;

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  @property() api = '';

  /** The page that answers a round: the invitation links are `<answer-page>?round=…&token=…`. */
  @property({ attribute: 'answer-page' }) answerPage = '';

  /** The staff token (a property only, never an attribute). Set by the sign-in form, or by the host page. */
  @property({ attribute: false }) token = '';

  /**
   * Makes the console API for a token instead of the HTTP one built from `api` (stories).
   * @internal
   */
  @property({ attribute: false }) consoleApiFactory: ((token: string) => SurveyConsoleApi) | null = null;
  /**
   * Who is signed in, for a console API from `consoleApiFactory` (stories).
   * @internal
   */
  @property({ attribute: false }) storyUser: StaffUser | null = null;

  @state() private me: StaffUser | null = null;
  @state() private signInError = '';
  @state() private signingIn = false;
  @state() private cityAccount = false;
  @state() private exchanging = false;
  @state() private announcement = '';
  @state() private openError = '';
  @state() panel: ConsolePanel = { kind: 'none' };

  readonly #locale = new MessagesController(this, consoleMessages);
  /** The texts of the forms and tabs, from the first lazy view's module (its updates then wait for them too). */
  #viewLocale: MessagesController<ConsoleMessageKey> | null = null;
  readonly #queue = createSurveyConsoleQueueStore(() => this.#api);
  readonly #queueState = new StoreController<SurveyConsoleQueue>(this, this.#queue.$state);
  #typedToken = '';
  #apiInstance: SurveyConsoleApi | null = null;
  #apiKey = '';
  #http: ReturnType<typeof createApiClient> | null = null;
  #httpBase = '';
  /** The lazy views, once loaded (and the promise while loading). */
  #views = new Map<string, ConsoleView>();
  #loading = new Map<string, Promise<ConsoleView>>();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.token && signInCodeOf(location.hash) !== null) {
      void this.#takeSignInCode();
      return;
    }
    if (!this.token) {
      try {
        this.token = sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY) ?? '';
      } catch {
        // Storage may be blocked; the analyst signs in again.
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#queue.dispose();
  }

  get #client() {
    if (this.#http === null || this.#httpBase !== this.api) {
      this.#httpBase = this.api;
      this.#http = createApiClient({ baseUrl: this.api, credentials: () => this.token });
    }
    return this.#http;
  }

  get #api(): SurveyConsoleApi {
    const key = `${this.api}\n${this.token}`;
    if (this.#apiInstance === null || this.#apiKey !== key) {
      this.#apiKey = key;
      this.#apiInstance = this.consoleApiFactory ? this.consoleApiFactory(this.token) : createSurveyConsoleApi(this.#client);
    }
    return this.#apiInstance;
  }

  get #q(): SurveyConsoleQueue {
    return this.#queueState.store!.get();
  }

  /** The open round as last read. */
  get detail(): SurveyRoundDetail | null {
    return this.#q.open?.detail ?? null;
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** What the lazy views read of this element. */
  #host(): ConsoleHost {
    const el = this;
    return {
      get renderRoot() {
        return el.renderRoot;
      },
      get updateComplete() {
        return el.updateComplete;
      },
      get t() {
        return (el.#viewLocale?.t ?? el.#t) as ConsoleTranslator;
      },
      get locale() {
        return el.#locale.locale;
      },
      get api() {
        return el.#api;
      },
      get answerPage() {
        return el.answerPage;
      },
      get surveys() {
        return el.#q.items;
      },
      get detail() {
        return el.detail;
      },
      queue: this.#queue,
      requestUpdate: () => this.requestUpdate(),
      code: (code, params) => (this.#viewLocale ?? this.#locale).code(code, params),
      announce: (text) => {
        this.announcement = text;
      },
      failureText: (error) => this.#failureText(error),
      reload: () => this.#reload(),
      openRound: (s, r) => this.#openRound(s, r),
      focus: async (selector) => {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      },
    };
  }

  async #takeSignInCode(): Promise<void> {
    const code = signInCodeOf(location.hash);
    if (code === null) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutSignInCode(location.hash)}`);
    this.exchanging = true;
    this.announcement = this.#t('staff.signIn.signingIn');
    try {
      const session = await exchangeSignInCode(this.#client, code);
      try {
        sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, session.token);
      } catch {
        // Kept in memory only.
      }
      this.token = session.token;
    } catch (error) {
      this.signInError = this.#failureText(error);
    } finally {
      this.exchanging = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && !this.consoleApiFactory) {
      const api = this.api;
      void siteSettings(api).then((site) => {
        if (this.api === api) this.cityAccount = site?.staff.cityAccount ?? false;
      });
    }
    if ((changed.has('token') || changed.has('api')) && this.token) void this.#start();
    if (changed.has('token') && !this.token) {
      this.me = null;
      this.panel = { kind: 'none' };
      this.#queue.dispose();
      this.#queue.close();
    }
  }

  /** Checks the token (who is signed in), then lists the surveys. */
  async #start(): Promise<void> {
    this.signingIn = true;
    try {
      this.me = this.consoleApiFactory ? this.storyUser : await this.#client.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema);
      this.signInError = '';
      await this.#reload();
    } catch (error) {
      this.me = null;
      if (error instanceof ProblemError && error.status === 401) {
        this.signInError = this.#t('staff.auth.invalid');
        this.#forgetToken();
      } else {
        this.signInError = this.#failureText(error);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
    } finally {
      this.signingIn = false;
    }
  }

  async #reload(): Promise<void> {
    await this.#queue.reload();
    if (this.#q.open) {
      const detail = await this.#queue.refresh();
      if (detail) await this.#views.get('round')?.opened?.(detail);
    }
    const q = this.#q;
    if (q.error === null) this.announcement = this.#t('surveyConsole.surveys.count', { count: q.total });
  }

  #forgetToken(): void {
    try {
      sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
  }

  #onSignIn(event: SubmitEvent): void {
    event.preventDefault();
    const token = this.#typedToken.trim();
    if (!token) {
      this.signInError = this.#t('surveyConsole.signIn.required');
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
      return;
    }
    try {
      sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, token);
    } catch {
      // Kept in memory only.
    }
    this.token = token;
  }

  #signOut(): void {
    this.#forgetToken();
    this.#typedToken = '';
    this.token = '';
    this.signInError = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus());
  }

  /** A lazy view's module, imported once (again after a failure). */
  #load(name: 'create' | 'round'): Promise<ConsoleView> {
    let pending = this.#loading.get(name);
    if (!pending) {
      const host = this.#host();
      pending = (
        name === 'create'
          ? import('./survey-console.create.js').then((m) => {
              this.#viewLocale ??= new MessagesController(this, m.viewMessages);
              return new m.CreateView(host, (panel) => this.showForm(panel));
            })
          : import('./survey-console.round.js').then((m) => {
              this.#viewLocale ??= new MessagesController(this, m.viewMessages);
              return new m.RoundView(host);
            })
      ).then(
        (view) => {
          this.#views.set(name, view);
          return view;
        },
        (error: unknown) => {
          this.#loading.delete(name);
          throw error;
        },
      );
      this.#loading.set(name, pending);
    }
    return pending;
  }

  /** Shows an authoring form (create from the template, next version, new round); the focus goes to its heading. */
  async showForm(panel: ConsoleForm): Promise<void> {
    this.openError = '';
    try {
      const view = await this.#load('create');
      this.#queue.close();
      this.panel = panel;
      await view.shown?.(panel);
    } catch (error) {
      this.openError = this.#failureText(error);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  async #openRound(surveyId: string, roundId: string): Promise<void> {
    this.openError = '';
    const [view, detail] = await Promise.all([
      this.#load('round').catch((error: unknown) => {
        this.openError = this.#failureText(error);
        return null;
      }),
      this.#queue.open(consoleRoundKey(surveyId, roundId)),
    ]);
    this.panel = { kind: 'round' };
    if (view === null) return;
    if (detail === null) {
      const open = this.#q.open;
      if (open?.error) this.openError = this.#failureText(open.error);
      return;
    }
    await view.opened?.(detail);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  #failureText(error: unknown): string {
    const t = this.#t;
    if (error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500)) return t('common.networkError');
    if (error instanceof ProblemError && error.status === 403) return t('surveyConsole.forbidden');
    if (error instanceof ProblemError && this.#viewLocale?.has(error.problem.code)) return this.#viewLocale.t(error.problem.code);
    if (error instanceof ProblemError && this.#locale.has(error.problem.code)) return t(error.problem.code);
    if (error instanceof ProblemError && error.problem.detail) return error.problem.detail;
    return t('surveyConsole.error');
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<div class="root" lang=${this.#locale.locale}>
      <h2>${t('surveyConsole.title')}</h2>
      ${this.me ? this.#renderConsole(t, this.#locale.locale, this.me) : this.#renderSignIn(t)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderSignIn(t: Translator): TemplateResult {
    const error = this.signInError;
    return html`<form part="sign-in" class="sign-in" novalidate aria-labelledby="sign-in-title" @submit=${this.#onSignIn}>
      <h3 id="sign-in-title">${t('surveyConsole.signIn.title')}</h3>
      ${this.exchanging ? html`<p class="hint">${t('staff.signIn.signingIn')}</p>` : nothing}
      ${this.cityAccount
        ? html`<div class="actions"><a part="button" class="button" id="city-account" href=${cityLoginUrl(this.api, location.href)}>${t('staff.signIn.cityAccount')}</a></div>`
        : nothing}
      <div class="field">
        <label for="token">${t('surveyConsole.signIn.token')}</label>
        <p class="hint" id="token-hint">${t('surveyConsole.signIn.hint')}</p>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${error ? 'token-hint token-error' : 'token-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${live(this.#typedToken)}
          @input=${(e: Event) => (this.#typedToken = (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<p class="error" id="token-error">${error}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${this.signingIn ? 'true' : 'false'}>${t('surveyConsole.signIn.submit')}</button>
      </div>
    </form>`;
  }

  #renderConsole(t: Translator, locale: Locale, me: StaffUser): TemplateResult {
    const q = this.#q;
    return html`<div class="bar">
        <p>${t('surveyConsole.signedInAs', { name: me.name })}</p>
        <button type="button" part="button" class="secondary small" @click=${this.#signOut}>${t('surveyConsole.signOut')}</button>
      </div>
      <div class="layout">
        <section part="surveys" class="surveys" aria-labelledby="surveys-title">
          <h3 id="surveys-title">${t('surveyConsole.surveys.title')}</h3>
          <div class="actions">
            <button type="button" part="button" id="new-survey" @click=${() => void this.showForm({ kind: 'create' })}>${t('surveyConsole.surveys.new')}</button>
          </div>
          ${q.loading === 'first' ? html`<p>${t('surveyConsole.loading')}</p>` : nothing}
          ${q.error !== null
            ? html`<div class="notice error-notice" role="alert">
                <p>${this.#failureText(q.error)}</p>
                <button type="button" part="button" class="secondary small" @click=${() => void this.#reload()}>${t('common.retryNow')}</button>
              </div>`
            : nothing}
          ${q.items.length === 0 && q.loading === 'idle' && q.error === null ? html`<p class="empty">${t('surveyConsole.surveys.empty')}</p>` : nothing}
          <ul class="survey-list">
            ${q.items.map((s) => this.#renderSurvey(t, locale, s))}
          </ul>
        </section>
        <section part="panel" class="panel" aria-labelledby="panel-title">${this.#renderPanel(t)}</section>
      </div>`;
  }

  #renderSurvey(t: Translator, locale: Locale, s: SurveySummary): TemplateResult {
    const latest = s.versions.at(-1)?.version ?? 1;
    const open = this.#q.open?.id;
    return html`<li class="survey">
      <h4 id="survey-${s.id}">${s.id}</h4>
      <p class="hint">${t('surveyConsole.surveys.versions', { count: s.versions.length, latest })}</p>
      ${s.rounds.length > 0
        ? html`<ul class="rounds" aria-labelledby="survey-${s.id}">
            ${s.rounds.map((r) => {
              const key = consoleRoundKey(s.id, r.id);
              return html`<li class=${open === key ? 'selected' : ''}>
                <button type="button" part="button" class="link round-open" data-round=${r.id} aria-current=${open === key ? 'true' : 'false'} @click=${() => void this.#openRound(s.id, r.id)}>
                  ${pickText(r.title, locale)}
                </button>
                <span class="status status-${r.status}">${t(`surveyConsole.status.${r.status}`)}</span>
                <span class="hint">${t('surveyConsole.round.meta', { year: r.year, version: r.version })}</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="hint">${t('surveyConsole.surveys.noRounds')}</p>`}
      <div class="actions">
        <button type="button" part="button" class="secondary small new-round" data-survey=${s.id} @click=${() => void this.showForm({ kind: 'round-new', survey: s.id })}>
          ${t('surveyConsole.surveys.newRound')}
        </button>
        <button type="button" part="button" class="secondary small new-version" data-survey=${s.id} @click=${() => void this.showForm({ kind: 'version', survey: s.id })}>
          ${t('surveyConsole.surveys.newVersion')}
        </button>
      </div>
    </li>`;
  }

  #renderPanel(t: Translator): TemplateResult {
    const error = this.openError ? html`<div class="notice error-notice" role="alert"><p>${this.openError}</p></div>` : nothing;
    const panel = this.panel;
    if (panel.kind === 'round') {
      const view = this.#views.get('round');
      if (view && this.detail) return html`${error}${view.render()}`;
      return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.loading')}</h3>${error}`;
    }
    if (panel.kind !== 'none') {
      const view = this.#views.get('create');
      if (view) return html`${error}${view.render()}`;
    }
    return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.panel.none')}</h3>${error}`;
  }
}
