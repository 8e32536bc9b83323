import type { PropertyDeclarations } from 'lit';
import type { StaffUser, SurveyConsoleApi, SurveyRoundDetail } from '@kohtaamo/core';
import { extendHost, type ConsoleElementHost } from '../../staff/staff-console.js';
import { firstState, StaffConsoleElement } from '../../staff/staff-console-element.js';
import { consoleMessages } from './survey-console.messages.js';
import type { SurveyConsolePart } from './survey-console.signed-in.js';

/** Where a pasted token is kept: this tab only, gone when it closes (the same key as the inbox's: one sign-in for the staff pages). */
export { STAFF_TOKEN_STORAGE_KEY } from '../../staff/staff-sign-in.js';

const FIRST_STATE = /* @__PURE__ */ firstState(consoleMessages, {
  title: 'surveyConsole.title',
  signIn: 'surveyConsole.signIn.title',
  token: 'surveyConsole.signIn.token',
  hint: 'surveyConsole.signIn.hint',
  required: 'surveyConsole.signIn.required',
  submit: 'surveyConsole.signIn.submit',
  error: 'surveyConsole.error',
});

/**
 * The survey console, for signed-in analysts (a grant of the surveys domain): the surveys within
 * their grants with versions and rounds; a survey made from Heinola's annual template and its
 * next versions; rounds created, opened and closed; invitation tokens issued, shown once and
 * downloaded; a vendor's data file imported with its column and code mapping, every rejected
 * row shown; the population margins; the results computed and published.
 *
 * The entry draws the sign-in (staff/staff-console.ts: a pasted staff token kept in
 * sessionStorage for this tab, or the city account; the token is never an attribute, the page may
 * set the `token` property). Everything after it is lazy (ADR 0035, 0067): the signed-in part
 * (survey-console.signed-in.ts: who is signed in, the list of surveys on core's generic queue
 * store, and the styles only it uses), prefetched while the analyst reads the form, and from it
 * the authoring forms with the template (survey-console.create.ts), the open round
 * (survey-console.round.ts) and each of its tabs (import, margins, results).
 *
 * @tagname kohtaamo-survey-console
 * @summary Staff console of surveys: template, versions, rounds, tokens, vendor import, margins, results.
 *
 * @attr {string} api - Base URL of the Kohtaamo server. Default `""`: this page's own origin.
 * @attr {string} answer-page - The address of the page that answers a round (`?round=` and `&token=` are added to the invitation links). Default `""`: no links, the codes only.
 * @attr {string} lang - Language: `fi`, `sv` or `en`. Default: the nearest `lang` attribute, else `fi`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart surveys - The list of surveys and rounds.
 * @csspart panel - The open round, or the form being filled.
 * @csspart button - Every button.
 *
 * @cssproperty --kohtaamo-color-primary - Buttons and links. Default `#0000bf`.
 * @cssproperty --kohtaamo-color-error - Error texts and borders. Default `#b01038`.
 * @cssproperty --kohtaamo-font-family - Font. Default `inherit`.
 * @cssproperty --kohtaamo-survey-console-selected - Background of the open round's row. Default `#e5e5f9`.
 */
export class KohtaamoSurveyConsole extends StaffConsoleElement<SurveyConsolePart> {
  static override properties: PropertyDeclarations = {
    answerPage: { attribute: 'answer-page' },
    consoleApiFactory: { attribute: false },
    storyUser: { attribute: false },
  };

  /** The page that answers a round: the invitation links are `<answer-page>?round=…&token=…`. */
  answerPage = '';

  /**
   * Makes the console API for a token instead of the HTTP one built from `api` (stories).
   * @internal
   */
  consoleApiFactory: ((token: string) => SurveyConsoleApi) | null = null;
  /**
   * Who is signed in, for a console API from `consoleApiFactory` (stories).
   * @internal
   */
  storyUser: StaffUser | null = null;

  constructor() {
    super(FIRST_STATE);
  }

  /** The open round as last read. */
  get detail(): SurveyRoundDetail | null {
    return this.loadedPart?.detail ?? null;
  }

  protected override loadPart(host: ConsoleElementHost): Promise<SurveyConsolePart> {
    const el = this;
    return import('./survey-console.signed-in.js').then(
      (m) =>
        new m.SurveyConsolePart(
          extendHost(host, {
            get answerPage() {
              return el.answerPage;
            },
            get consoleApiFactory() {
              return el.consoleApiFactory;
            },
            get storyUser() {
              return el.storyUser;
            },
          }),
        ),
    );
  }
}
