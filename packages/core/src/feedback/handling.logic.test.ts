import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_STATUSES } from './feedback.schema.js';
import {
  allowedTransitions,
  canTransition,
  ifMatchSatisfied,
  isClosingStatus,
  mayHandleCategory,
  responseTimesAfter,
  versionETag,
} from './handling.logic.js';
import { ModerationSchema, StaffInboxQuerySchema, StatusChangeSchema } from './handling.schema.js';
import { issuesToFieldErrors } from '../http/problem.logic.js';

describe('handling workflow', () => {
  test('the forward path of the issue is allowed step by step', () => {
    assert.ok(canTransition('received', 'allocated'));
    assert.ok(canTransition('allocated', 'in_handling'));
    assert.ok(canTransition('in_handling', 'done'));
    assert.ok(canTransition('in_handling', 'rejected'));
  });

  test('steps may be skipped forward but not taken back; a closed report may only be reopened', () => {
    assert.ok(canTransition('received', 'done'));
    assert.ok(!canTransition('allocated', 'received'));
    assert.ok(!canTransition('in_handling', 'allocated'));
    assert.deepEqual(allowedTransitions('done'), ['in_handling']);
    assert.deepEqual(allowedTransitions('rejected'), ['in_handling']);
    assert.ok(!canTransition('done', 'rejected'));
  });

  test('no status moves to itself, and nothing moves back to received', () => {
    for (const status of FEEDBACK_STATUSES) {
      assert.ok(!canTransition(status, status), status);
      assert.ok(!canTransition(status, 'received'), status);
    }
  });

  test('done and rejected close; the others do not', () => {
    assert.deepEqual(FEEDBACK_STATUSES.filter(isClosingStatus), ['done', 'rejected']);
  });

  test('the first response is set once; closing sets and reopening clears the closing time', () => {
    const start = { firstResponseAt: null, closedAt: null };
    const a = responseTimesAfter(start, 'allocated', '2025-05-01T08:00:00.000Z');
    assert.deepEqual(a, { firstResponseAt: '2025-05-01T08:00:00.000Z', closedAt: null });
    const b = responseTimesAfter(a, 'done', '2025-05-02T08:00:00.000Z');
    assert.deepEqual(b, { firstResponseAt: '2025-05-01T08:00:00.000Z', closedAt: '2025-05-02T08:00:00.000Z' });
    assert.deepEqual(responseTimesAfter(b, 'in_handling', '2025-05-03T08:00:00.000Z'), {
      firstResponseAt: '2025-05-01T08:00:00.000Z',
      closedAt: null,
    });
  });

  test('a handler handles the listed categories only; an admin every one', () => {
    assert.ok(mayHandleCategory({ role: 'handler', categories: ['streets', 'parks'] }, 'parks'));
    assert.ok(!mayHandleCategory({ role: 'handler', categories: ['streets'] }, 'library'));
    assert.ok(mayHandleCategory({ role: 'admin', categories: [] }, 'library'));
  });
});

describe('If-Match (RFC 9110 §13.1.1)', () => {
  test('matches the strong tag of the current version only', () => {
    assert.equal(versionETag(3), '"3"');
    assert.equal(ifMatchSatisfied('"3"', 3), true);
    assert.equal(ifMatchSatisfied('"2"', 3), false);
    assert.equal(ifMatchSatisfied('"1", "3"', 3), true);
    assert.equal(ifMatchSatisfied('W/"3"', 3), false, 'a weak tag never matches in If-Match');
    assert.equal(ifMatchSatisfied('3', 3), false, 'an unquoted tag is not an entity tag');
    assert.equal(ifMatchSatisfied('*', 3), true);
  });

  test('no header is told apart from a stale one', () => {
    assert.equal(ifMatchSatisfied(null, 1), null);
    assert.equal(ifMatchSatisfied(undefined, 1), null);
    assert.equal(ifMatchSatisfied('  ', 1), null);
  });
});

describe('staff request schemas', () => {
  const pointers = (schema: v.GenericSchema, input: unknown) => {
    const result = v.safeParse(schema, input);
    return result.success ? {} : Object.fromEntries(issuesToFieldErrors(result.issues).map((e) => [e.pointer, e.code]));
  };

  test('closing needs a public reply, by the field', () => {
    assert.deepEqual(pointers(StatusChangeSchema, { status: 'done' }), { '#/reply': 'feedback.handling.reply.required' });
    assert.deepEqual(pointers(StatusChangeSchema, { status: 'rejected', reply: '   ' }), { '#/reply': 'feedback.handling.reply.required' });
    assert.deepEqual(pointers(StatusChangeSchema, { status: 'done', reply: 'Korjattu.' }), {});
    assert.deepEqual(pointers(StatusChangeSchema, { status: 'in_handling' }), {});
    assert.deepEqual(pointers(StatusChangeSchema, { status: 'lost' }), { '#/status': 'feedback.handling.status.invalid' });
  });

  test('a moderation must change something; a redacted text may not be empty', () => {
    assert.notDeepEqual(pointers(ModerationSchema, {}), {});
    assert.deepEqual(pointers(ModerationSchema, { publicMessage: ' ' }), { '#/publicMessage': 'feedback.handling.publicMessage.required' });
    assert.deepEqual(pointers(ModerationSchema, { visibility: 'published', publicMessage: 'Kuoppa [poistettu].' }), {});
  });

  test('the inbox query reads strings and has defaults', () => {
    assert.deepEqual(v.parse(StaffInboxQuerySchema, {}), { order: 'oldest', limit: 50, offset: 0 });
    assert.deepEqual(v.parse(StaffInboxQuerySchema, { status: 'received', limit: '10' }), { order: 'oldest', status: 'received', limit: 10, offset: 0 });
    assert.deepEqual(v.parse(StaffInboxQuerySchema, { order: 'newest' }), { order: 'newest', limit: 50, offset: 0 });
    assert.deepEqual(pointers(StaffInboxQuerySchema, { limit: '500' }), { '#/limit': 'common.invalid' });
    assert.deepEqual(pointers(StaffInboxQuerySchema, { order: 'by-name' }), { '#/order': 'common.invalid' });
  });
});
