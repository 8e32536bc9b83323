import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { issuesToFieldErrors } from '../http/problem.logic.js';
import { FeedbackLocationSchema, pinOutsideArea } from './feedback-location.schema.js';

const errors = (input: unknown) => {
  const r = v.safeParse(FeedbackLocationSchema, input);
  return r.success ? {} : Object.fromEntries(issuesToFieldErrors(r.issues).map((e) => [e.pointer, e.code]));
};

test('location: an address or a pin with both coordinates, anywhere on Earth', () => {
  assert.deepEqual(errors({ address: 'Kauppakatu 1' }), {});
  assert.deepEqual(errors({ lat: 61.2, lon: 26.04 }), {});
  assert.deepEqual(errors({ lat: 60.17, lon: 24.94 }), {}, 'the schema names no city: Helsinki is a place too');
  assert.deepEqual(errors({ address: 'x', lat: 61.2, lon: 26.04 }), {});
  assert.deepEqual(errors({ lat: 61.2 }), { '#/lat': 'feedback.location.invalid' });
  assert.deepEqual(errors({ lat: 91, lon: 26 }), { '#/lat': 'feedback.location.invalid' });
  assert.deepEqual(errors({ address: '  ' }), { '#/address': 'feedback.address.invalid' });
});

test("a pin outside the city's configured area is outside; without an area nothing is", () => {
  const heinola = [25.5, 60.95, 26.8, 61.5] as const;
  assert.equal(pinOutsideArea({ lat: 61.2, lon: 26.04 }, heinola), false);
  assert.equal(pinOutsideArea({ lat: 60.17, lon: 24.94 }, heinola), true);
  assert.equal(pinOutsideArea({ address: 'Kauppakatu 1' } as never, heinola), false);
  assert.equal(pinOutsideArea(undefined, heinola), false);
  assert.equal(pinOutsideArea({ lat: 60.17, lon: 24.94 }, null), false);
});
