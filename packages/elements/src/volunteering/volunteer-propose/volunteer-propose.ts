import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  areaName,
  createProposalStore,
  formatDateTime,
  VOLUNTEER_AREAS,
  type FieldError,
  type Locale,
  type TalkootProposalDraft,
  type TalkootProposalField,
  type ProposalStore,
  type SubmissionState,
  type TalkootProposal,
  type VolunteeringProposalApi,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { describedBy, errorSummary, fieldError, focusField } from '../../forms/form-templates.js';
import { LazyModule, PrepareWrites } from '../../state/lazy-module.js';
import { safeLocalStorage, safeSessionStorage } from '../../state/local-storage.js';
import { StoreController } from '../../state/store-controller.js';
import { proposeMessages, type ProposeTranslator as Translator } from './volunteer-propose.messages.js';
import { styles } from './volunteer-propose.styles.js';

/** Fired when the server has stored a talkoot proposal; `proposal` is what it stored. */
export class KohtaamoProposalSubmittedEvent extends Event {
  static readonly eventName = 'kohtaamo-proposal-submitted';
  constructor(readonly proposal: TalkootProposal) {
    super(KohtaamoProposalSubmittedEvent.eventName, { bubbles: true, composed: true });
  }
}

type State = SubmissionState<TalkootProposalDraft, TalkootProposal>;

const LABELS: Record<TalkootProposalField, string> = {
  what: 'volunteering.propose.what',
  description: 'volunteering.propose.description',
  where: 'volunteering.propose.where',
  area: 'volunteering.propose.area',
  date: 'volunteering.propose.date',
  startTime: 'volunteering.propose.startTime',
  endTime: 'volunteering.propose.endTime',
  expectedPeople: 'volunteering.propose.expectedPeople',
  supplies: 'volunteering.propose.supplies',
  proposerName: 'volunteering.propose.proposerName',
  proposerEmail: 'volunteering.propose.proposerEmail',
  organisationName: 'volunteering.propose.organisationName',
};
const HINTS: Partial<Record<TalkootProposalField, string>> = {
  what: 'volunteering.propose.whatHint',
  description: 'volunteering.propose.descriptionHint',
  where: 'volunteering.propose.whereHint',
  supplies: 'volunteering.propose.suppliesHint',
  proposerEmail: 'volunteering.propose.proposerEmailHint',
  organisationName: 'volunteering.propose.organisationHint',
};
const OPTIONAL: ReadonlySet<TalkootProposalField> = new Set(['supplies', 'organisationName']);
const FAILURE = { offline: 'common.offline', server: 'common.serverDown', 'rate-limited': 'common.rateLimited' } as const;

/**
 * A resident or an association proposes a talkoot event (as Helsinki's Puistotalkoot): what,
 * where, when, how many people are expected and what supplies the city should bring. The city's
 * coordinators approve it (it goes on the board) or decline it with a reason, and the proposer is
 * told by email. The form runs on the platform's submission store: a lost connection keeps the
 * text on the device (name and email only for this tab) and sends it again by itself; errors are
 * shown by the field and summarised at the top.
 *
 * ```html
 * <script type="module" src="https://osallistu.heinola.fi/widgets/kohtaamo.js"></script>
 * <kohtaamo-volunteer-propose api="https://osallistu.heinola.fi"></kohtaamo-volunteer-propose>
 * ```
 *
 * @tagname kohtaamo-volunteer-propose
 * @summary A talkoot proposal form: what, where, when, expected people and supplies.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} area - An area id chosen in advance (`keskusta`, `tahtiniemi` …). Default `""`: the person chooses.
 * @attr {string} organisation-name - The association proposing, filled in for the person (an association's own page). Default `""`.
 * @attr {string} lang - `fi`, `sv` or `en`. Default: the nearest `lang`, else `fi`.
 *
 * @event kohtaamo-proposal-submitted - The server stored the proposal; `event.proposal` is it.
 *
 * @csspart form - The form.
 * @csspart field - Each field with its label, hint and error.
 * @csspart button - Every button.
 * @csspart summary - The error summary.
 * @csspart notice - The "not sent yet" notice with its retry button.
 * @csspart confirmation - The confirmation.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons, links and the notices' edge. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Errors. Default `#b01038`.
 * @cssproperty --kohtaamo-volunteer-propose-max-width - Widest the element grows. Default `40rem`.
 * @cssproperty --kohtaamo-volunteer-propose-background - Background of the notices. Default `--kohtaamo-color-surface-muted`.
 */
