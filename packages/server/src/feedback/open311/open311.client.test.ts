import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createOpen311Client,
  createOpen311FeedbackApi,
  Open311Error,
  ProblemError,
  TRACKING_CODE_PATTERN,
  type Open311Client,
} from '@kohtaamo/core';
import { seedDemo } from '../feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../../testing/test-server.js';
import { issueTestApiKey, insertCategoryWithAttributes, parseXml } from './open311.test-helpers.js';

/**
 * Core's Open311 client (JSON) and its FeedbackApi adapter against the REAL Kohtaamo server
 * over HTTP, and the same requests read back in XML by an independent XML parser.
 */
let KEY = '';

let database: TestDatabase;
let server: TestServer;
let client: Open311Client;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  await insertCategoryWithAttributes(database.handle.db);
  KEY = await issueTestApiKey(database.handle.db, 'test client');
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger: recordingLogger() });
  client = createOpen311Client({ baseUrl: server.at('/open311/v2'), apiKey: KEY });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

/** The XML of GET requests/{id} as plain values, to compare with the JSON the client read. */
async function readXml(id: string, query = ''): Promise<Record<string, unknown>> {
  const response = await fetch(server.at(`/open311/v2/requests/${id}.xml${query}`));
  assert.equal(response.status, 200);
  return (parseXml(await response.text())['service_requests'] as any)['request'][0];
}

