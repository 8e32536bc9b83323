import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  emptyDraft,
  listFeedbackCategories,
  PHOTO_MAX_BYTES,
  type FeedbackResidentApi,
  FIELD_POINTERS,
  fieldOfPointer,
  MESSAGE_MAX,
  MESSAGE_MIN,
  pickText,
  ProblemError,
  type DraftField,
  type FeedbackApi,
  type FeedbackCategory,
  type FeedbackDraft,
  type FeedbackFormPhase,
  type FeedbackFormState,
  type FeedbackFormStore,
  type FieldError,
  type Locale,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { safeLocalStorage, safeSessionStorage } from '../../state/local-storage.js';
import { StoreController } from '../../state/store-controller.js';
import { describedBy, fieldError, focusField } from '../../forms/form-templates.js';
import { LazyModule, PrepareWrites } from '../../state/lazy-module.js';
import { FeedbackClient } from '../feedback-client.js';
import { feedbackFormMessages, type FeedbackFormTranslator as Translator } from '../feedback.catalogs.js';
import { KohtaamoFeedbackSubmittedEvent } from './feedback-form.events.js';
import { styles } from './feedback-form.styles.js';
import { ResidentFormParts } from './feedback-form.resident.js';
import { textLang } from '../../i18n/text-lang.js';

type Later = typeof import('./feedback-form.later.js');
type LaterTexts = import('./feedback-form.later.js').LaterTexts;

/** The fields in the order they appear, which is also the order of the error summary. */
const FIELD_ORDER = Object.keys(FIELD_POINTERS) as DraftField[];

