// The element classes and their events, without registering anything (no side effects).
// To register the tags, import `@kohtaamo/elements/define/<tag>.js` or `define/all.js`.
export { KohtaamoFeedbackForm } from './feedback/feedback-form/feedback-form.js';
export { KohtaamoFeedbackSubmittedEvent } from './feedback/feedback-form/feedback-form.events.js';
export { KohtaamoFeedbackStatus } from './feedback/feedback-status/feedback-status.js';
export { KohtaamoFeedbackList } from './feedback/feedback-list/feedback-list.js';
export { KohtaamoFeedbackInbox } from './feedback/feedback-inbox/feedback-inbox.js';
export { KohtaamoFeedbackStats } from './feedback/feedback-stats/feedback-stats.js';
export { KohtaamoBudgetBallot } from './budgeting/budget-ballot/budget-ballot.js';
export { KohtaamoBudgetBallotCastEvent } from './budgeting/budget-ballot/budget-ballot.events.js';
export { KohtaamoBudgetReceipt } from './budgeting/budget-receipt/budget-receipt.js';
export { KohtaamoBudgetResults } from './budgeting/budget-results/budget-results.js';
export { KohtaamoSurvey, KohtaamoSurveySubmittedEvent } from './surveys/survey/survey.js';
