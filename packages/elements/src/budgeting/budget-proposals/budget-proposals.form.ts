// The proposal form of <kohtaamo-budget-proposals>, a lazy module (like feedback-inbox.detail.ts):
// loaded only in the proposal phase, after the list has rendered, so a page that only shows
// proposals pays nothing for the form, its schema and the submission store.
import { html, nothing, type TemplateResult } from 'lit';
import {
  createBudgetingApi,
  createMessages,
  createProposalFormStore,
  lazyBudgetingRoundMessages,
  lazyCommonMessages,
  lazyProposalFormMessages,
  PROPOSAL_FIELDS,
  budgetProposalFieldOf,
  type BudgetingApi,
  type FieldError,
  type HttpClient,
  type Locale,
  type ProposalField,
  type ProposalFormState,
  type ProposalFormStore,
  type TranslatorOf,
} from '@kohtaamo/core';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import { safeLocalStorage } from '../../state/local-storage.js';
import type { ProposalsTranslator } from './budget-proposals.messages.js';
import { ProposalImageField } from './budget-proposals.image.js';

/** The form's texts and the server's problem texts, loaded with this module (issue 7). */
const messages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyBudgetingRoundMessages, lazyProposalFormMessages);
type Translator = TranslatorOf<typeof messages>;

/** Loads a language's texts of the form (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => messages.load(locale);

/**
 * What the form needs of its element: the element itself (`<kohtaamo-budget-proposals>`), whose
 * members for the form are public and internal (a host object built in the list's first view
 * cost it bytes, issue 7, ADR 0089).
 */
export interface ProposalFormHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** The API a story or test set, if any. */
  readonly budgetingApi: BudgetingApi | null;
  /** The client for the element's `api` as it is now (it may change while a proposal waits). */
  http(): HttpClient;
  readonly locale: Locale;
  budgetOptions(locale: Locale, selected: string): TemplateResult[];
  /** "Submit another": the element moves the focus to the form's title. */
  another(): void;
}

const FIELD_LABELS: Record<ProposalField, `budgeting.proposals.field.${ProposalField}`> = {
  budget: 'budgeting.proposals.field.budget',
  title: 'budgeting.proposals.field.title',
  description: 'budgeting.proposals.field.description',
  estimatedCost: 'budgeting.proposals.field.estimatedCost',
  address: 'budgeting.proposals.field.address',
  image: 'budgeting.proposals.field.image',
  imageAlt: 'budgeting.proposals.field.imageAlt',
};

/** The fields typed as text. */
type TextField = Exclude<ProposalField, 'image'>;

export class ProposalForm {
  readonly store: ProposalFormStore;
  readonly #host: ProposalFormHost;
  readonly #unlisten: () => void;
  readonly #image: ProposalImageField;

