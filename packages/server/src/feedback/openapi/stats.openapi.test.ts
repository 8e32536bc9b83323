import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOpenApiDocument } from '../../openapi/openapi.document.js';
import { defaultModules } from '../../modules.js';

type Doc = {
  paths: Record<string, Record<string, { parameters?: { name?: string }[]; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

test('OpenAPI: the stats path with its parameters, its schema, the response time and the 429', () => {
  const doc = createOpenApiDocument(defaultModules()) as unknown as Doc;
  const stats = doc.paths['/api/v1/feedback/stats']?.get;
  assert.ok(stats, 'GET /api/v1/feedback/stats is described');
  assert.deepEqual(stats.parameters?.filter((p) => p.name).map((p) => p.name), ['from', 'to', 'category', 'unit']);
  assert.ok(stats.responses['200'] && stats.responses['422']);
  const schema = doc.components.schemas.FeedbackStats!;
  for (const key of ['overall', 'byCategory', 'byUnit', 'backlog', 'weeks', 'targetWorkingDays', 'percentileMethod']) {
    assert.ok(schema.properties?.[key], key);
  }
  const status = doc.components.schemas.FeedbackStatus!;
  assert.ok(status.properties?.responseTime, 'the status answer has the response time');
  assert.ok(!status.required?.includes('responseTime'), 'additive: optional for clients of older servers');
  assert.ok(doc.paths['/api/v1/feedback']?.post?.responses['429']);
});
