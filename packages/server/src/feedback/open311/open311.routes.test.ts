import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import {
  Open311DiscoverySchema,
  Open311ErrorListSchema,
  Open311PostResultListSchema,
  Open311RequestListSchema,
  Open311ServiceDefinitionSchema,
  Open311ServiceListSchema,
  TRACKING_CODE_PATTERN,
} from '@kohtaamo/core';
import { HEINOLA_CATEGORIES, seedDemo } from '../feedback.seed.js';
import { HEINOLA_ATTRIBUTES } from '../feedback-resident.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../../testing/test-server.js';
import { issueTestApiKey, insertCategoryWithAttributes, parseXml, postForm } from './open311.test-helpers.js';

let KEY = '';
let REVOKED = '';
/** W3C datetime with a time zone designator, whole seconds (GeoReport v2 "w3 format"). */
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

let database: TestDatabase;
let server: TestServer;
const logger = recordingLogger();
const base = () => server.at('/open311/v2/');
const at = (path: string) => server.at(`/open311/v2/${path}`);

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  await insertCategoryWithAttributes(database.handle.db);
  KEY = await issueTestApiKey(database.handle.db, 'test client');
  REVOKED = await issueTestApiKey(database.handle.db, 'revoked client', true);
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

type Xml = Record<string, any>;

async function xml(response: Response, status = 200): Promise<Xml> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('content-type'), 'text/xml; charset=utf-8');
  assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  return parseXml(text);
}

async function json(response: Response, status = 200): Promise<any> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  return JSON.parse(text);
}

/** An error answer in both formats: the spec's error list, the code the HTTP status. */
async function errorsOf(response: Response, status: number, format: 'xml' | 'json'): Promise<string[]> {
  if (format === 'xml') {
    const doc = await xml(response, status);
    const errors = doc['errors']['error'] as Xml[];
    assert.ok(errors.length > 0);
    for (const error of errors) assert.equal(error['code'], String(status));
    return errors.map((e) => String(e['description']));
  }
  const list = v.parse(Open311ErrorListSchema, await json(response, status));
  assert.ok(list.length > 0);
  for (const error of list) assert.equal(error.code, String(status));
  return list.map((e) => e.description);
}

const validForm = (overrides: Record<string, string | string[]> = {}) => ({
  api_key: KEY,
  service_code: 'streets',
  lat: '61.2050',
  long: '26.0380',
  address_string: 'Kauppakatu 1, Heinola',
  email: 'testi.asukas@example.fi',
  first_name: 'Testi',
  last_name: 'Asukas',
  phone: '040 765 4321',
  description: 'Katuvalo ei toimi Kauppakadun päässä.',
  ...overrides,
});

async function createRequest(overrides: Record<string, string | string[]> = {}, headers: Record<string, string> = {}): Promise<string> {
  const list = v.parse(Open311PostResultListSchema, await json(await postForm(at('requests.json'), validForm(overrides), headers)));
  return list[0]!.service_request_id!;
}

async function publish(code: string, publicText: string, extra: Record<string, unknown> = {}): Promise<void> {
  await database.handle.db
    .updateTable('feedback')
    .set({ visibility: 'published', public_message: publicText, ...extra })
    .where('tracking_code', '=', code)
    .execute();
}

