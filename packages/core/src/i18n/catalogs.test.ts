import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedbackMessages } from '../feedback/feedback.messages.js';
import { feedbackFormMessages } from '../feedback/feedback-form.messages.js';
import { feedbackSentMessages } from '../feedback/feedback-sent.messages.js';
import { lazyFeedbackSentMessages } from '../feedback/feedback-sent.messages.lazy.js';
import { signalsReportMessages } from '../signals/signals-report.messages.js';
import { lazySignalsReportMessages } from '../signals/signals-report.messages.lazy.js';
import { lazyFeedbackMessages } from '../feedback/feedback.messages.lazy.js';
import { lazyFeedbackFormMessages } from '../feedback/feedback-form.messages.lazy.js';
import { feedbackFieldsMessages } from '../feedback/feedback-fields.messages.js';
import { lazyFeedbackFieldsMessages } from '../feedback/feedback-fields.messages.lazy.js';
import { feedbackMapMessages } from '../feedback/feedback-map.messages.js';
import { lazyFeedbackMapMessages } from '../feedback/feedback-map.messages.lazy.js';
import { feedbackHandlingMessages } from '../feedback/handling.messages.js';
import { lazyFeedbackHandlingMessages } from '../feedback/handling.messages.lazy.js';
import { feedbackInboxSignInMessages } from '../feedback/feedback-inbox-sign-in.messages.js';
import { lazyFeedbackInboxSignInMessages } from '../feedback/feedback-inbox-sign-in.messages.lazy.js';
import { feedbackResidentMessages } from '../feedback/feedback-resident.messages.js';
import { lazyFeedbackResidentMessages } from '../feedback/feedback-resident.messages.lazy.js';
import { feedbackListMessages } from '../feedback/feedback-list.messages.js';
import { lazyFeedbackListMessages } from '../feedback/feedback-list.messages.lazy.js';
import { feedbackStatusFieldMessages } from '../feedback/feedback-status-field.messages.js';
import { lazyFeedbackStatusFieldMessages } from '../feedback/feedback-status-field.messages.lazy.js';
import { signalsMessages } from '../signals/signals.messages.js';
import { lazySignalsMessages } from '../signals/signals.messages.lazy.js';
import { budgetingMessages } from '../budgeting/budgeting.messages.js';
import { lazyBudgetingMessages } from '../budgeting/budgeting.messages.lazy.js';
import { budgetingRoundMessages } from '../budgeting/round.messages.js';
import { lazyBudgetingRoundMessages } from '../budgeting/round.messages.lazy.js';
import { ballotWidgetMessages } from '../budgeting/ballot-widget.messages.js';
import { lazyBallotWidgetMessages } from '../budgeting/ballot-widget.messages.lazy.js';
import { ballotAreasMessages } from '../budgeting/ballot-areas.messages.js';
import { lazyBallotAreasMessages } from '../budgeting/ballot-areas.messages.lazy.js';
import { ballotPointsMessages } from '../budgeting/ballot-points.messages.js';
import { ballotKnapsackMessages } from '../budgeting/ballot-knapsack.messages.js';
import { lazyBallotKnapsackMessages } from '../budgeting/ballot-knapsack.messages.lazy.js';
import { lazyBallotPointsMessages } from '../budgeting/ballot-points.messages.lazy.js';
import { ballotLaterMessages } from '../budgeting/ballot-later.messages.js';
import { lazyBallotLaterMessages } from '../budgeting/ballot-later.messages.lazy.js';
import { ballotRemainingMessages } from '../budgeting/ballot-remaining.messages.js';
import { lazyBallotRemainingMessages } from '../budgeting/ballot-remaining.messages.lazy.js';
import { resultsWhyMessages } from '../budgeting/results-why.messages.js';
import { lazyResultsWhyMessages } from '../budgeting/results-why.messages.lazy.js';
import { proposalsWidgetMessages } from '../budgeting/proposals-widget.messages.js';
import { lazyProposalsWidgetMessages } from '../budgeting/proposals-widget.messages.lazy.js';
import { proposalDetailMessages } from '../budgeting/proposal-detail.messages.js';
import { lazyProposalDetailMessages } from '../budgeting/proposal-detail.messages.lazy.js';
import { proposalFormMessages } from '../budgeting/proposal-form.messages.js';
import { lazyProposalFormMessages } from '../budgeting/proposal-form.messages.lazy.js';
import { receiptWidgetMessages } from '../budgeting/receipt-widget.messages.js';
import { lazyReceiptWidgetMessages } from '../budgeting/receipt-widget.messages.lazy.js';
import { resultsWidgetMessages } from '../budgeting/results-widget.messages.js';
import { lazyResultsWidgetMessages } from '../budgeting/results-widget.messages.lazy.js';
import { surveysMessages } from '../surveys/surveys.messages.js';
import { lazySurveysMessages } from '../surveys/surveys.messages.lazy.js';
import { surveyResultsWidgetMessages } from '../surveys/survey-results-widget.messages.js';
import { lazySurveyResultsWidgetMessages } from '../surveys/survey-results-widget.messages.lazy.js';
import { surveyResultsChoiceMessages } from '../surveys/survey-results-choice.messages.js';
import { lazySurveyResultsChoiceMessages } from '../surveys/survey-results-choice.messages.lazy.js';
import { commonMessages } from './common.messages.js';
import { staffMessages } from '../staff/staff.messages.js';
import { lazyStaffMessages } from '../staff/staff.messages.lazy.js';
import { lazyCommonMessages } from './common.messages.lazy.js';
import { loadAllCatalogs, type LazyCatalogs } from './lazy-catalogs.js';
import { intlTag, LOCALES } from './locale.js';
import type { Catalogs, Message } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.entries(message).filter(([k]) => k !== 'plural').map(([, v]) => v as string);

