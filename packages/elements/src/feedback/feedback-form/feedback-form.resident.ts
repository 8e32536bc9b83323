import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  activeNotices,
  attributePointer,
  PHOTO_MAX_COUNT,
  pickText,
  type CategoryAttribute,
  type DraftField,
  type FeedbackCategory,
  type FeedbackDraft,
  type FeedbackFormStore,
  type FeedbackResidentState,
  type FieldError,
  type Locale,
} from '@kohtaamo/core';
import { StoreController } from '../../state/store-controller.js';
import type { LaterTexts, LaterTranslator as Translator } from './feedback-form.later.js';

import type { KohtaamoFeedbackMap } from '../feedback-map/feedback-map.js';
import { textLang } from '../../i18n/text-lang.js';

export interface ResidentPartsHost extends ReactiveControllerHost {
  /** The form's store: null until the later part (which makes it) is here. */
  readonly store: FeedbackFormStore | null;
  /** The draft now: the store's, or what was typed before the store came. */
  readonly draft: FeedbackDraft;
  /** Sets a field of the draft (kept for the store when it has not come yet). */
  setField<K extends DraftField>(field: K, value: FeedbackDraft[K]): void;
  /** The store (made with this part). */
  storeReady(): Promise<FeedbackFormStore>;
  readonly photoMaxBytes: number;
  /** The form's later part (feedback-form.later.ts), which this comes with. */
  readonly later: typeof import('./feedback-form.later.js');
  /** The later part's texts (errors, similar reports). */
  readonly texts: LaterTexts;
  readonly root: ParentNode;
  /** Imports the map's element (define/kohtaamo-feedback-map.ts): when the person opens the map, or a restored draft has a pin. */
  importMap(): Promise<unknown>;
}

/** The map's place in the form: its button only, its element being imported, shown, or its import failed. */
type MapState = 'closed' | 'loading' | 'open' | 'failed';

const NO_RESIDENT: FeedbackResidentState = { uploading: 0, photoError: null, nearby: [], followed: null, following: '' };

/**
 * The resident parts of the feedback form, kept out of the form's own file: the category's
 * questions and notices, the map pin, photos, and similar reports nearby with "this is mine too".
 * Their state and verbs are the form store's (`$resident`, `addPhotos`, `follow`); this only draws them.
 */
export class ResidentFormParts implements ReactiveController {
  readonly #resident: StoreController<FeedbackResidentState>;

  constructor(private readonly host: ResidentPartsHost) {
    host.addController(this);
    this.#resident = new StoreController<FeedbackResidentState>(host);
  }

  #map: MapState = 'closed';

