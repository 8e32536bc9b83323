// What comes after the pages of <kohtaamo-survey>, imported when the respondent reaches the last
// page (so a cold page loads only what answering needs): the review of every answer before
// sending, and after sending the offer of help with consent and contact details (ADR 0047).
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CANT_SAY_VALUE, OTHER_VALUE, ProblemError, type AnswerValue, type FieldError, type Locale, type SurveyFormStore, type SurveyQuestion, type SurveyText } from '@kohtaamo/core';
import { surveysApiOf, type SurveysApiSource } from './survey.api.js';
import { laterTexts, type LaterTexts } from './survey.later-messages.js';
import { addPartStyles } from './survey.part-styles.js';

export { loadLaterTexts as ready } from './survey.later-messages.js';

type Answered = Exclude<SurveyQuestion, { type: 'info' }>;

/** What the review reads of the survey element (survey.ts). */
export interface ReviewHost extends SurveysApiSource {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly round: string;
  readonly store: SurveyFormStore;
  readonly locale: Locale;
  /** Interviewer mode: the respondent id (named in the server's problems). */
  readonly respondent: string;
  text(text: SurveyText | undefined): string;
  /** core's isBlankAnswer, passed in so that this module imports nothing only the entry has (rollup would split the entry). */
  isBlank(answer: AnswerValue | null | undefined): boolean;
  renderSummary(errors: Readonly<Record<string, FieldError>>): TemplateResult | typeof nothing;
  send(event: Event): void;
  previous(): void;
  /** "Change": back to a page (its heading takes the focus). */
  edit(pageId: string): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

type Help = { name: string; email: string; phone: string; consent: boolean; errors: Record<string, string>; problem: string; sending: boolean; sent: boolean };

/** The review's own styles, added to the element's when the review first comes (ADR 0075). */
const styles = css`
  .review dl {
    margin: 0;
    display: grid;
    gap: var(--_kohtaamo-space-m);
  }
  .review dt {
    font-weight: 600;
  }
  .review dd {
    margin: 0;
    white-space: pre-line;
  }
`;

export class SurveyReview {
  #help: Help = { name: '', email: '', phone: '', consent: false, errors: {}, problem: '', sending: false, sent: false };

  constructor(private readonly host: ReviewHost) {
    addPartStyles(host.renderRoot, styles);
  }

  get #texts(): LaterTexts {
    return laterTexts(this.host.locale, () => this.host.requestUpdate());
  }

