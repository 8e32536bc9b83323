import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProblemError } from '../../http/errors.js';
import { createOpen311FeedbackApi } from './open311.adapter.js';
import { createOpen311Client, Open311Error } from './open311.client.js';

/**
 * Another city's Open311 server is a boundary Kohtaamo does not own: here it is played by a
 * fetch that answers what Helsinki's documented API answers (dev.hel.fi/apis/open311): numeric
 * or string ids, coordinates as strings, detailed_status lists, an error list with a 403.
 * (The client against the real Kohtaamo server is tested in packages/server/src/open311.)
 */
function helsinki(calls: { url: string; init?: RequestInit }[]): typeof fetch {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return async (input, init) => {
    const url = String(input);
    calls.push({ url, ...(init ? { init } : {}) });
    const { pathname, searchParams } = new URL(url);
    const fi = searchParams.get('locale') === 'fi';
    if (pathname.endsWith('/services.json')) {
      return json([
        { service_code: 246, service_name: fi ? 'Roskaaminen' : 'Littering', description: 'Ilmoita roskista.', metadata: false, type: 'realtime', keywords: 'roska,jäte', group: 'Puhtaanapito' },
        { service_code: 'DMV66', service_name: fi ? 'Ajoneuvot' : 'Vehicles', metadata: 'true', type: 'realtime', keywords: '', group: '' },
      ]);
    }
    if (pathname.endsWith('/services/DMV66.json')) {
      return json({
        service_code: 'DMV66',
        attributes: [
          { variable: true, code: 'WHISHETN', datatype: 'singlevaluelist', required: true, datatype_description: null, order: 1, description: fi ? 'Mikä merkki?' : 'Which make?', values: [{ key: 123, name: 'Ford' }] },
        ],
      });
    }
    if (pathname.endsWith('/requests.json') && init?.method === 'POST') {
      const form = new URLSearchParams(String(init.body));
      if (form.get('api_key') !== 'xyz') return json([{ code: 403, description: 'Missing or invalid API key.' }], 403);
      return json([{ service_request_id: '8fmht6g1470b3qk8pthg', service_notice: '' }]);
    }
    if (pathname.endsWith('/requests/8fmht6g1470b3qk8pthg.json')) {
      return json([
        {
          service_request_id: '8fmht6g1470b3qk8pthg',
          service_code: '171',
          description: 'Itäkeskuksen uimahallin edessä kadulla on monttuja ajotiessä.',
          requested_datetime: '2013-05-02T11:02:07+03:00',
          updated_datetime: '2013-05-15T08:55:09+03:00',
          status: 'closed',
          status_notes: 'Kiitos ilmoituksestanne.',
          lat: '60.21263634325148',
          long: '25.077090230550745',
          extended_attributes: { title: 'Monttu tiessä', detailed_status: 'PROCESSED' },
        },
      ]);
    }
    return json([{ code: 404, description: 'Not found' }], 404);
  };
}

test('reads Helsinki-style answers: ids as strings, "true" as true, coordinates as numbers', async () => {
  const calls: { url: string }[] = [];
  const client = createOpen311Client({ baseUrl: 'https://asiointi.example/palautews/rest/v1/', jurisdictionId: 'hel.fi', fetch: helsinki(calls) });
  const services = await client.listServices({ locale: 'fi' });
  assert.deepEqual(services.map((s) => [s.service_code, s.metadata]), [['246', false], ['DMV66', true]]);
  assert.equal(calls[0]!.url, 'https://asiointi.example/palautews/rest/v1/services.json?jurisdiction_id=hel.fi&locale=fi');
  const request = await client.getRequest('8fmht6g1470b3qk8pthg', { extensions: true });
  assert.equal(request?.lat, 60.21263634325148);
  assert.equal(request?.extended_attributes?.detailed_status, 'PROCESSED');
  assert.equal(await client.getRequest('unknown'), null);
  await assert.rejects(client.postRequest({ serviceCode: '171', description: 'x' }), (e: unknown) => e instanceof Open311Error && e.status === 403 && e.message === 'Missing or invalid API key.');
});

test('the FeedbackApi adapter over a foreign server: categories, a submission, a status', async () => {
  const calls: { url: string; init?: RequestInit }[] = [];
  const api = createOpen311FeedbackApi({ baseUrl: 'https://asiointi.example/v1', apiKey: 'xyz', fetch: helsinki(calls) }, { clock: () => new Date('2026-01-01T00:00:00Z') });
  const categories = await api.listCategories();
  assert.deepEqual(categories.map((c) => c.id), ['246', 'x-444d563636']);
  assert.deepEqual(categories[0]!.name, { fi: 'Roskaaminen', sv: 'Littering', en: 'Littering' });
  const question = categories[1]!.attributes![0]!;
  assert.equal(question.code, 'WHISHETN');
  assert.deepEqual(question.description, { fi: 'Mikä merkki?', sv: 'Which make?', en: 'Which make?' });
  assert.deepEqual(question.values, [{ key: '123', name: { fi: 'Ford', sv: 'Ford', en: 'Ford' } }]);

  const receipt = await api.submit(
    { category: 'x-444d563636', message: 'Auto on hylätty.', location: { address: 'Mannerheimintie 1' }, attributes: { WHISHETN: '123' }, lang: 'fi' },
    'key-000000000000000001',
  );
  assert.deepEqual(receipt, { trackingCode: '8fmht6g1470b3qk8pthg', status: 'received', createdAt: '2026-01-01T00:00:00.000Z' });
  const post = calls.find((c) => c.init?.method === 'POST')!;
  const form = new URLSearchParams(String(post.init!.body));
  assert.equal(form.get('service_code'), 'DMV66');
  assert.equal(form.get('attribute[WHISHETN]'), '123');
  assert.equal(form.get('address_string'), 'Mannerheimintie 1');
  assert.equal(new Headers(post.init!.headers).get('Idempotency-Key'), 'key-000000000000000001');

  const status = await api.getStatus('8fmht6g1470b3qk8pthg');
  assert.equal(status.status, 'done');
  assert.equal(status.createdAt, '2013-05-02T08:02:07.000Z');
  assert.deepEqual(status.reply, { text: 'Kiitos ilmoituksestanne.', repliedAt: '2013-05-15T05:55:09.000Z' });

  const wrongKey = createOpen311FeedbackApi({ baseUrl: 'https://asiointi.example/v1', apiKey: 'nope', fetch: helsinki([]) });
  await assert.rejects(
    wrongKey.submit({ category: '246', message: 'Roskia puistossa.', location: { address: 'X' }, lang: 'fi' }, 'key-000000000000000002'),
    (e: unknown) => e instanceof ProblemError && e.status === 403,
  );
});
