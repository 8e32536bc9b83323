import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { REMEMBERED_STORAGE_KEY } from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { atFirstTouch, LazyModule } from '../../state/lazy-module.js';
import { safeLocalStorage } from '../../state/local-storage.js';
import { feedbackStatusMessages } from './feedback-status.messages.js';
import { styles } from './feedback-status.styles.js';
import type { StatusApi, StatusHost, StatusLookup } from './feedback-status.lookup.js';

export type { StatusApi };

/**
 * Shows where a feedback is in its handling, and the city's reply, to anyone holding its
 * tracking code. The code may be typed loosely (`k7qm 2xd9 r`); it is checked before anything
 * is sent. Set `code` to look a code up at once, e.g. from the
 * `kohtaamo-feedback-submitted` event of a `<kohtaamo-feedback-form>` on the same page:
 *
 * ```js
 * document.addEventListener('kohtaamo-feedback-submitted', (e) => {
 *   document.querySelector('kohtaamo-feedback-status').code = e.receipt.trackingCode;
 * });
 * ```
 *
 * @tagname kohtaamo-feedback-status
 * @summary Looks a feedback up by its tracking code: status, dates and the city's reply.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} code - A tracking code to look up at once. Default `""`: none, the resident types one.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute (an ancestor's, then the page's), else `fi`.
 *
 * @csspart form - The look-up form.
 * @csspart field - The tracking code field: label, hint, input and error.
 * @csspart button - Every button.
 * @csspart result - The panel with the feedback found.
 * @csspart status - The status of the feedback ("Received", "In handling" …).
 * @csspart reply - The city's reply, when there is one.
 * @csspart response-time - How long the first response and the handling took, against the city's target.
 * @csspart remembered - The list of reports sent from this device (remembered by the form), with a mark for news.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit` (the page's font).
 * @cssproperty --kohtaamo-radius - Corner radius of controls and buttons. Default `0`.
 * @cssproperty --kohtaamo-feedback-status-max-width - Widest the element grows. Default `40rem`.
 * @cssproperty --kohtaamo-feedback-status-background - Background of the result panel. Default `--kohtaamo-color-surface-muted`, `#f2f2f2`.
 */
export class KohtaamoFeedbackStatus extends LocalizedElement implements StatusHost {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    code: {},
    feedbackApi: { attribute: false },
  };

  /** Base URL of the Kohtaamo server; `""` (the default) is this page's origin. */
  api = '';

  /** A tracking code to look up as soon as it is set; `""` (the default) waits for the resident. */
  code = '';

  /**
   * A feedback API to use instead of the one built from `api`: for stories and host pages that
   * bring their own transport. Most pages leave it null and set `api`.
   * @internal
   */
  feedbackApi: StatusApi | null = null;

  /**
   * What is in the code field (the lookup writes it back in its canonical form).
   * @internal
   */
  typed = '';

  readonly #locale = new MessagesController(this, feedbackStatusMessages);

  /**
   * The lookup and its answer (feedback-status.lookup.ts, docs/adr/0085): not on the cold page.
   * Imported at the first touch of the element, when a code is given, or when this device
   * remembers reports sent from it; never on idle (a page that only shows the field needs none of it).
   * @internal (a test may swap its `load`)
   */
  readonly lookupPart = new LazyModule(this, () => import('./feedback-status.lookup.js'), { prefetch: false });
  #made: StatusLookup | null = null;
  /** The lookup, once its part is here. */
  get #lookup(): StatusLookup | null {
    const part = this.lookupPart.value;
    return part ? (this.#made ??= new part.StatusLookup(this)) : null;
  }
  /** A lookup asked for (Enter, the button, a code given) while the lookup part is on its way. */
  #asked = false;
  readonly #need = (): void => void this.lookupPart.get().catch(() => undefined);

  constructor() {
    super();
    atFirstTouch(this, this.#need);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reports sent from this device are listed at once: the data says the part is needed.
    const remembered = safeLocalStorage()?.getItem(REMEMBERED_STORAGE_KEY);
    if (remembered && remembered !== '[]') this.#need();
    // A form on this page (or another tab) sends one: the list appears (the part then follows it).
    document.addEventListener('kohtaamo-feedback-submitted', this.#need);
    window.addEventListener('storage', this.#need);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kohtaamo-feedback-submitted', this.#need);
    window.removeEventListener('storage', this.#need);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) {
      this.typed = this.code;
      this.#lookUp();
    }
  }

  protected override updated(): void {
    this.#lookup?.updated();
  }

  /** Checks the typed code and asks the server (in the lookup part; once it is here, when it is not yet). */
  #lookUp(): void {
    if (this.#lookup) return this.#lookup.lookUp();
    this.#asked = true;
    this.lookupPart.get().then(
      () => {
        if (!this.#asked) return;
        this.#asked = false;
        this.#lookup?.lookUp();
      },
      () => undefined,
    );
    this.requestUpdate();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#lookUp();
    this.requestUpdate();
  }

  #onInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    // Rendered, so the field's binding knows what is in it (the lookup may write it back).
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const locale = this.#locale.locale;
    const t = this.#locale.t;
    const view = this.#lookup?.view();
    // Asked before the lookup part is here: loading, or its failure with a retry.
    const waiting = !view && this.#asked;
    const failed = waiting && this.lookupPart.state === 'failed';
    const fieldError = view?.fieldError ?? null;
    const pending = view ? view.pending : waiting && !failed;
    const announcement = view ? view.announcement : failed ? t('common.networkError') : pending ? t('common.loading') : '';

    return html`<div class="root" lang=${locale}>
      <form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
        <h2 id="title">${t('feedback.status.title')}</h2>
        <div part="field" class="field">
          <label for="code">${t('feedback.status.code.label')}</label>
          <p class="hint" id="code-hint">${t('feedback.status.code.hint')}</p>
          <div class="row">
            <input
              id="code"
              name="code"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              aria-describedby=${fieldError ? 'code-hint code-error' : 'code-hint'}
              aria-invalid=${fieldError ? 'true' : 'false'}
              .value=${this.typed}
              @input=${this.#onInput}
            />
            <button type="submit" part="button" aria-disabled=${pending ? 'true' : 'false'}>${t('feedback.status.lookup')}</button>
          </div>
          ${fieldError ? html`<p class="error" id="code-error">${fieldError}</p>` : nothing}
        </div>
      </form>
      <div role="status" class="visually-hidden">${announcement}</div>
      ${view
        ? view.below
        : failed
          ? html`<div class="notice error-notice">
              <p>${t('common.networkError')}</p>
              <div class="actions">
                <button type="button" part="button" class="secondary small" @click=${() => this.#lookUp()}>${t('common.retryNow')}</button>
              </div>
            </div>`
          : pending
            ? html`<p class="loading" aria-hidden="true">${t('common.loading')}</p>`
            : nothing}
    </div>`;
  }
}
