import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProblemError } from '../../http/errors.js';
import { FEEDBACK_STATUSES } from '../feedback.schema.js';
import { Open311Error } from './open311.client.js';
import { open311RequestFromSubmission, problemFromOpen311Error } from './open311.adapter.js';
import {
  categoryIdForServiceCode,
  decodeOpen311Attributes,
  DETAILED_STATUS_OF,
  encodeOpen311Request,
  feedbackStatusesFor,
  feedbackStatusFromOpen311,
  HISTORY_STATUS_OF,
  OPEN311_STATUS_OF,
  open311FilterParams,
  parseW3cDateTime,
  requestWindow,
  serviceCodeFromCategoryId,
  splitList,
  splitName,
  titleFromText,
  toW3cDateTime,
} from './open311.logic.js';

test('W3C datetimes carry Helsinki’s offset: +02:00 in winter, +03:00 in summer, whole seconds', () => {
  assert.equal(toW3cDateTime('2026-01-15T10:00:00.750Z'), '2026-01-15T12:00:00+02:00');
  assert.equal(toW3cDateTime('2026-07-01T21:30:05.000Z'), '2026-07-02T00:30:05+03:00');
  // The spring-forward instant (03:00 local → 04:00 on the last Sunday of March 2026).
  assert.equal(toW3cDateTime('2026-03-29T00:59:59Z'), '2026-03-29T02:59:59+02:00');
  assert.equal(toW3cDateTime('2026-03-29T01:00:00Z'), '2026-03-29T04:00:00+03:00');
  assert.equal(toW3cDateTime('2026-01-15T10:00:00Z', 'UTC'), '2026-01-15T10:00:00+00:00');
  assert.throws(() => toW3cDateTime('not a date'), RangeError);
});

test('W3C datetimes are read with their zone; a date alone is Helsinki midnight; no zone is refused', () => {
  assert.equal(parseW3cDateTime('2010-01-01T00:00:00Z')?.toISOString(), '2010-01-01T00:00:00.000Z');
  assert.equal(parseW3cDateTime('1994-11-05T08:15:30-05:00')?.toISOString(), '1994-11-05T13:15:30.000Z');
  assert.equal(parseW3cDateTime('2026-05-14T12:30+03:00')?.toISOString(), '2026-05-14T09:30:00.000Z');
  assert.equal(parseW3cDateTime('2026-05-14T12:30:00.5+03:00')?.toISOString(), '2026-05-14T09:30:00.500Z');
  assert.equal(parseW3cDateTime('2026-05-14')?.toISOString(), '2026-05-13T21:00:00.000Z');
  assert.equal(parseW3cDateTime('2026-01-14')?.toISOString(), '2026-01-13T22:00:00.000Z');
  for (const bad of ['2026-05-14T12:30:00', '2026-02-30', '2026-13-01', 'yesterday', '', '2026-05-14T25:00Z']) {
    assert.equal(parseW3cDateTime(bad), null, bad);
  }
  const round = '2026-07-02T00:30:05+03:00';
  assert.equal(toW3cDateTime(parseW3cDateTime(round)!), round);
});

test('the GET requests window: 90 days by default, from a start or to an end, never longer', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const day = 86_400_000;
  const none = requestWindow(null, null, now);
  assert.ok(none.ok && none.end === now && now.getTime() - none.start.getTime() === 90 * day);
  const start = new Date('2026-01-01T00:00:00Z');
  const fromStart = requestWindow(start, null, now);
  assert.ok(fromStart.ok && fromStart.end.getTime() - start.getTime() === 90 * day);
  const toEnd = requestWindow(null, start, now);
  assert.ok(toEnd.ok && start.getTime() - toEnd.start.getTime() === 90 * day);
  assert.deepEqual(requestWindow(start, new Date(start.getTime() + 90 * day), now).ok, true);
  assert.deepEqual(requestWindow(start, new Date(start.getTime() + 90 * day + 1000), now), { ok: false, reason: 'tooLong' });
  assert.deepEqual(requestWindow(start, new Date(start.getTime() - 1), now), { ok: false, reason: 'reversed' });
});

test('statuses: open/closed, the detailed status and the 6Aika log status of every Kohtaamo status', () => {
  for (const status of FEEDBACK_STATUSES) {
    assert.ok(OPEN311_STATUS_OF[status]);
    assert.ok(['RECEIVED', 'IN_PROCESS', 'PROCESSED', 'REJECTED'].includes(DETAILED_STATUS_OF[status]));
    assert.ok(['received', 'allocated', 'handling', 'done'].includes(HISTORY_STATUS_OF[status]));
    // Round trip through Open311 keeps the meaning (allocated reads back as in handling).
    const back = feedbackStatusFromOpen311(OPEN311_STATUS_OF[status], DETAILED_STATUS_OF[status]);
    assert.equal(OPEN311_STATUS_OF[back], OPEN311_STATUS_OF[status]);
  }
  assert.deepEqual(feedbackStatusesFor('closed'), ['done', 'rejected']);
  assert.deepEqual(feedbackStatusesFor('open'), ['received', 'allocated', 'in_handling']);
  assert.equal(feedbackStatusFromOpen311('open', 'IN_PROCESS,PUBLIC_WORKS_NEW'), 'in_handling');
  assert.equal(feedbackStatusFromOpen311('closed', 'PUBLIC_WORKS_COMPLETED_SCHEDULED_LATER'), 'done');
  assert.equal(feedbackStatusFromOpen311('closed', null), 'done');
  assert.equal(feedbackStatusFromOpen311('open', 'SOMETHING_ELSE'), 'received');
});

