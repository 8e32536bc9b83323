// What <kohtaamo-feedback-form> needs only after the person acts (issue 7, docs/adr/0062, 0084,
// 0102): the rest of the form (feedback-form.rest.ts: every field but the topic and the message,
// the form's store with the draft kept on the device, sending and retrying, the error summary, the
// "waiting for the network" notice), the draft's checks before sending, the confirmation with the
// tracking code, similar reports, and their texts. The element imports this module at the
// person's first touch (a focus, a press, an input), at once when a draft of the form is kept on
// the device, or when the preselected topic has questions or notices; until it is here the form
// shows its heading, the topic and the message, and keeps what is typed.
import { html, nothing, type TemplateResult } from 'lit';
import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackFieldsMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackMapMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazyFeedbackSentMessages,
  formatDateTime,
  getFeedbackStatus,
  pickText,
  submitFeedback,
  validateDraft,
  type FeedbackReceipt,
  type FeedbackResidentState,
  type Locale,
  type MessageParams,
  type TranslatorOf,
} from '@kohtaamo/core';
import { textLang } from '../../i18n/text-lang.js';

export { getFeedbackStatus, submitFeedback, validateDraft };
export { FormRest } from './feedback-form.rest.js';

/**
 * The texts of what the form shows after the person acts (field errors and the server's codes,
 * the confirmation, the waiting notice, similar reports, the fields after the message), with the first view's: only this
 * module imports them, so the form's cold page carries none (issue 7).
 */
const messages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackFieldsMessages,
  lazyFeedbackMapMessages,
  lazyFeedbackMessages,
  lazyFeedbackSentMessages,
  lazyFeedbackResidentMessages,
);
type Translator = TranslatorOf<typeof messages>;
export type LaterTranslator = Translator;

export interface LaterTexts {
  readonly t: Translator;
  /** Whether a code (a problem or validation code from the checks or the server) is one of these texts. */
  has(code: string): boolean;
  /** The text of a code: itself when it is no message. */
  code(code: string, params?: MessageParams): string;
}

/** Loads a language's texts (resolves on failure too: Finnish stands in). */
export const loadLaterTexts = (locale: Locale): Promise<void> => messages.load(locale);

/** The texts in a language; while they load (the page's language changed), Finnish, and `loaded` is called when they are here. */
export function laterTexts(locale: Locale, loaded: () => void): LaterTexts {
  if (!messages.isLoaded(locale)) void messages.load(locale).then(loaded);
  const t = messages.translator(locale);
  return { t, has: (code) => messages.has(code), code: (code, params) => (messages.has(code) ? t(code, params) : code) };
}

/** Open reports of the same topic near the pin, each with "this is mine too"; or the one followed. */
export function renderSimilar(t: Translator, state: FeedbackResidentState, follow: (code: string) => void): TemplateResult | typeof nothing {
  const { followed, nearby, following } = state;
  if (followed) {
    return html`<div class="notice success similar" aria-live="polite" tabindex="-1" id="followed">
      <p>${t('feedback.similar.followed', { code: followed.code })}</p>
    </div>`;
  }
  if (nearby.length === 0) return nothing;
  return html`<section class="similar notice" aria-labelledby="similar-title">
    <h3 id="similar-title">${t('feedback.similar.title')}</h3>
    <p>${t('feedback.similar.intro')}</p>
    <ul>
      ${nearby.map(
        (item) => html`<li>
          <p><strong>${t(`feedback.status.${item.status}`)}</strong> · ${t('feedback.similar.distance', { meters: item.distance })}
            ${item.followers > 0 ? html` · ${t('feedback.similar.followers', { count: item.followers })}` : nothing}</p>
          <p class="similar-message" id="similar-${item.trackingCode}">${item.message}</p>
          <button
            type="button"
            part="button"
            class="secondary small"
            aria-describedby="similar-${item.trackingCode}"
            aria-disabled=${following ? 'true' : 'false'}
            @click=${() => follow(item.trackingCode)}
          >
            ${t('feedback.similar.follow')}
          </button>
        </li>`,
      )}
    </ul>
  </section>`;
}

export interface ConfirmationActions {
  /** Whether the code was just copied ("Tunnus kopioitu."). */
  readonly copied: boolean;
  /** Called after copying (or selecting) the code, to draw the form again. */
  readonly onCopied: (copied: boolean) => void;
  readonly startNew: () => void;
  /** The element's shadow root, where the code is selected when there is no clipboard. */
  readonly root: ParentNode;
}

async function copyCode(code: string, actions: ConfirmationActions): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
    actions.onCopied(true);
  } catch {
    // No clipboard (insecure page, denied): select the code so that Ctrl+C copies it.
    const target = actions.root.querySelector('[part="tracking-code"]');
    const selection = target ? document.getSelection() : null;
    if (target && selection) selection.selectAllChildren(target);
    actions.onCopied(false);
  }
}

/** "Thank you": the tracking code, when it was sent, the unit's acknowledgement, copy and "new feedback". */
export function renderConfirmation(t: Translator, locale: Locale, receipt: FeedbackReceipt, actions: ConfirmationActions): TemplateResult {
  return html`
    <section part="confirmation" class="confirmation notice success" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" tabindex="-1">${t('feedback.sent.title')}</h2>
      <dl>
        <div>
          <dt>${t('feedback.sent.code')}</dt>
          <dd><strong part="tracking-code" class="code">${receipt.trackingCode}</strong></dd>
        </div>
        <div>
          <dt>${t('feedback.status.sentAt')}</dt>
          <dd><time datetime=${receipt.createdAt}>${formatDateTime(receipt.createdAt, locale)}</time></dd>
        </div>
      </dl>
      ${receipt.acknowledgement ? html`<p part="acknowledgement" class="acknowledgement" lang=${textLang(receipt.acknowledgement, locale)}>${pickText(receipt.acknowledgement, locale)}</p>` : nothing}
      <p>${t('feedback.sent.keep')}</p>
      <div class="actions">
        <button type="button" part="button" class="secondary" @click=${() => void copyCode(receipt.trackingCode, actions)}>${t('feedback.sent.copy')}</button>
        <button type="button" part="button" @click=${actions.startNew}>${t('feedback.sent.new')}</button>
      </div>
      <p role="status" class="copied">${actions.copied ? t('feedback.sent.copied') : nothing}</p>
    </section>
  `;
}
