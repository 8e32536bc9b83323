import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  CANT_SAY_VALUE,
  hasConditions,
  isBlankAnswer,
  pickText,
  plainSurveyLogic,
  presentationOrder,
  readSurveyRoundPaper,
  SURVEY_ROUNDS_PATH,
  type AnswerValue,
  type FieldError,
  type Locale,
  type MessageParams,
  type SurveyFormState,
  type SurveyFormStore,
  type SurveyLogic,
  type SurveyLogicState,
  type SurveyPage,
  type SurveyQuestion,
  type SurveyResponseReceipt,
  type SurveyRoundPaper,
  type SurveysApi,
  type SurveyText,
} from '@kohtaamo/core';
import { LocalizedElement, MessagesController } from '../../i18n/localized-element.js';
import { atFirstTouch, LazyModule, PrepareWrites } from '../../state/lazy-module.js';
import { surveyWidgetMessages } from '../surveys.catalogs.js';
import { styles } from './survey.styles.js';
import type { ResumeHost, SurveyResume } from './survey.resume.js';
import type { RankingHost } from './survey.ranking.js';
import type { ReviewHost, SurveyReview } from './survey.review.js';
import { textLang } from '../../i18n/text-lang.js';

type Interviewer = typeof import('./survey.interviewer.js');
type Write = typeof import('./survey.write.js');

/** Fired when the server has confirmed the response (never before). */
export class KohtaamoSurveySubmittedEvent extends Event {
  constructor(readonly receipt: SurveyResponseReceipt) {
    super('kohtaamo-survey-submitted', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-survey-submitted': KohtaamoSurveySubmittedEvent;
  }
}

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; paper: SurveyRoundPaper };
type Answered = Exclude<SurveyQuestion, { type: 'info' }>;

const answeredKey = (round: string) => `kohtaamo-survey-answered:${round}`;
/** The key core's form store keeps a round's draft under (survey-form.store.ts; a test holds them equal by a kept draft loading at once). */
const draftKey = (paper: SurveyRoundPaper) => `kohtaamo-survey:${paper.round.id}:v${paper.round.version}`;
/** The question types the write side draws (survey.questions.ts): the first page of the Heinola template has none. */
const LATER_TYPES: readonly string[] = ['single_choice', 'multiple_choice', 'dropdown', 'yes_no', 'number'];
/** The page's storage, read (or written) in a `try`: a blocked storage keeps nothing. */
const stored = (get: (local: Storage, session: Storage) => unknown): unknown => {
  try {
    return get(localStorage, sessionStorage);
  } catch {
    return null;
  }
};

/**
 * The round's paper by a plain GET of the widget's own, without the API client (ADR 0108): a
 * timeout per attempt and the person's signal; two more attempts after no answer, a timeout, a
 * 408, 429 or 5xx (0.3 s, then 0.6 s, less up to 20 % of jitter; a Retry-After of at most 5 s is
 * waited for, a longer one fails); the bearer token only to the API's own origin (the rule of core
 * http.ts); the JSON checked by readSurveyRoundPaper. Any failure rejects: "could not load", with Retry.
 */
async function readPaper(api: string, round: string, token: () => string | null, signal: AbortSignal): Promise<SurveyRoundPaper> {
  const page = location.href;
  const url = new URL(api.replace(/\/+$/, '') + `${SURVEY_ROUNDS_PATH}/${encodeURIComponent(round)}`, page);
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    const headers: Record<string, string> = { accept: 'application/json' };
    const bearer = token();
    if (bearer && url.origin === new URL(api || '/', page).origin) headers.authorization = `Bearer ${bearer}`;
    const one = new AbortController();
    const stop = (): void => one.abort();
    signal.addEventListener('abort', stop);
    const timer = setTimeout(stop, 15_000);
    let response: Response | undefined;
    try {
      // No answer or a timeout: tried again (the person's abort is not).
      response = await fetch(url, { headers, signal: one.signal }).catch((error: unknown) => {
        if (signal.aborted) throw error;
        return undefined;
      });
      // The timeout stops at the answer; the person's signal still aborts the reading of its body.
      clearTimeout(timer);
      if (response?.ok) {
        // An answer that is not a paper (or not JSON) fails at once.
        const paper = readSurveyRoundPaper(await response.json());
        if (paper) return paper;
        throw new TypeError('Not the paper of a survey round');
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
    const status = response?.status ?? 0;
    const after = Number(response?.headers.get('retry-after')) || 0;
    void response?.body?.cancel().catch(() => {});
    if (attempt > 2 || after > 5 || (status && status !== 408 && status !== 429 && status < 500)) throw new Error(`The survey round could not be read (${status || 'no answer'})`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(after * 1000, 300 * 2 ** (attempt - 1) * (0.8 + 0.2 * Math.random()))));
  }
}