describe(`Open311 client against the Kohtaamo server (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('discovery points at the endpoint the client uses', async () => {
    const discovery = await client.discovery();
    assert.equal(discovery.endpoints[0]!.url, server.at('/open311/v2').replace(/\/$/, ''));
    assert.ok(discovery.endpoints[0]!.formats.includes('application/json'));
  });

  test('lists services and reads a service definition in the asked language', async () => {
    const services = await client.listServices({ locale: 'sv' });
    const lamps = services.find((s) => s.service_code === 'open311-lamps');
    assert.equal(lamps?.service_name, 'Gatubelysning');
    assert.equal(lamps?.metadata, true);
    const definition = await client.getServiceDefinition('open311-lamps', { locale: 'en' });
    assert.deepEqual(
      definition.attributes.map((a) => [a.code, a.datatype, a.required]),
      [
        ['INFO', 'text', false],
        ['LAMP', 'string', true],
        ['KIND', 'singlevaluelist', false],
        ['DAYS', 'multivaluelist', false],
      ],
    );
    await assert.rejects(client.getServiceDefinition('nope'), (e: unknown) => e instanceof Open311Error && e.status === 404);
  });

  test('posts a request with attributes (multivaluelist too) and reads it back in JSON and XML alike', async () => {
    const posted = await client.postRequest({
      serviceCode: 'open311-lamps',
      lat: 61.2049,
      long: 26.0371,
      addressString: 'Savontie 10',
      description: 'Lamppu vilkkuu koko yön.',
      email: 'asukas@example.fi',
      firstName: 'Aino',
      lastName: 'Asukas',
      attributes: { LAMP: 'L-17', KIND: 'broken', DAYS: ['mon', 'tue'] },
    });
    const id = posted.service_request_id!;
    assert.match(id, TRACKING_CODE_PATTERN);
    const row = await database.handle.db
      .selectFrom('feedback')
      .select(['attributes', 'contact_name'])
      .where('tracking_code', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.attributes!), { LAMP: 'L-17', KIND: 'broken', DAYS: ['mon', 'tue'] });
    assert.equal(row.contact_name, 'Aino Asukas');

    await database.handle.db
      .updateTable('feedback')
      .set({ visibility: 'published', public_message: 'Lamppu vilkkuu <yöllä> & päivällä.' })
      .where('tracking_code', '=', id)
      .execute();

    const request = await client.getRequest(id, { extensions: true, locale: 'fi' });
    assert.ok(request);
    assert.equal(request.status, 'open');
    assert.equal(request.service_name, 'Katuvalot');
    assert.equal(request.extended_attributes?.detailed_status, 'RECEIVED');
    assert.equal(request.lat, 61.2049);

    // The XML answer carries exactly the same values as the JSON one.
    const xml = await readXml(id, '?extensions=true&locale=fi');
    for (const field of ['service_request_id', 'status', 'service_name', 'service_code', 'description', 'requested_datetime', 'updated_datetime', 'address', 'agency_responsible'] as const) {
      // An empty element is the XML of JSON's null.
      assert.equal(xml[field] === '' ? null : (xml[field] ?? null), request[field] === null || request[field] === undefined ? null : String(request[field]), field);
    }
    assert.equal(Number(xml['lat']), request.lat);
    assert.equal(Number(xml['long']), request.long);
    const ext = xml['extended_attributes'] as Record<string, any>;
    assert.equal(ext['title'], request.extended_attributes?.title);
    assert.deepEqual(
      (ext['request_history']['entry'] as any[]).map((e) => e['status']),
      request.extended_attributes?.request_history?.map((e) => e.status),
    );

    const listed = await client.getRequests({ serviceCodes: ['open311-lamps'], statuses: ['open'], startDate: new Date(Date.now() - 3_600_000) });
    assert.deepEqual(listed.map((r) => r.service_request_id), [id]);
    const around = await client.getRequests({ serviceCodes: ['open311-lamps'], near: { lat: 61.2049, long: 26.0371, radius: 100 }, page: 1, pageSize: 5 });
    assert.deepEqual(around.map((r) => r.service_request_id), [id]);
    const byId = await client.getRequests({ serviceRequestIds: [id] });
    assert.equal(byId[0]?.description, 'Lamppu vilkkuu <yöllä> & päivällä.');
    assert.equal(await client.getRequest('ZZZZ-ZZZZ-0'), null);
  });

  test('a retried POST with the same idempotency key is one request; the key works as a token', async () => {
    const key = 'client-retry-0000000000000001';
    const form = { serviceCode: 'parks', addressString: 'Kirkkopuisto', description: 'Penkki on kaatunut.' };
    const first = await client.postRequest(form, { idempotencyKey: key });
    const second = await client.postRequest(form, { idempotencyKey: key });
    assert.equal(second.service_request_id, first.service_request_id);
    assert.equal(await client.getRequestIdFromToken(key), first.service_request_id);
    assert.equal(await client.getRequestIdFromToken('no-such-token-0000'), null);
  });

  test('errors come back as Open311Error with the status and the descriptions', async () => {
    const anonymous = createOpen311Client({ baseUrl: server.at('/open311/v2') });
    await assert.rejects(
      anonymous.postRequest({ serviceCode: 'parks', addressString: 'X', description: 'Jotain tapahtui.' }),
      (e: unknown) => e instanceof Open311Error && e.status === 403 && /api_key/.test(e.message),
    );
    await assert.rejects(
      client.postRequest({ serviceCode: 'parks', addressString: 'X', description: 'abc' }),
      (e: unknown) => e instanceof Open311Error && e.status === 400 && e.errors[0]!.description.startsWith('description: '),
    );
  });
});

describe('the FeedbackApi adapter over Open311 (what <kohtaamo-feedback-form protocol="open311"> uses)', () => {
  test('categories with names in fi, sv and en, and their questions', async () => {
    const api = createOpen311FeedbackApi({ baseUrl: server.at('/open311/v2'), apiKey: KEY });
    const categories = await api.listCategories();
    const streets = categories.find((c) => c.id === 'streets');
    assert.deepEqual(streets?.name, { fi: 'Kadut ja liikenne', sv: 'Gator och trafik', en: 'Streets and traffic' });
    const lamps = categories.find((c) => c.id === 'open311-lamps')!;
    const kind = lamps.attributes!.find((a) => a.code === 'KIND')!;
    assert.deepEqual(kind.values.map((v) => v.name), [
      { fi: 'Rikki', sv: 'Trasig', en: 'Broken' },
      { fi: 'Palaa', sv: 'Brinner', en: 'On fire' },
    ]);
    assert.deepEqual(kind.description, { fi: 'Kysymys KIND', sv: 'Fråga KIND', en: 'Question KIND' });
  });

  test('submit, then follow the status by the tracking code the server gave', async () => {
    const api = createOpen311FeedbackApi({ baseUrl: server.at('/open311/v2'), apiKey: KEY });
    const receipt = await api.submit(
      {
        category: 'parks',
        message: 'Keinu on rikki leikkipuistossa.',
        location: { address: 'Kirkkopuisto' },
        contact: { name: 'Eero Esimerkki', email: 'eero@example.fi', consent: true },
        lang: 'fi',
      },
      'adapter-key-000000000000001',
    );
    assert.match(receipt.trackingCode, TRACKING_CODE_PATTERN);
    const status = await api.getStatus(receipt.trackingCode);
    assert.equal(status.status, 'received');
    assert.equal(status.category.id, 'parks');
    assert.equal(status.reply, null);

    await database.handle.db
      .updateTable('feedback')
      .set({ status: 'done', reply_text: 'Keinu on korjattu.', closed_at: new Date().toISOString() })
      .where('tracking_code', '=', receipt.trackingCode)
      .execute();
    const done = await api.getStatus(receipt.trackingCode);
    assert.equal(done.status, 'done');
    assert.equal(done.reply?.text, 'Keinu on korjattu.');
  });

  test('a 400 from Open311 becomes a validation problem with a pointer per field', async () => {
    const api = createOpen311FeedbackApi({ baseUrl: server.at('/open311/v2'), apiKey: KEY });
    await assert.rejects(
      api.submit({ category: 'parks', message: 'abc', location: { address: 'X' }, lang: 'fi' }, 'adapter-key-000000000000002'),
      (e: unknown) => e instanceof ProblemError && e.problem.errors?.[0]?.pointer === '#/message',
    );
    await assert.rejects(api.getStatus('ZZZZ-ZZZZ-0'), (e: unknown) => e instanceof ProblemError && e.status === 404);
  });
});