  hostUpdate(): void {
    const store = this.host.store;
    if (store) this.#resident.setStore(store.$resident);
    // A draft kept with a pin (a reload, a return to the page) shows its pin at once.
    const draft = store?.$state.get().draft;
    if (this.#map === 'closed' && draft && draft.lat !== null && draft.lon !== null) void this.openMap(false);
  }

  /**
   * Opens the map: its element and texts' code are imported now (Leaflet when it comes into view),
   * not on a cold page, since most feedback has no pin (issue 7). With `focus`, the map takes the
   * focus once drawn, so the keyboard can pin at once. A failed import says so; the button tries again.
   */
  async openMap(focus = true): Promise<void> {
    if (this.#map === 'loading' || this.#map === 'open') return;
    this.#map = 'loading';
    this.host.requestUpdate();
    try {
      await this.host.importMap();
    } catch {
      this.#map = 'failed';
      this.host.requestUpdate();
      return;
    }
    this.#map = 'open';
    this.host.requestUpdate();
    if (!focus) return;
    await this.host.updateComplete;
    const map = this.host.root.querySelector<KohtaamoFeedbackMap>('kohtaamo-feedback-map');
    await map?.updateComplete;
    map?.focus();
  }

  get #state(): FeedbackResidentState {
    return this.host.store?.$resident.get() ?? NO_RESIDENT;
  }

  async follow(code: string): Promise<void> {
    const store = this.host.store;
    if (!store) return;
    await store.follow(code);
    if (!store.$resident.get().followed) return;
    await this.host.updateComplete;
    this.host.root.querySelector<HTMLElement>('#followed')?.focus();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────

  renderQuestions(
    t: Translator,
    locale: Locale,
    category: FeedbackCategory | null,
    draft: FeedbackDraft,
    errors: Readonly<Record<string, FieldError>>,
    errorText: (error: FieldError) => string,
  ): TemplateResult | typeof nothing {
    if (!category) return nothing;
    const questions = (category.attributes ?? []).filter((a) => a.variable).sort((a, b) => a.order - b.order);
    const notices = activeNotices(category.notices ?? [], draft.attributes);
    if (questions.length === 0 && notices.length === 0) return nothing;
    const firstWithError = questions.find((q) => errors[attributePointer(q.code)]);
    return html`
      ${questions.length > 0
        ? html`<fieldset part="field" class="questions">
            <legend>${t('feedback.attributes.legend')}</legend>
            ${questions.map((q) => this.#renderQuestion(t, locale, q, draft, errors[attributePointer(q.code)], errorText, q === firstWithError))}
          </fieldset>`
        : nothing}
      <div class="notices" aria-live="polite">
        ${notices.map(
          (notice) => html`<div class="notice ${notice.blocking ? 'error-notice' : ''}" part="notice" role=${notice.blocking ? 'alert' : 'note'}>
            <p><strong>${t('feedback.notice.label')}:</strong> <span lang=${textLang(notice.text, locale)}>${pickText(notice.text, locale)}</span></p>
            ${notice.blocking ? html`<p>${t('feedback.notice.blocking')}</p>` : nothing}
          </div>`,
        )}
      </div>
    `;
  }

  #setAnswer(code: string, value: string | string[]): void {
    this.host.setField('attributes', { ...this.host.draft.attributes, [code]: value });
  }

  #renderQuestion(
    t: Translator,
    locale: Locale,
    q: CategoryAttribute,
    draft: FeedbackDraft,
    error: FieldError | undefined,
    errorText: (error: FieldError) => string,
    summaryTarget: boolean,
  ): TemplateResult {
    const id = `attr-${q.code}`;
    const answer = draft.attributes[q.code];
    const text = typeof answer === 'string' ? answer : '';
    const list = Array.isArray(answer) ? answer : [];
    const label = pickText(q.description, locale);
    const optional = q.required ? nothing : html` <span class="optional">${t('common.optional')}</span>`;
    const errorId = `${id}-error`;
    const errorEl = error ? html`<p class="error" id=${errorId}>${errorText(error)}</p>` : nothing;
    const invalid = error ? 'true' : 'false';
    const described = error ? errorId : nothing;
    const onText = (event: Event) => this.#setAnswer(q.code, (event.target as HTMLInputElement).value);
    if (q.datatype === 'singlevaluelist' || q.datatype === 'multivaluelist') {
      const multi = q.datatype === 'multivaluelist';
      return html`<fieldset class="field choice" aria-describedby=${described} aria-invalid=${invalid}>
        <legend><span lang=${textLang(q.description, locale)}>${label}</span>${optional}</legend>
        ${q.values.map(
          (value, index) => html`<div class="check">
            <input
              id="${id}-${value.key}"
              name=${id}
              type=${multi ? 'checkbox' : 'radio'}
              value=${value.key}
              data-field=${summaryTarget && index === 0 ? 'attributes' : nothing}
              .checked=${multi ? list.includes(value.key) : text === value.key}
              @change=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                if (!multi) this.#setAnswer(q.code, input.value);
                else this.#setAnswer(q.code, input.checked ? [...list, value.key] : list.filter((k) => k !== value.key));
              }}
            />
            <label for="${id}-${value.key}" lang=${textLang(value.name, locale)}>${pickText(value.name, locale)}</label>
          </div>`,
        )}
        ${errorEl}
      </fieldset>`;
    }
    const common = { id, described, invalid };
    return html`<div class="field">
      <label for=${common.id}><span lang=${textLang(q.description, locale)}>${label}</span>${optional}</label>
      ${q.datatype === 'text'
        ? html`<textarea id=${id} name=${id} rows="3" data-field=${summaryTarget ? 'attributes' : nothing}
            aria-describedby=${described} aria-invalid=${invalid} .value=${text} @input=${onText}></textarea>`
        : html`<input
            id=${id}
            name=${id}
            data-field=${summaryTarget ? 'attributes' : nothing}
            type=${q.datatype === 'datetime' ? 'datetime-local' : 'text'}
            inputmode=${q.datatype === 'number' ? 'decimal' : nothing}
            ?required=${q.required}
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${text}
            @input=${onText}
          />`}
      ${errorEl}
    </div>`;
  }

