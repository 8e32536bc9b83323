import { html, type TemplateResult } from 'lit';
import {
  consoleRoundKey,
  createSurveyConsoleApi,
  createSurveyConsoleQueueStore,
  NetworkError,
  pickText,
  ProblemError,
  STAFF_IDENTITY_PATHS,
  StaffUserSchema,
  type Locale,
  type StaffUser,
  type SurveyConsoleApi,
  type SurveyConsoleQueue,
  type SurveyRoundDetail,
  type SurveySummary,
} from '@kohtaamo/core';
import type { MessagesController } from '../../i18n/localized-element.js';
import { extendHost, type ConsoleElementHost, type SignedInPart } from '../../staff/staff-console.js';
import { failureNotice, listState } from '../../staff/staff-list.js';
import { ConsolePanelViews } from '../../staff/staff-panel.js';
import { signedInStyles } from './survey-console.styles.js';
import { viewMessages, type ConsoleMessageKey, type ConsoleTranslator as Translator } from './survey-console.view-messages.js';
import type { ConsoleForm, ConsoleHost, ConsolePanel, ConsoleView } from './survey-console.host.js';

/** What the signed-in part reads of the console element (survey-console.ts). */
export interface SurveyConsoleElementHost extends ConsoleElementHost {
  /** The page that answers a round (invitation links), or "". */
  readonly answerPage: string;
  /** The stories' console API in place of the HTTP one, and who is signed in with it. */
  readonly consoleApiFactory: ((token: string) => SurveyConsoleApi) | null;
  readonly storyUser: StaffUser | null;
}

/**
 * The survey console after sign-in (issue 7, docs/adr/0067): who is signed in (GET /me), the
 * surveys with their versions and rounds (core's generic queue store) and the panel, whose views
 * are lazy modules of their own (ADR 0035): the authoring forms and the open round with its tabs.
 */
export class SurveyConsolePart implements SignedInPart {
  readonly styles = signedInStyles;
  me: StaffUser | null = null;
  openError = '';
  panel: ConsolePanel = { kind: 'none' };
  readonly #locale: MessagesController<ConsoleMessageKey>;
  readonly #queue: ReturnType<typeof createSurveyConsoleQueueStore>;
  #apiInstance: SurveyConsoleApi | null = null;
  #apiKey = '';
  /** The panel's lazy views: the authoring forms, the open round. */
  readonly #panel: ConsolePanelViews<'create' | 'round', ConsoleForm, SurveyRoundDetail, ConsoleView>;

  constructor(private readonly el: SurveyConsoleElementHost) {
    this.#locale = el.messages(viewMessages);
    this.#queue = createSurveyConsoleQueueStore(() => this.#api);
    // Kept for the element's life (it only asks the element to draw again).
    this.#queue.$state.listen(() => el.requestUpdate());
    this.#panel = new ConsolePanelViews(el, this, {
      create: () => import('./survey-console.create.js').then((m) => new m.CreateView(this.#host(), (panel) => this.showForm(panel))),
      round: () => import('./survey-console.round.js').then((m) => new m.RoundView(this.#host())),
    });
  }

  get signedIn(): boolean {
    return this.me !== null;
  }

  get #api(): SurveyConsoleApi {
    const el = this.el;
    const key = `${el.api}\n${el.token}`;
    if (this.#apiInstance === null || this.#apiKey !== key) {
      this.#apiKey = key;
      this.#apiInstance = el.consoleApiFactory ? el.consoleApiFactory(el.token) : createSurveyConsoleApi(el.http);
    }
    return this.#apiInstance;
  }

  get #q(): SurveyConsoleQueue {
    return this.#queue.$state.get();
  }