  constructor(host: ProposalFormHost, round: string, budget: string) {
    this.#host = host;
    this.store = createProposalFormStore({
      api: { submitProposal: (...args) => (host.budgetingApi ?? createBudgetingApi(host.http())).submitProposal(...args) },
      round,
      lang: () => host.locale,
      budget,
      storage: safeLocalStorage(),
    });
    this.#unlisten = this.store.$state.listen(() => host.requestUpdate());
    this.#image = new ProposalImageField(
      {
        renderRoot: host.renderRoot,
        get updateComplete() {
          return host.updateComplete;
        },
        requestUpdate: () => host.requestUpdate(),
        upload: (file) => (host.budgetingApi ?? createBudgetingApi(host.http())).uploadProposalImage(round, file),
      },
      this.store,
    );
  }

  dispose(): void {
    this.#unlisten();
    this.store.dispose();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // An image on its way goes with the proposal: the send waits for it.
    await this.#image.settled();
    await this.store.submit();
    await this.#host.updateComplete;
    const state = this.store.$state.get();
    if (state.phase !== 'editing') return;
    const root = this.#host.renderRoot;
    if (Object.keys(state.errors).length > 0) root.querySelector<HTMLElement>('#summary')?.focus();
    else if (state.problem) root.querySelector<HTMLElement>('#problem')?.focus();
  }

  #set(field: TextField) {
    return (event: Event): void => this.store.setField(field, (event.target as HTMLInputElement).value);
  }

  #errorText(t: Translator, error: FieldError): string {
    return messages.has(error.code) ? t(error.code, error.params ?? {}) : t('common.invalid');
  }

  /** The form in the language `locale` (its heading in the element's texts, `own`), with the element's "back" button. */
  render(own: ProposalsTranslator, locale: Locale, back: TemplateResult): TemplateResult {
    if (!messages.isLoaded(locale)) void messages.load(locale).then(() => this.#host.requestUpdate());
    const t = messages.translator(locale);
    const state: ProposalFormState = this.store.$state.get();
    if (state.phase === 'sent' && state.receipt) {
      return html`<section class="notice success" aria-labelledby="sent-title">
        <h3 id="sent-title" tabindex="-1">${t('budgeting.proposals.sentTitle')}</h3>
        <p>${t('budgeting.proposals.sentText', { title: state.receipt.title })}</p>
        <div class="actions">
          <button type="button" part="button" id="another" @click=${() => this.#host.another()}>${t('budgeting.proposals.another')}</button>
          ${back}
        </div>
      </section>`;
    }
    const errors = new Map<ProposalField, FieldError>();
    const unplaced: FieldError[] = [];
    for (const error of Object.values(state.errors)) {
      const field = budgetProposalFieldOf(error.pointer);
      if (field && !errors.has(field)) errors.set(field, error);
      else if (!field) unplaced.push(error);
    }
    const err = (field: ProposalField) => (errors.has(field) ? this.#errorText(t, errors.get(field)!) : null);
    const summaryItems = [
      ...PROPOSAL_FIELDS.filter((f) => errors.has(f)).map((f) => ({ field: f, text: `${t(FIELD_LABELS[f])}: ${err(f)!}` })),
      ...unplaced.map((e) => ({ text: this.#errorText(t, e) })),
    ];
    const draft = state.draft;
    const sending = state.phase === 'sending';
    const failure = state.phase === 'waiting' ? state.failure : null;
    const problem = state.problem;
    // 'common.optional' has its own brackets.
    const optional = html`<span class="optional">${t('common.optional')}</span>`;
    const input = (field: 'title' | 'estimatedCost' | 'address', extra: { inputmode?: string; optional?: boolean } = {}) => html`<div class="field">
      <label for=${field}>${t(FIELD_LABELS[field])}${extra.optional ? html` ${optional}` : nothing}</label>
      <p class="hint" id="${field}-hint">${t(`budgeting.proposals.field.${field}Hint`)}</p>
      ${fieldError(field, err(field))}
      <input id=${field} name=${field} inputmode=${extra.inputmode ?? 'text'} autocomplete="off" .value=${draft[field]}
        aria-invalid=${errors.has(field) ? 'true' : 'false'} aria-describedby=${describedBy(field, errors.has(field), `${field}-hint`)}
        @input=${this.#set(field)} />
    </div>`;
    return html`<form part="form" aria-labelledby="form-title" @submit=${(e: SubmitEvent) => void this.#submit(e)} novalidate>
      <h3 id="form-title" tabindex="-1">${own('budgeting.proposals.new')}</h3>
      ${errorSummary({ title: t('common.errorSummary', { count: summaryItems.length }), items: summaryItems, focusField: (f) => focusField(this.#host.renderRoot, f) })}
      ${problem
        ? html`<div class="notice error-notice" id="problem" tabindex="-1" role="alert"><p>${problem.detail ?? (messages.has(problem.code ?? '') ? t(problem.code as Parameters<Translator>[0]) : t('common.unexpected'))}</p></div>`
        : nothing}
      <div class="field">
        <label for="budget">${t('budgeting.proposals.field.budget')}</label>
        ${fieldError('budget', err('budget'))}
        <select id="budget" name="budget" aria-invalid=${errors.has('budget') ? 'true' : 'false'} aria-describedby=${describedBy('budget', errors.has('budget'))} @change=${this.#set('budget')}>
          <option value="" ?selected=${draft.budget === ''}>–</option>
          ${this.#host.budgetOptions(locale, draft.budget)}
        </select>
      </div>
      ${input('title')}
      <div class="field">
        <label for="description">${t('budgeting.proposals.field.description')}</label>
        <p class="hint" id="description-hint">${t('budgeting.proposals.field.descriptionHint')}</p>
        ${fieldError('description', err('description'))}
        <textarea id="description" name="description" rows="6" .value=${draft.description}
          aria-invalid=${errors.has('description') ? 'true' : 'false'} aria-describedby=${describedBy('description', errors.has('description'), 'description-hint')}
          @input=${this.#set('description')}></textarea>
      </div>
      ${input('estimatedCost', { inputmode: 'numeric' })}
      ${input('address', { optional: true })}
      ${this.#image.render(t as (key: string, params?: Readonly<Record<string, string | number>>) => string, (key) => messages.has(key), { image: errors.get('image') ?? null, imageAlt: errors.get('imageAlt') ?? null }, optional)}
      <div role="status" id="status-message">
        ${failure
          ? html`<p>${t(failure.kind === 'offline' ? 'budgeting.proposals.offline' : failure.kind === 'rate-limited' ? 'common.rateLimited' : 'budgeting.proposals.serverDown')}</p>`
          : sending
            ? html`<p>${t('budgeting.proposals.sending')}</p>`
            : nothing}
      </div>
      <div class="actions">
        ${failure ? html`<button type="button" part="button" class="secondary" id="retry" @click=${() => void this.store.retryNow()}>${t('common.retryNow')}</button>` : nothing}
        <button type="submit" part="button" id="submit" aria-disabled=${sending ? 'true' : 'false'}>${t('budgeting.proposals.submit')}</button>
        ${back}
      </div>
    </form>`;
  }
}