describe(`Open311 GeoReport v2 (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('discovery in XML and JSON: the endpoint, its specification and both formats', async () => {
    const doc = (await xml(await fetch(at('discovery.xml'))))['discovery'];
    assert.match(doc['changeset'], W3C);
    const endpoint = doc['endpoints']['endpoint'][0];
    assert.equal(endpoint['specification'], 'http://wiki.open311.org/GeoReport_v2');
    assert.equal(endpoint['url'], '/open311/v2', 'root-relative without KOHTAAMO_PUBLIC_URL');
    assert.deepEqual(endpoint['formats']['format'], ['text/xml', 'application/json']);
    const parsed = v.parse(Open311DiscoverySchema, await json(await fetch(at('discovery.json'))));
    assert.equal((await fetch(at('services.json'))).headers.get('cache-control'), 'public, max-age=300');
    assert.equal((await fetch(at('requests.json'))).headers.get('cache-control'), 'no-store');
    assert.equal(parsed.endpoints[0]!.type, 'production');
    assert.ok(parsed.key_service.length > 0);
  });

  test('services: every category, in order, with metadata, type realtime and the unit as group', async () => {
    const doc = await xml(await fetch(at('services.xml?locale=fi')));
    const services = doc['services']['service'] as Xml[];
    const expected = [...HEINOLA_CATEGORIES.map((c) => c.id), 'open311-lamps'];
    assert.deepEqual(services.map((s) => s['service_code']), expected);
    const streets = services.find((s) => s['service_code'] === 'streets')!;
    assert.equal(streets['service_name'], 'Kadut ja liikenne');
    assert.equal(streets['type'], 'realtime');
    for (const service of services) {
      const expectedMetadata = service['service_code'] === 'open311-lamps' || (HEINOLA_ATTRIBUTES[service['service_code']]?.length ?? 0) > 0;
      assert.equal(service['metadata'], String(expectedMetadata), service['service_code']);
    }
    assert.ok(typeof streets['group'] === 'string' && streets['group'].length > 0, 'streets is routed to a unit');
    assert.match(streets['keywords'], /Gator och trafik/);
    assert.equal(services.find((s) => s['service_code'] === 'open311-lamps')!['metadata'], 'true');

    const list = v.parse(Open311ServiceListSchema, await json(await fetch(at('services.json?locale=sv'))));
    assert.equal(list.find((s) => s.service_code === 'streets')!.service_name, 'Gator och trafik');
    const raw = (await json(await fetch(at('services.json')))) as Record<string, unknown>[];
    assert.equal(typeof raw[0]!['service_code'], 'string');
    assert.equal(typeof raw[0]!['metadata'], 'boolean');
    // CitySDK: English when neither locale nor Accept-Language is given.
    assert.equal(raw.find((s) => s['service_code'] === 'streets')!['service_name'], 'Streets and traffic');
  });

  test('a service definition lists the attributes with datatype, order from 1 and list values', async () => {
    const doc = (await xml(await fetch(at('services/open311-lamps.xml?locale=en'))))['service_definition'];
    assert.equal(doc['service_code'], 'open311-lamps');
    const attributes = doc['attributes']['attribute'] as Xml[];
    assert.deepEqual(attributes.map((a) => a['code']), ['INFO', 'LAMP', 'KIND', 'DAYS']);
    assert.deepEqual(attributes.map((a) => a['order']), ['1', '2', '3', '4']);
    const info = attributes[0]!;
    assert.equal(info['variable'], 'false');
    const lamp = attributes[1]!;
    assert.equal(lamp['datatype'], 'string');
    assert.equal(lamp['required'], 'true');
    assert.equal(lamp['description'], 'Question LAMP');
    assert.ok(lamp['datatype_description']);
    assert.equal(lamp['values'], undefined, 'only list datatypes have values');
    const kind = attributes[2]!;
    assert.deepEqual(kind['values']['value'], [
      { key: 'broken', name: 'Broken' },
      { key: 'fire', name: 'On fire' },
    ]);

    const definition = v.parse(Open311ServiceDefinitionSchema, await json(await fetch(at('services/open311-lamps.json?locale=fi'))));
    assert.equal(definition.attributes.find((a) => a.code === 'DAYS')!.datatype, 'multivaluelist');
    assert.equal(definition.attributes.find((a) => a.code === 'KIND')!.values![0]!.name, 'Rikki');

    const streets = v.parse(Open311ServiceDefinitionSchema, await json(await fetch(at('services/streets.json'))));
    assert.deepEqual(streets.attributes.map((a) => a.code), (HEINOLA_ATTRIBUTES['streets'] ?? []).map((a) => a.code));
    const plain = HEINOLA_CATEGORIES.find((c) => !HEINOLA_ATTRIBUTES[c.id]?.length);
    if (plain) assert.deepEqual(v.parse(Open311ServiceDefinitionSchema, await json(await fetch(at(`services/${plain.id}.json`)))).attributes, []);
  });

  for (const format of ['xml', 'json'] as const) {
    test(`an unknown service code → 404 error list (${format})`, async () => {
      const [description] = await errorsOf(await fetch(at(`services/no-such.${format}`)), 404, format);
      assert.match(description!, /service_code/);
    });

    test(`POST requests without an api_key or with a wrong or revoked one → 403 (${format})`, async () => {
      const { api_key: _omit, ...noKey } = validForm();
      void _omit;
      assert.match((await errorsOf(await postForm(at(`requests.${format}`), noKey), 403, format))[0]!, /api_key/);
      await errorsOf(await postForm(at(`requests.${format}`), validForm({ api_key: 'wrong-key-0123456789' })), 403, format);
      await errorsOf(await postForm(at(`requests.${format}`), validForm({ api_key: REVOKED })), 403, format);
    });

    test(`POST requests with api_key in the query string → 400, never taken, even beside a valid one in the body (${format})`, async () => {
      const { api_key: _key, ...rest } = validForm();
      void _key;
      const before = await database.handle.db.selectFrom('feedback').select('id').execute();
      const inQuery = await postForm(at(`requests.${format}?api_key=${encodeURIComponent(KEY)}`), { ...rest, locale: 'en' });
      assert.match((await errorsOf(inQuery, 400, format))[0]!, /^api_key: api_key belongs in the POST body/);
      await errorsOf(await postForm(at(`requests.${format}?api_key=${encodeURIComponent(KEY)}`), validForm()), 400, format);
      assert.equal((await database.handle.db.selectFrom('feedback').select('id').execute()).length, before.length, 'nothing stored');
    });
  }

  test('POST requests.xml creates a regular feedback: id string, history "received", contact kept private', async () => {
    const doc = await xml(await postForm(at('requests.xml'), validForm({ locale: 'fi' })));
    const request = doc['service_requests']['request'][0];
    const id = request['service_request_id'] as string;
    assert.match(id, TRACKING_CODE_PATTERN);
    assert.ok('account_id' in request, 'account_id element present (empty)');
    const row = await database.handle.db
      .selectFrom('feedback')
      .select(['id', 'category_id', 'message', 'address', 'lat', 'lon', 'contact_email', 'contact_name', 'contact_phone', 'contact_consent', 'status', 'visibility', 'lang', 'unit_id'])
      .where('tracking_code', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.category_id, 'streets');
    assert.equal(row.message, 'Katuvalo ei toimi Kauppakadun päässä.');
    assert.equal(row.address, 'Kauppakatu 1, Heinola');
    assert.equal(Number(row.lat), 61.205);
    assert.equal(Number(row.lon), 26.038);
    assert.equal(row.contact_email, 'testi.asukas@example.fi');
    assert.equal(row.contact_name, 'Testi Asukas');
    assert.equal(row.contact_consent, 1);
    assert.equal(row.status, 'received');
    assert.equal(row.visibility, 'pending');
    assert.ok(row.unit_id, 'routed to the category’s unit');
    const history = await database.handle.db.selectFrom('feedback_history').select(['status']).where('feedback_id', '=', row.id).execute();
    assert.deepEqual(history.map((h) => h.status), ['received']);

    // The single request: status visible, but nothing unreviewed or private.
    const one = await json(await fetch(at(`requests/${id}.json`)));
    assert.equal(one.length, 1);
    assert.equal(one[0].service_request_id, id);
    assert.equal(one[0].status, 'open');
    assert.equal(one[0].description, null);
    assert.equal(one[0].address, null);
    const text = JSON.stringify(one);
    for (const secret of ['testi.asukas@example.fi', '765 4321', 'Asukas', 'Katuvalo ei toimi']) assert.ok(!text.includes(secret), secret);
  });

  test('POST as multipart/form-data (text fields) works; a file upload is refused', async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(validForm())) form.append(key, String(value));
    const ok = v.parse(Open311PostResultListSchema, await json(await fetch(at('requests.json'), { method: 'POST', body: form })));
    assert.match(ok[0]!.service_request_id!, TRACKING_CODE_PATTERN);
    form.append('media[]', new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), 'kuva.jpg');
    assert.match((await errorsOf(await fetch(at('requests.xml'), { method: 'POST', body: form }), 400, 'xml'))[0]!, /^media/);
  });

  test('POST requests.json: the spec’s answer, a JSON array with a string id', async () => {
    const raw = await json(await postForm(at('requests.json'), validForm({ email: '', phone: '', first_name: '', last_name: '' })));
    assert.ok(Array.isArray(raw));
    assert.equal(typeof raw[0].service_request_id, 'string');
    assert.equal(raw[0].token, undefined, 'a realtime service returns no token');
    const row = await database.handle.db
      .selectFrom('feedback')
      .select(['contact_email', 'contact_consent'])
      .where('tracking_code', '=', raw[0].service_request_id)
      .executeTakeFirstOrThrow();
    assert.equal(row.contact_email, null, 'empty parameters count as absent');
    assert.equal(row.contact_consent, 0);
  });

  for (const format of ['xml', 'json'] as const) {
    test(`POST requests with invalid input → 400 naming each parameter (${format})`, async () => {
      const post = (form: Record<string, string | string[]>) => postForm(at(`requests.${format}`), form);
      const { lat: _a, long: _b, address_string: _c, ...noLocation } = validForm();
      void [_a, _b, _c];
      assert.match((await errorsOf(await post(noLocation), 400, format))[0]!, /address_string/);
      assert.match((await errorsOf(await post({ ...noLocation, address_id: '123' }), 400, format))[0]!, /^address_id/);
      assert.match((await errorsOf(await post(validForm({ long: '' })), 400, format))[0]!, /^long/);
      assert.match((await errorsOf(await post(validForm({ lat: 'north' })), 400, format))[0]!, /^lat/);
      assert.match((await errorsOf(await post(validForm({ description: 'abc' })), 400, format))[0]!, /^description: /);
      assert.match((await errorsOf(await post(validForm({ email: 'not-an-email' })), 400, format))[0]!, /^email: /);
      const { service_code: _d, ...noService } = validForm();
      void _d;
      assert.match((await errorsOf(await post(noService), 400, format))[0]!, /^service_code/);
      await errorsOf(await post(validForm({ service_code: 'no-such' })), 404, format);
    });
  }

  test('attributes: attribute[code]=v and attribute[code][]=v, checked against the definition', async () => {
    const lamps = (extra: Record<string, string | string[]>) =>
      postForm(at('requests.json'), { ...validForm({ service_code: 'open311-lamps' }), ...extra });
    // Required LAMP missing.
    const missing = await errorsOf(await lamps({}), 400, 'json');
    assert.ok(missing.some((d) => d.startsWith('attribute[LAMP]: ')), missing.join(' | '));
    // A value not in the list.
    const wrong = await errorsOf(await lamps({ 'attribute[LAMP]': 'A12', 'attribute[KIND]': 'purple' }), 400, 'json');
    assert.ok(wrong.some((d) => d.startsWith('attribute[KIND]: ')), wrong.join(' | '));
    // A blocking notice stops the request, with the notice's text.
    const blocked = await errorsOf(await lamps({ 'attribute[LAMP]': 'A12', 'attribute[KIND]': 'fire', locale: 'en' }), 400, 'json');
    assert.deepEqual(blocked, ['In an emergency call 112.']);
    // Valid, with a multivaluelist.
    const ok = v.parse(
      Open311PostResultListSchema,
      await json(await lamps({ 'attribute[LAMP]': 'A12', 'attribute[KIND]': 'broken', 'attribute[DAYS][]': ['mon', 'tue'] })),
    );
    const row = await database.handle.db
      .selectFrom('feedback')
      .select(['attributes'])
      .where('tracking_code', '=', ok[0]!.service_request_id!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.attributes ?? 'null'), { LAMP: 'A12', KIND: 'broken', DAYS: ['mon', 'tue'] });
  });

  test('an Idempotency-Key makes a retried POST one request, and the key is a token for its id', async () => {
    const key = 'open311-retry-key-0000000001';
    const first = await createRequest({}, { 'Idempotency-Key': key });
    const again = await createRequest({}, { 'Idempotency-Key': key });
    assert.equal(again, first);
    const count = await database.handle.db
      .selectFrom('feedback')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('tracking_code', '=', first)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
    const doc = await xml(await fetch(at(`tokens/${key}.xml`)));
    assert.deepEqual(doc['service_requests']['request'][0], { service_request_id: first, token: key });
    const tokens = await json(await fetch(at(`tokens/${key}.json`)));
    assert.deepEqual(tokens, [{ service_request_id: first, token: key }]);
    // A token expires with its key (24 h).
    await database.handle.db
      .updateTable('idempotency_keys')
      .set({ created_at: new Date(Date.now() - 25 * 3_600_000).toISOString() })
      .where('key', '=', key)
      .execute();
    await errorsOf(await fetch(at(`tokens/${key}.json`)), 404, 'json');
    await errorsOf(await fetch(at('tokens/unknown-token-000000.json')), 404, 'json');
    await errorsOf(await fetch(at('tokens/unknown-token-000000.xml')), 404, 'xml');
  });

  test('GET requests lists published reports only, with the public text, W3C datetimes and string ids', async () => {
    const pending = await createRequest({ description: 'Odottaa vielä tarkistusta: Matti Meikäläinen 040 111 2222.' });
    const published = await createRequest({ description: 'Alkuperäinen teksti, jossa nimi Maija Mallikas.' });
    await publish(published, 'Katuvalo ei toimi Kauppakadulla.');
    const hidden = await createRequest();
    await database.handle.db.updateTable('feedback').set({ visibility: 'hidden' }).where('tracking_code', '=', hidden).execute();

    const list = v.parse(Open311RequestListSchema, await json(await fetch(at('requests.json?service_code=streets'))));
    const codes = list.map((r) => r.service_request_id);
    assert.ok(codes.includes(published));
    assert.ok(!codes.includes(pending), 'pending moderation is not listed');
    assert.ok(!codes.includes(hidden), 'hidden is not listed');
    const mine = list.find((r) => r.service_request_id === published)!;
    assert.equal(mine.description, 'Katuvalo ei toimi Kauppakadulla.');
    assert.equal(mine.status, 'open');
    assert.equal(mine.service_code, 'streets');
    assert.equal(mine.lat, 61.205);
    assert.match(mine.requested_datetime!, W3C);
    assert.match(mine.updated_datetime!, W3C);
    const raw = JSON.stringify(await json(await fetch(at('requests.json'))));
    for (const secret of ['Maija Mallikas', 'Matti Meikäläinen', '@example.fi', '765 4321']) assert.ok(!raw.includes(secret), secret);
    // Newest first.
    const times = list.map((r) => Date.parse(r.requested_datetime!));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));

    const doc = await xml(await fetch(at('requests.xml?service_code=streets')));
    const request = (doc['service_requests']['request'] as Xml[]).find((r) => r['service_request_id'] === published)!;
    assert.equal(request['status'], 'open');
    assert.equal(request['description'], 'Katuvalo ei toimi Kauppakadulla.');
    assert.match(request['requested_datetime'], W3C);
  });

  test('GET requests filters: status, service_code lists, dates; an empty parameter is absent', async () => {
    const open = await createRequest({ service_code: 'parks' });
    await publish(open, 'Puiston penkki on rikki.');
    const closed = await createRequest({ service_code: 'parks' });
    const closedAt = new Date().toISOString();
    await publish(closed, 'Roska-astia on täynnä.', { status: 'done', closed_at: closedAt, reply_text: 'Tyhjennetty.' });

    const codes = async (query: string) =>
      v.parse(Open311RequestListSchema, await json(await fetch(at(`requests.json?${query}`)))).map((r) => r.service_request_id);
    assert.ok((await codes('service_code=parks&status=open')).includes(open));
    assert.ok(!(await codes('service_code=parks&status=open')).includes(closed));
    assert.ok((await codes('service_code=parks&status=closed')).includes(closed));
    assert.ok((await codes('service_code=parks&status=open,closed')).includes(closed));
    assert.ok((await codes('service_code=parks&status=open&status=closed')).includes(closed), 'declared multiple times');
    assert.ok((await codes('service_code=streets,parks')).includes(open));
    assert.ok(!(await codes('service_code=streets')).includes(open));
    assert.deepEqual(await codes('service_code=parks&status='), await codes('service_code=parks'));
    assert.deepEqual(await codes('service_code=parks&start_date=&end_date='), await codes('service_code=parks'));

    const closedRequest = v.parse(Open311RequestListSchema, await json(await fetch(at(`requests/${closed}.json`))))[0]!;
    assert.equal(closedRequest.status, 'closed');
    assert.equal(closedRequest.status_notes, 'Tyhjennetty.');
    assert.equal(Date.parse(closedRequest.updated_datetime!), Math.floor(Date.parse(closedAt) / 1000) * 1000, 'closed: updated is when closed');

    const future = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const later = new Date(Date.now() + 20 * 86_400_000).toISOString();
    assert.deepEqual(await codes(`service_code=parks&start_date=${future}&end_date=${later}`), []);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    assert.ok((await codes(`service_code=parks&start_date=${yesterday}`)).includes(open));
  });

  test('the default window is the last 90 days; a range may not span more than 90 days', async () => {
    const old = await createRequest({ service_code: 'parks' });
    const created = new Date(Date.now() - 100 * 86_400_000).toISOString();
    await publish(old, 'Vanha palaute.', { created_at: created, updated_at: created });
    const codes = async (query: string) =>
      v.parse(Open311RequestListSchema, await json(await fetch(at(`requests.json?${query}`)))).map((r) => r.service_request_id);
    assert.ok(!(await codes('service_code=parks')).includes(old), 'older than 90 days: not by default');
    const start = new Date(Date.now() - 101 * 86_400_000).toISOString();
    assert.ok((await codes(`service_code=parks&start_date=${start}`)).includes(old));
    assert.ok((await codes(`service_request_id=${old}`)).includes(old), 'service_request_id overrides the window');

    const tooLong = `start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:01Z`;
    assert.match((await errorsOf(await fetch(at(`requests.xml?${tooLong}`)), 400, 'xml'))[0]!, /90/);
    await errorsOf(await fetch(at('requests.json?start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z')), 400, 'json');
    await errorsOf(await fetch(at('requests.json?start_date=yesterday')), 400, 'json');
    // A time without a time zone is not a W3C datetime the spec accepts.
    await errorsOf(await fetch(at('requests.json?start_date=2026-01-01T00:00:00')), 400, 'json');
    await errorsOf(await fetch(at('requests.xml?status=pending')), 400, 'xml');
    await errorsOf(await fetch(at('requests.json?extensions=maybe')), 400, 'json');
  });

  test('extensions of the list: paging (page, page_size) and CitySDK updated_after / updated_before', async () => {
    const codes = async (query: string) =>
      v.parse(Open311RequestListSchema, await json(await fetch(at(`requests.json?${query}`)))).map((r) => r.service_request_id);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await createRequest({ service_code: 'library', address_string: `Paikka ${i}` });
      const created = new Date(Date.now() - (10 - i) * 60_000).toISOString();
      await publish(id, `Kulttuuripalaute ${i}.`, { created_at: created, updated_at: created });
      made.push(id);
    }
    const newestFirst = [...made].reverse();
    assert.deepEqual(await codes('service_code=library'), newestFirst);
    assert.deepEqual(await codes('service_code=library&page_size=2'), newestFirst.slice(0, 2));
    assert.deepEqual(await codes('service_code=library&page_size=2&page=2'), newestFirst.slice(2));
    await errorsOf(await fetch(at('requests.json?page_size=0')), 400, 'json');
    await errorsOf(await fetch(at('requests.xml?page=x')), 400, 'xml');
    // Keyset paging: a full page links to the next one (RFC 8288), which continues after its last request.
    const first = await fetch(at('requests.json?service_code=library&page_size=2'));
    const link = first.headers.get('Link');
    assert.match(link ?? '', /^<\/[^>]*cursor=[^>]*>; rel="next"$/);
    const nextUrl = new URL(link!.slice(1, link!.indexOf('>')), first.url);
    const second = await fetch(nextUrl);
    assert.deepEqual(v.parse(Open311RequestListSchema, await json(second)).map((r) => r.service_request_id), newestFirst.slice(2));
    assert.equal(second.headers.get('Link'), null, 'a page that is not full is the last');
    const xmlNext = await fetch(at(`requests.xml?service_code=library&page_size=1&${nextUrl.searchParams.toString().replace('page_size=2', '')}`));
    assert.equal(xmlNext.status, 200);
    assert.match(xmlNext.headers.get('Link') ?? '', /rel="next"/);
    await errorsOf(await fetch(at('requests.json?cursor=not-a-cursor')), 400, 'json');
    await errorsOf(await fetch(at(`requests.xml?${nextUrl.searchParams.toString()}&page=2`)), 400, 'xml');

    // An old request updated just now is in the changeset, though outside the 90-day window.
    const old = made[0]!;
    const longAgo = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const now = new Date().toISOString();
    await database.handle.db.updateTable('feedback').set({ created_at: longAgo, updated_at: now }).where('tracking_code', '=', old).execute();
    const since = new Date(Date.now() - 60_000).toISOString();
    assert.deepEqual(await codes(`service_code=library&updated_after=${since}`), [old]);
    assert.ok(!(await codes('service_code=library')).includes(old));
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    assert.deepEqual(await codes(`service_code=library&updated_before=${since}&start_date=${hourAgo}`), newestFirst.slice(0, 2));
  });

  test('CitySDK location search: lat, long and radius in metres, all three together', async () => {
    const codes = async (query: string) =>
      v.parse(Open311RequestListSchema, await json(await fetch(at(`requests.json?${query}`)))).map((r) => r.service_request_id);
    const near = await createRequest({ service_code: 'sports', lat: '61.2100', long: '26.0400' });
    const far = await createRequest({ service_code: 'sports', lat: '61.2300', long: '26.0400' });
    await publish(near, 'Lähellä.');
    await publish(far, 'Kauempana.');
    // far is about 2.2 km north of the centre point, near about 0 m.
    assert.deepEqual(await codes('service_code=sports&lat=61.2100&long=26.0400&radius=500'), [near]);
    assert.deepEqual(new Set(await codes('service_code=sports&lat=61.2100&long=26.0400&radius=3000')), new Set([near, far]));
    assert.match((await errorsOf(await fetch(at('requests.json?lat=61.21&long=26.04')), 400, 'json'))[0]!, /^radius/);
    await errorsOf(await fetch(at('requests.xml?lat=61.21&long=26.04&radius=-5')), 400, 'xml');
  });

  test('another method on an Open311 resource → 405 with Allow, as an error list', async () => {
    const response = await fetch(at('requests.json'), { method: 'DELETE' });
    assert.equal(response.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
    await errorsOf(response, 405, 'json');
    const put = await fetch(at('services.xml'), { method: 'PUT' });
    assert.equal(put.headers.get('allow'), 'GET, HEAD, OPTIONS');
    await errorsOf(put, 405, 'xml');
  });

  test('service_request_id lists requests by id whatever their moderation, without unreviewed text', async () => {
    const a = await createRequest();
    const b = await createRequest();
    await publish(b, 'Julkinen teksti.');
    const list = v.parse(Open311RequestListSchema, await json(await fetch(at(`requests.json?service_request_id=${a},${b},NOPE-NOPE-0&status=closed`))));
    assert.deepEqual(new Set(list.map((r) => r.service_request_id)), new Set([a, b]));
    assert.equal(list.find((r) => r.service_request_id === a)!.description, null);
    assert.equal(list.find((r) => r.service_request_id === b)!.description, 'Julkinen teksti.');
  });

  for (const format of ['xml', 'json'] as const) {
    test(`GET requests/{id}: unknown → 404; with extensions: title, detailed_status, media_urls, the status log (${format})`, async () => {
      await errorsOf(await fetch(at(`requests/ABCD-EFGH-0.${format}`)), 404, format);
      const id = await createRequest();
      await publish(id, 'Katuvalo on pimeänä.\nToinen rivi.', { status: 'in_handling', updated_at: new Date().toISOString(), first_response_at: new Date().toISOString() });
      const row = await database.handle.db.selectFrom('feedback').select('id').where('tracking_code', '=', id).executeTakeFirstOrThrow();
      await database.handle.db
        .insertInto('feedback_history')
        .values({ id: `h-${id}`, feedback_id: row.id, status: 'in_handling', at: new Date(Date.now() + 1000).toISOString(), actor_id: null, actor_name: 'Hanna Handler', public_reply: 'Korjaus on tilattu.' })
        .execute();
      const response = await fetch(at(`requests/${id}.${format}?extensions=true`));
      let request: Record<string, any>;
      let ext: Record<string, any>;
      let history: Record<string, any>[];
      if (format === 'xml') {
        const doc = await xml(response);
        request = doc['service_requests']['request'][0];
        ext = request['extended_attributes'];
        history = ext['request_history']['entry'];
      } else {
        const list = await json(response);
        request = list[0];
        ext = request['extended_attributes'];
        history = ext['request_history'];
        assert.deepEqual(ext['media_urls'], []);
      }
      assert.equal(request['service_request_id'], id);
      assert.equal(request['status'], 'open');
      assert.equal(request['status_notes'], 'Korjaus on tilattu.');
      assert.equal(ext['title'], 'Katuvalo on pimeänä.');
      assert.equal(ext['detailed_status'], 'IN_PROCESS');
      assert.match(ext['first_response_datetime'], W3C);
      assert.deepEqual(history.map((h) => h['status']), ['received', 'handling']);
      assert.equal(history[1]!['note'], 'Korjaus on tilattu.');
      for (const entry of history) assert.match(entry['time'], W3C);
      assert.ok(!JSON.stringify(request).includes('Hanna Handler'), 'the handler is not public');

      // Without extensions, no extended_attributes.
      const plain = format === 'xml' ? (await xml(await fetch(at(`requests/${id}.xml`))))['service_requests']['request'][0] : (await json(await fetch(at(`requests/${id}.json`))))[0];
      assert.equal(plain['extended_attributes'], undefined);
    });
  }

  test('resident text is escaped in XML and JSON and comes back exactly', async () => {
    const id = await createRequest();
    const nasty = `<script>alert("x")</script> & 'lainaus' ]]> \u0001ohjausmerkki`;
    await publish(id, nasty);
    const text = await (await fetch(at(`requests/${id}.xml`))).text();
    assert.ok(!text.includes('<script>'));
    const doc = parseXml(text) as Xml;
    assert.equal(doc['service_requests']['request'][0]['description'], nasty.replace('\u0001', ''));
    const list = await json(await fetch(at(`requests/${id}.json`)));
    assert.equal(list[0].description, nasty);
  });

  test('a wrong path or format is an Open311 404 in the format asked for', async () => {
    const head = await fetch(at('services.xml'), { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'text/xml; charset=utf-8');
    assert.equal(await head.text(), '');
    await errorsOf(await fetch(at('nothing.json')), 404, 'json');
    await errorsOf(await fetch(at('services.csv')), 404, 'xml');
    await errorsOf(await fetch(at('requests/x/y.json')), 404, 'json');
    const form = await fetch(at('requests.json'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    await errorsOf(form, 400, 'json');
  });
});