/**
 * A survey round for residents to answer: one page at a time with a progress bar, previous and
 * next, the page checked before moving on (errors by the field and summarised at the top, each
 * linked to its field), conditions evaluated by core as answers change, a review before
 * sending, and "sent" only when the server has confirmed. Unfinished answers stay in this tab;
 * the person may opt in to keeping them on the device for 7 days.
 *
 * @tagname kohtaamo-survey
 * @summary Answers a survey round, page by page, with review before sending.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} round - The survey round to answer, e.g. `heinola-2027`. Required.
 * @attr {string} token - An invitation token (from the invitation letter's link). Default `""`: an open web response.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @event kohtaamo-survey-submitted - The server confirmed the response; `receipt` holds its mode and round.
 *
 * @csspart progress - The progress bar and its text.
 * @csspart page - The current page (or the review).
 * @csspart question - Each question with its label, help, control and error.
 * @csspart error-summary - The list of what to fix on the page.
 * @csspart actions - The previous / next / send buttons.
 * @csspart notice - Loading, closed, sending and thank-you notices.
 * @csspart resume - "Save and continue later" and "Continue with a resume code", with the saved code (`resume-status`) and the code's form (`resume-form`).
 *
 * @cssproperty --kohtaamo-survey-max-width - Widest the element grows. Default `46rem`.
 * @cssproperty --kohtaamo-survey-progress-color - The progress bar. Default `--kohtaamo-color-primary`.
 * @cssproperty --kohtaamo-color-primary - Buttons, links and choices. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit`.
 */
