import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { FeedbackSubmissionSchema } from '../feedback/feedback-submission.schema.js';
import { fromPointer, issuesToFieldErrors, toPointer } from './problem.logic.js';

test('JSON pointers escape ~ and / (RFC 6901) and round-trip', () => {
  assert.equal(toPointer([]), '#');
  assert.equal(toPointer(['contact', 'email']), '#/contact/email');
  assert.equal(toPointer(['a/b', 'c~d', 0]), '#/a~1b/c~0d/0');
  assert.deepEqual(fromPointer('#/a~1b/c~0d/0'), ['a/b', 'c~d', '0']);
  assert.deepEqual(fromPointer('#'), []);
  assert.deepEqual(fromPointer('/x'), ['x']);
});

test('schema issues become one error per field, with our message keys', () => {
  const result = v.safeParse(FeedbackSubmissionSchema, {
    message: 'hi',
    contact: { email: 'not-an-email', consent: false },
  });
  assert.equal(result.success, false);
  const errors = issuesToFieldErrors(result.issues!);
  const byPointer = Object.fromEntries(errors.map((e) => [e.pointer, e.code]));
  assert.equal(byPointer['#/category'], 'common.required');
  assert.equal(byPointer['#/message'], 'feedback.message.tooShort');
  assert.equal(byPointer['#/contact/email'], 'feedback.contact.email.invalid');
  assert.equal(new Set(errors.map((e) => e.pointer)).size, errors.length);
});

test('a message that is too short carries its minimum for the text', () => {
  const result = v.safeParse(FeedbackSubmissionSchema, { category: 'parks', message: 'abc' });
  const [error] = issuesToFieldErrors(result.issues!);
  assert.equal(error!.code, 'feedback.message.tooShort');
  assert.equal(error!.params!.min, 5);
});

test('a missing value without a key of ours becomes common.required', () => {
  const schema = v.object({ a: v.string() });
  const result = v.safeParse(schema, {});
  assert.deepEqual(issuesToFieldErrors(result.issues!).map((e) => [e.pointer, e.code]), [['#/a', 'common.required']]);
});
