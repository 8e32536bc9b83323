import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { createOpenApiDocument } from '../../openapi/openapi.document.js';
import { defaultModules } from '../../modules.js';

interface Operation {
  security?: Record<string, string[]>[];
  parameters?: { name?: string; in?: string; $ref?: string }[];
  responses: Record<string, unknown>;
}

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
});

after(async () => {
  await database?.cleanup();
});

describe('OpenAPI: the staff API', () => {
  const doc = createOpenApiDocument(defaultModules()) as {
    paths: Record<string, Record<string, Operation>>;
    components: { securitySchemes: Record<string, { type: string; scheme: string }>; schemas: Record<string, unknown> };
  };

  test('documents exactly the staff routes the server has', () => {
    const app = createApp({ db: database.handle, config: { origins: [] }, modules: defaultModules() });
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/v1/staff/') && r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths)
        .filter(([path]) => path.startsWith('/api/v1/staff/'))
        .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)),
    );
    assert.deepEqual([...documented].sort(), [...served].sort());
  });

  test('every staff operation needs the bearer token or the session cookie and documents 401 and 403; feedback changes need If-Match', () => {
    assert.deepEqual(doc.components.securitySchemes.staffBearer, { ...doc.components.securitySchemes.staffBearer, type: 'http', scheme: 'bearer' });
    // The sign-in and invitation routes are public (the platform's; the grant matrix test checks them).
    const signIn = (p: string) => p.startsWith('/api/v1/staff/auth/') || p.startsWith('/api/v1/staff/invitations/');
    for (const [path, ops] of Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/v1/staff/') && !signIn(p))) {
      for (const [method, op] of Object.entries(ops)) {
        assert.deepEqual(op.security, [{ staffBearer: [] }, { staffSession: [] }], `${method} ${path}`);
        assert.ok(op.responses['401'] && op.responses['403'], `${method} ${path}`);
        // Feedback's staff changes act on a report read before (optimistic concurrency); other
        // domains' creating POSTs have nothing to match.
        if (method === 'post' && path.startsWith('/api/v1/staff/feedback/')) {
          assert.ok(op.parameters?.some((p) => p.name === 'If-Match' && p.in === 'header'), `${method} ${path}`);
          for (const status of ['412', '428', '422']) assert.ok(op.responses[status], `${method} ${path} ${status}`);
        }
      }
    }
  });

  test('the public paths carry no security requirement', () => {
    assert.equal(doc.paths['/api/v1/feedback']?.post?.security, undefined);
  });

  test('staff schemas come from core; the public status schema documents the history without names', () => {
    for (const name of ['StaffFeedbackDetail', 'StatusChange', 'Moderation', 'Assignment', 'NoteInput']) assert.ok(doc.components.schemas[name], name);
    const status = JSON.stringify(doc.components.schemas.FeedbackStatus);
    assert.ok(status.includes('"history"'));
    assert.ok(!status.includes('actor') && !status.includes('notes'));
  });
});
