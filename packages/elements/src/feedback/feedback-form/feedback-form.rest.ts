// The feedback form after the first touch (issue 7, docs/adr/0102): everything but the heading,
// the topic and the message. The form's store (the draft kept on the device, sending, retrying),
// the topic's questions and notices, the place, the map's button, photos, similar reports, the
// contact details, the error summary, the "waiting for the network" notice and the confirmation.
// Imported with the later part (feedback-form.later.ts) at the person's first touch of the form,
// at once when a draft is kept on the device, or when the preselected topic has questions or
// notices; the element's first view (feedback-form.ts) draws the rest with it once it is here.
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import {
  createFeedbackFormStore,
  createFeedbackResidentApi,
  createApiClient,
  createRememberedReportsStore,
  fieldOfPointer,
  FIELD_POINTERS,
  MESSAGE_MAX,
  MESSAGE_MIN,
  type DraftField,
  type FeedbackApi,
  type FeedbackCategory,
  type FeedbackDraft,
  type FeedbackFormState,
  type FeedbackFormStore,
  type FeedbackResidentApi,
  type FieldError,
  type Locale,
} from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import { safeLocalStorage, safeSessionStorage } from '../../state/local-storage.js';
import { KohtaamoFeedbackSubmittedEvent } from './feedback-form.events.js';
import { ResidentFormParts } from './feedback-form.resident.js';
import type { LaterTexts, LaterTranslator as Translator } from './feedback-form.later.js';

type Later = typeof import('./feedback-form.later.js');

/** What the rest of the form needs from the element (feedback-form.ts). */
export interface RestHost extends HTMLElement {
  readonly api: string;
  readonly category: string;
  readonly tiles: string;
  readonly attribution: string;
  readonly photoMaxBytes: number;
  readonly residentApiOverride: FeedbackResidentApi | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
  requestUpdate(): void;
  /** The page's language now. */
  readonly locale: Locale;
  /** The feedback API, following `api`, `protocol` and the API given (the store keeps it). */
  readonly feedbackProxy: FeedbackApi;
  /** The topics read from the server (undefined while they load or when they failed). */
  readonly categoryList: FeedbackCategory[] | undefined;
  /** Where the draft is kept on the device. */
  draftKey(): string;
  /** What the person typed before this part came (handed over once, then forgotten). */
  takeTyped(): Partial<FeedbackDraft>;
  /** Imports the map's element (when the person opens the map, or a restored draft has a pin). */
  importMap(): Promise<unknown>;
}

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

/** The fields in the order they appear, which is also the order of the error summary. */
const FIELD_ORDER = Object.keys(FIELD_POINTERS) as DraftField[];

const FAILURE_MESSAGES = {
  offline: 'common.offline',
  server: 'common.serverDown',
  'rate-limited': 'common.rateLimited',
} as const;

type Field = { error: string | null; describedBy: (...ids: string[]) => string | typeof nothing };

/** The styles of what comes with this part (the first view's are the element's own). */
const restStyles = css`
  /* The photo picker's button in the page's language (the native input is visually hidden). */
  .file-button {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-height: 2.75rem;
    padding: 0 var(--_kohtaamo-space-m);
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-primary);
    border-radius: var(--_kohtaamo-radius);
    background: var(--_kohtaamo-color-surface);
    color: var(--_kohtaamo-color-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .file-button:hover {
    background: var(--_kohtaamo-color-surface-muted);
    color: var(--_kohtaamo-color-primary-hover);
  }
  /* Visually hidden, winning over the form controls' input sizes. */
  .photos-field input.file-input {
    position: absolute;
    width: 1px;
    min-width: 0;
    height: 1px;
    min-height: 0;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .file-input:focus-visible + .file-button {
    outline: 3px solid var(--_kohtaamo-color-focus);
    outline-offset: 2px;
  }
  .file-input:disabled + .file-button {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .file-button {
      border-color: ButtonText;
    }
  }
  .photo-list,
  .similar ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .photo-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kohtaamo-space-s);
  }
  .notices {
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .notices:empty {
    display: none;
  }
  .similar h3 {
    margin: 0;
  }
  .contact-details {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    padding-left: var(--_kohtaamo-space-l);
    border-left: 4px solid var(--_kohtaamo-color-surface-muted);
  }
  .contact-details[hidden] {
    display: none;
  }
  .contact-details > .hint {
    margin-bottom: calc(-1 * var(--_kohtaamo-space-s));
  }
  .countdown {
    color: var(--_kohtaamo-color-text);
  }
  .confirmation {
    padding: var(--_kohtaamo-space-l);
  }
  .confirmation h2:focus {
    outline: none;
  }
  .confirmation h2:focus-visible {
    outline: 3px solid var(--_kohtaamo-color-focus);
  }
  dl {
    margin: var(--_kohtaamo-space-m) 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .code {
    display: inline-block;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    border: 1px solid var(--_kohtaamo-color-border);
    background: var(--_kohtaamo-color-surface);
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 1.375em;
    letter-spacing: 0.08em;
    user-select: all;
  }
  .copied {
    margin: var(--_kohtaamo-space-s) 0 0;
    min-height: 1.5em;
  }
`;

