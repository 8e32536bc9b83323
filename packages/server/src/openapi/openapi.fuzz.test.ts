/**
 * Property-based fuzzing of the whole API (issue 8: "no input found by fuzzing the API yields a
 * 5xx"). For every operation of /openapi.json, fast-check builds requests from the operation's
 * own parameter and request-body schemas (values that fit, values that nearly fit, and plain
 * garbage: any JSON, deep nesting, bytes that are no JSON), sends them over real HTTP to the real
 * app on a real database, and asserts that the answer is never a 5xx and that every error is a
 * problem document. Open311 (form-encoded, outside the OpenAPI document) is fuzzed the same way
 * from its parameter names. Seeded and bounded: RUNS runs per operation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../testing/test-server.js';
import { seedDemo } from '../feedback/feedback.seed.js';
import { issueTestApiKey } from '../feedback/open311/open311.test-helpers.js';
import { seedDemoStaff } from '../platform/staff/demo-staff.js';

const RUNS = 50;
const SEED = 20261201;
const TOKEN = 'fuzz-staff-token-0123456789abcdef0123456789';

type Schema = Record<string, any>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  security?: unknown[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> };
}

let database: TestDatabase;
let server: TestServer;
let doc: Document;
let apiKey = '';
const logger = recordingLogger();
/** Values of the seeded data, so that generated requests also reach past the "not found". */
const known = { codes: [] as string[], ids: [] as string[], photoIds: [] as string[], categories: [] as string[], etags: [] as string[] };

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedDemo(db);
  await seedDemoStaff(db, TOKEN);
  apiKey = await issueTestApiKey(db, 'fuzz client');
  server = await startTestServer({ db: database.handle, config: { origins: ['https://cms.example.fi'] }, logger });
  doc = (await (await fetch(server.at('/openapi.json'))).json()) as Document;
  const rows = await db.selectFrom('feedback').select(['id', 'tracking_code', 'version']).limit(20).execute();
  known.codes = rows.map((r) => r.tracking_code);
  known.ids = rows.map((r) => r.id);
  known.etags = [...new Set(rows.map((r) => `"${r.version}"`))];
  known.photoIds = (await db.selectFrom('feedback_photos').select('id').limit(5).execute()).map((r) => r.id);
  known.categories = (await db.selectFrom('feedback_categories').select('id').execute()).map((r) => r.id);
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

const ascii = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const nasty = fc.constantFrom('', ' ', '0', '-1', '1e309', 'NaN', 'null', '[]', '{}', '../..', '%00', 'ä', '😀', 'x'.repeat(300), '<script>', "' OR 1=1 --", '1,2,3,4', '999999999999999999999');

function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; i < 10 && typeof current.$ref === 'string'; i++) {
    current = doc.components.schemas[(current.$ref as string).split('/').pop()!] ?? {};
  }
  return current;
}

