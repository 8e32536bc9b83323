import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  listFeedbackCategories,
  PHOTO_MAX_BYTES,
  MESSAGE_MAX,
  MESSAGE_MIN,
  pickText,
  ProblemError,
  type DraftField,
  type FeedbackApi,
  type FeedbackCategory,
  type FeedbackDraft,
  type FeedbackResidentApi,
  type Locale,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { FeedbackClient } from '../feedback-client.js';
import { feedbackFormMessages, type FeedbackFormTranslator as Translator } from '../feedback.catalogs.js';
import { styles } from './feedback-form.styles.js';
import { textLang } from '../../i18n/text-lang.js';
import type { FormRest } from './feedback-form.rest.js';

type Later = typeof import('./feedback-form.later.js');

/** What a person does first with the form: focus a field (by key or pointer), press one, type. */
const FIRST_TOUCH = ['focusin', 'pointerdown', 'input'];

/**
 * A form for a resident's feedback to the city: the topic, the message, an optional place, and
 * contact details only when the resident wants to be contacted (anonymous by default).
 *
 * The text is validated with the same schema as on the server; errors appear beside each field
 * and in a summary at the top whose links take the focus to the field. Nothing typed is lost: the
 * draft is kept in `localStorage` (when the browser allows it), and while the network or the
 * server is down the form says so, keeps every value and retries on its own — also as soon as
 * the browser comes back online. "Sent" is shown only after the server has confirmed, with the
 * tracking code the resident can follow the feedback with (`<kohtaamo-feedback-status>`).
 *
 * ```html
 * <kohtaamo-feedback-form id="palaute" api="https://palaute.heinola.fi" category="streets"
 *   lang="fi"></kohtaamo-feedback-form>
 * ```
 *
 * @tagname kohtaamo-feedback-form
 * @summary Feedback form that keeps the text through network breaks and shows a tracking code.
 *
 * @attr {string} api - Base URL of the Kohtaamo server, e.g. `https://palaute.heinola.fi`. Default `""`: this page's own origin.
 * @attr {string} category - Id of the topic to preselect (`streets`); the resident can still change it. Default `""`: none.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute (an ancestor's, then the page's), else `fi`.
 * @attr {string} tiles - Tile URL template of the map (`{z}/{x}/{y}`). Default: the server's (KOHTAAMO_MAP_TILES), else OpenStreetMap's standard tiles.
 * @attr {string} attribution - The map's attribution text. Default `© OpenStreetMap contributors`.
 * @attr {number} photo-max-bytes - Largest photo the form accepts, in bytes (the server has its own limit). Default `5242880` (5 MB).
 * @attr {string} id - Also names the draft kept in `localStorage`: give each form on a page its own. Without one, the draft is kept per `api` and `category`.
 * @attr {string} protocol - `kohtaamo` (default) or `open311`: with `open311`, `api` is the base URL of an Open311 GeoReport v2 endpoint (e.g. another city's `…/open311/v2`) and the form sends through it.
 *
 * @event {KohtaamoFeedbackSubmittedEvent} kohtaamo-feedback-submitted - The server confirmed a feedback the person sent; `event.receipt` is `{ trackingCode, status, createdAt }`. Fired once per feedback.
 *
 * @slot intro - Text under the heading, e.g. a link to the privacy notice. Default: a sentence that feedback can be anonymous.
 *
 * @csspart form - The native form element.
 * @csspart field - The wrapper of each field: label, hint, control and error.
 * @csspart button - Every button.
 * @csspart summary - The error summary at the top of the form.
 * @csspart notice - The notice shown while the feedback waits for the network.
 * @csspart confirmation - The panel shown once the server has confirmed.
 * @csspart tracking-code - The tracking code in the confirmation panel.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons, links and the selected checkbox. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-color-text - Body text. Default `#1a1a1a`.
 * @cssproperty --kohtaamo-color-focus - Focus ring. Default `#0072c6`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit` (the page's font).
 * @cssproperty --kohtaamo-radius - Corner radius of controls and buttons. Default `0`.
 * @cssproperty --kohtaamo-space-m - The base spacing unit; also `-xs`, `-s`, `-l`, `-xl`. Default `1rem`.
 * @cssproperty --kohtaamo-feedback-form-max-width - Widest the form grows. Default `40rem`.
 * @cssproperty --kohtaamo-feedback-form-background - Background of the form. Default `--kohtaamo-color-surface`, `#ffffff`.
 * @cssproperty --kohtaamo-feedback-form-padding - Space around the form. Default `0`.
 *
 * @cssstate editing - The resident is filling in the form.
 * @cssstate sending - A request is in flight.
 * @cssstate waiting - The network or the server is down; the feedback will be sent again.
 * @cssstate sent - The server confirmed the feedback.
 */
