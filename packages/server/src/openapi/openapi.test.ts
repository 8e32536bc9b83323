import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FEEDBACK_PATHS, IDEMPOTENCY_HEADER, PROBLEM_CONTENT_TYPE } from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface JsonSchemaLike {
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchemaLike & { minLength?: number; maxLength?: number; format?: string; enum?: string[] }>;
}
interface Operation {
  parameters?: { $ref: string }[];
  requestBody?: { required: boolean; content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref: string } }>; headers?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchemaLike>;
    parameters: Record<string, { name: string; in: string; required: boolean; schema: { pattern?: string } }>;
  };
}

let database: TestDatabase;
let server: TestServer;
let doc: OpenApiDocument;

before(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
  const response = await fetch(server.at('/openapi.json'));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  doc = JSON.parse(await response.text()) as OpenApiDocument;
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

describe('GET /openapi.json', () => {
  test('is OpenAPI 3.1 with every path of the API', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'Kohtaamo API');
    // The foundation's paths; other slices add theirs (staff.openapi.test.ts checks the staff paths).
    for (const path of ['/api/v1/feedback', '/api/v1/feedback/categories', '/api/v1/feedback/{code}', '/healthz']) {
      assert.ok(path in doc.paths, path);
    }
    assert.ok(doc.paths[FEEDBACK_PATHS.submissions]?.post);
    assert.ok(doc.paths[FEEDBACK_PATHS.categories]?.get);
    assert.ok(doc.paths['/api/v1/feedback/{code}']?.get);
  });

  test('the FeedbackSubmission schema comes from the core schema, with its required fields', () => {
    const schema = doc.components.schemas.FeedbackSubmission;
    assert.ok(schema);
    assert.equal(schema.type, 'object');
    assert.deepEqual([...(schema.required ?? [])].sort(), ['category', 'message']);
    const props = schema.properties ?? {};
    assert.deepEqual(Object.keys(props).sort(), ['attributes', 'category', 'contact', 'lang', 'location', 'message', 'photos']);
    assert.equal(props.message?.minLength, 5);
    assert.equal(props.message?.maxLength, 5000);
    assert.deepEqual(props.lang?.enum, ['fi', 'sv', 'en']);
    assert.deepEqual(props.contact?.required, ['consent']);
    assert.equal(props.contact?.properties?.email?.format, 'email');
    assert.ok(!('$schema' in schema), 'no per-schema $schema inside components');
  });

  test('the POST documents its body, 201, problems as application/problem+json, and Idempotency-Key', () => {
    const post = doc.paths[FEEDBACK_PATHS.submissions]!.post!;
    assert.equal(post.requestBody?.required, true);
    assert.equal(post.requestBody?.content['application/json']?.schema.$ref, '#/components/schemas/FeedbackSubmission');
    assert.equal(post.responses['201']?.content?.['application/json']?.schema.$ref, '#/components/schemas/FeedbackReceipt');
    assert.ok(post.responses['201']?.headers?.Location);
    for (const status of ['400', '413', '415', '422', '500']) {
      assert.equal(post.responses[status]?.content?.[PROBLEM_CONTENT_TYPE]?.schema.$ref, '#/components/schemas/Problem', status);
    }
    const refs = (post.parameters ?? []).map((p) => p.$ref);
    assert.ok(refs.includes('#/components/parameters/IdempotencyKey'));
    const key = doc.components.parameters.IdempotencyKey;
    assert.equal(key?.name, IDEMPOTENCY_HEADER);
    assert.equal(key?.in, 'header');
    assert.equal(key?.required, false);
    assert.ok(key?.schema.pattern);
  });

  test('every $ref points at a component that exists', () => {
    const text = JSON.stringify(doc);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(schemas|parameters)\/([^"]+)"/g)) {
      const group = kind === 'schemas' ? doc.components.schemas : doc.components.parameters;
      assert.ok(name! in group, `${kind}/${name}`);
    }
  });

  test('the status answer schema has no contact fields', () => {
    const status = doc.components.schemas.FeedbackStatus;
    assert.ok(status?.properties);
    assert.ok(!JSON.stringify(status).includes('contact'));
  });
});