/** Values that fit a JSON schema (as far as fast-check can make them), depth-bounded. */
function fitting(input: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  if (depth > 6) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return fc.oneof(...variants.map((s) => fitting(s, depth + 1)));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (types.length > 1) return fc.oneof(...types.map((type) => fitting({ ...schema, type }, depth)));
  switch (types[0]) {
    case 'object': {
      const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
      const record = fc.record(Object.fromEntries(properties.map(([key, s]) => [key, fitting(s, depth + 1)])), {
        requiredKeys: ((schema.required ?? []) as string[]).filter((key) => properties.some(([k]) => k === key)),
      });
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        const keys = schema.propertyNames?.pattern ? fc.stringMatching(new RegExp(schema.propertyNames.pattern as string)) : ascii(20);
        return fc.tuple(record, fc.dictionary(keys, fitting(schema.additionalProperties as Schema, depth + 1), { maxKeys: 4 })).map(([a, b]) => ({ ...b, ...a }));
      }
      return record;
    }
    case 'array':
      return fc.array(fitting(schema.items as Schema, depth + 1), { maxLength: Math.min((schema.maxItems as number | undefined) ?? 4, 4) });
    case 'integer':
      return fc.integer({ min: Math.max((schema.minimum as number | undefined) ?? -1e6, -1e9), max: Math.min((schema.maximum as number | undefined) ?? 1e6, 1e9) });
    case 'number':
      return fc.double({ min: (schema.minimum as number | undefined) ?? -1e6, max: (schema.maximum as number | undefined) ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string': {
      const max = Math.min((schema.maxLength as number | undefined) ?? 60, 200);
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom(...known.ids, ...known.photoIds, '00000000-0000-4000-8000-000000000000'));
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern as string)).filter((s) => s.length <= max);
      return fc.string({ minLength: Math.min((schema.minLength as number | undefined) ?? 0, max), maxLength: max });
    }
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** Any JSON value, deeply nested values and values that nearly fit (one field replaced by anything). */
function body(schema: Schema | undefined): fc.Arbitrary<string> {
  const fit = fitting(schema);
  const nearly = fc.tuple(fit, ascii(12), fc.jsonValue({ maxDepth: 3 })).map(([value, key, other]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return other;
    const keys = Object.keys(value);
    return { ...value, [keys.length > 0 ? keys[key.length % keys.length]! : key]: other };
  });
  // A fitting body with one more member nested thousands of levels deep.
  const deep = fc.tuple(fit, fc.integer({ min: 20, max: 20_000 })).map(([value, d]) => {
    const nested = `${'['.repeat(d)}${']'.repeat(d)}`;
    const text = value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : '{}';
    return `${text.slice(0, -1)}${text === '{}' ? '' : ','}"extra":${nested}}`;
  });
  return fc.oneof(
    { weight: 4, arbitrary: fit.map((v) => JSON.stringify(v)) },
    { weight: 3, arbitrary: nearly.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: deep },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  );
}

function parameterValue(parameter: Parameter): fc.Arbitrary<string> {
  const name = parameter.name.toLowerCase();
  const fromData =
    name === 'code' ? known.codes : name === 'id' ? known.ids : name === 'photoid' ? known.photoIds : name === 'category' ? known.categories : name === 'if-match' ? known.etags : [];
  const schemaValue = fitting(parameter.schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return fc.oneof(
    ...(fromData.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...fromData) }] : []),
    { weight: 4, arbitrary: schemaValue },
    { weight: 2, arbitrary: nasty },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
}

interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Uint8Array;
}

function operationRequests(path: string, method: string, operation: Operation): fc.Arbitrary<FuzzRequest> {
  const parameters = (operation.parameters ?? []).map((p) => ('$ref' in p ? doc.components.parameters[p.$ref.split('/').pop()!]! : p));
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const headerParams = parameters.filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'accept-language');
  const content = operation.requestBody?.content ?? {};
  const json = content['application/json'];
  const bytes = Object.keys(content).find((type) => type.startsWith('image/') || type === 'application/octet-stream');
  const headerValue = fc.oneof({ weight: 1, arbitrary: ascii(60) }, { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:-]{16,40}$/) });

  return fc.record({
    path: fc.tuple(...pathParams.map(parameterValue)).map((values) =>
      pathParams.reduce((out, p, index) => out.replace(`{${p.name}}`, encodeURIComponent(values[index] ?? '')), path),
    ),
    query: fc.tuple(...queryParams.map((p) => fc.option(fc.array(parameterValue(p), { minLength: 1, maxLength: 2 }), { freq: 2 }))).map((values) => {
      const search = new URLSearchParams();
      queryParams.forEach((p, index) => values[index]?.forEach((value) => search.append(p.name, value)));
      return search.toString();
    }),
    headers: fc.record({
      auth: fc.constantFrom('token', 'token', 'token', 'none', 'wrong'),
      lang: fc.constantFrom('fi', 'sv', 'en', 'de', '*', 'en-GB;q=0.5, sv'),
      key: fc.option(headerValue, { freq: 4 }),
      origin: fc.option(fc.constantFrom('https://cms.example.fi', 'https://evil.example', 'null'), { freq: 2 }),
      extra: fc.tuple(...headerParams.map((p) => fc.option(fc.oneof(parameterValue(p), headerValue), { freq: 4 }))),
    }),
    contentType: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/problem+json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', '') }),
    body: json ? body(json.schema) : bytes ? fc.uint8Array({ maxLength: 4096 }).map((b) => b as unknown as string) : fc.constant(undefined as unknown as string),
    imageType: fc.constantFrom('image/jpeg', 'image/png', 'application/octet-stream', 'text/plain'),
    prefix: fc.constantFrom<number[]>([], [0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]),
  }).map((r) => {
    const headers: Record<string, string> = { 'Accept-Language': r.headers.lang };
    if (r.headers.auth === 'token') headers['Authorization'] = `Bearer ${TOKEN}`;
    if (r.headers.auth === 'wrong') headers['Authorization'] = 'Bearer not-a-token';
    if (r.headers.key !== null) headers['Idempotency-Key'] = r.headers.key;
    if (r.headers.origin !== null) headers['Origin'] = r.headers.origin;
    headerParams.forEach((p, index) => {
      const value = r.headers.extra[index];
      if (value !== null && value !== undefined) headers[p.name] = value;
    });
    let requestBody: string | Uint8Array | undefined;
    if (json) {
      headers['Content-Type'] = r.contentType;
      requestBody = r.body;
    } else if (bytes) {
      headers['Content-Type'] = r.imageType;
      requestBody = new Uint8Array([...r.prefix, ...(r.body as unknown as Uint8Array)]);
    }
    const url = `${r.path}${r.query ? `?${r.query}` : ''}`;
    return { method: method.toUpperCase(), url, headers, ...(requestBody !== undefined ? { body: requestBody } : {}) };
  });
}