test('form encoding as the spec shows it, and attribute[code] / attribute[code][] read back', () => {
  const form = encodeOpen311Request(
    { serviceCode: '001', lat: 37.76524078, long: -122.4212043, description: 'A large sinkhole', attributes: { WHISPAWN: '123456', DAYS: ['mon', 'tue'] }, email: '' },
    { api_key: 'xyz' },
  );
  assert.equal(
    form.toString(),
    'api_key=xyz&service_code=001&lat=37.76524078&long=-122.4212043&description=A+large+sinkhole&attribute%5BWHISPAWN%5D=123456&attribute%5BDAYS%5D%5B%5D=mon&attribute%5BDAYS%5D%5B%5D=tue',
  );
  assert.deepEqual(decodeOpen311Attributes(form), { WHISPAWN: '123456', DAYS: ['mon', 'tue'] });
  assert.deepEqual(decodeOpen311Attributes([['attribute[A][]', 'x']]), { A: ['x'] });
  assert.deepEqual(decodeOpen311Attributes([['attribute[A]', 'x'], ['attribute[A]', 'y'], ['other', 'z']]), { A: 'x' });
});

test('comma lists declared once or many times; filters as query parameters', () => {
  assert.deepEqual(splitList('a,b, ,c'), ['a', 'b', 'c']);
  assert.deepEqual(splitList(['open', 'closed,open']), ['open', 'closed']);
  assert.deepEqual(splitList(undefined), []);
  assert.deepEqual(
    open311FilterParams({ serviceCodes: ['a', 'b'], statuses: ['open'], startDate: new Date('2026-01-01T00:00:00Z'), extensions: true }),
    { service_code: 'a,b', status: 'open', start_date: '2026-01-01T00:00:00Z', extensions: 'true' },
  );
});

test('service codes that are not slugs survive as category ids', () => {
  for (const code of ['171', 'streets', 'DMV66', 'Roads/Potholes', 'x-trap', 'ääkköset']) {
    const id = categoryIdForServiceCode(code);
    assert.match(id, /^[a-z0-9][a-z0-9-]*$/, code);
    assert.equal(serviceCodeFromCategoryId(id), code);
  }
  assert.equal(categoryIdForServiceCode('171'), '171');
});

test('titles, names', () => {
  assert.equal(titleFromText('Lyhyt otsikko.\nToinen rivi.'), 'Lyhyt otsikko.');
  const long = 'Katuvalo ei toimi Kauppakadun ja Savontien risteyksessä, jossa on pimeää ja vaarallista kulkea';
  const title = titleFromText(long);
  assert.ok(title.length <= 60 && title.endsWith('…') && long.startsWith(title.slice(0, -1)));
  assert.deepEqual(splitName('Anna Maria Virtanen'), { firstName: 'Anna Maria', lastName: 'Virtanen' });
  assert.deepEqual(splitName('Madonna'), { firstName: 'Madonna' });
});

test('a submission becomes POST requests fields; Open311 errors become field problems', () => {
  const request = open311RequestFromSubmission({
    category: 'x-444d563636',
    message: 'Viesti tässä.',
    location: { address: 'Kauppakatu 1', lat: 61.2, lon: 26.03 },
    contact: { name: 'Aino Asukas', email: 'aino@example.fi', consent: true },
    attributes: { KIND: 'broken' },
    lang: 'fi',
  });
  assert.deepEqual(request, {
    serviceCode: 'DMV66',
    description: 'Viesti tässä.',
    addressString: 'Kauppakatu 1',
    lat: 61.2,
    long: 26.03,
    email: 'aino@example.fi',
    firstName: 'Aino',
    lastName: 'Asukas',
    attributes: { KIND: 'broken' },
  });
  const problem = problemFromOpen311Error(
    new Open311Error(400, [
      { code: '400', description: 'description: Too short.' },
      { code: '400', description: 'attribute[KIND]: Choose one.' },
      { code: '400', description: 'Something general.' },
    ]),
  );
  assert.ok(problem instanceof ProblemError);
  assert.equal(problem.status, 422);
  assert.deepEqual(problem.problem.errors?.map((e) => [e.pointer, e.detail]), [
    ['#/message', 'Too short.'],
    ['#/attributes/KIND', 'Choose one.'],
  ]);
  assert.equal(problemFromOpen311Error(new Open311Error(403, [{ code: '403', description: 'api_key: bad' }])).status, 403);
  assert.equal(problemFromOpen311Error(new Open311Error(404, [])).status, 404);
});