export class KohtaamoFeedbackForm extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    category: {},
    tiles: {},
    attribution: {},
    photoMaxBytes: { type: Number, attribute: 'photo-max-bytes' },
    residentApiOverride: { attribute: false },
    protocol: {},
    apiKey: { attribute: false },
    feedbackApi: { attribute: false },
  };

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  api = '';

  /** Id of the topic to preselect; `""` (the default) preselects none. */
  category = '';

  /** Tile URL template of the map; OpenStreetMap's by default. */
  tiles = '';

  /**
   * The map's attribution (plain text); `""` (the default) leaves the map's own,
   * `© OpenStreetMap contributors`. The form does not import the map's module for it: the map is
   * loaded only when the resident opens it.
   */
  attribution = '';

  /** Largest photo accepted before uploading, in bytes (5 MB by default). */
  photoMaxBytes = PHOTO_MAX_BYTES;

  /**
   * The photo, nearby and follow API to use instead of the one built from `api` (stories).
   * @internal
   */
  residentApiOverride: FeedbackResidentApi | null = null;

  /** `kohtaamo` (the default) or `open311`: which protocol the server at `api` speaks. */
  protocol: 'kohtaamo' | 'open311' = 'kohtaamo';

  /**
   * The Open311 API key (with `protocol="open311"`); `""` (the default) is none. A property only,
   * set from script by an application entitled to a key (a kiosk, an intranet page): never an
   * attribute, so a key is never written into a page's markup, where anyone can read it.
   */
  apiKey = '';

  /**
   * A feedback API to use instead of the one built from `api`: for stories and host pages that
   * bring their own transport. Most pages leave it null and set `api`.
   * @internal
   */
  feedbackApi: FeedbackApi | null = null;

  /**
   * How the part used after the person acts is imported (feedback-form.later.ts: every field
   * after the message, the store, the checks before sending, the confirmation). Tests make it
   * fail, as a lost connection would.
   * @internal
   */
  importLater = (): Promise<Later> => import('./feedback-form.later.js');

  /**
   * How the map's element is imported when the person opens the map (or a kept draft has a pin):
   * a cold page does not load it. Tests make it fail, as a lost connection would.
   * @internal
   */
  importMap = (): Promise<unknown> => import('../../define/kohtaamo-feedback-map.js');

  readonly #locale = new MessagesController(this, feedbackFormMessages);
  readonly #client = new FeedbackClient(
    () => ({ baseUrl: this.api, override: this.feedbackApi, protocol: this.protocol, apiKey: this.apiKey }),
    // The topics now; sending (and reading a status, which the form never does) with the later part.
    (http) => ({
      listCategories: (signal) => listFeedbackCategories(http, signal),
      submit: async (submission, key) => (await this.#loadLater()).submitFeedback(http, submission, key),
      getStatus: async (code, signal) => (await this.#loadLater()).getFeedbackStatus(http, code, signal),
    }),
  );
  readonly #internals: ElementInternals | null = typeof this.attachInternals === 'function' ? this.attachInternals() : null;

  /**
   * The rest of the form (feedback-form.rest.ts, with the later part): every field after the
   * message, the store with the draft kept on the device, sending, the confirmation. Imported at
   * the person's first touch of the form, at once when a draft of this form is kept on the
   * device, or when the preselected topic has questions or notices (docs/adr/0084, 0102). Not on
   * idle: most views of a form send nothing.
   */
  #rest: FormRest | null = null;
  #laterLoading: Promise<Later> | null = null;
  /** The later part could not be imported (its notice with "Try now" shows until it is here). */
  #laterFailed = false;
  /**
   * The topic and the message until the rest (with the store) is here, and what the person
   * changed meanwhile: handed to the store when it is made, so that no keystroke is lost.
   */
  #draft: Pick<FeedbackDraft, 'category' | 'message'> = { category: '', message: '' };
  #typed: Partial<FeedbackDraft> = {};
  /** The person sent while the later part could not be imported: its notice takes the focus. */
  #laterNeeded = false;
  /** A send is waiting for the later part (its checks) to be imported: the button says "Sending…". */
  #awaitingLater = false;
  /** The person asked to load the topics again: the select takes the focus once it is there. */
  #focusCategoryWhenLoaded = false;

  constructor() {
    super();
    const touched = (): void => {
      for (const type of FIRST_TOUCH) this.removeEventListener(type, touched);
      // The client's write path (ky, docs/adr/0082, 0083) beside the later part; a failed load
      // is tried again at the first write.
      void import('@kohtaamo/core/http/writes').catch(() => undefined);
      void this.#loadLater().catch(() => undefined);
    };
    for (const type of FIRST_TOUCH) this.addEventListener(type, touched, { passive: true });
  }

  /** Imports the later part (once; again after a failure) and makes the rest of the form with it. */
  #loadLater(): Promise<Later> {
    this.#laterLoading ??= (async () => {
      const later = await this.importLater();
      // Its texts in the page's language come with it (Finnish stands in if they cannot).
      await later.loadLaterTexts(this.locale);
      return later;
    })().then(
      (later) => {
        this.#laterFailed = false;
        this.#rest ??= new later.FormRest(this, later);
        this.requestUpdate();
        return later;
      },
      (error: unknown) => {
        this.#laterLoading = null;
        this.#laterFailed = true;
        this.requestUpdate();
        throw error;
      },
    );
    return this.#laterLoading;
  }

  /** @internal The page's language now (for the rest of the form). */
  get locale(): Locale {
    return this.#locale.locale;
  }

  /** @internal The feedback API, following `api`, `protocol` and the API given (for the store). */
  get feedbackProxy(): FeedbackApi {
    return this.#client.proxy;
  }

  /** @internal The topics from the server (for the rest of the form). */
  get categoryList(): FeedbackCategory[] | undefined {
    return this.#categories;
  }

  /** @internal What the person typed before the rest came (handed over once). */
  takeTyped(): Partial<FeedbackDraft> {
    const typed = this.#typed;
    this.#typed = {};
    return typed;
  }

  /** @internal Where the draft is kept: per form id, else per server and preselected topic. */
  draftKey(): string {
    return `kohtaamo:feedback-form:${this.id || `${this.api}|${this.category}`}`;
  }

  /**
   * The topics, read from the server when `api` (or the API given) changes; a failure stays
   * (`#categoriesError`) while "Try again" reads once more (`#categoriesPending`). Read here, not
   * with @lit/task: its 0.9 KB was on every cold page for this one read (issue 7, docs/adr/0084).
   */
  #categories: FeedbackCategory[] | undefined;
  #categoriesError: unknown = undefined;
  #categoriesPending = false;
  #categoriesFor: readonly [string, FeedbackApi | null] | null = null;
  #categoriesAbort: AbortController | null = null;

  #readCategories(): void {
    this.#categoriesAbort?.abort();
    const abort = (this.#categoriesAbort = new AbortController());
    this.#categoriesPending = true;
    const settle = (list: FeedbackCategory[] | undefined, error: unknown): void => {
      if (abort.signal.aborted) return;
      this.#categoriesPending = false;
      this.#categories = list;
      this.#categoriesError = error;
      this.requestUpdate();
      // A preselected (or restored) topic with questions or notices shows them without a touch.
      const chosen = list?.find((c) => c.id === this.#draftNow.category);
      if (chosen && (chosen.notices?.length || chosen.attributes?.some((a) => a.variable))) void this.#loadLater().catch(() => undefined);
    };
    this.#client.api.listCategories(abort.signal).then(
      (list) => settle(list, undefined),
      (error: unknown) => settle(undefined, error ?? new Error('categories')),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadIfKept();
  }

  /**
   * A draft of this form kept on the device (a reload, a send waiting for the network): the later
   * part is imported now, without waiting for a touch, so that the store restores it.
   */
  #loadIfKept(): void {
    if (this.#rest || this.#laterLoading) return;
    const key = this.draftKey();
    let kept: string | null = null;
    try {
      kept = localStorage.getItem(key) || sessionStorage.getItem(key);
    } catch {
      // Storage refused (a sandboxed frame, a blocked site): nothing is kept there.
    }
    if (kept) void this.#loadLater().catch(() => undefined);
  }

  /** The topic and the message now: the store's, or what was typed before it came. */
  get #draftNow(): Pick<FeedbackDraft, 'category' | 'message'> {
    return this.#rest?.state.draft ?? this.#draft;
  }

  /** Sets the topic, the message (or the answers): in the store, or (before it came) kept here. */
  #set<K extends DraftField>(field: K, value: FeedbackDraft[K]): void {
    if (this.#rest) return this.#rest.setField(field, value);
    this.#typed[field] = value;
    if (field === 'category' || field === 'message') this.#draft = { ...this.#draft, [field]: value };
    this.requestUpdate();
    void this.#loadLater().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('category') || changed.has('id')) {
      this.#rest?.ensureStore();
      this.#loadIfKept();
      // A preselected topic not yet changed by the person follows the attribute.
      if (!('category' in this.#typed)) this.#draft = { ...this.#draft, category: this.category };
    }
    const read = this.#categoriesFor;
    if (!read || read[0] !== this.api || read[1] !== this.feedbackApi) {
      this.#categoriesFor = [this.api, this.feedbackApi];
      this.#readCategories();
    }
  }

  protected override updated(): void {
    const phase = this.#rest?.state.phase ?? 'editing';
    try {
      const states = this.#internals?.states;
      if (states) for (const p of ['editing', 'sending', 'waiting', 'sent']) states[p === phase ? 'add' : 'delete'](p);
    } catch {
      // Browsers before CustomStateSet's `:state()` syntax: the states are only a styling aid.
    }
    if (this.#focusCategoryWhenLoaded && this.#categories) {
      this.#focusCategoryWhenLoaded = false;
      this.renderRoot.querySelector<HTMLElement>('select[name=category]')?.focus();
    }
  }

  // ── Person's actions ────────────────────────────────────────────────────────────────────

  async #onSubmit(event?: SubmitEvent): Promise<void> {
    event?.preventDefault();
    // The rest of the form (its store and checks) comes with the later part: when that cannot be
    // imported, its notice says so and offers a retry; the draft stays as it is.
    try {
      this.#laterNeeded = false;
      this.#awaitingLater = !this.#rest;
      this.requestUpdate();
      await this.#loadLater();
      this.#awaitingLater = false;
      await this.#rest!.submit();
    } catch {
      this.#laterNeeded = true;
      this.#awaitingLater = false;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#later-failed')?.focus();
    }
  }

  #retryCategories(): void {
    if (this.#categoriesPending) return;
    this.#focusCategoryWhenLoaded = true;
    this.#readCategories();
    this.requestUpdate();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    return html`<div class="root" lang=${locale}>${this.#rest?.renderConfirmation() ?? this.#renderForm(this.#locale.t, locale)}</div>`;
  }

  #renderForm(t: Translator, locale: Locale): TemplateResult {
    const rest = this.#rest;
    // First: it reads the errors that the fields below show.
    const top = rest?.renderTop();
    const draft = this.#draftNow;
    const phase = rest?.state.phase;
    const sending = phase === 'sending' || this.#awaitingLater;
    const failure = rest?.renderFailure();
    const message = rest?.field('message');
    const tooLong = draft.message.length > MESSAGE_MAX;
    // No `live()` on the controls (docs/adr/0084, as the survey's in 0086): each handler puts in
    // the draft exactly what its control shows, and every change renders, so a property binding
    // follows the draft without comparing with the DOM.
    return html`
      <form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
        <div class="intro">
          <h2 id="title" tabindex="-1">${t('feedback.form.title')}</h2>
          <slot name="intro"><p>${t('feedback.form.intro')}</p></slot>
        </div>
        ${top} ${this.#renderCategory(t, locale, draft.category, rest?.field('category').error)} ${rest?.renderQuestions()}
        <div part="field" class="field">
          <label for="message">${t('feedback.message.label')}</label>
          <p class="hint" id="message-hint">${t('feedback.message.hint', { min: MESSAGE_MIN })}</p>
          <textarea
            id="message"
            name="message"
            required
            rows="6"
            aria-describedby=${message?.describedBy('message-hint', 'message-counter') ?? 'message-hint message-counter'}
            aria-invalid=${message?.error ? 'true' : 'false'}
            .value=${draft.message}
            @input=${(event: Event) => this.#set('message', (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint counter ${tooLong ? 'over' : ''}" id="message-counter">
            ${t('feedback.message.counter', { count: draft.message.length, max: MESSAGE_MAX })}
          </p>
          ${message?.error ? html`<p class="error" id="message-error">${message.error}</p>` : nothing}
        </div>
        ${rest?.renderRest()}
        <div class="submit-area">
          <div part="notice" class="notice-box ${failure || this.#laterFailed ? 'notice' : ''}">
            <div role="status" id="status-message">
              ${failure ?? (sending ? html`<span class="visually-hidden">${t('feedback.sending')}</span>` : nothing)}
            </div>
            ${rest?.renderRetry()}
            ${this.#laterFailed
              ? html`<div id="later-failed" class="error-notice" tabindex="-1">
                  <p>${t('common.networkError')}</p>
                  <div class="actions">
                    <button
                      type="button"
                      part="button"
                      class="secondary small"
                      @click=${() => void (this.#laterNeeded ? this.#onSubmit() : this.#loadLater().catch(() => undefined))}
                    >
                      ${t('common.retryNow')}
                    </button>
                  </div>
                </div>`
              : nothing}
          </div>
          <div class="actions">
            <button type="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>
              ${sending ? t('feedback.sending') : t('feedback.submit')}
            </button>
          </div>
        </div>
      </form>
    `;
  }

  #renderCategory(t: Translator, locale: Locale, chosen: string, fieldError: string | null | undefined): TemplateResult {
    const categories = this.#categories;
    const error = this.#categoriesError;
    const errorText = fieldError ? html`<p class="error" id="category-error">${fieldError}</p>` : nothing;
    // Failed, or trying again after a failure (the last error stays until the new answer).
    if (!categories && error !== undefined) {
      const retrying = this.#categoriesPending;
      // The server refused this page's origin (not in its KOHTAAMO_ORIGINS): say so, for the
      // web editor who embedded the form, instead of a failure nobody can act on.
      const refused = error instanceof ProblemError && error.problem.code === 'common.originNotAllowed';
      const message = refused ? t('common.originNotAllowed', { origin: window.location.origin }) : t('feedback.categories.error');
      return html`<div part="field" class="field">
        <span class="label" id="category-label">${t('feedback.category.label')}</span>
        <div class="notice error-notice category-error">
          <p role="alert">${retrying ? t('common.loading') : message}</p>
          <div class="actions">
            <button
              id="category-retry"
              type="button"
              part="button"
              class="secondary small"
              aria-describedby="category-label"
              aria-disabled=${retrying ? 'true' : 'false'}
              @click=${this.#retryCategories}
            >
              ${t('common.retryNow')}
            </button>
          </div>
        </div>
        ${errorText}
      </div>`;
    }
    const loading = !categories;
    // A preselected or restored topic that the list does not have stays visible as it is, so
    // the resident sees what will be sent (and the server's answer about it, beside the field).
    const known = (categories ?? []).some((c) => c.id === chosen);
    return html`<div part="field" class="field">
      <label for="category">${t('feedback.category.label')}</label>
      <select
        id="category"
        name="category"
        required
        ?disabled=${loading}
        aria-busy=${loading ? 'true' : 'false'}
        aria-describedby=${fieldError ? 'category-error' : nothing}
        aria-invalid=${fieldError ? 'true' : 'false'}
        @change=${(event: Event) => {
          this.#set('category', (event.target as HTMLSelectElement).value);
          // Another topic has other questions: the answers to the last one's go.
          this.#set('attributes', {});
        }}
      >
        ${loading
          ? html`<option value="">${t('common.loading')}</option>`
          : html`<option value="" ?selected=${chosen === ''}>${t('feedback.category.choose')}</option>
              ${!known && chosen ? html`<option value=${chosen} selected>${chosen}</option>` : nothing}
              ${categories!.map(
                (c) => html`<option value=${c.id} ?selected=${c.id === chosen} lang=${textLang(c.name, locale)}>${pickText(c.name, locale)}</option>`,
              )}`}
      </select>
      ${errorText}
    </div>`;
  }
}