async function send(request: FuzzRequest): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(server.at(request.url), {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: typeof request.body === 'string' ? request.body : Buffer.from(request.body) } : {}),
    redirect: 'manual',
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

const describeRequest = (r: FuzzRequest) => `${r.method} ${r.url} ${JSON.stringify(r.headers)} ${typeof r.body === 'string' ? r.body.slice(0, 300) : r.body ? `<${r.body.length} bytes>` : ''}`;

describe(`fuzzing every OpenAPI operation: never a 5xx (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('every operation of /openapi.json', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
        .map(([method, operation]) => ({ path, method, operation })),
    );
    assert.ok(operations.length >= 25, `${operations.length} operations`);
    for (const { path, method, operation } of operations) {
      await fc.assert(
        fc.asyncProperty(operationRequests(path, method, operation), async (request) => {
          const answer = await send(request);
          assert.ok(answer.status < 500, `${answer.status} for ${describeRequest(request)}: ${answer.text.slice(0, 500)}`);
          if (answer.status >= 400 && !request.url.startsWith('/api/v1/staff/auth/')) {
            assert.match(answer.type, /^application\/problem\+json/, `${answer.status} for ${describeRequest(request)}`);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    assert.deepEqual(logger.entries.map((e) => e.message), [], 'no unhandled error was logged');
  });

  test('Open311: GET requests and POST requests with generated parameters', async () => {
    const names = ['service_code', 'description', 'lat', 'long', 'address_string', 'address_id', 'email', 'phone', 'first_name', 'last_name', 'locale', 'media_url', 'attribute[LAMP]', 'attribute[danger]', 'attribute[]'];
    const value = fc.oneof(fc.constantFrom(...known.categories, '61.2', '26.03', 'no', 'risk', 'fi', 'sv'), nasty, fc.string({ maxLength: 40 }));
    const fields = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fields, fc.boolean(), fc.constantFrom('json', 'xml'), fc.constantFrom('urlencoded', 'multipart', 'garbage'), async (entries, withKey, format, encoding) => {
        const form = new URLSearchParams(entries);
        if (withKey) form.set('api_key', apiKey);
        let init: RequestInit;
        if (encoding === 'urlencoded') init = { body: form.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
        else if (encoding === 'multipart') {
          const data = new FormData();
          for (const [k, v] of form) data.append(k, v);
          init = { body: data };
        } else init = { body: form.toString(), headers: { 'Content-Type': 'multipart/form-data; boundary=nope' } };
        const post = await fetch(server.at(`/open311/v2/requests.${format}`), { method: 'POST', ...init });
        assert.ok(post.status < 500, `${post.status} for POST ${form.toString()}: ${await post.text()}`);
        const get = await fetch(server.at(`/open311/v2/requests.${format}?${new URLSearchParams(entries).toString()}`));
        assert.ok(get.status < 500, `${get.status} for GET ${new URLSearchParams(entries).toString()}: ${await get.text()}`);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
