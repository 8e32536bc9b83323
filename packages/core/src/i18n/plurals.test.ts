import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedbackListMessages } from '../feedback/feedback-list.messages.js';
import { signalsMessages } from '../signals/signals.messages.js';
import { signalsReportMessages } from '../signals/signals-report.messages.js';
import { commonMessages } from './common.messages.js';
import { createMessages } from './lazy-catalogs.js';
import { lazyCommonMessages } from './common.messages.lazy.js';
import { formatMessage, translate } from './translate.js';

test('plural forms follow Intl.PluralRules of the language: one working day, 2 working days', () => {
  const t = (locale: 'fi' | 'sv' | 'en', days: number) => translate(signalsMessages, locale, 'signals.stats.withinTarget', { days });
  assert.equal(t('fi', 1), 'Vastattu tavoiteajassa (1 arkipäivä)');
  assert.equal(t('fi', 5), 'Vastattu tavoiteajassa (5 arkipäivää)');
  assert.equal(t('sv', 1), 'Besvarade inom målet (1 arbetsdag)');
  assert.equal(t('sv', 0), 'Besvarade inom målet (0 arbetsdagar)');
  assert.equal(t('en', 1), 'Answered within the target (1 working day)');
  assert.equal(t('en', 10), 'Answered within the target (10 working days)');
});

test('the texts issue 6 and 8 found wrong in the singular are right now', () => {
  assert.equal(translate(feedbackListMessages, 'en', 'feedback.list.count', { total: 1 }), '1 item of feedback');
  assert.equal(translate(feedbackListMessages, 'fi', 'feedback.list.count', { total: 1 }), '1 palaute');
  assert.equal(translate(feedbackListMessages, 'sv', 'feedback.list.count', { total: 2 }), '2 responser');
  assert.equal(translate(commonMessages, 'sv', 'common.errorSummary', { count: 1 }), 'Formuläret har 1 punkt att rätta:');
  assert.equal(translate(commonMessages, 'fi', 'common.errorSummary', { count: 1 }), 'Lomakkeessa on 1 korjattava kohta:');
  assert.equal(translate(commonMessages, 'en', 'common.errorSummary', { count: 3 }), 'The form has 3 things to fix:');
  assert.equal(translate(signalsReportMessages, 'fi', 'signals.report.waiting', { target: 1 }), 'Ei vielä vastausta. Tavoite on 1 arkipäivä.');
});

test('a plural whose number is missing falls back to the "other" form', () => {
  assert.equal(formatMessage({ plural: 'n', one: '{n} thing', other: '{n} things' }, 'en', {}), '{n} things');
  assert.equal(formatMessage({ plural: 'n', one: '{n} thing', other: '{n} things' }, 'en', { n: '1' }), '1 thing');
});

test('Messages: Finnish at once, another language after load(), Finnish while it loads', async () => {
  let loads = 0;
  const messages = createMessages(lazyCommonMessages, {
    fi: { 'x.hello': 'Hei' },
    sv: async () => {
      loads++;
      return { default: { 'x.hello': 'Hej' } };
    },
    en: { 'x.hello': 'Hello' },
  });
  assert.equal(messages.isLoaded('fi'), true);
  assert.equal(messages.isLoaded('sv'), false);
  assert.equal(messages.translator('sv')('x.hello'), 'Hei');
  await Promise.all([messages.load('sv'), messages.load('sv')]);
  assert.equal(loads, 1);
  assert.equal(messages.translator('sv')('x.hello'), 'Hej');
  assert.equal(messages.translator('sv')('common.errorSummary', { count: 1 }), 'Formuläret har 1 punkt att rätta:');
  assert.equal(messages.has('x.hello'), true);
  assert.equal(messages.has('x.nope'), false);
});

test('Messages: a language that fails to load leaves Finnish and can be tried again', async () => {
  let fail = true;
  const messages = createMessages({
    fi: { 'x.a': 'A' },
    sv: async () => {
      if (fail) throw new Error('offline');
      return { default: { 'x.a': 'Å' } };
    },
    en: { 'x.a': 'A' },
  });
  await messages.load('sv');
  assert.equal(messages.translator('sv')('x.a'), 'A');
  fail = false;
  await messages.load('sv');
  assert.equal(messages.translator('sv')('x.a'), 'Å');
});
