import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { DomainModule } from '../platform/module.js';
import { createOpenApiDocument } from './openapi.document.js';

/** GET /openapi.json: the API description, readable by tools from any origin. */
export function openApiRoutes(modules: readonly DomainModule[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const body = JSON.stringify(createOpenApiDocument(modules));
  app.get('/openapi.json', (c) =>
    c.body(body, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
    }),
  );
  return app;
}