export class KohtaamoSurvey extends LocalizedElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    api: {},
    round: {},
    token: {},
    mode: {},
    staffToken: { attribute: false },
    surveysApi: { attribute: false },
  };

  /** Base URL of the Kohtaamo server; `""` is this page's origin. */
  api = '';
  /** The round to answer. */
  round = '';
  /** An invitation token; `""` for an open web response. */
  token = '';
  /**
   * `web` (the default): a resident answers. `interviewer`: a phone vendor's interviewer enters
   * a respondent's answers with the vendor's respondent id (signed in, with a grant of the survey).
   */
  mode: 'web' | 'interviewer' = 'web';
  /** Interviewer mode: a staff bearer token (else the one a staff page of this tab signed in with, else the staff session cookie of the page's own server). */
  staffToken = '';
  /**
   * An API to use instead of the one built from `api` (stories, tests).
   * @internal
   */
  surveysApi: SurveysApi | null = null;
  /**
   * How the review's module is imported (stories and tests make it fail, as a lost connection would).
   * @internal
   */
  importReview = (): Promise<typeof import('./survey.review.js')> => import('./survey.review.js');
  /**
   * How the answer checks are imported (tests make it fail, as a lost connection would).
   * @internal
   */
  importCheck = (): Promise<typeof import('./survey.check.js')> => import('./survey.check.js');
  /**
   * How the conditions' logic (graph and expression language) is imported: only for a definition
   * with conditions (ADRs 0087, 0104). Tests count the imports and make it fail, as a lost connection would.
   * @internal
   */
  importLanguage = (): Promise<typeof import('./survey.language.js')> => import('./survey.language.js');
  /**
   * How the write side (survey.write.ts: the form store, the draft, sending) is imported: at the
   * first touch, at once when a draft is kept, before "next" (ADR 0109). Tests hold it back or make it fail.
   * @internal
   */
  importWrite = (): Promise<Write> => import('./survey.write.js');

  /** The client's write path (ky), loaded at the person's first touch (docs/adr/0083). */
  readonly #writes = new PrepareWrites(this);
  /** The write side, once here; its import while on its way; whether the last import failed (a notice with "Retry now", the answers kept). */
  #write: Write | null = null;
  #writeLoading: Promise<Write> | null = null;
  #writeFailed = false;
  /** Stops following the store (a new one replaces it). */
  #stop: (() => void) | null = null;
  /** Until the store is here, the first page's own state: its answers (the conditions evaluated), what was typed (handed to the store when it comes), "keep on device" if chosen, and the option order's seed. */
  #early: SurveyLogicState | null = null;
  #typed = new Map<string, AnswerValue | null | undefined>();
  #keepChosen: boolean | null = null;
  readonly #random = Math.random();

  constructor() {
    super();
    atFirstTouch(this, () => void this.#loadWrite().catch(() => {}));
  }
  /** The answer checks and their errors' texts (survey.check.ts): prefetched after the first render, needed when a page is first checked. */
  readonly #check = new LazyModule(this, () => this.importCheck().then(async (m) => (await m.ready(this.#locale.locale as Locale), m)));
  /** The ranking question's control (survey.ranking.ts), imported when the definition has a ranking question. */
  readonly #ranking = new LazyModule(this, () => import('./survey.ranking.js').then(async (m) => (await m.ready(this.#locale.locale as Locale), m)), { prefetch: false });
  /** "Next" or "Send" was pressed and the checks could not be loaded: a notice with "Retry now" (the answers stay). */
  #checkFailed = false;

  readonly #locale = new MessagesController(this, surveyWidgetMessages);
  #load: Load = { kind: 'loading' };
  #store: SurveyFormStore | null = null;
  #abort: AbortController | null = null;
  #keep = false;
  #paper: SurveyRoundPaper | null = null;
  /** The compiled conditions (graph and expression language), when the paper's definition has conditions. */
  #logic: SurveyLogic | null = null;
  /** Interviewer mode: the vendor's respondent id being entered, and the last one saved. */
  #respondent = '';
  #saved = '';
  #alreadyAnswered = false;
  /** The review and the help offer (survey.review.ts), imported when the respondent reaches the last page. */
  #review: SurveyReview | null = null;
  #reviewLoading: Promise<SurveyReview> | null = null;
  #reviewFailed = false;
  /** Interviewer mode's parts (survey.interviewer.ts), imported only in that mode. */
  #interviewer: Interviewer | null = null;
  /** "Save and continue later" (survey.resume.ts), imported when first used. */
  #resume: SurveyResume | null = null;
  #resumeLoading: Promise<SurveyResume> | null = null;
  /** Move focus to the page's heading (or the summary) after the next render. */
  #focus: 'heading' | 'summary' | 'respondent' | 'check-failed' | 'load-failed' | null = null;

  /** Interviewer mode's bearer token: `staffToken`, else the one a staff page of this tab signed in with (read at each request). */
  #credentials(): string | null {
    return this.staffToken || this.#interviewer?.signedInToken() || null;
  }

  /** The surveys API for sending: the one a story or test set, else built (with the API client) by the checks' module, which is always here before a response is sent. */
  #sendingApi(): Promise<SurveysApi> {
    return this.surveysApi ? Promise.resolve(this.surveysApi) : this.#check.get().then((m) => m.surveysApiOf({ surveysApi: null, api: this.api, credentials: () => this.#credentials() }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('round') || changed.has('surveysApi') || changed.has('token') || changed.has('mode')) && this.round) void this.#fetch();
    // The review is fetched while the respondent answers the last page (or when a draft reopens at the review).
    const view = this.#formNow()?.view;
    if (view && !this.#review && !this.#reviewFailed && (view.kind === 'review' || view.index === view.count - 1 || this.#store?.$submission.get().phase === 'sent')) void this.#loadReview().catch(() => {});
  }

  get #rankingHost(): RankingHost {
    return { renderRoot: this.renderRoot, locale: this.#locale.locale as Locale, requestUpdate: () => this.requestUpdate(), text: (text) => this.#text(text), set: (key, value) => this.#set(key, value) };
  }

  get #interviewerHost(): { locale: Locale; requestUpdate(): void } {
    return { locale: this.#locale.locale as Locale, requestUpdate: () => this.requestUpdate() };
  }

  /** What the lazy parts (survey.review.ts, survey.resume.ts) read of this element. */
  #partsHost(): ReviewHost & ResumeHost {
    const el = this;
    return {
      get renderRoot() {
        return el.renderRoot;
      },
      get surveysApi() {
        return el.surveysApi;
      },
      get api() {
        return el.api;
      },
      credentials: () => el.#credentials(),
      get round() {
        return el.round;
      },
      get store() {
        return el.#store!;
      },
      get locale() {
        return el.#locale.locale as Locale;
      },
      get respondent() {
        return el.#respondent;
      },
      text: (text) => el.#text(text),
      isBlank: isBlankAnswer,
      renderSummary: (errors) => el.#renderSummary(errors),
      send: (event) => void el.#send(event),
      previous: () => el.#previous(),
      edit: (pageId) => {
        el.#checkFailed = false;
        el.#store!.goTo(pageId);
        el.#focus = 'heading';
      },
      requestUpdate: () => el.requestUpdate(),
      get updateComplete() {
        return el.updateComplete;
      },
      resumed: () => {
        el.#focus = 'heading';
        el.requestUpdate();
      },
    };
  }

  /** The review module with its texts in the page's language, imported once (and again after a failed attempt: "Retry now"). */
  #loadReview(): Promise<SurveyReview> {
    this.#reviewLoading ??= this.importReview()
      .then(async (m) => (await m.ready(this.#locale.locale as Locale), m))
      .then(
        ({ SurveyReview }) => {
          this.#review = new SurveyReview(this.#partsHost());
          this.#reviewFailed = false;
          this.requestUpdate();
          return this.#review;
        },
        (error: unknown) => {
          this.#reviewLoading = null;
          this.#reviewFailed = true;
          this.requestUpdate();
          throw error;
        },
      );
    return this.#reviewLoading;
  }

  /** Until the review's module is here: a loading notice, or its failure with "Retry now". */
  #renderReviewPending(): TemplateResult {
    const t = this.#locale.t;
    return this.#reviewFailed
      ? html`<div class="notice error-notice review-failed" part="notice" role="alert" tabindex="-1"><p>${t('common.networkError')}</p>
          <div class="actions"><button type="button" class="secondary" @click=${() => {
            this.#focus = 'heading';
            void this.#loadReview().catch(() => {});
          }}>${t('common.retryNow')}</button></div></div>`
      : html`<p class="notice" part="notice" role="status">${t('common.loading')}</p>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#store?.dispose();
  }

  async #fetch(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#load = { kind: 'loading' };
    this.requestUpdate();
    try {
      const [paper, interviewer] = await Promise.all([(this.surveysApi ? this.surveysApi.round(this.round, abort.signal) : readPaper(this.api, this.round, () => this.#credentials(), abort.signal)), this.mode === 'interviewer' ? import('./survey.interviewer.js').then(async (m) => (await m.ready(this.#locale.locale as Locale), m)) : null]);
      if (abort.signal.aborted) return;
      // The conditions decide the path ("page 1 of N") and what is shown: their language comes before the first page (a failure to load it is a failed load, with its retry).
      const logic = hasConditions(paper.definition) ? (await this.importLanguage()).compileSurveyLogic(paper.definition) : null;
      if (abort.signal.aborted) return;
      this.#logic = logic;
      this.#interviewer = interviewer;
      this.#paper = paper;
      await this.#begin(paper);
      if (abort.signal.aborted) return;
      this.#load = { kind: 'ready', paper };
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#load = { kind: 'failed' };
      void error;
    }
    this.requestUpdate();
  }

  /** "Retry now" after a failed load (the round, or the conditions' language): the page's heading takes the focus, or the notice again. */
  #retryLoad = async (): Promise<void> => {
    await this.#fetch();
    this.#focus = this.#load.kind === 'failed' ? 'load-failed' : 'heading';
    this.requestUpdate();
  };

  /**
   * The paper is here: the first page draws from its own state. The write side comes at once in
   * interviewer mode, when a draft of the round is kept (it may be on another page), or when it is
   * already here; else at the first touch.
   */
  async #begin(paper: SurveyRoundPaper): Promise<void> {
    this.#stop?.();
    this.#stop = null;
    this.#store = null;
    this.#checkFailed = false;
    this.#typed.clear();
    this.#keepChosen = null;
    this.#keep = false;
    const early = (this.#early = (this.#logic ?? plainSurveyLogic(paper.definition)).start({}));
    const interviewer = this.mode === 'interviewer';
    this.#alreadyAnswered = !interviewer && paper.round.webLimit === 'one-per-browser' && !this.token && stored((local) => local.getItem(answeredKey(paper.round.id))) === '1';
    if (paper.definition.pages.some((p) => p.sections.some((s) => s.questions.some((q) => q.type === 'ranking')))) void this.#ranking.get().catch(() => {});
    // The question types the write side draws (survey.questions.ts), on the first page: it comes with the round.
    const first = paper.definition.pages.find((p) => p.id === early.path()[0]);
    const later = first?.sections.some((s) => s.questions.some((q) => LATER_TYPES.includes(q.type)));
    if (interviewer || later || this.#write || stored((local, session) => local.getItem(draftKey(paper)) || session.getItem(draftKey(paper)))) {
      await this.#loadWrite();
      this.#adopt();
    }
  }

  /** The write side, imported once (and again after a failure); the store starts as soon as it and the paper are here. */
  #loadWrite(): Promise<Write> {
    if (this.#write) return Promise.resolve(this.#write);
    this.#writeLoading ??= this.importWrite().then(
      (write) => {
        this.#write = write;
        this.#writeFailed = false;
        this.#adopt();
        this.requestUpdate();
        return write;
      },
      (error: unknown) => {
        this.#writeLoading = null;
        this.#writeFailed = true;
        this.requestUpdate();
        throw error;
      },
    );
    return this.#writeLoading;
  }

  /** The store takes over from the first page's state (once the write side and the paper are both here). */
  #adopt(): void {
    if (this.#write && this.#early && !this.#store && this.#paper) this.#startStore(this.#paper);
  }

  /** A fresh answering state for the paper (a new respondent in interviewer mode): what was typed before it came is kept, the person's latest word over a kept draft. */
  #startStore(paper: SurveyRoundPaper): void {
    this.#stop?.();
    this.#checkFailed = false;
    const interviewer = this.mode === 'interviewer';
    const { store, stop } = this.#write!.startStore({
      paper,
      random: () => this.#random,
      checks: () => this.#check.get(),
      logic: this.#logic,
      lang: () => this.#locale.locale,
      send: interviewer
        ? (body) => this.#sendingApi().then((api) => api.interview(paper.round.survey, paper.round.id, { respondentId: this.#respondent.trim(), lang: body.lang, answers: body.answers }))
        : (body, key) => this.#sendingApi().then((api) => api.respond(paper.round.id, body, key)),
      ...(this.token && !interviewer ? { token: this.token } : {}),
      ...(interviewer ? { respondentId: () => this.#respondent } : {}),
      resumeCode: () => this.#resume?.resumeCode ?? null,
      onSent: (receipt) => {
        if (interviewer) this.#saved = this.#respondent.trim();
        if (paper.round.webLimit === 'one-per-browser' && receipt.mode === 'web') stored((local) => local.setItem(answeredKey(paper.round.id), '1'));
        this.dispatchEvent(new KohtaamoSurveySubmittedEvent(receipt));
      },
    },
    // An interviewer's computer is shared: nothing of a respondent stays on it.
    !interviewer,
    () => this.requestUpdate());
    this.#store = store;
    this.#stop = stop;
    if (this.#keepChosen !== null) store.setKeepOnDevice(this.#keepChosen);
    for (const [key, value] of this.#typed) store.setAnswer(key, value);
    this.#typed.clear();
    this.#keepChosen = null;
    this.#early = null;
    this.#keep = store.$submission.get().rememberPersonal;
    this.requestUpdate();
  }

  /** The form's state: the store's, else the first page's own (before the write side is here); null before the paper. */
  #formNow(): Pick<SurveyFormState, 'view' | 'errors'> | null {
    if (this.#store) return this.#store.$form.get();
    const early = this.#early;
    if (!early || !this.#paper) return null;
    const path = early.path();
    return { view: { kind: 'page', page: this.#paper.definition.pages.find((p) => p.id === path[0])!, index: 0, count: path.length }, errors: {} };
  }

  /** The answers' state (visibility, required, values): the store's, else the first page's own. */
  get #logicNow(): SurveyLogicState {
    return this.#store?.logic ?? this.#early!;
  }

  /** The resume module with its texts in the page's language, imported once (and again after a failed attempt). */
  #loadResume(): Promise<SurveyResume> {
    this.#resumeLoading ??= import('./survey.resume.js')
      .then(async (m) => (await m.ready(this.#locale.locale as Locale), m))
      .then(
        ({ SurveyResume }) => (this.#resume = new SurveyResume(this.#partsHost())),
        (error: unknown) => {
          this.#resumeLoading = null;
          throw error;
        },
      );
    return this.#resumeLoading;
  }

  #renderResume(): TemplateResult | typeof nothing {
    if (this.mode === 'interviewer') return nothing;
    const t = this.#locale.t;
    return html`<div class="resume" part="resume">
      <div class="actions">
        <button type="button" class="secondary" id="save-later" @click=${() => void this.#withStore(this.#loadResume()).then((r) => r.save(), () => {})}>${t('surveys.ui.saveForLater')}</button>
        <button type="button" class="secondary" id="resume-open" @click=${() => void this.#withStore(this.#loadResume()).then((r) => r.open(), () => {})}>${t('surveys.ui.resumeOpen')}</button>
      </div>
      ${this.#resume?.render() ?? nothing}
    </div>`;
  }

  /** A part that works on the store (the resume), once the store is here too. */
  #withStore<T>(part: Promise<T>): Promise<T> {
    return Promise.all([part, this.#loadWrite()]).then(([loaded]) => loaded);
  }

  #nextRespondent = (): void => {
    this.#respondent = '';
    this.#startStore(this.#paper!);
    this.#focus = 'respondent';
    this.requestUpdate();
  };

  protected override updated(): void {
    if (this.#focus === null) return;
    // The review's module failed to load: its notice (with "Retry now") takes the focus instead of the heading.
    const target = this.renderRoot.querySelector<HTMLElement>(this.#focus === 'summary' ? '.summary h3' : this.#focus === 'respondent' ? '#respondent-id' : this.#focus === 'check-failed' ? '.check-failed' : this.#focus === 'load-failed' ? '.load-failed' : '[part~="page"] h2, .review-failed');
    // The review's module is still on its way: its heading takes the focus when it renders.
    if (!target && this.#store?.$form.get().view.kind === 'review' && !this.#review && !this.#reviewFailed) return;
    this.#focus = null;
    target?.focus();
  }

  /** The texts of the answer checks' errors: they come with the checks (a code stands for itself until then). */
  #code(code: string, params?: MessageParams): string {
    return this.#check.value?.laterTexts(this.#locale.locale as Locale, () => this.requestUpdate()).code(code, params) ?? this.#locale.code(code, params);
  }

  #text(text: SurveyText | undefined): string {
    return text ? pickText(text, this.#locale.locale) : '';
  }

  /** The `lang` of a text `#text` shows: Finnish when it falls back to it (WCAG 3.1.2). */
  #lang(text: SurveyText | undefined): Locale | typeof nothing {
    return text ? textLang(text, this.#locale.locale) : nothing;
  }

  #set(key: string, value: AnswerValue | null | undefined): void {
    if (this.#store) return this.#store.setAnswer(key, value);
    // Before the write side is here: the first page's own state takes it (its conditions too), and the store gets it when it comes.
    this.#early!.setAnswer(key, value);
    this.#typed.set(key, value);
    this.requestUpdate();
    // Answering again after a failed import tries again.
    if (this.#writeFailed) void this.#loadWrite().catch(() => {});
  }

  async #next(event: Event): Promise<void> {
    event.preventDefault();
    try {
      await this.#loadWrite();
    } catch {
      this.#failedCheck();
      return;
    }
    const store = this.#store!;
    let moved: boolean;
    try {
      moved = await store.next();
    } catch {
      this.#failedCheck();
      return;
    }
    if (store !== this.#store) return;
    this.#checkFailed = false;
    this.#focus = moved ? 'heading' : 'summary';
    this.requestUpdate();
  }

  /** The checks did not load (the person is offline): say so where they pressed, with "Retry now"; nothing they wrote is lost. */
  #failedCheck(): void {
    this.#checkFailed = true;
    this.#focus = 'check-failed';
    this.requestUpdate();
  }

  #renderCheckFailed(retry: (event: Event) => void): TemplateResult | typeof nothing {
    // The write side failed to come at the first touch (not at "next"): the same notice, its retry imports it again.
    const touched = !this.#checkFailed && this.#writeFailed && !this.#store;
    if (!this.#checkFailed && !touched) return nothing;
    const t = this.#locale.t;
    return html`<div class="notice error-notice check-failed" part="notice" role="alert" tabindex="-1"><p>${t('common.networkError')}</p>
      <div class="actions"><button type="button" class="secondary" @click=${touched ? () => void this.#loadWrite().catch(() => {}) : retry}>${t('common.retryNow')}</button></div></div>`;
  }

  #previous(): void {
    this.#checkFailed = false;
    this.#store!.previous();
    this.#focus = 'heading';
  }

  async #send(event: Event): Promise<void> {
    event.preventDefault();
    const store = this.#store!;
    try {
      await store.submit();
    } catch {
      this.#failedCheck();
      return;
    }
    this.#checkFailed = false;
    if (store.$form.get().view.kind === 'page' || Object.keys(store.$submission.get().errors).length > 0) this.#focus = 'summary';
    else this.#focus = 'heading';
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const t = this.#locale.t;
    if (this.#load.kind === 'loading') return html`<div class="root"><p class="notice" part="notice" role="status">${t('common.loading')}</p></div>`;
    if (this.#load.kind === 'failed')
      return html`<div class="root"><div class="notice error-notice load-failed" part="notice" role="alert" tabindex="-1"><p>${t('surveys.ui.loadFailed')}</p></div>
        <div class="actions"><button type="button" class="secondary" @click=${this.#retryLoad}>${t('common.retryNow')}</button></div></div>`;
    const { paper } = this.#load;
    const heading = html`<h2 class="title" lang=${this.#lang(paper.definition.title)}>${this.#text(paper.definition.title)}</h2>`;
    if (paper.round.status !== 'open') return html`<div class="root">${heading}<div class="notice" part="notice" role="status"><p>${t('surveys.ui.closed')}</p></div></div>`;
    if (this.#alreadyAnswered) return html`<div class="root">${heading}<div class="notice success" part="notice" role="status"><p>${t('surveys.ui.alreadyAnswered')}</p></div></div>`;
    const submission = this.#store?.$submission.get();
    if (submission?.phase === 'sent' && this.#interviewer) return html`<div class="root">${heading}${this.#interviewer.interviewSaved(this.#interviewerHost, this.#saved, this.#nextRespondent)}</div>`;
    if (submission?.phase === 'sent') return html`<div class="root">${heading}<div class="notice success" part="notice" role="status" tabindex="-1"><p>${t('surveys.ui.sent')}</p></div>${this.#review?.renderHelp() ?? nothing}</div>`;
    const form = this.#formNow()!;
    const view = form.view;
    const index = view.kind === 'page' ? view.index + 1 : view.count + 1;
    const total = view.count + 1;
    return html`<div class="root">
      ${heading}
      ${view.kind === 'page' && view.index === 0 && paper.definition.description ? html`<p lang=${this.#lang(paper.definition.description)}>${this.#text(paper.definition.description)}</p>` : nothing}
      ${this.#interviewer ? this.#interviewer.respondentField(this.#interviewerHost, this.#respondent, submission?.errors['#/respondentId'] ?? form.errors['#/respondentId'], (value) => (this.#respondent = value)) : nothing}
      <div class="progress" part="progress">
        <span id="progress-label">${t('surveys.ui.progress', { page: index, pages: total })}</span>
        <progress aria-labelledby="progress-label" max=${total} .value=${index}></progress>
      </div>
      ${view.kind === 'page' ? this.#renderPage(view.page, form.errors, view.index, view.count) : (this.#review?.renderReview() ?? this.#renderReviewPending())}
      ${view.kind === 'review' ? this.#renderCheckFailed((e) => void this.#send(e)) : nothing}
      ${this.#renderResume()}
    </div>`;
  }

  /** The summary of a page's errors, drawn by the checks' module: errors exist only once it is here (a server's refusal comes after the checks too). */
  #renderSummary(errors: Readonly<Record<string, FieldError>>): TemplateResult | typeof nothing {
    const check = this.#check.value;
    if (!check) return nothing;
    const el = this;
    return check.renderSummary(
      {
        get renderRoot() {
          return el.renderRoot;
        },
        get locale() {
          return el.#locale.locale as Locale;
        },
        get definition() {
          return el.#paper!.definition;
        },
        text: (text) => el.#text(text),
        requestUpdate: () => el.requestUpdate(),
      },
      errors,
    );
  }

  #renderPage(page: SurveyPage, errors: Readonly<Record<string, FieldError>>, index: number, count: number): TemplateResult {
    const t = this.#locale.t;
    const logic = this.#logicNow;
    return html`<form part="page" novalidate @submit=${(e: Event) => this.#next(e)}>
      <h2 tabindex="-1" class="page-title">${this.#text(page.title) || t('surveys.ui.progress', { page: index + 1, pages: count + 1 })}</h2>
      ${this.#renderSummary(errors)}
      ${page.sections
        .filter((s) => logic.isSectionVisible(s.id))
        .map(
          (section) => html`<div class="section">
            ${section.title ? html`<h3 lang=${this.#lang(section.title)}>${this.#text(section.title)}</h3>` : nothing}
            ${section.description ? html`<p lang=${this.#lang(section.description)}>${this.#text(section.description)}</p>` : nothing}
            ${section.questions.filter((q) => logic.isVisible(q.id)).map((q) => this.#renderQuestion(q, errors))}
          </div>`,
        )}
      <div class="check">
        <input type="checkbox" id="keep" .checked=${this.#keep} @change=${(e: Event) => {
          this.#keep = (e.target as HTMLInputElement).checked;
          if (this.#store) this.#store.setKeepOnDevice(this.#keep);
          else this.#keepChosen = this.#keep;
        }} />
        <label for="keep">${t('surveys.ui.keepDraft')}</label>
      </div>
      ${this.#renderCheckFailed((e) => void this.#next(e))}
      <div class="actions" part="actions">
        ${index > 0 ? html`<button type="button" class="secondary" @click=${() => this.#previous()}>${t('surveys.ui.previous')}</button>` : nothing}
        <button type="submit">${t('surveys.ui.next')}</button>
      </div>
    </form>`;
  }

  #errorOf(errors: Readonly<Record<string, FieldError>>, pointer: string): FieldError | undefined {
    return errors[pointer];
  }

  #renderQuestion(q: SurveyQuestion, errors: Readonly<Record<string, FieldError>>): TemplateResult {
    if (q.type === 'info') return html`<p class="question" part="question" lang=${this.#lang(q.text)}>${this.#text(q.text)}</p>`;
    const t = this.#locale.t;
    const logic = this.#logicNow;
    const required = logic.isRequired(q.id);
    const pointer = `#/answers/${q.id}`;
    const error = this.#errorOf(errors, pointer);
    const id = `f-${q.id}`;
    const help = q.help ? html`<p class="hint" id="${id}-hint" lang=${this.#lang(q.help)}>${this.#text(q.help)}</p>` : nothing;
    const errorText = error ? html`<p class="error" id="${id}-error">${this.#code(error.code, error.params)}</p>` : nothing;
    const describedBy = [q.help ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const label = html`<span lang=${this.#lang(q.text)}>${this.#text(q.text)}</span>${required ? html` <span class="optional">${t('surveys.ui.required')}</span>` : nothing}`;
    const answer = logic.answers[q.id];
    const invalid = error ? 'true' : 'false';
    const group = (body: TemplateResult) => html`<fieldset class="question" part="question" data-field=${id} aria-describedby=${describedBy} aria-invalid=${invalid}>
      <legend>${label}</legend>
      ${help} ${errorText} ${body}
    </fieldset>`;
    // No `live()` on the controls: each one's handler sets the answer to what the control shows, so
    // a plain property binding follows the answers (the directive was two files, ~650 B, of the cold page).
    const radios = (name: string, values: readonly { value: string; text: string }[], current: unknown, set: (value: string) => void, first = id) =>
      values.map(
        (o, i) => html`<div class="check">
          <input type="radio" id=${i === 0 ? first : `${name}-${i}`} name=${name} .value=${o.value} .checked=${String(current ?? '') === o.value} @change=${() => set(o.value)} />
          <label for=${i === 0 ? first : `${name}-${i}`}>${o.text}</label>
        </div>`,
      );
    const seed = this.#store?.seed() ?? Math.floor(this.#random * 2 ** 32).toString(36);
    switch (q.type) {
      case 'rating':
      case 'recommendation': {
        const min = q.type === 'rating' ? q.min : 0;
        const max = q.type === 'rating' ? q.max : 10;
        const values = Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), text: String(min + i) }));
        if (q.type === 'rating' && q.cantSay) values.push({ value: CANT_SAY_VALUE, text: this.#text(q.cantSay) });
        return group(html`<p class="ends"><span>${min} = ${this.#text(q.minLabel)}</span><span>${max} = ${this.#text(q.maxLabel)}</span></p>
          <div class="scale">${radios(q.id, values, answer, (value) => this.#set(q.id, value === CANT_SAY_VALUE ? value : Number(value)))}</div>`);
      }
      case 'matrix': {
        const cells = (answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {}) as Record<string, number | typeof CANT_SAY_VALUE>;
        const columns = [...q.columns.map((c) => ({ value: String(c.value), text: this.#text(c.text) })), ...(q.cantSay ? [{ value: CANT_SAY_VALUE, text: this.#text(q.cantSay) }] : [])];
        return group(html`${presentationOrder(q, seed).map((rowId) => {
          const row = q.rows.find((r) => r.id === rowId)!;
          const rowError = this.#errorOf(errors, `#/answers/${q.id}/${row.id}`);
          const rowFieldId = `${id}-${row.id}`;
          return html`<fieldset class="row" aria-invalid=${rowError ? 'true' : 'false'} aria-describedby=${rowError ? `${rowFieldId}-error` : nothing}>
            <legend lang=${this.#lang(row.text)}>${this.#text(row.text)}</legend>
            ${rowError ? html`<p class="error" id="${rowFieldId}-error">${this.#code(rowError.code, rowError.params)}</p>` : nothing}
            <div class="scale">${radios(`${q.id}.${row.id}`, columns, cells[row.id], (value) => this.#set(q.id, { ...cells, [row.id]: value === CANT_SAY_VALUE ? CANT_SAY_VALUE : Number(value) }), rowFieldId)}</div>
          </fieldset>`;
        })}`);
      }
      case 'short_text':
      case 'long_text': {
        const value = typeof answer === 'string' ? answer : '';
        const left = q.maxLength - value.length;
        const control =
          q.type === 'short_text'
            ? html`<input id=${id} maxlength=${q.maxLength} .value=${value} aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(e: Event) => this.#set(q.id, (e.target as HTMLInputElement).value || null)} />`
            : html`<textarea id=${id} maxlength=${q.maxLength} .value=${value} aria-describedby=${[describedBy === nothing ? '' : describedBy, `${id}-count`].join(' ').trim()} aria-invalid=${invalid} @input=${(e: Event) => this.#set(q.id, (e.target as HTMLTextAreaElement).value || null)}></textarea>
                <p class="count" id="${id}-count">${t('surveys.ui.chars', { count: left })}</p>`;
        return html`<div class="question field" part="question"><label for=${id}>${label}</label>${help}${errorText}${control}</div>`;
      }
      case 'single_choice':
      case 'multiple_choice':
      case 'dropdown':
      case 'yes_no':
      case 'number':
        // Drawn by the write side (survey.questions.ts): here before any page that has one (ADR 0109); else (a first page changed by its conditions) a moment's notice.
        if (!this.#write) return group(html`<p class="notice" role="status">${t('common.loading')}</p>`);
        return this.#write.renderQuestion({ t, text: (x) => this.#text(x), lang: (x) => this.#lang(x), code: (c, params) => this.#code(c, params), set: (k, v) => this.#set(k, v), errors, answers: logic.answers, seed, id, label, help, errorText, describedBy, invalid, group, radios }, q);
      case 'ranking': {
        const ranking = this.#ranking.value;
        if (ranking) return group(ranking.renderRanking(this.#rankingHost, q, answer, id, presentationOrder(q, seed)));
        // Until its control is here (a page with a ranking is seldom the first): a notice in its place, the rest of the page usable.
        return group(
          this.#ranking.state === 'failed'
            ? html`<div class="notice error-notice" role="alert"><p>${t('common.networkError')}</p>
                <button type="button" class="secondary" id=${id} @click=${() => void this.#ranking.get().catch(() => {})}>${t('common.retryNow')}</button></div>`
            : html`<p class="notice" role="status">${t('common.loading')}</p>`,
        );
      }
    }
  }

}