const all = { commonMessages, staffMessages, feedbackFormMessages, feedbackFieldsMessages, feedbackMapMessages, feedbackMessages, feedbackSentMessages, signalsMessages, signalsReportMessages, feedbackResidentMessages, feedbackListMessages, feedbackStatusFieldMessages, feedbackHandlingMessages, feedbackInboxSignInMessages, budgetingMessages, budgetingRoundMessages, ballotWidgetMessages, ballotAreasMessages, ballotPointsMessages, ballotKnapsackMessages, ballotLaterMessages, ballotRemainingMessages, proposalsWidgetMessages, proposalDetailMessages, proposalFormMessages, receiptWidgetMessages, resultsWidgetMessages, resultsWhyMessages, surveysMessages, surveyResultsWidgetMessages, surveyResultsChoiceMessages } as Record<string, Catalogs>;
const lazy = { commonMessages: lazyCommonMessages, staffMessages: lazyStaffMessages, feedbackFormMessages: lazyFeedbackFormMessages, feedbackFieldsMessages: lazyFeedbackFieldsMessages, feedbackMapMessages: lazyFeedbackMapMessages, feedbackMessages: lazyFeedbackMessages, feedbackSentMessages: lazyFeedbackSentMessages, signalsMessages: lazySignalsMessages, signalsReportMessages: lazySignalsReportMessages, feedbackResidentMessages: lazyFeedbackResidentMessages, feedbackListMessages: lazyFeedbackListMessages, feedbackStatusFieldMessages: lazyFeedbackStatusFieldMessages, feedbackHandlingMessages: lazyFeedbackHandlingMessages, feedbackInboxSignInMessages: lazyFeedbackInboxSignInMessages, budgetingMessages: lazyBudgetingMessages, budgetingRoundMessages: lazyBudgetingRoundMessages, ballotWidgetMessages: lazyBallotWidgetMessages, ballotAreasMessages: lazyBallotAreasMessages, ballotPointsMessages: lazyBallotPointsMessages, ballotKnapsackMessages: lazyBallotKnapsackMessages, ballotLaterMessages: lazyBallotLaterMessages, ballotRemainingMessages: lazyBallotRemainingMessages, proposalsWidgetMessages: lazyProposalsWidgetMessages, proposalDetailMessages: lazyProposalDetailMessages, proposalFormMessages: lazyProposalFormMessages, receiptWidgetMessages: lazyReceiptWidgetMessages, resultsWidgetMessages: lazyResultsWidgetMessages, resultsWhyMessages: lazyResultsWhyMessages, surveysMessages: lazySurveysMessages, surveyResultsWidgetMessages: lazySurveyResultsWidgetMessages, surveyResultsChoiceMessages: lazySurveyResultsChoiceMessages };

for (const [name, catalogs] of Object.entries(all)) {
  test(`${name}: Finnish, Swedish and English have the same keys and placeholders, and every plural form their rules need`, () => {
    const keys = Object.keys(catalogs.fi).sort();
    assert.ok(keys.length > 0);
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(catalogs[locale]).sort(), keys, `${locale} keys`);
      const categories = new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories;
      for (const key of keys) {
        const message = catalogs[locale][key]!;
        const finnish = catalogs.fi[key]!;
        const expected = placeholders(forms(finnish)[0]!);
        for (const text of forms(message)) {
          assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
          assert.deepEqual(placeholders(text), expected, `${locale} ${key} placeholders`);
        }
        if (typeof message !== 'string') {
          assert.ok(expected.includes(message.plural), `${locale} ${key}: plural on {${message.plural}}, which the text does not show`);
          for (const category of categories) assert.ok(category in message, `${locale} ${key} lacks the plural form "${category}"`);
        }
      }
    }
  });

  test(`${name}: the lazy catalogs hold the same texts, each language in its own module`, async () => {
    const source = lazy[name as keyof typeof lazy];
    assert.equal(typeof source.sv, 'function', 'Swedish is loaded on demand');
    assert.equal(typeof source.en, 'function', 'English is loaded on demand');
    assert.deepEqual(await loadAllCatalogs(source as LazyCatalogs<string>), catalogs);
  });
}

test('the public list says what the status answer and the inbox say for every key they share', () => {
  const others = [feedbackMessages, signalsReportMessages, feedbackResidentMessages];
  let shared = 0;
  for (const locale of LOCALES) {
    for (const [key, message] of Object.entries(feedbackListMessages[locale])) {
      const elsewhere = others.map((c) => (c[locale] as Record<string, Message>)[key]).filter((m) => m !== undefined);
      for (const other of elsewhere) assert.deepEqual(message, other, `${locale} ${key}`);
      shared += elsewhere.length;
    }
  }
  // The statuses, sent, reply, tracking code, the response time's six and the photo's alt text.
  assert.equal(shared, 3 * 15);
});

test("the status widget's first view says what the feedback catalog says for each of its keys", () => {
  for (const locale of LOCALES) {
    const keys = Object.keys(feedbackStatusFieldMessages[locale]);
    assert.equal(keys.length, 4);
    for (const key of keys) {
      assert.deepEqual(
        (feedbackStatusFieldMessages[locale] as Record<string, Message>)[key],
        (feedbackMessages[locale] as Record<string, Message>)[key],
        `${locale} ${key}`,
      );
    }
  }
});