  renderMap(
    t: Translator,
    draft: FeedbackDraft,
    error: string | null,
    options: { api: string; tiles: string; attribution: string; locale: Locale },
  ): TemplateResult {
    const value = draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : null;
    const state = this.#map;
    return html`<div part="field" class="field map-field">
      <span class="label" id="map-label">${t('feedback.map.label')} <span class="optional">${t('common.optional')}</span></span>
      <p class="hint" id="map-hint">${t('feedback.map.hint')}</p>
      ${state === 'open'
        ? this.#renderMapElement(value, options)
        : html`<div class="actions">
            <button
              type="button"
              part="button"
              class="secondary small"
              id="open-map"
              data-field="lat"
              aria-describedby="map-label map-hint"
              aria-disabled=${state === 'loading' ? 'true' : 'false'}
              @click=${() => void this.openMap()}
            >
              ${t('feedback.map.open')}
            </button>
          </div>`}
      <p class="hint" aria-live="polite" id="map-status">
        ${state === 'loading' ? t('common.loading') : state === 'failed' ? t('common.networkError') : nothing}
      </p>
      ${error ? html`<p class="error" id="lat-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderMapElement(value: { lat: number; lon: number } | null, options: { api: string; tiles: string; attribution: string; locale: Locale }): TemplateResult {
    return html`<kohtaamo-feedback-map
      data-field="lat"
      lang=${options.locale}
      api=${options.api}
      tiles=${options.tiles}
      attribution=${options.attribution || nothing}
      .value=${value}
      @change=${(event: Event) => {
        const point = (event.target as KohtaamoFeedbackMap).value;
        this.host.setField('lat', point?.lat ?? null);
        this.host.setField('lon', point?.lon ?? null);
      }}
    ></kohtaamo-feedback-map>`;
  }

  /** Similar reports near the pin (drawn by the later part, which found them). */
  renderSimilar(): TemplateResult | typeof nothing {
    const state = this.#state;
    // Nothing found or followed yet: nothing to draw (and no need for the later part's texts).
    if (!state.followed && state.nearby.length === 0) return nothing;
    return this.host.later.renderSimilar(this.host.texts.t, state, (code) => void this.follow(code));
  }

  renderPhotos(t: Translator, draft: FeedbackDraft, error: string | null): TemplateResult {
    const mb = Math.round(this.host.photoMaxBytes / 1024 / 1024);
    const { photoError, uploading } = this.#state;
    // A refused photo's reason is in the later part's texts (imported by the upload that failed).
    const own = photoError ? this.host.texts.code(photoError.code, photoError.params) : null;
    const shown = own ?? error;
    const full = draft.photos.length >= PHOTO_MAX_COUNT;
    return html`<div part="field" class="field photos-field">
      <label for="photos">${t('feedback.photo.label')} <span class="optional">${t('common.optional')}</span></label>
      <p class="hint" id="photos-hint">${t('feedback.photo.hint', { count: PHOTO_MAX_COUNT, mb })}</p>
      <!-- The browser's own file button speaks the browser's language ("Choose Files" on a
           Finnish page): the input stays (focusable, labelled, in the form) but is hidden, and a
           label in the page's language is the button people see and click. -->
      <input
        id="photos"
        name="photos"
        type="file"
        class="visually-hidden file-input"
        accept="image/jpeg,image/png,image/webp"
        multiple
        ?disabled=${full}
        aria-describedby=${shown ? 'photos-hint photos-error' : 'photos-hint'}
        aria-invalid=${shown ? 'true' : 'false'}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          // Photos are uploaded by the store (it came with this part).
          void this.host.storeReady().then((store) => store.addPhotos(files));
        }}
      />
      <label for="photos" part="button" class="file-button" id="photos-choose">${t('feedback.photo.choose')}</label>
      <p aria-live="polite" class="hint">${uploading > 0 ? t('feedback.photo.uploading') : nothing}</p>
      ${draft.photos.length > 0
        ? html`<ul class="photo-list">
            ${draft.photos.map(
              (photo) => html`<li>
                <span>${photo.name}</span>
                <button
                  type="button"
                  part="button"
                  class="secondary small"
                  @click=${() => this.host.store?.removePhoto(photo.id)}
                >
                  ${t('feedback.photo.remove', { name: photo.name })}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${shown ? html`<p class="error" id="photos-error">${shown}</p>` : nothing}
    </div>`;
  }
}