/** Label key of each field, for the error summary's links. */
const FIELD_LABELS: Readonly<Record<DraftField, Parameters<Translator>[0]>> = {
  category: 'feedback.category.label',
  message: 'feedback.message.label',
  address: 'feedback.address.label',
  wantsContact: 'feedback.contact.wants',
  name: 'feedback.contact.name.label',
  email: 'feedback.contact.email.label',
  phone: 'feedback.contact.phone.label',
  consent: 'feedback.contact.consent.label',
  lat: 'feedback.map.label',
  lon: 'feedback.map.label',
  attributes: 'feedback.attributes.legend',
  photos: 'feedback.photo.label',
};

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
   * How the part used after the person acts is imported (feedback-form.later.ts: the checks
   * before sending, the confirmation, photo upload and similar reports). Tests make it fail, as
   * a lost connection would.
   * @internal
   */
  importLater = (): Promise<Later> => import('./feedback-form.later.js');

  /**
   * How the map's element is imported when the person opens the map (or a kept draft has a pin):
   * a cold page does not load it. Tests make it fail, as a lost connection would.
   * @internal
   */
  importMap = (): Promise<unknown> => import('../../define/kohtaamo-feedback-map.js');

  private get summaryElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#summary') ?? null;
  }
  private get problemElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#problem') ?? null;
  }
  private get confirmationTitle(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#confirmation-title') ?? null;
  }
  private get titleElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#title') ?? null;
  }
  private get laterFailedElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#later-failed') ?? null;
  }

  readonly #locale = new MessagesController(this, feedbackFormMessages);
  readonly #client = new FeedbackClient(
    () => ({ baseUrl: this.api, override: this.feedbackApi, protocol: this.protocol, apiKey: this.apiKey }),
    // The topics now; sending (and reading a status, which the form never does) with the later part.
    (http) => ({
      listCategories: (signal) => listFeedbackCategories(http, signal),
      submit: async (submission, key) => (await this.#later.get()).submitFeedback(http, submission, key),
      getStatus: async (code, signal) => (await this.#later.get()).getFeedbackStatus(http, code, signal),
    }),
  );
  readonly #internals: ElementInternals | null = typeof this.attachInternals === 'function' ? this.attachInternals() : null;

  #store: FeedbackFormStore | null = null;
  /**
   * The part used once the person acts (feedback-form.later.ts: the form's store with the draft
   * kept on the device, the checks, sending, the confirmation, photos): imported at the person's
   * first touch of the form, or at once when a draft of this form is kept on the device
   * (docs/adr/0084). Not on idle: most views of a form send nothing.
   */
  readonly #later = new LazyModule<Later>(
    this,
    async () => {
      const later = await this.importLater();
      // Its texts in the page's language come with it (Finnish stands in if they cannot).
      await later.loadLaterTexts(this.#locale.locale);
      return later;
    },
    { prefetch: false },
  );
  /** The client's write path (ky, docs/adr/0083) and the later part, at the person's first touch. */
  readonly #writes = [new PrepareWrites(this), new PrepareWrites(this, () => this.#later.get())];
  /**
   * The draft until the later part (with the store) is here: what the person typed meanwhile,
   * and which fields, handed to the store when it is made so that no keystroke is lost.
   */
  #draft: FeedbackDraft | null = null;
  readonly #typed = new Set<DraftField>();
  /** The person sent while the later part could not be imported: its notice with "Retry" shows. */
  #laterNeeded = false;
  /** A send is waiting for the later part (its checks) to be imported: the button says "Sending…". */
  #awaitingLater = false;
  #remember: ((report: { trackingCode: string; createdAt: string }) => void) | null = null;
  #residentApi: { baseUrl: string; api: FeedbackResidentApi } | null = null;
  readonly #parts = new ResidentFormParts(residentHost(this));
  /** The resident API as the store sees it: always the one `api` (or the override) points at now. */
  readonly #residentProxy: FeedbackResidentApi = {
    listPublic: async (filter, signal) => (await this.#resident()).listPublic(filter, signal),
    nearby: async (category, point, signal) => (await this.#resident()).nearby(category, point, signal),
    follow: async (code, request, key) => (await this.#resident()).follow(code, request, key),
    uploadPhoto: async (photo, signal) => (await this.#resident()).uploadPhoto(photo, signal),
  };

  /** @internal The store (for the resident parts). */
  get formStore(): FeedbackFormStore | null {
    return this.#store;
  }

  /** @internal The later part, once imported (for the resident parts). */
  get later(): Later | undefined {
    return this.#later.value;
  }

  /** @internal The later part's texts in the page's language (null until it is imported, which this starts). */
  get laterTexts(): LaterTexts | null {
    const later = this.#later.value;
    if (!later) {
      void this.#later.get().catch(() => undefined);
      return null;
    }
    return later.laterTexts(this.#locale.locale, () => this.requestUpdate());
  }

  /** The photo, nearby and follow API, following `api` (imported with the later part). */
  async #resident(): Promise<FeedbackResidentApi> {
    if (this.residentApiOverride) return this.residentApiOverride;
    const later = await this.#later.get();
    if (!this.#residentApi || this.#residentApi.baseUrl !== this.api) {
      this.#residentApi = { baseUrl: this.api, api: later.residentApi(this.api) };
    }
    return this.#residentApi.api;
  }

  /** Remembers a report sent or followed from this device (the later part is here by then: it checked or followed). */
  #remembered(report: { trackingCode: string; createdAt: string }): void {
    const later = this.#later.value;
    if (!later) return;
    this.#remember ??= later.rememberer(safeLocalStorage());
    this.#remember(report);
  }
  #storeKey = '';
  #storeCategory = '';
  readonly #state = new StoreController<FeedbackFormState>(this);
  #lastPhase: FeedbackFormPhase = 'editing';
  #now = Date.now();
  #ticker: ReturnType<typeof setInterval> | null = null;
  #copied = false;
  /** The person asked to load the topics again: the select takes the focus once it is there. */
  #focusCategoryWhenLoaded = false;

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
    };
    this.#client.api.listCategories(abort.signal).then(
      (list) => settle(list, undefined),
      (error: unknown) => settle(undefined, error ?? new Error('categories')),
    );
  }

  readonly #onOnline = (): void => {
    void this.#store?.retryNow();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ensureStore();
    this.#loadIfKept();
    window.addEventListener('online', this.#onOnline);
    // Coming back to the page (moved in the DOM): a retry cancelled on leaving is due now.
    if (this.#current.phase === 'waiting') void this.#store?.retryNow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#store?.dispose();
    this.#stopTicker();
  }

  /** Where the draft is kept: per form id, else per server and preselected topic. */
  #draftKey(): string {
    return `kohtaamo:feedback-form:${this.id || `${this.api}|${this.category}`}`;
  }

  /**
   * The store lives as long as its storage key and preselected topic stay the same. Only a form
   * being edited is replaced: a feedback in flight or waiting goes out first, and a confirmation
   * stays until the person starts a new feedback.
   */
  #ensureStore(): FeedbackFormStore | null {
    const key = this.#draftKey();
    if (this.#store) {
      const same = key === this.#storeKey && this.category === this.#storeCategory;
      if (same || this.#store.$state.get().phase !== 'editing') return this.#store;
      this.#store.dispose();
    }
    // The store comes with the later part: until then the form draws and keeps `#draft`.
    const later = this.#later.value;
    if (!later) return null;
    this.#storeKey = key;
    this.#storeCategory = this.category;
    const store = (this.#store = later.createFeedbackFormStore({
      api: this.#client.proxy,
      lang: () => this.#locale.locale,
      category: this.category,
      resident: this.#residentProxy,
      storage: safeLocalStorage(),
      sessionStorage: safeSessionStorage(),
      storageKey: key,
      categoryOf: (id) => this.#categories?.find((c) => c.id === id) ?? null,
      onSent: (receipt) => this.#remembered(receipt),
      onFollowed: (trackingCode) => this.#remembered({ trackingCode, createdAt: new Date().toISOString() }),
      photoMaxBytes: () => this.photoMaxBytes,
      validation: async () => later.validateDraft,
    }));
    // What the person typed before the part arrived wins over a draft kept on the device.
    const draft = this.#draft;
    if (draft) for (const field of this.#typed) store.setField(field, draft[field]);
    this.#draft = null;
    this.#typed.clear();
    this.#state.setStore(store.$state);
    return store;
  }

  /**
   * A draft of this form kept on the device (a reload, a send waiting for the network): the later
   * part is imported now, without waiting for a touch, so that the store restores it.
   */
  #loadIfKept(): void {
    if (this.#store || this.#later.state !== 'idle') return;
    const key = this.#draftKey();
    if (safeLocalStorage()?.getItem(key) || safeSessionStorage()?.getItem(key)) void this.#later.get().catch(() => undefined);
  }

  /** The store, importing the later part first when it is not here (rejects when it cannot be). */
  async #storeReady(): Promise<FeedbackFormStore> {
    await this.#later.get();
    return this.#ensureStore()!;
  }

  /** The form's state now: the store's, or the draft typed before the store came. */
  get #current(): FeedbackFormState {
    const store = this.#ensureStore();
    if (store) return store.$state.get();
    this.#draft ??= emptyDraft(this.category);
    return { phase: 'editing', draft: this.#draft, errors: {}, problem: null, failure: null, receipt: null, rememberPersonal: false };
  }

  /** Sets a field of the draft: in the store, or (before it came) in `#draft`. */
  setDraftField<K extends DraftField>(field: K, value: FeedbackDraft[K]): void {
    const store = this.#ensureStore();
    if (store) return store.setField(field, value);
    this.#draft = { ...this.#current.draft, [field]: value };
    this.#typed.add(field);
    this.requestUpdate();
    void this.#later.get().catch(() => undefined);
  }

  /** @internal The draft now (for the resident parts). */
  get draftNow(): FeedbackDraft {
    return this.#current.draft;
  }

  /** @internal The store, importing the later part first (for the resident parts: photos). */
  storeReady(): Promise<FeedbackFormStore> {
    return this.#storeReady();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('category') || changed.has('id')) {
      this.#ensureStore();
      this.#loadIfKept();
      // A preselected topic not yet changed by the person follows the attribute.
      if (this.#draft && !this.#typed.has('category')) this.#draft = { ...this.#draft, category: this.category };
    }
    const read = this.#categoriesFor;
    if (!read || read[0] !== this.api || read[1] !== this.feedbackApi) {
      this.#categoriesFor = [this.api, this.feedbackApi];
      this.#readCategories();
    }
    const phase = this.#current.phase;
    if (phase === 'waiting') this.#startTicker();
    else this.#stopTicker();
  }

  protected override updated(): void {
    const state = this.#current;
    this.#setCustomState(state.phase);
    if (state.phase === 'sent' && this.#lastPhase !== 'sent' && state.receipt) {
      this.confirmationTitle?.focus();
      this.dispatchEvent(new KohtaamoFeedbackSubmittedEvent(state.receipt));
    }
    this.#lastPhase = state.phase;
    if (this.#focusCategoryWhenLoaded && this.#categories) {
      this.#focusCategoryWhenLoaded = false;
      this.renderRoot.querySelector<HTMLElement>('select[name=category]')?.focus();
    }
  }

  #setCustomState(phase: FeedbackFormPhase): void {
    const states = this.#internals?.states;
    if (!states) return;
    try {
      for (const p of ['editing', 'sending', 'waiting', 'sent']) states.delete(p);
      states.add(phase);
    } catch {
      // Browsers before CustomStateSet's `:state()` syntax: the states are only a styling aid.
    }
  }

  #startTicker(): void {
    if (this.#ticker !== null) return;
    this.#now = Date.now();
    this.#ticker = setInterval(() => {
      this.#now = Date.now();
      this.requestUpdate();
    }, 1000);
  }

  #stopTicker(): void {
    if (this.#ticker !== null) clearInterval(this.#ticker);
    this.#ticker = null;
  }

  // ── Person's actions ────────────────────────────────────────────────────────────────────

  async #onSubmit(event?: SubmitEvent): Promise<void> {
    event?.preventDefault();
    // The store waits for a photo still uploading, and sends it with the feedback. It and its
    // checks come with the later part: when that cannot be imported, its notice says so and
    // offers a retry; the draft stays as it is.
    let store: FeedbackFormStore;
    try {
      this.#laterNeeded = false;
      this.#awaitingLater = !this.#later.value;
      if (this.#awaitingLater) this.requestUpdate();
      store = await this.#storeReady();
      await store.submit();
    } catch {
      this.#laterNeeded = true;
      this.#awaitingLater = false;
      this.requestUpdate();
      await this.updateComplete;
      this.laterFailedElement?.focus();
      return;
    }
    this.#awaitingLater = false;
    this.requestUpdate();
    await this.updateComplete;
    const state = store.$state.get();
    if (state.phase !== 'editing') return;
    if (Object.keys(state.errors).length > 0) this.summaryElement?.focus();
    else if (state.problem) this.problemElement?.focus();
  }

  #setText(field: 'message' | 'address' | 'name' | 'email' | 'phone') {
    return (event: Event): void => {
      this.setDraftField(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    };
  }

  #setCheck(field: 'wantsContact' | 'consent') {
    return (event: Event): void => {
      this.setDraftField(field, (event.target as HTMLInputElement).checked);
    };
  }

  #onCategory(event: Event): void {
    this.setDraftField('category', (event.target as HTMLSelectElement).value);
    // Another topic has other questions: the answers to the last one's go.
    this.setDraftField('attributes', {});
  }

  /** Moves the focus to a field from the error summary (the retry button, when the topics failed to load). */
  #focusField = (field: string): void => {
    if (focusField(this.renderRoot, field)) return;
    if (field === 'category') this.renderRoot.querySelector<HTMLElement>('#category-retry')?.focus();
  };


  #retryCategories(): void {
    if (this.#categoriesPending) return;
    this.#focusCategoryWhenLoaded = true;
    this.#readCategories();
    this.requestUpdate();
  }

  async #startNew(): Promise<void> {
    this.#copied = false;
    this.#store?.startNew();
    await this.updateComplete;
    this.titleElement?.focus();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const state = this.#current;
    return html`<div class="root" lang=${locale}>
      ${state.phase === 'sent' && state.receipt && this.#later.value ? this.#renderConfirmation(t, locale, state) : this.#renderForm(t, locale, state)}
    </div>`;
  }

  /** An error's text: errors come from the checks or the server, both after the later part (with its texts) was imported. */
  #errorText(t: Translator, error: FieldError): string {
    const params = { min: MESSAGE_MIN, max: MESSAGE_MAX, ...error.params };
    return this.laterTexts?.code(error.code, params) ?? this.#locale.code(error.code, params);
  }

  #renderForm(t: Translator, locale: Locale, state: FeedbackFormState): TemplateResult {
    const { draft } = state;
    const errors: Partial<Record<DraftField, FieldError>> = {};
    const unplaced: FieldError[] = [];
    for (const error of Object.values(state.errors)) {
      const field = fieldOfPointer(error.pointer);
      if (field && !errors[field]) errors[field] = error;
      else if (!field) unplaced.push(error);
    }
    const field = (name: DraftField) => ({
      error: errors[name] ? this.#errorText(t, errors[name]) : null,
      describedBy: (...ids: string[]) => describedBy(name, Boolean(errors[name]), ...ids),
    });
    const sending = state.phase === 'sending' || this.#awaitingLater;
    // No `live()` on the controls (docs/adr/0084, as the survey's in 0086): each handler puts in
    // the draft exactly what its control shows, and every change renders, so a property binding
    // follows the draft without comparing with the DOM.
    return html`
      <form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
        <div class="intro">
          <h2 id="title" tabindex="-1">${t('feedback.form.title')}</h2>
          <slot name="intro"><p>${t('feedback.form.intro')}</p></slot>
        </div>
        ${this.#renderSummary(t, errors, unplaced)} ${this.#renderProblem(t, locale, state)}
        ${this.#renderCategory(t, locale, draft, field('category'))}
        ${this.#parts.renderQuestions(t, locale, this.#categories?.find((c) => c.id === draft.category) ?? null, draft, state.errors, (e) => this.#errorText(t, e))}
        <div part="field" class="field">
          <label for="message">${t('feedback.message.label')}</label>
          <p class="hint" id="message-hint">${t('feedback.message.hint', { min: MESSAGE_MIN })}</p>
          <textarea
            id="message"
            name="message"
            required
            rows="6"
            aria-describedby=${field('message').describedBy('message-hint', 'message-counter')}
            aria-invalid=${errors.message ? 'true' : 'false'}
            .value=${draft.message}
            @input=${this.#setText('message')}
          ></textarea>
          <p class="hint counter ${draft.message.length > MESSAGE_MAX ? 'over' : ''}" id="message-counter">
            ${t('feedback.message.counter', { count: draft.message.length, max: MESSAGE_MAX })}
          </p>
          ${fieldError('message', field('message').error)}
        </div>
        <div part="field" class="field">
          <label for="address">${t('feedback.address.label')} <span class="optional">${t('common.optional')}</span></label>
          <p class="hint" id="address-hint">${t('feedback.address.hint')}</p>
          <input
            id="address"
            name="address"
            type="text"
            autocomplete="street-address"
            aria-describedby=${field('address').describedBy('address-hint')}
            aria-invalid=${errors.address ? 'true' : 'false'}
            .value=${draft.address}
            @input=${this.#setText('address')}
          />
          ${fieldError('address', field('address').error)}
        </div>
        ${this.#parts.renderMap(t, draft, field('lat').error ?? field('lon').error, { api: this.api, tiles: this.tiles, attribution: this.attribution, locale })}
        ${this.#parts.renderSimilar()} ${this.#parts.renderPhotos(t, draft, field('photos').error)}
        <fieldset part="field" class="contact">
          <legend>${t('feedback.contact.legend')}</legend>
          <div class="field">
            <div class="check">
              <input
                id="wantsContact"
                name="wantsContact"
                type="checkbox"
                aria-describedby=${field('wantsContact').describedBy('wantsContact-hint')}
                aria-invalid=${errors.wantsContact ? 'true' : 'false'}
                .checked=${draft.wantsContact}
                @change=${this.#setCheck('wantsContact')}
              />
              <label for="wantsContact">${t('feedback.contact.wants')}</label>
            </div>
            <p class="hint" id="wantsContact-hint">${t('feedback.contact.anonymous')}</p>
            ${fieldError('wantsContact', field('wantsContact').error)}
          </div>
          <div id="contact-details" class="contact-details" ?hidden=${!draft.wantsContact}>
            ${draft.wantsContact ? this.#renderContact(t, draft, errors, field) : nothing}
          </div>
        </fieldset>
        <div class="submit-area">
          ${this.#renderWaiting(t, state)}
          <div class="actions">
            <button type="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>
              ${sending ? t('feedback.sending') : t('feedback.submit')}
            </button>
          </div>
        </div>
      </form>
    `;
  }

  /** A field's own message says what to fix; a generic one ("required") gets the field's name. */
  #summaryText(t: Translator, name: DraftField, error: FieldError): string {
    const text = this.#errorText(t, error);
    return error.code.startsWith('common.') ? `${t(FIELD_LABELS[name])}: ${text}` : text;
  }

  #renderSummary(t: Translator, errors: Partial<Record<DraftField, FieldError>>, unplaced: FieldError[]): TemplateResult | typeof nothing {
    const later = this.#later.value;
    // Errors come only from the checks or the server, both after the later part was imported.
    if (!later || (unplaced.length === 0 && Object.keys(errors).length === 0)) return nothing;
    const items = [
      ...FIELD_ORDER.filter((name) => errors[name]).map((name) => ({ field: name, text: this.#summaryText(t, name, errors[name]!) })),
      ...unplaced.map((error) => ({ text: this.#errorText(t, error) })),
    ];
    return later.renderSummary(this.laterTexts!.t, items, this.#focusField);
  }

  #renderProblem(t: Translator, locale: Locale, state: FeedbackFormState): TemplateResult | typeof nothing {
    const problem = state.problem;
    if (!problem) return nothing;
    const code = problem.code ?? problem.title ?? '';
    const texts = this.laterTexts;
    const text = texts?.has(code) ? texts.t(code as Parameters<LaterTexts['t']>[0]) : t('common.unexpected');
    return html`<div id="problem" class="notice error-notice" tabindex="-1"><p>${text}</p></div>`;
  }

  #renderCategory(
    t: Translator,
    locale: Locale,
    draft: FeedbackDraft,
    field: { error: string | null; describedBy: (...ids: string[]) => string | typeof nothing },
  ): TemplateResult {
    const categories = this.#categories;
    const error = this.#categoriesError;
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
        ${fieldError('category', field.error)}
      </div>`;
    }
    const loading = !categories;
    // A preselected or restored topic that the list does not have stays visible as it is, so
    // the resident sees what will be sent (and the server's answer about it, beside the field).
    const known = (categories ?? []).some((c) => c.id === draft.category);
    return html`<div part="field" class="field">
      <label for="category">${t('feedback.category.label')}</label>
      <select
        id="category"
        name="category"
        required
        ?disabled=${loading}
        aria-busy=${loading ? 'true' : 'false'}
        aria-describedby=${field.describedBy()}
        aria-invalid=${field.error ? 'true' : 'false'}
        @change=${this.#onCategory}
      >
        ${loading
          ? html`<option value="">${t('common.loading')}</option>`
          : html`<option value="" ?selected=${draft.category === ''}>${t('feedback.category.choose')}</option>
              ${!known && draft.category ? html`<option value=${draft.category} selected>${draft.category}</option>` : nothing}
              ${categories!.map(
                (c) => html`<option value=${c.id} ?selected=${c.id === draft.category} lang=${textLang(c.name, locale)}>${pickText(c.name, locale)}</option>`,
              )}`}
      </select>
      ${fieldError('category', field.error)}
    </div>`;
  }

  #renderContact(
    t: Translator,
    draft: FeedbackDraft,
    errors: Partial<Record<DraftField, FieldError>>,
    field: (name: DraftField) => { error: string | null; describedBy: (...ids: string[]) => string | typeof nothing },
  ): TemplateResult {
    const text = (name: 'name' | 'email' | 'phone', type: string, autocomplete: string, hintIds: string[], optional: boolean) => html`
      <div part="field" class="field">
        <label for=${name}>
          ${t(FIELD_LABELS[name])} ${optional ? html`<span class="optional">${t('common.optional')}</span>` : nothing}
        </label>
        <input
          id=${name}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          aria-describedby=${field(name).describedBy(...hintIds)}
          aria-invalid=${errors[name] ? 'true' : 'false'}
          .value=${draft[name]}
          @input=${this.#setText(name)}
        />
        ${fieldError(name, field(name).error)}
      </div>
    `;
    return html`
      ${text('name', 'text', 'name', [], true)}
      <p class="hint" id="reach-hint">${t('feedback.contact.emailOrPhone')}</p>
      ${text('email', 'email', 'email', ['reach-hint'], false)} ${text('phone', 'tel', 'tel', ['reach-hint'], false)}
      <div part="field" class="field">
        <div class="check">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            aria-describedby=${field('consent').describedBy()}
            aria-invalid=${errors.consent ? 'true' : 'false'}
            .checked=${draft.consent}
            @change=${this.#setCheck('consent')}
          />
          <label for="consent">${t('feedback.contact.consent.label')}</label>
        </div>
        ${fieldError('consent', field('consent').error)}
      </div>
      <div part="field" class="field">
        <div class="check">
          <input
            id="rememberContact"
            name="rememberContact"
            type="checkbox"
            aria-describedby="rememberContact-hint"
            .checked=${this.#current.rememberPersonal}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              // The choice is the store's (kept on the device): without the later part, it is not made.
              void this.#storeReady().then(
                (store) => store.setRememberPersonal(input.checked),
                () => (input.checked = false),
              );
            }}
          />
          <label for="rememberContact">${t('feedback.contact.remember.label')}</label>
        </div>
        <p class="hint" id="rememberContact-hint">${t('feedback.contact.remember.hint')}</p>
      </div>
    `;
  }

  #renderWaiting(t: Translator, state: FeedbackFormState): TemplateResult {
    const later = this.#later.value;
    // "Waiting" comes only after a send, so the later part that draws it is here.
    const failure = state.phase === 'waiting' && later ? state.failure : null;
    const laterFailed = this.#laterNeeded && this.#later.state === 'failed';
    // The live region is always in the page, so that what appears in it is announced.
    return html`<div part="notice" class="notice-box ${failure || laterFailed ? 'notice' : ''}">
      <div role="status" id="status-message">
        ${failure
          ? later!.renderFailure(this.laterTexts!.t, failure)
          : state.phase === 'sending' || this.#awaitingLater
            ? html`<span class="visually-hidden">${t('feedback.sending')}</span>`
            : nothing}
      </div>
      ${failure ? later!.renderRetry(this.laterTexts!.t, failure, this.#now, () => void this.#store?.retryNow()) : nothing}
      ${laterFailed
        ? html`<div id="later-failed" class="error-notice" tabindex="-1">
            <p>${t('common.networkError')}</p>
            <div class="actions">
              <button type="button" part="button" class="secondary small" @click=${() => void this.#onSubmit()}>${t('common.retryNow')}</button>
            </div>
          </div>`
        : nothing}
    </div>`;
  }

  #renderConfirmation(t: Translator, locale: Locale, state: FeedbackFormState): TemplateResult {
    // "Sent" comes only after the checks, which came with the later part.
    return this.#later.value!.renderConfirmation(this.laterTexts!.t, locale, state.receipt!, {
      copied: this.#copied,
      onCopied: (copied) => {
        this.#copied = copied;
        this.requestUpdate();
      },
      startNew: () => void this.#startNew(),
      root: this.renderRoot,
    });
  }
}
/** The form as the resident parts see it: live getters, so they always read the current store and API. */
function residentHost(form: KohtaamoFeedbackForm): ConstructorParameters<typeof ResidentFormParts>[0] {
  return {
    addController: (c) => form.addController(c),
    removeController: (c) => form.removeController(c),
    requestUpdate: () => form.requestUpdate(),
    get updateComplete() {
      return form.updateComplete;
    },
    get store() {
      return form.formStore;
    },
    storeReady: () => form.storeReady(),
    get draft() {
      return form.draftNow;
    },
    setField: (field, value) => form.setDraftField(field, value),
    get photoMaxBytes() {
      return form.photoMaxBytes;
    },
    get later() {
      return form.later;
    },
    get texts() {
      return form.laterTexts;
    },
    get root() {
      return form.renderRoot;
    },
    importMap: () => form.importMap(),
  };
}