/**
 * The rest of the form, made once the later part is here: it owns the store (the draft from then
 * on), draws every field but the topic and the message, and the states after a send.
 */
export class FormRest implements ReactiveController {
  #store: FeedbackFormStore | null = null;
  #storeKey = '';
  #storeCategory = '';
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  #lastPhase: FeedbackFormState['phase'] = 'editing';
  #now = Date.now();
  #ticker: ReturnType<typeof setInterval> | null = null;
  #copied = false;
  #remember: ((report: { trackingCode: string; createdAt: string }) => void) | null = null;
  #residentApi: { baseUrl: string; api: FeedbackResidentApi } | null = null;
  /** The errors of the state last drawn, by field, with the ones no field shows. */
  #errors: Partial<Record<DraftField, FieldError>> = {};
  #unplaced: FieldError[] = [];
  readonly parts: ResidentFormParts;
  /** The resident API as the store sees it: always the one `api` (or the override) points at now. */
  readonly #residentProxy: FeedbackResidentApi = {
    listPublic: (filter, signal) => this.#resident.listPublic(filter, signal),
    nearby: (category, point, signal) => this.#resident.nearby(category, point, signal),
    follow: (code, request, key) => this.#resident.follow(code, request, key),
    uploadPhoto: (photo, signal) => this.#resident.uploadPhoto(photo, signal),
  };

  constructor(
    private readonly host: RestHost,
    /** The later part (this module's importer), with the texts, the checks and the confirmation. */
    readonly later: Later,
  ) {
    const sheet = restStyles.styleSheet;
    const root = host.renderRoot;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.parts = new ResidentFormParts(residentHost(host, this));
    this.ensureStore();
    host.addController(this);
  }

  /** The later part's texts in the page's language (Finnish while another one loads). */
  get texts(): LaterTexts {
    return this.later.laterTexts(this.host.locale, () => this.host.requestUpdate());
  }

  get store(): FeedbackFormStore | null {
    return this.#store;
  }

  get state(): FeedbackFormState {
    return this.ensureStore().$state.get();
  }

  get #resident(): FeedbackResidentApi {
    const host = this.host;
    if (host.residentApiOverride) return host.residentApiOverride;
    if (!this.#residentApi || this.#residentApi.baseUrl !== host.api) {
      this.#residentApi = { baseUrl: host.api, api: createFeedbackResidentApi(createApiClient({ baseUrl: host.api })) };
    }
    return this.#residentApi.api;
  }

  /** Remembers a report sent or followed from this device (for `<kohtaamo-feedback-status>`). */
  #remembered(report: { trackingCode: string; createdAt: string }): void {
    if (!this.#remember) {
      const store = createRememberedReportsStore(safeLocalStorage());
      this.#remember = (r) => store.remember(r);
    }
    this.#remember(report);
  }

  /**
   * The store lives as long as its storage key and preselected topic stay the same. Only a form
   * being edited is replaced: a feedback in flight or waiting goes out first, and a confirmation
   * stays until the person starts a new feedback.
   */
  ensureStore(): FeedbackFormStore {
    const host = this.host;
    const key = host.draftKey();
    if (this.#store) {
      const same = key === this.#storeKey && host.category === this.#storeCategory;
      if (same || this.#store.$state.get().phase !== 'editing') return this.#store;
      this.#store.dispose();
    }
    this.#storeKey = key;
    this.#storeCategory = host.category;
    const store = (this.#store = createFeedbackFormStore({
      api: host.feedbackProxy,
      lang: () => host.locale,
      category: host.category,
      resident: this.#residentProxy,
      storage: safeLocalStorage(),
      sessionStorage: safeSessionStorage(),
      storageKey: key,
      categoryOf: (id) => host.categoryList?.find((c) => c.id === id) ?? null,
      onSent: (receipt) => this.#remembered(receipt),
      onFollowed: (trackingCode) => this.#remembered({ trackingCode, createdAt: new Date().toISOString() }),
      photoMaxBytes: () => host.photoMaxBytes,
      validation: async () => this.later.validateDraft,
    }));
    // What the person typed before this part arrived wins over a draft kept on the device.
    const typed = host.takeTyped();
    for (const field of Object.keys(typed) as DraftField[]) store.setField(field, typed[field]!);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#connected) this.#subscribe();
    host.requestUpdate();
    return store;
  }

  #subscribe(): void {
    this.#unsubscribe ??= this.#store?.$state.listen(() => this.host.requestUpdate());
  }

  readonly #onOnline = (): void => {
    void this.#store?.retryNow();
  };

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
    window.addEventListener('online', this.#onOnline);
    // Coming back to the page (moved in the DOM): a retry cancelled on leaving is due now.
    if (this.#store?.$state.get().phase === 'waiting') void this.#store.retryNow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    window.removeEventListener('online', this.#onOnline);
    this.#store?.dispose();
    this.#stopTicker();
  }

  hostUpdate(): void {
    if (this.state.phase === 'waiting') this.#startTicker();
    else this.#stopTicker();
  }

  hostUpdated(): void {
    const state = this.state;
    if (state.phase === 'sent' && this.#lastPhase !== 'sent' && state.receipt) {
      this.host.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
      this.host.dispatchEvent(new KohtaamoFeedbackSubmittedEvent(state.receipt));
    }
    this.#lastPhase = state.phase;
  }

  #startTicker(): void {
    if (this.#ticker !== null) return;
    this.#now = Date.now();
    this.#ticker = setInterval(() => {
      this.#now = Date.now();
      this.host.requestUpdate();
    }, 1000);
  }

  #stopTicker(): void {
    if (this.#ticker !== null) clearInterval(this.#ticker);
    this.#ticker = null;
  }

  /** Sends (the store waits for a photo still uploading), then moves the focus to what went wrong, if anything. */
  async submit(): Promise<void> {
    const store = this.ensureStore();
    await store.submit();
    this.host.requestUpdate();
    await this.host.updateComplete;
    const state = store.$state.get();
    if (state.phase !== 'editing') return;
    const root = this.host.renderRoot;
    if (Object.keys(state.errors).length > 0) root.querySelector<HTMLElement>('#summary')?.focus();
    else if (state.problem) root.querySelector<HTMLElement>('#problem')?.focus();
  }

  async #startNew(): Promise<void> {
    this.#copied = false;
    this.#store?.startNew();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Moves the focus to a field from the error summary (the retry button, when the topics failed to load). */
  #focusField = (field: string): void => {
    const root = this.host.renderRoot;
    if (focusField(root, field)) return;
    if (field === 'category') root.querySelector<HTMLElement>('#category-retry')?.focus();
  };

  // ── Rendering ───────────────────────────────────────────────────────────────────────────

  /** An error's text (a check's or the server's code). */
  #errorText(error: FieldError): string {
    return this.texts.code(error.code, { min: MESSAGE_MIN, max: MESSAGE_MAX, ...error.params });
  }

  /** The error beside a field, and its control's `aria-describedby`. */
  field(name: DraftField): Field {
    const error = this.#errors[name];
    return {
      error: error ? this.#errorText(error) : null,
      describedBy: (...ids: string[]) => describedBy(name, Boolean(error), ...ids),
    };
  }

  /** The summary of a failed send and the server's problem, above the fields (reads the errors for {@link field}). */
  renderTop(): TemplateResult {
    const state = this.state;
    const errors: Partial<Record<DraftField, FieldError>> = {};
    const unplaced: FieldError[] = [];
    for (const error of Object.values(state.errors)) {
      const field = fieldOfPointer(error.pointer);
      if (field && !errors[field]) errors[field] = error;
      else if (!field) unplaced.push(error);
    }
    this.#errors = errors;
    this.#unplaced = unplaced;
    const { t, has } = this.texts;
    const items = [
      ...FIELD_ORDER.filter((name) => errors[name]).map((name) => {
        const error = errors[name]!;
        // A field's own message says what to fix; a generic one ("required") gets the field's name.
        const text = this.#errorText(error);
        return { field: name, text: error.code.startsWith('common.') ? `${t(FIELD_LABELS[name])}: ${text}` : text };
      }),
      ...unplaced.map((error) => ({ text: this.#errorText(error) })),
    ];
    const problem = state.problem;
    const code = problem ? (problem.code ?? problem.title ?? '') : '';
    return html`${errorSummary({ title: t('common.errorSummary', { count: items.length }), items, focusField: this.#focusField })}
    ${problem
      ? html`<div id="problem" class="notice error-notice" tabindex="-1">
          <p>${has(code) ? t(code as Parameters<Translator>[0]) : t('common.unexpected')}</p>
        </div>`
      : nothing}`;
  }

  /** The chosen topic's questions and notices. */
  renderQuestions(): TemplateResult | typeof nothing {
    const state = this.state;
    const { draft } = state;
    const category = this.host.categoryList?.find((c) => c.id === draft.category) ?? null;
    return this.parts.renderQuestions(this.texts.t, this.host.locale, category, draft, state.errors, (e) => this.#errorText(e));
  }

  /** Everything under the message: the place, the map, similar reports, photos, contact details. */
  renderRest(): TemplateResult {
    const t = this.texts.t;
    const { draft } = this.state;
    const errors = this.#errors;
    const host = this.host;
    const address = this.field('address');
    const wants = this.field('wantsContact');
    return html`<div part="field" class="field">
        <label for="address">${t('feedback.address.label')} <span class="optional">${t('common.optional')}</span></label>
        <p class="hint" id="address-hint">${t('feedback.address.hint')}</p>
        <input
          id="address"
          name="address"
          type="text"
          autocomplete="street-address"
          aria-describedby=${address.describedBy('address-hint')}
          aria-invalid=${errors.address ? 'true' : 'false'}
          .value=${draft.address}
          @input=${this.#setText('address')}
        />
        ${fieldError('address', address.error)}
      </div>
      ${this.parts.renderMap(t, draft, this.field('lat').error ?? this.field('lon').error, { api: host.api, tiles: host.tiles, attribution: host.attribution, locale: host.locale })}
      ${this.parts.renderSimilar()} ${this.parts.renderPhotos(t, draft, this.field('photos').error)}
      <fieldset part="field" class="contact">
        <legend>${t('feedback.contact.legend')}</legend>
        <div class="field">
          <div class="check">
            <input
              id="wantsContact"
              name="wantsContact"
              type="checkbox"
              aria-describedby=${wants.describedBy('wantsContact-hint')}
              aria-invalid=${errors.wantsContact ? 'true' : 'false'}
              .checked=${draft.wantsContact}
              @change=${this.#setCheck('wantsContact')}
            />
            <label for="wantsContact">${t('feedback.contact.wants')}</label>
          </div>
          <p class="hint" id="wantsContact-hint">${t('feedback.contact.anonymous')}</p>
          ${fieldError('wantsContact', wants.error)}
        </div>
        <div id="contact-details" class="contact-details" ?hidden=${!draft.wantsContact}>
          ${draft.wantsContact ? this.#renderContact(t, draft) : nothing}
        </div>
      </fieldset>`;
  }

  #setText(field: 'address' | 'name' | 'email' | 'phone') {
    return (event: Event): void => this.ensureStore().setField(field, (event.target as HTMLInputElement).value);
  }

  #setCheck(field: 'wantsContact' | 'consent') {
    return (event: Event): void => this.ensureStore().setField(field, (event.target as HTMLInputElement).checked);
  }

  #renderContact(t: Translator, draft: FeedbackDraft): TemplateResult {
    const errors = this.#errors;
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
          aria-describedby=${this.field(name).describedBy(...hintIds)}
          aria-invalid=${errors[name] ? 'true' : 'false'}
          .value=${draft[name]}
          @input=${this.#setText(name)}
        />
        ${fieldError(name, this.field(name).error)}
      </div>
    `;
    const consent = this.field('consent');
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
            aria-describedby=${consent.describedBy()}
            aria-invalid=${errors.consent ? 'true' : 'false'}
            .checked=${draft.consent}
            @change=${this.#setCheck('consent')}
          />
          <label for="consent">${t('feedback.contact.consent.label')}</label>
        </div>
        ${fieldError('consent', consent.error)}
      </div>
      <div part="field" class="field">
        <div class="check">
          <input
            id="rememberContact"
            name="rememberContact"
            type="checkbox"
            aria-describedby="rememberContact-hint"
            .checked=${this.state.rememberPersonal}
            @change=${(event: Event) => this.ensureStore().setRememberPersonal((event.target as HTMLInputElement).checked)}
          />
          <label for="rememberContact">${t('feedback.contact.remember.label')}</label>
        </div>
        <p class="hint" id="rememberContact-hint">${t('feedback.contact.remember.hint')}</p>
      </div>
    `;
  }

  /** Why the last attempt did not go through (for the live region), when the form waits for the network. */
  renderFailure(): TemplateResult | null {
    const state = this.state;
    const failure = state.phase === 'waiting' ? state.failure : null;
    return failure ? html`<p>${this.texts.t(FAILURE_MESSAGES[failure.kind])}</p>` : null;
  }

  /** The countdown and "Try now" under the failure's message (outside the live region). */
  renderRetry(): TemplateResult | typeof nothing {
    const state = this.state;
    const failure = state.phase === 'waiting' ? state.failure : null;
    if (!failure) return nothing;
    const t = this.texts.t;
    const seconds = Math.max(0, Math.ceil((failure.retryAt - this.#now) / 1000));
    return html`<div class="actions">
      <span class="countdown">${seconds > 0 ? t('common.retryIn', { seconds }) : t('feedback.sending')}</span>
      <button type="button" part="button" class="secondary small" @click=${() => void this.#store?.retryNow()}>${t('common.retryNow')}</button>
    </div>`;
  }

  /** "Thank you", once the server confirmed (null before). */
  renderConfirmation(): TemplateResult | null {
    const state = this.state;
    if (state.phase !== 'sent' || !state.receipt) return null;
    return this.later.renderConfirmation(this.texts.t, this.host.locale, state.receipt, {
      copied: this.#copied,
      onCopied: (copied) => {
        this.#copied = copied;
        this.host.requestUpdate();
      },
      startNew: () => void this.#startNew(),
      root: this.host.renderRoot,
    });
  }

  /** Sets a field of the draft (the first view's fields, once this part is here). */
  setField<K extends DraftField>(field: K, value: FeedbackDraft[K]): void {
    this.ensureStore().setField(field, value);
  }
}

/** The form as the resident parts see it: live getters, so they always read the current store and API. */
function residentHost(host: RestHost, rest: FormRest): ConstructorParameters<typeof ResidentFormParts>[0] {
  return {
    addController: (c) => host.addController(c),
    removeController: (c) => host.removeController(c),
    requestUpdate: () => host.requestUpdate(),
    get updateComplete() {
      return host.updateComplete;
    },
    get store() {
      return rest.store;
    },
    storeReady: async () => rest.ensureStore(),
    get draft() {
      return rest.state.draft;
    },
    setField: (field, value) => rest.setField(field, value),
    get photoMaxBytes() {
      return host.photoMaxBytes;
    },
    get later() {
      return rest.later;
    },
    get texts() {
      return rest.texts;
    },
    get root() {
      return host.renderRoot;
    },
    importMap: () => host.importMap(),
  };
}