export class KohtaamoVolunteerPropose extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    area: {},
    organisationName: { attribute: 'organisation-name' },
    volunteeringApi: { attribute: false },
  };

  api = '';
  area = '';
  organisationName = '';
  /** An API to use instead of the one built from `api` (stories). @internal */
  volunteeringApi: VolunteeringProposalApi | null = null;

  readonly #locale = new MessagesController(this, proposeMessages);
  /** The client's write path (ky), loaded at the person's first touch (docs/adr/0083). */
  readonly #writes = new PrepareWrites(this);
  /**
   * The checks, the sending and the checks' texts (volunteer-propose.later.ts): prefetched when the
   * browser is idle after the form shows, imported at the latest when the person sends. @internal
   */
  readonly later = new LazyModule(this, async () => {
    const m = await import('./volunteer-propose.later.js');
    await m.ready(this.#locale.locale);
    return m;
  });
  readonly #state = new StoreController<State>(this);
  readonly #internals: ElementInternals | null = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
  #store: ProposalStore | null = null;
  #storeKey = '';
  #lastPhase: State['phase'] = 'editing';
  #now = Date.now();
  #ticker: ReturnType<typeof setInterval> | null = null;
  /** The lazy part could not be loaded when the person sent the form: a notice with a retry. */
  #laterFailed = false;
  /** The person sent the form before the lazy part was here: the button says "Sending…" meanwhile. */
  #awaitingLater = false;

  /** The API at the moment of sending (a page may set `api` after the form was made), from the lazy part. */
  readonly #proxy: VolunteeringProposalApi = {
    propose: async (body, key) => (this.volunteeringApi ?? (await this.later.get()).proposalApi(this.api)).propose(body, key),
  };

  readonly #onOnline = (): void => void this.#store?.retryNow();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ensureStore();
    window.addEventListener('online', this.#onOnline);
    if (this.#current.phase === 'waiting') void this.#store?.retryNow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    this.#store?.dispose();
    this.#stopTicker();
  }

  #ensureStore(): ProposalStore {
    const key = `kohtaamo:volunteer-propose:${this.id || this.api}`;
    if (this.#store && (key === this.#storeKey || this.#store.$state.get().phase !== 'editing')) return this.#store;
    this.#store?.dispose();
    this.#storeKey = key;
    this.#store = createProposalStore({
      api: this.#proxy,
      checks: () => this.later.get(),
      lang: () => this.#locale.locale,
      storage: safeLocalStorage(),
      sessionStorage: safeSessionStorage(),
      storageKey: key,
    });
    this.#state.setStore(this.#store.$state);
    this.#prefill();
    return this.#store;
  }

  /** The page's choices fill an empty field (never over what the person typed). */
  #prefill(): void {
    const store = this.#store;
    if (!store) return;
    const draft = store.$state.get().draft;
    if (this.area && !draft.area) store.setField('area', this.area);
    if (this.organisationName && !draft.organisationName) store.setField('organisationName', this.organisationName);
  }

  get #current(): State {
    return this.#ensureStore().$state.get();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) this.#ensureStore();
    if (changed.has('area') || changed.has('organisationName')) this.#prefill();
    if (this.#current.phase === 'waiting') this.#startTicker();
    else this.#stopTicker();
  }

  protected override updated(): void {
    const state = this.#current;
    try {
      const states = this.#internals?.states;
      if (states) {
        for (const p of ['editing', 'sending', 'waiting', 'sent']) states.delete(p);
        states.add(state.phase);
      }
    } catch {
      /* no CustomStateSet: the states are a styling aid only */
    }
    if (state.phase === 'sent' && this.#lastPhase !== 'sent' && state.receipt) {
      this.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
      this.dispatchEvent(new KohtaamoProposalSubmittedEvent(state.receipt));
    }
    this.#lastPhase = state.phase;
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

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.#store;
    if (!store) return;
    this.#laterFailed = false;
    this.#awaitingLater = !this.later.value;
    this.requestUpdate();
    try {
      await store.submit();
    } catch {
      // The checking and sending part did not load: what the person typed stays in the form.
      this.#laterFailed = true;
      this.#awaitingLater = false;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#later-failed')?.focus();
      return;
    } finally {
      this.#awaitingLater = false;
      this.requestUpdate();
    }
    await this.updateComplete;
    const state = store.$state.get();
    if (state.phase !== 'editing') return;
    if (Object.keys(state.errors).length > 0) this.renderRoot.querySelector<HTMLElement>('#summary')?.focus();
    else if (state.problem) this.renderRoot.querySelector<HTMLElement>('#problem')?.focus();
  }

  #set(field: TalkootProposalField) {
    return (event: Event): void => this.#store?.setField(field, (event.target as HTMLInputElement).value);
  }

  #focusField = (field: string): void => void focusField(this.renderRoot, field);

  async #startNew(): Promise<void> {
    this.#store?.startNew();
    this.#prefill();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    const locale = this.#locale.locale;
    const state = this.#current;
    return html`<div class="root" lang=${locale}>
      ${state.phase === 'sent' && state.receipt ? this.#renderConfirmation(t, locale, state.receipt) : this.#renderForm(t, locale, state)}
    </div>`;
  }

  /** A draft has errors only once the lazy part has checked it or sent it: it places them. */
  #errorsByField(state: State): { fields: Partial<Record<TalkootProposalField, FieldError>>; other: FieldError[] } {
    const fields: Partial<Record<TalkootProposalField, FieldError>> = {};
    const other: FieldError[] = [];
    const later = this.later.value;
    if (!later) return { fields, other };
    for (const error of Object.values(state.errors)) {
      const field = later.proposalFieldOf(error.pointer);
      if (field && !fields[field]) fields[field] = error;
      else if (!field) other.push(error);
    }
    return { fields, other };
  }

  /** An error's text: the checks' texts are the lazy part's, the form's own and the common ones the entry's. */
  #text(error: Pick<FieldError, 'code' | 'params'>): string {
    const params = { min: 1, max: 4000, ...error.params };
    return this.later.value?.checkText(this.#locale.locale, error, params, () => this.requestUpdate()) ?? this.#locale.code(error.code, params);
  }

  #renderForm(t: Translator, locale: Locale, state: State): TemplateResult {
    const { fields, other } = this.#errorsByField(state);
    const sending = state.phase === 'sending' || this.#awaitingLater;
    const summaryItems = [
      ...(this.later.value?.TALKOOT_PROPOSAL_FIELDS ?? []).filter((f) => fields[f]).map((f) => {
        const text = this.#text(fields[f]!);
        return { field: f, text: fields[f]!.code.startsWith('common.') ? `${t(LABELS[f] as never)}: ${text}` : text };
      }),
      ...other.map((e) => ({ text: this.#text(e) })),
    ];
    const input = (field: TalkootProposalField, type = 'text', autocomplete = 'off', extra: { min?: string; inputmode?: string } = {}) => {
      const error = fields[field] ? this.#text(fields[field]!) : null;
      const hint = HINTS[field];
      return html`<div part="field" class="field">
        <label for=${field}>${t(LABELS[field] as never)}${OPTIONAL.has(field) ? html` <span class="optional">${t('common.optional')}</span>` : nothing}</label>
        ${hint ? html`<p class="hint" id="${field}-hint">${t(hint as never)}</p>` : nothing}
        ${field === 'description' || field === 'supplies'
          ? html`<textarea id=${field} name=${field} rows=${field === 'description' ? 4 : 3} .value=${state.draft[field]}
              aria-describedby=${describedBy(field, Boolean(error), hint ? `${field}-hint` : null)} aria-invalid=${error ? 'true' : 'false'} @input=${this.#set(field)}></textarea>`
          : html`<input id=${field} name=${field} type=${type} autocomplete=${autocomplete} .value=${state.draft[field]}
              min=${extra.min ?? nothing} inputmode=${extra.inputmode ?? nothing}
              aria-describedby=${describedBy(field, Boolean(error), hint ? `${field}-hint` : null)} aria-invalid=${error ? 'true' : 'false'} @input=${this.#set(field)} />`}
        ${fieldError(field, error)}
      </div>`;
    };
    const areaError = fields.area ? this.#text(fields.area) : null;
    const known = VOLUNTEER_AREAS.some((a) => a.id === state.draft.area);
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
      <h2 id="title" tabindex="-1">${t('volunteering.propose.heading')}</h2>
      <p>${t('volunteering.propose.intro')}</p>
      ${errorSummary({ title: t('common.errorSummary', { count: summaryItems.length }), items: summaryItems, focusField: this.#focusField })}
      ${state.problem ? html`<div id="problem" class="notice error-notice" tabindex="-1"><p>${this.#problemText(state.problem.code)}</p></div>` : nothing}
      ${this.#laterFailed
        ? html`<div id="later-failed" class="notice error-notice" tabindex="-1"><p>${t('common.networkError')}</p>
            <button type="button" part="button" class="secondary small" @click=${() => this.renderRoot.querySelector('form')?.requestSubmit()}>${t('common.retryNow')}</button></div>`
        : nothing}
      ${input('what')} ${input('description')} ${input('where')}
      <div part="field" class="field">
        <label for="area">${t('volunteering.propose.area')}</label>
        <select id="area" name="area" aria-describedby=${describedBy('area', Boolean(areaError))} aria-invalid=${areaError ? 'true' : 'false'} @change=${this.#set('area')}>
          <option value="" ?selected=${!state.draft.area}>${t('volunteering.propose.areaChoose')}</option>
          ${VOLUNTEER_AREAS.map((a) => html`<option value=${a.id} ?selected=${a.id === state.draft.area}>${a.name[locale]}</option>`)}
          ${state.draft.area && !known ? html`<option value=${state.draft.area} selected>${areaName(state.draft.area, locale)}</option>` : nothing}
        </select>
        ${fieldError('area', areaError)}
      </div>
      <fieldset>
        <legend>${t('volunteering.propose.when')}</legend>
        <div class="when">${input('date', 'date')} ${input('startTime', 'time')} ${input('endTime', 'time')}</div>
      </fieldset>
      ${input('expectedPeople', 'text', 'off', { inputmode: 'numeric' })} ${input('supplies')}
      <fieldset>
        <legend>${t('volunteering.propose.you')}</legend>
        ${input('proposerName', 'text', 'name')} ${input('proposerEmail', 'email', 'email')} ${input('organisationName', 'text', 'organization')}
      </fieldset>
      ${this.#renderWaiting(t, state, sending)}
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t('volunteering.propose.sending') : t('volunteering.propose.submit')}</button>
      </div>
    </form>`;
  }

  #problemText(code: string | undefined): string {
    const text = code ? this.#text({ code }) : '';
    return text && text !== code ? text : this.#locale.t('common.unexpected');
  }

  #renderWaiting(t: Translator, state: State, sending: boolean): TemplateResult {
    const failure = state.phase === 'waiting' ? state.failure : null;
    const seconds = failure ? Math.max(0, Math.ceil((failure.retryAt - this.#now) / 1000)) : 0;
    // The live region is always in the page, so that what appears in it is announced.
    return html`<div part="notice" class=${failure ? 'notice error-notice' : ''}>
      <div role="status" id="status-message">
        ${failure ? html`<p>${t(FAILURE[failure.kind])}</p>` : sending ? html`<span class="visually-hidden">${t('volunteering.propose.sending')}</span>` : nothing}
      </div>
      ${failure
        ? html`<div class="actions">
            <span class="countdown">${seconds > 0 ? t('common.retryIn', { seconds }) : t('volunteering.propose.sending')}</span>
            <button type="button" part="button" class="secondary small" id="retry" @click=${() => void this.#store?.retryNow()}>${t('common.retryNow')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #renderConfirmation(t: Translator, locale: Locale, p: TalkootProposal): TemplateResult {
    return html`<section part="confirmation" class="confirmation" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" tabindex="-1">${t('volunteering.propose.sentTitle')}</h2>
      <p role="status">${t('volunteering.propose.sent')}</p>
      <dl>
        <div><dt>${t('volunteering.propose.what')}</dt><dd>${p.what}</dd></div>
        <div><dt>${t('volunteering.propose.where')}</dt><dd>${p.where}, ${areaName(p.area, locale)}</dd></div>
        <div><dt>${t('volunteering.propose.when')}</dt><dd><time datetime=${p.startsAt}>${formatDateTime(p.startsAt, locale)}</time></dd></div>
        <div><dt>${t('volunteering.propose.expectedPeople')}</dt><dd>${p.expectedPeople}</dd></div>
      </dl>
      <div class="actions"><button type="button" part="button" class="secondary" @click=${() => void this.#startNew()}>${t('volunteering.propose.another')}</button></div>
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-proposal-submitted': KohtaamoProposalSubmittedEvent;
  }
}
