import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FEEDBACK_RESIDENT_PATHS } from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
});
after(async () => {
  await server?.close();
  await database?.cleanup();
});

test('the OpenAPI document describes the resident routes with their core schemas', async () => {
  const doc = (await (await fetch(server.at('/openapi.json'))).json()) as {
    paths: Record<string, Record<string, { operationId: string }>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  };
  assert.equal(doc.paths[FEEDBACK_RESIDENT_PATHS.list]?.get?.operationId, 'listPublicFeedback');
  assert.equal(doc.paths[FEEDBACK_RESIDENT_PATHS.list]?.post?.operationId, 'submitFeedback', 'the submission stays');
  assert.ok(doc.paths[FEEDBACK_RESIDENT_PATHS.nearby]?.get);
  assert.ok(doc.paths['/api/v1/feedback/{code}/followers']?.post);
  assert.ok(doc.paths[FEEDBACK_RESIDENT_PATHS.photos]?.post);
  assert.ok(doc.paths['/api/v1/feedback/photos/{id}']?.get);
  const list = doc.components.schemas.PublicFeedbackList!;
  assert.deepEqual(list.required?.sort(), ['items', 'page', 'pageSize', 'total']);
  const submission = doc.components.schemas.FeedbackSubmission!;
  for (const field of ['attributes', 'photos', 'location']) assert.ok(submission.properties?.[field], field);
  // The public item carries no contact fields at all.
  const text = JSON.stringify(list);
  for (const secret of ['contact', 'email', 'phone']) assert.ok(!text.includes(secret), secret);
});
