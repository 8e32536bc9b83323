import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { parseProblem, ProblemSchema } from './problem.schema.js';

/** The reference: what valibot's ProblemSchema makes of a body (null when it refuses it). */
const reference = (body: unknown) => {
  const parsed = v.safeParse(ProblemSchema, body);
  return parsed.success ? parsed.output : null;
};

// Values near the schema's edges: right and wrong types for each member, extra members.
const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const params = fc.oneof(scalar, fc.dictionary(fc.string({ maxLength: 4 }), scalar, { maxKeys: 3 }), fc.array(scalar, { maxLength: 2 }));
const fieldError = fc.oneof(
  fc.record({ pointer: fc.string({ maxLength: 8 }), code: fc.string({ maxLength: 8 }), detail: fc.string({ maxLength: 8 }), params, extra: scalar }, { requiredKeys: ['pointer', 'code', 'detail'] }),
  fc.record({ pointer: scalar, code: scalar, detail: scalar }, { requiredKeys: [] }),
  scalar,
);
const body = fc.oneof(
  fc.record(
    { type: scalar, title: scalar, status: scalar, detail: scalar, instance: scalar, code: scalar, errors: fc.oneof(fc.array(fieldError, { maxLength: 3 }), scalar), retryAfter: scalar },
    { requiredKeys: [] },
  ),
  fc.record({ type: fc.string(), title: fc.string(), status: fc.integer({ min: 400, max: 599 }), errors: fc.array(fieldError, { maxLength: 3 }) }, { requiredKeys: ['status'] }),
  scalar,
  fc.array(scalar, { maxLength: 2 }),
);

test('parseProblem gives what v.safeParse(ProblemSchema) gives, on any body (property test)', () => {
  fc.assert(
    fc.property(body, (b) => {
      assert.deepEqual(parseProblem(b), reference(b));
    }),
    { numRuns: 3000 },
  );
});

test('parseProblem on the answers the server sends: a validation problem with params, a plain one, garbage', () => {
  const validation = {
    type: 'https://kohtaamo.fi/problems/validation',
    title: 'Tarkista lomake',
    status: 422,
    errors: [{ pointer: '#/description', code: 'common.tooLong', detail: 'Too long', params: { max: 5000 } }],
    traceId: 'abc',
  };
  assert.deepEqual(parseProblem(validation), validation);
  assert.deepEqual(parseProblem({ status: 404 }), { type: 'about:blank', status: 404 });
  assert.equal(parseProblem({ status: '404' }), null);
  assert.equal(parseProblem({ errors: [{ pointer: '#/x', code: 'c' }] }), null);
  assert.equal(parseProblem('Bad Gateway'), null);
});
