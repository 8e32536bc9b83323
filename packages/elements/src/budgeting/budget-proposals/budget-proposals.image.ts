// The image of a proposal in <kohtaamo-budget-proposals>' form: part of the form's lazy module
// (budget-proposals.form.ts imports it), so the list's first view pays nothing for it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ProblemError, PROPOSAL_IMAGE_MAX_BYTES, type FieldError, type ProposalFormStore, type ProposalImageUpload } from '@kohtaamo/core';
import { describedBy, fieldError } from '../../forms/form-templates.js';

/** What the image field needs of the form. */
export interface ImageFieldHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** Uploads the file for this round (the server strips its metadata). */
  upload(file: Blob): Promise<ProposalImageUpload>;
}

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The picker's own styles, adopted by the element's shadow root when the form first loads (a
 * constructed sheet, which a strict Content-Security-Policy allows). The browser's file button
 * speaks the browser's language ("Choose File" on a Finnish page): the input stays, focusable,
 * labelled and in the form, but hidden; a label in the page's language is the button people see.
 */
const pickerStyles = css`
  .image-field input.file-input {
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
  .file-button {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-height: 2.75rem;
    padding: 0 var(--_kohtaamo-space-m, 1rem);
    border: var(--_kohtaamo-border-width, 1px) solid var(--_kohtaamo-color-primary);
    border-radius: var(--_kohtaamo-radius);
    background: var(--_kohtaamo-color-surface);
    color: var(--_kohtaamo-color-primary);
    font-weight: 600;
    cursor: pointer;
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
`;

function adoptPickerStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = pickerStyles.styleSheet;
  if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The optional image and what it shows: picking a file uploads it at once (checked for size
 * here, for its type by its bytes on the server), its name and a remove button stand in the form,
 * and a text field asks what it shows. A refused file is an error by the field; a failed upload
 * keeps the file for "Try now", and nothing typed elsewhere is touched.
 */
export class ProposalImageField {
  readonly #host: ImageFieldHost;
  readonly #store: ProposalFormStore;
  #uploading: Promise<void> | null = null;
  /** The refusal or failure of the last upload (the store keeps the server's answer to a send). */
  #error: { readonly code: string; readonly params?: Readonly<Record<string, string | number>>; readonly detail?: string | undefined } | null = null;
  /** The file whose upload failed on the way (not refused): "Try now" sends it again. */
  #failed: File | null = null;

  constructor(host: ImageFieldHost, store: ProposalFormStore) {
    this.#host = host;
    this.#store = store;
    adoptPickerStyles(host.renderRoot);
  }

  /** Resolves when no upload is on its way (a send waits for the image first). */
  settled(): Promise<void> {
    return this.#uploading ?? Promise.resolve();
  }

  add(file: File): Promise<void> {
    const run = this.#add(file).finally(() => {
      this.#uploading = null;
      this.#host.requestUpdate();
    });
    this.#uploading = run;
    this.#host.requestUpdate();
    return run;
  }

  async #add(file: File): Promise<void> {
    this.#error = null;
    this.#failed = null;
    if (file.size > PROPOSAL_IMAGE_MAX_BYTES) {
      this.#error = { code: 'budgeting.image.tooLarge', params: { mb: Math.round(PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024) } };
      return;
    }
    try {
      const uploaded = await this.#host.upload(file);
      this.#store.setField('image', { id: uploaded.id, name: file.name || uploaded.id });
      await this.#host.updateComplete;
      // The next thing to do: say what it shows.
      this.#host.renderRoot.querySelector<HTMLElement>('#imageAlt')?.focus();
    } catch (error) {
      if (error instanceof ProblemError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        const first = error.problem.errors?.[0];
        this.#error = { code: first?.code ?? error.problem.code ?? 'budgeting.image.type', params: first?.params ?? {}, detail: first?.detail ?? error.problem.detail };
      } else {
        this.#error = { code: 'budgeting.proposals.image.failed' };
        this.#failed = file;
      }
    }
  }

  async #remove(): Promise<void> {
    this.#error = null;
    this.#failed = null;
    this.#store.setField('image', null);
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#image')?.focus();
  }

  /**
   * The image field, and its text field once there is an image; `stored` is the store's error
   * for each (the server's answer to a send), `has` tells a key the form's texts know.
   */
  render(t: Translate, has: (key: string) => boolean, stored: { image: FieldError | null; imageAlt: FieldError | null }, optional: TemplateResult): TemplateResult {
    const draft = this.#store.$state.get().draft;
    const words = (e: { code: string; params?: Readonly<Record<string, string | number>>; detail?: string | undefined }) =>
      has(e.code) ? t(e.code, e.params ?? {}) : (e.detail ?? t('common.invalid'));
    const error = this.#error ? words(this.#error) : stored.image ? words(stored.image) : null;
    const altError = stored.imageAlt ? words(stored.imageAlt) : null;
    const busy = this.#uploading !== null;
    const image = draft.image;
    return html`<div class="field image-field">
        <label for="image">${t('budgeting.proposals.field.image')} ${optional}</label>
        <p class="hint" id="image-hint">${t('budgeting.proposals.field.imageHint', { mb: Math.round(PROPOSAL_IMAGE_MAX_BYTES / 1024 / 1024) })}</p>
        ${fieldError('image', error)}
        <input id="image" name="image" type="file" class="file-input" accept="image/jpeg,image/png,image/webp" ?disabled=${busy}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy('image', error !== null, 'image-hint', image ? 'image-name' : null)}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void this.add(file);
          }} />
        <label for="image" part="button" class="file-button" id="image-choose">${t('budgeting.proposals.field.imageChoose')}</label>
        <p class="hint" role="status" id="image-status">${busy ? t('budgeting.proposals.image.uploading') : nothing}</p>
        ${this.#failed
          ? html`<div class="actions"><button type="button" part="button" class="secondary" id="image-retry" @click=${() => void this.add(this.#failed!)}>${t('common.retryNow')}</button></div>`
          : nothing}
        ${image
          ? html`<p id="image-name">${t('budgeting.proposals.image.added', { name: image.name })}</p>
              <div class="actions">
                <button type="button" part="button" class="secondary" id="image-remove" @click=${() => void this.#remove()}>${t('budgeting.proposals.image.remove', { name: image.name })}</button>
              </div>`
          : nothing}
      </div>
      ${image
        ? html`<div class="field">
            <label for="imageAlt">${t('budgeting.proposals.field.imageAlt')}</label>
            <p class="hint" id="imageAlt-hint">${t('budgeting.proposals.field.imageAltHint')}</p>
            ${fieldError('imageAlt', altError)}
            <input id="imageAlt" name="imageAlt" autocomplete="off" maxlength="300" .value=${draft.imageAlt}
              aria-invalid=${altError ? 'true' : 'false'} aria-describedby=${describedBy('imageAlt', altError !== null, 'imageAlt-hint')}
              @input=${(event: Event) => this.#store.setField('imageAlt', (event.target as HTMLInputElement).value)} />
          </div>`
        : nothing}`;
  }
}
