/**
 * Volunteering's part of /openapi.json says what the server does (issue 11, ADR 0060): the edits
 * of shifts and opportunities need If-Match and answer 412 and 428, the new version in ETag; and
 * every key the server sends, `version` included, is a property of the schema the document names
 * for that answer (the residents' routes and the coordinators' alike), checked on real answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type StaffOpportunity, type StaffShift } from '@kohtaamo/core';
import { createApp } from '../app.js';
import { createVolunteeringModule } from './volunteering.module.js';
import { expectStatus, LATU, opportunityInput, opportunityWithShift, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; description?: string };
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

let h: VolunteeringHarness;
let doc: Document;
const P = VOLUNTEERING_PATHS;
const O = `${P.staff}/organisations/{organisationId}`;
before(async () => {
  h = await startVolunteering();
  doc = (await expectStatus(h.call('GET', '/openapi.json'), 200)) as Document;
});
after(async () => {
  await h?.close();
});

const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(doc.components.schemas[schema.$ref.split('/').pop()!]!) : schema);
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

/** Where a value strays from a JSON schema: keys it does not describe, required keys missing, another type. */
function strays(value: unknown, schema: Schema, at = '#'): string[] {
  const s = resolve(schema);
  const branches = s.anyOf ?? s.oneOf;
  if (branches) {
    const fits = branches.map((b) => strays(value, b, at));
    return fits.find((f) => f.length === 0) ?? fits.reduce((a, b) => (a.length <= b.length ? a : b));
  }
  const type = typeOf(value);
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  if (types.length > 0 && !types.includes(type) && !(type === 'integer' && types.includes('number'))) return [`${at}: ${type}, documented ${types.join('|')}`];
  if (type === 'array' && s.items) return (value as unknown[]).flatMap((item, i) => strays(item, s.items!, `${at}/${i}`));
  const properties = s.properties;
  if (type !== 'object' || !properties) return [];
  const object = value as Record<string, unknown>;
  return [
    ...Object.keys(object).filter((k) => !(k in properties)).map((k) => `${at}/${k}: not documented`),
    ...(s.required ?? []).filter((k) => !(k in object)).map((k) => `${at}/${k}: documented as required, not sent`),
    ...Object.entries(object).flatMap(([k, v]) => (k in properties ? strays(v, properties[k]!, `${at}/${k}`) : [])),
  ];
}

/** The schema the document names for an operation's answer. */
function answerSchema(path: string, method: string, status: string): Schema {
  const schema = doc.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  assert.ok(schema, `${method} ${path} ${status} names no schema`);
  return schema;
}

describe(`volunteering in /openapi.json (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the edits of a shift and of an opportunity need If-Match, and document 412 and 428 and the new version in ETag', () => {
    for (const [path, of] of [
      [`${O}/shifts/{shiftId}`, 'shift'],
      [`${O}/opportunities/{opportunityId}`, 'opportunity'],
    ] as const) {
      const put = doc.paths[path]?.put;
      assert.ok(put, path);
      const ifMatch = put.parameters?.find((p) => p.name === 'If-Match');
      assert.deepEqual([ifMatch?.in, ifMatch?.required], ['header', true], `${path}: If-Match`);
      for (const status of ['200', '412']) assert.ok(put.responses[status]?.headers?.ETag, `${path} ${status}: ETag`);
      for (const status of ['404', '412', '422', '428']) assert.ok(put.responses[status]?.content?.['application/problem+json'], `${path} ${status}`);
      const saved = resolve(answerSchema(path, 'put', '200'));
      assert.ok(saved.required?.includes('version'), `${path}: the answer's version`);
      assert.match(resolve(saved.properties!.version!).description ?? '', new RegExp(`The ${of}’s version.*If-Match`));
    }
    // The list a coordinator edits from carries both versions.
    const list = resolve(answerSchema(`${O}/opportunities`, 'get', '200'));
    const item = resolve(list.properties!.items!.items!);
    assert.ok(item.required?.includes('version'));
    assert.ok(resolve(item.properties!.shifts!.items!).required?.includes('version'));
  });

  test('every key of the real answers is in the schema the document names for them, version included', async () => {
    const { opportunity, shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 6, roles: [{ id: 'kahvio', name: { fi: 'Kahvio' }, minimumAge: 15 }] });
    const created = opportunity as StaffOpportunity;
    const edited = (await expectStatus(
      h.call('PUT', `${P.staff}/organisations/${LATU}/opportunities/${created.id}`, opportunityInput('Muokattu otsikko'), { Authorization: `Bearer ${h.tokens.latu}`, 'If-Match': `"${created.version}"` }),
      200,
    )) as StaffOpportunity;
    const s = shift as StaffShift;
    const input = { startsAt: s.startsAt, endsAt: s.endsAt, capacity: 7, minimumAttendees: s.minimumAttendees, waitingListCapacity: s.waitingListCapacity, maxGroupSize: s.maxGroupSize, roles: s.roles };
    const shiftEdited = await expectStatus(h.call('PUT', `${P.staff}/organisations/${LATU}/shifts/${s.id}`, input, { Authorization: `Bearer ${h.tokens.latu}`, 'If-Match': `"${s.version}"` }), 200);
    const answers: [string, string, string, unknown][] = [
      [`${O}/opportunities`, 'post', '201', created],
      [`${O}/opportunities/{opportunityId}/shifts`, 'post', '201', shift],
      [`${O}/opportunities/{opportunityId}`, 'put', '200', edited],
      [`${O}/shifts/{shiftId}`, 'put', '200', shiftEdited],
      [`${O}/opportunities`, 'get', '200', await expectStatus(h.as('latu', 'GET', `${P.staff}/organisations/${LATU}/opportunities`), 200)],
      [P.opportunities, 'get', '200', await expectStatus(h.call('GET', P.opportunities), 200)],
      [`${P.opportunities}/{opportunityId}`, 'get', '200', await expectStatus(h.call('GET', `${P.opportunities}/${created.id}`), 200)],
      [`${P.shifts}/{shiftId}`, 'get', '200', await expectStatus(h.call('GET', `${P.shifts}/${s.id}`), 200)],
    ];
    // Not a vacuous pass: the answers carry the versions the document must describe.
    assert.equal((answers[6]![3] as StaffOpportunity).version, created.version + 1);
    assert.equal((answers[7]![3] as StaffShift).version, s.version + 1);
    for (const [path, method, status, body] of answers) assert.deepEqual(strays(body, answerSchema(path, method, status)), [], `${method} ${path}`);
  });

  test('documents exactly the residents’ volunteering routes the server has (the staff ones: handling.openapi.test.ts)', () => {
    const app = createApp({ db: h.database.handle, config: { origins: [] }, modules: [createVolunteeringModule()] });
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/v1/volunteering') && r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths)
        .filter(([path]) => path.startsWith('/api/v1/volunteering'))
        .flatMap(([path, ops]) => Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((method) => `${method} ${path}`)),
    );
    assert.ok(served.size >= 10, `${served.size} routes`);
    assert.deepEqual([...documented].sort(), [...served].sort());
  });

  test('the checker finds a key the document does not describe', () => {
    assert.deepEqual(strays({ id: 'x', extra: 1 }, { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }), ['#/extra: not documented']);
    assert.deepEqual(strays({ items: [{}] }, { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { version: { type: 'number' } }, required: ['version'] } } } }), [
      '#/items/0/version: documented as required, not sent',
    ]);
  });
});
