// Every Storybook story of the survey widgets (issue 10), rendered as Storybook renders it (the
// story's or the meta's render with the args, then its play function), must reach the state it
// names and pass axe there. The stories are the catalogue of each widget's states (DESIGN.md: "an
// accessibility assertion in every state of every element"; the Done-when: "every widget
// passes axe in every state ... with Storybook stories for each state"). Several of the survey's
// plays only press a button, so each story says below what shows once its state is reached; a
// new story must say so too. The stories use their in-memory stand-ins for the server; the
// keyboard-only flows against the real server are the widgets' own tests.
import '../define/kohtaamo-survey.js';
import '../define/kohtaamo-survey-console.js';
import '../define/kohtaamo-survey-results.js';
import * as survey from '../../../../stories/surveys/survey.stories.js';
import * as surveyConsole from '../../../../stories/surveys/survey-console.stories.js';
import * as surveyResults from '../../../../stories/surveys/survey-results.stories.js';
import { describeStories } from '../testing/stories-harness.js';

/** What each story's state shows (in the widget's shadow root). */
const REACHES: Record<string, Record<string, string>> = {
  'Surveys/Survey': {
    FirstPage: 'form[part~="page"] h2',
    Swedish: 'form[part~="page"] h2',
    English: 'form[part~="page"] h2',
    PageErrors: '.summary h3',
    Review: '.review dl',
    Sending: '.review button[type=submit][aria-disabled="true"]',
    Offline: '.review [part=notice][role=status] button',
    SentWithHelpOffer: '.help #help-name',
    SavedWithResumeCode: '.resume-code strong',
    ResumeCodeForm: '#resume-code',
    Closed: '[part=notice][role=status]',
    AlreadyAnswered: '.notice.success[role=status]',
    Loading: '[part=notice][role=status]',
    LoadFailed: '[part=notice][role=alert]',
    Interviewer: '#respondent-id',
    ReviewLoadFailed: '.review-failed button',
    InterviewerSaved: '[part=notice] button',
    HelpOfferMissingFields: '#help-name-error',
    HelpOfferContactMissing: '#help-email-error',
    HelpOfferConsentMissing: '#help-consent-error',
    HelpOfferPhoneRefused: '#help-phone-error',
    HelpOfferRefused: '.help-problem',
    HelpOfferOffline: '.help-problem',
    HelpOfferReceived: '.help-received',
    InterviewerRespondentMissing: '.summary h3',
    SaveFailed: '#resume-status button',
    ResumeCodeUnknown: '#resume-code-error',
    InvitationRefused: '.review .summary li',
    LanguageLoadFailed: '.load-failed[role=alert] + .actions button',
    ChecksLoadFailed: '.check-failed[role=alert] button',
  },
  'Surveys/Survey results': {
    Published: 'table',
    PublishedSwedish: 'table',
    PublishedEnglish: 'table',
    ByArea: 'table',
    ComparedWithEarlierYear: 'thead th:nth-child(4)',
    SmallGroupSuppressed: '.notice[role=status]',
    Unweighted: '.facts',
    NotPublished: '.notice[role=status]',
    Loading: '[role=status]',
    Unavailable: '[role=alert] button',
    UnknownRound: '.notice[role=status]',
    FreeTextsShowMore: '[part="texts"] li:nth-child(11)',
  },
  'Surveys/Survey console (staff)': {
    SignIn: '#token',
    Surveys: '.survey',
    Swedish: '.survey',
    English: '.survey',
    Empty: '#new-survey',
    Offline: '[role=alert]',
    CreateFromTemplate: '#survey-id',
    NewRound: '#round-id',
    NewVersion: '#definition',
    NewVersionInvalid: '#form-summary a[href="#definition"]',
    RoundOpen: '#tab-round[aria-selected=true]',
    TokensIssued: '#tokens-title',
    Import: '#import-file',
    ImportRejected: '.rejected tbody tr',
    Margins: '#margin-sex-female',
    MarginsInvalid: '#use-sex-error',
    MarginsSaved: '.notice.success[role=status] p',
    Results: 'table.groups',
    ResultsPublishFailed: '.error-notice[role=alert] p',
    Moderation: '.text-item',
    Indicators: 'table.indicators',
    IndicatorInvalid: '#form-summary a',
    HelpOffers: 'table.help-offers',
    HelpOffersNone: '#help-refresh',
    HelpOffersFailed: '[role=alert]',
  },
};

describeStories([survey, surveyResults, surveyConsole], {
  reaches: REACHES,
  // A story's draft, its "answered in this browser" mark or sign-in must not carry into the next.
  cleanup: () => {
    localStorage.clear();
    sessionStorage.clear();
  },
});