  #answerText(q: Answered, answer: AnswerValue | null | undefined): string {
    const { text } = this.host;
    const { t } = this.#texts;
    if (this.host.isBlank(answer)) return t('surveys.ui.notAnswered');
    const option = (value: string) => (value === OTHER_VALUE && 'other' in q && q.other ? `${text(q.other.text)}: ${String(this.host.store.logic.answers[`${q.id}.${OTHER_VALUE}`] ?? '')}` : text(('options' in q ? q.options : []).find((o) => o.value === value)?.text) || value);
    switch (q.type) {
      case 'single_choice':
      case 'dropdown':
        return option(String(answer));
      case 'multiple_choice':
        return (answer as string[]).map(option).join('; ');
      case 'ranking':
        return (answer as string[]).map((value, i) => `${i + 1}. ${option(value)}`).join('\n');
      case 'yes_no':
        return answer ? t('surveys.ui.yes') : t('surveys.ui.no');
      case 'rating':
        return answer === CANT_SAY_VALUE && q.cantSay ? text(q.cantSay) : String(answer);
      case 'matrix': {
        const cells = answer as Record<string, number | string>;
        return q.rows
          .filter((r) => cells[r.id] !== undefined)
          .map((r) => `${text(r.text)}: ${cells[r.id] === CANT_SAY_VALUE && q.cantSay ? text(q.cantSay) : text(q.columns.find((c) => c.value === cells[r.id])?.text)}`)
          .join('\n');
      }
      default:
        return String(answer);
    }
  }

  /** Every answer on the respondent's path, page by page, each page with "Change"; then send. */
  renderReview(): TemplateResult {
    const host = this.host;
    const { store, text } = host;
    const { t, code } = this.#texts;
    const submission = store.$submission.get();
    const answers = store.answers();
    const busy = submission.phase === 'sending' || submission.phase === 'waiting';
    const pages = store.$form.get().path.map((id) => store.definition.pages.find((p) => p.id === id)!);
    return html`<form part="page" class="review" novalidate @submit=${(e: Event) => host.send(e)}>
      <h2 tabindex="-1">${t('surveys.ui.review')}</h2>
      <p>${t('surveys.ui.reviewIntro')}</p>
      ${host.renderSummary(Object.fromEntries(Object.entries(submission.errors).filter(([p]) => !p.startsWith('#/answers/'))))}
      ${submission.problem ? html`<div class="notice error-notice" part="notice" role="alert"><p>${code(submission.problem.code ?? 'common.unexpected', { respondent: host.respondent.trim() })}</p></div>` : nothing}
      ${submission.phase === 'waiting'
        ? html`<div class="notice" part="notice" role="status"><p>${t(submission.failure?.kind === 'offline' ? 'common.offline' : submission.failure?.kind === 'rate-limited' ? 'common.rateLimited' : 'common.serverDown')}</p>
            <div class="actions"><button type="button" class="secondary" @click=${() => void store.retryNow()}>${t('common.retryNow')}</button></div></div>`
        : nothing}
      ${pages.map(
        (page) => html`<section>
          <h3>${text(page.title)}</h3>
          <dl>
            ${page.sections
              .flatMap((s) => s.questions)
              .filter((q): q is Answered => q.type !== 'info' && store.logic.isVisible(q.id))
              .map((q) => html`<div><dt>${text(q.text)}</dt><dd>${this.#answerText(q, answers[q.id])}</dd></div>`)}
          </dl>
          <button type="button" class="secondary small" aria-label="${t('surveys.ui.edit')}: ${text(page.title)}" @click=${() => host.edit(page.id)}>${t('surveys.ui.edit')}</button>
        </section>`,
      )}
      <div class="actions" part="actions">
        <button type="button" class="secondary" @click=${() => host.previous()}>${t('surveys.ui.previous')}</button>
        <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t('surveys.ui.sending') : t('surveys.ui.send')}</button>
      </div>
      <p class="visually-hidden" role="status">${submission.phase === 'sending' ? t('surveys.ui.sending') : ''}</p>
    </form>`;
  }

  /**
   * After sending: a person whose answer is an offer of help may leave contact details, apart
   * from the answers. Each missing or refused field has its error by it; a refusal of the whole
   * offer (or a lost connection) a notice above the button, which sends again with what was typed.
   */
  renderHelp(): TemplateResult | typeof nothing {
    const { store, text } = this.host;
    const { t } = this.#texts;
    const answers = store.answers();
    const questions = store.definition.pages.flatMap((p) => p.sections.flatMap((s) => s.questions));
    const offer = questions.find((q) => q.type === 'long_text' && q.tags.includes('help-offer') && typeof answers[q.id] === 'string');
    const wants = questions.find((q) => q.type === 'yes_no' && q.tags.includes('help-offer'));
    if (!offer || (wants && answers[wants.id] !== true)) return nothing;
    const h = this.#help;
    if (h.sent) return html`<div class="notice success help-received" part="notice" role="status" tabindex="-1"><p>${t('surveys.help.received')}</p></div>`;
    const field = (name: 'name' | 'email' | 'phone', type: string, autocomplete: string) => html`<div class="field">
      <label for="help-${name}">${t(`surveys.help.${name}` as const)}</label>
      ${h.errors[name] ? html`<p class="error" id="help-${name}-error">${h.errors[name]}</p>` : nothing}
      <input id="help-${name}" type=${type} autocomplete=${autocomplete} .value=${live(h[name])} aria-invalid=${h.errors[name] ? 'true' : 'false'} aria-describedby=${h.errors[name] ? `help-${name}-error` : nothing} @input=${(e: Event) => (h[name] = (e.target as HTMLInputElement).value)} />
    </div>`;
    return html`<form class="help" novalidate @submit=${(e: Event) => void this.#sendHelp(e, String(answers[offer.id]))}>
      <h3>${text(offer.text)}</h3>
      <p>${text((wants && 'help' in wants ? wants.help : undefined) ?? ('help' in offer ? offer.help : undefined))}</p>
      ${field('name', 'text', 'name')}
      ${field('email', 'email', 'email')}
      ${field('phone', 'tel', 'tel')}
      ${h.errors.consent ? html`<p class="error" id="help-consent-error">${h.errors.consent}</p>` : nothing}
      <div class="check">
        <input type="checkbox" id="help-consent" .checked=${live(h.consent)} aria-invalid=${h.errors.consent ? 'true' : 'false'} aria-describedby=${h.errors.consent ? 'help-consent-error' : nothing} @change=${(e: Event) => (h.consent = (e.target as HTMLInputElement).checked)} />
        <label for="help-consent">${t('surveys.help.consentLabel')}</label>
      </div>
      ${h.problem ? html`<div class="notice error-notice help-problem" part="notice" role="alert" tabindex="-1"><p>${h.problem}</p></div>` : nothing}
      <div class="actions"><button type="submit" aria-disabled=${h.sending ? 'true' : 'false'}>${h.sending ? t('surveys.ui.sending') : t('surveys.ui.send')}</button></div>
    </form>`;
  }

  async #sendHelp(event: Event, offerText: string): Promise<void> {
    event.preventDefault();
    const host = this.host;
    const h = this.#help;
    if (h.sending) return;
    const { t, code } = this.#texts;
    h.errors = {};
    h.problem = '';
    if (!h.name.trim()) h.errors.name = t('common.required');
    if (!h.email.trim() && !h.phone.trim()) h.errors.email = t('surveys.help.contact');
    if (!h.consent) h.errors.consent = t('surveys.help.consent');
    if (Object.keys(h.errors).length === 0) {
      h.sending = true;
      host.requestUpdate();
      try {
        await surveysApiOf(this.host).offerHelp(host.round, { lang: host.locale, text: offerText, name: h.name, email: h.email, phone: h.phone, consent: true });
        h.sent = true;
      } catch (error) {
        const fields = ['name', 'email', 'phone', 'consent'];
        if (error instanceof ProblemError) {
          for (const e of error.problem.errors ?? []) {
            const name = e.pointer.slice(2);
            if (fields.includes(name)) h.errors[name] = code(e.code, e.params);
            else h.problem = `${t('surveys.help.notSaved')} ${code(e.code, e.params)}`;
          }
          // Refused as a whole (the round is gone, too many offers…): say so, keep what was typed.
          if (Object.keys(h.errors).length === 0 && !h.problem) {
            const known = error.problem.code ? code(error.problem.code) : '';
            h.problem = known && known !== error.problem.code ? `${t('surveys.help.notSaved')} ${known}` : t('surveys.help.notSaved');
          }
        } else h.problem = t('common.networkError');
      } finally {
        h.sending = false;
      }
    }
    host.requestUpdate();
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(h.sent ? '.help-received' : '.help [aria-invalid="true"], .help-problem')?.focus();
  }
}