  get #t(): Translator {
    return this.#locale.t;
  }

  /** The open round as last read. */
  get detail(): SurveyRoundDetail | null {
    return this.#q.open?.detail ?? null;
  }

  /** What the lazy views read of the console. */
  #host(): ConsoleHost {
    const part = this;
    const el = this.el;
    return extendHost(el, {
      get t() {
        return part.#t;
      },
      get api() {
        return part.#api;
      },
      get surveys() {
        return part.#q.items;
      },
      get detail() {
        return part.detail;
      },
      queue: this.#queue,
      code: (code, params) => this.#locale.code(code, params),
      reload: () => this.#reload(),
      openRound: (s, r) => this.#openRound(s, r),
      focus: async (selector) => {
        await el.updateComplete;
        el.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      },
    });
  }

  /** Checks the token (who is signed in; the stories' user with their API), then lists the surveys. */
  async start(): Promise<void> {
    try {
      this.me = this.el.consoleApiFactory ? this.el.storyUser : await this.el.http.request(STAFF_IDENTITY_PATHS.me, StaffUserSchema);
      this.el.requestUpdate();
      await this.#reload();
    } catch (error) {
      this.me = null;
      throw error;
    }
  }

  reset(): void {
    this.me = null;
    this.panel = { kind: 'none' };
    this.#queue.dispose();
    this.#queue.close();
  }

  dispose(): void {
    this.#queue.dispose();
  }

  async #reload(): Promise<void> {
    await this.#queue.reload();
    if (this.#q.open) {
      const detail = await this.#queue.refresh();
      if (detail) await this.#panel.get('round')?.opened?.(detail);
    }
    const q = this.#q;
    if (q.error === null) this.el.announce(this.#t('surveyConsole.surveys.count', { count: q.total }));
  }

  /** Shows an authoring form (create from the template, next version, new round); the focus goes to its heading. */
  showForm(panel: ConsoleForm): Promise<void> {
    return this.#panel.showForm('create', panel, () => {
      this.#queue.close();
      this.panel = panel;
    });
  }

  #openRound(surveyId: string, roundId: string): Promise<void> {
    return this.#panel.open('round', this.#queue, consoleRoundKey(surveyId, roundId), () => (this.panel = { kind: 'round' }));
  }

  /**
   * The surveys API's refusals and problem codes in words, and a server that cannot be reached
   * (a tab's read that fails offline says so, with the tab's button to read again); '' otherwise.
   */
  failureText(error: unknown): string {
    if (error instanceof NetworkError) return this.#t('common.networkError');
    if (!(error instanceof ProblemError)) return '';
    if (error.status === 403) return this.#t('surveyConsole.forbidden');
    if (this.#locale.has(error.problem.code)) return this.#t(error.problem.code);
    return error.problem.detail ?? '';
  }

  render(): TemplateResult {
    const t = this.#t;
    const locale = this.el.locale;
    const me = this.me!;
    const q = this.#q;
    return html`<div class="bar">
        <p>${t('surveyConsole.signedInAs', { name: me.name })}</p>
        <button type="button" part="button" class="secondary small" @click=${() => this.el.signOut()}>${t('surveyConsole.signOut')}</button>
      </div>
      <div class="layout">
        <section part="surveys" class="surveys" aria-labelledby="surveys-title">
          <h3 id="surveys-title">${t('surveyConsole.surveys.title')}</h3>
          <div class="actions">
            <button type="button" part="button" id="new-survey" @click=${() => void this.showForm({ kind: 'create' })}>${t('surveyConsole.surveys.new')}</button>
          </div>
          ${listState(this.el, q, { loading: t('surveyConsole.loading'), empty: t('surveyConsole.surveys.empty'), retry: t('common.retryNow') }, () => void this.#reload())}
          <ul class="survey-list">
            ${q.items.map((s) => this.#renderSurvey(t, locale, s))}
          </ul>
        </section>
        <section part="panel" class="panel" aria-labelledby="panel-title">${this.#renderPanel(t)}</section>
      </div>`;
  }

  #renderSurvey(t: Translator, locale: Locale, s: SurveySummary): TemplateResult {
    const latest = s.versions.at(-1)?.version ?? 1;
    const open = this.#q.open?.id;
    return html`<li class="survey">
      <h4 id="survey-${s.id}">${s.id}</h4>
      <p class="hint">${t('surveyConsole.surveys.versions', { count: s.versions.length, latest })}</p>
      ${s.rounds.length > 0
        ? html`<ul class="rounds" aria-labelledby="survey-${s.id}">
            ${s.rounds.map((r) => {
              const key = consoleRoundKey(s.id, r.id);
              return html`<li class=${open === key ? 'selected' : ''}>
                <button type="button" part="button" class="link round-open" data-round=${r.id} aria-current=${open === key ? 'true' : 'false'} @click=${() => void this.#openRound(s.id, r.id)}>
                  ${pickText(r.title, locale)}
                </button>
                <span class="status status-${r.status}">${t(`surveyConsole.status.${r.status}`)}</span>
                <span class="hint">${t('surveyConsole.round.meta', { year: r.year, version: r.version })}</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="hint">${t('surveyConsole.surveys.noRounds')}</p>`}
      <div class="actions">
        <button type="button" part="button" class="secondary small new-round" data-survey=${s.id} @click=${() => void this.showForm({ kind: 'round-new', survey: s.id })}>
          ${t('surveyConsole.surveys.newRound')}
        </button>
        <button type="button" part="button" class="secondary small new-version" data-survey=${s.id} @click=${() => void this.showForm({ kind: 'version', survey: s.id })}>
          ${t('surveyConsole.surveys.newVersion')}
        </button>
      </div>
    </li>`;
  }

  #renderPanel(t: Translator): TemplateResult {
    const error = failureNotice(this.openError);
    const panel = this.panel;
    if (panel.kind === 'round') {
      const view = this.#panel.get('round');
      if (view && this.detail) return html`${error}${view.render()}`;
      return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.loading')}</h3>${error}`;
    }
    if (panel.kind !== 'none') {
      const view = this.#panel.get('create');
      if (view) return html`${error}${view.render()}`;
    }
    return html`<h3 id="panel-title" tabindex="-1">${t('surveyConsole.panel.none')}</h3>${error}`;
  }
}
