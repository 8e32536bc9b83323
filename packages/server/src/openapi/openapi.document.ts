import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  PROBLEM_CONTENT_TYPE,
  ProblemSchema,
  STAFF_IDENTITY_PATHS,
  StaffUserListSchema,
  StaffUserSchema,
} from '@kohtaamo/core';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import type { DomainModule } from '../platform/module.js';
import { SITE_PATH } from '../platform/site.routes.js';

/** A JSON object as it goes into the document. */
type Json = { [key: string]: unknown };

/**
 * JSON Schema 2020-12 (the dialect of OpenAPI 3.1) of a core valibot schema. Checks that JSON
 * Schema cannot say (trim, cross-field checks) are left out: the schema is a description, the
 * valibot schema the rule, and the server validates with the latter.
 */
export function jsonSchemaOf(schema: GenericSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' });
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } },
});
export const jsonContent = (name: string) => ({ 'application/json': { schema: ref(name) } });

/** The staff bearer token (admin-issued; see the README's staff section). */
export const STAFF_SECURITY_SCHEMES = {
  staffBearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'A staff token from `kohtaamo-server admin token issue --email …`.',
  },
} as const;
export const STAFF_SECURITY = [{ staffBearer: [] }];

/** The problem answers any route may give. */
export const COMMON_PROBLEMS = {
  '500': problemResponse('Unexpected server error. The body never carries internal details.'),
  '503': problemResponse('The database cannot be reached; try again (see Retry-After).'),
};

/** What a staff route may answer besides its own: no or a bad token, not allowed. */
export const STAFF_AUTH_PROBLEMS = {
  '401': problemResponse('No valid staff token (missing, wrong, expired or revoked). WWW-Authenticate: Bearer realm="kohtaamo-staff".'),
  '403': problemResponse('Signed in, but not allowed this.'),
  ...COMMON_PROBLEMS,
};

/**
 * The OpenAPI 3.1 description of the API, made from the same valibot schemas that validate the
 * requests: the contract is written once, in core.
 */
export function createOpenApiDocument(modules: readonly DomainModule[], options: { version?: string; serverUrl?: string; cityName?: string } = {}): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kohtaamo API',
      version: options.version ?? '0.1.0',
      description:
        `Resident participation API${options.cityName ? ` of ${options.cityName}` : ''}. Errors are RFC 9457 problem details ` +
        '(application/problem+json) with a JSON pointer and a message code per invalid field. ' +
        'Texts follow Accept-Language (fi, sv, en; Finnish by default).',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    tags: [
      ...modules.flatMap((m) => m.openApi().tags ?? []),
      { name: 'staff', description: 'Staff sign-in and identity (bearer token)' },
      { name: 'operations' },
    ],
    paths: {
      '/healthz': {
        get: {
          tags: ['operations'],
          operationId: 'health',
          summary: 'Liveness and database reachability',
          responses: {
            '200': { description: 'The server and its database answer.', content: jsonContent('Health') },
            '503': COMMON_PROBLEMS['503'],
          },
        },
      },
      [STAFF_IDENTITY_PATHS.me]: {
        get: { tags: ['staff'], operationId: 'staffMe', summary: 'The signed-in member of staff', security: STAFF_SECURITY, responses: { '200': { description: 'Who the token belongs to.', content: jsonContent('StaffUser') }, ...STAFF_AUTH_PROBLEMS } },
      },
      [STAFF_IDENTITY_PATHS.users]: {
        get: { tags: ['staff'], operationId: 'listStaff', summary: 'Staff (admin only)', security: STAFF_SECURITY, responses: { '200': { description: 'Enabled staff.', content: jsonContent('StaffUserList') }, ...STAFF_AUTH_PROBLEMS } },
      },
      [SITE_PATH]: {
        get: {
          tags: ['operations'],
          operationId: 'siteSettings',
          summary: 'The city’s public settings the widgets use (name, map centre, area, tiles)',
          responses: { '200': { description: 'Settings from the server’s configuration.', content: jsonContent('Site') }, ...COMMON_PROBLEMS },
        },
      },
      ...Object.assign({}, ...modules.map((m) => m.openApi().paths)),
    },
    components: {
      securitySchemes: { ...STAFF_SECURITY_SCHEMES },
      schemas: {
        ...Object.assign({}, ...modules.map((m) => m.openApi().schemas ?? {})),
        StaffUser: jsonSchemaOf(StaffUserSchema),
        StaffUserList: jsonSchemaOf(StaffUserListSchema),
        Site: {
          type: 'object',
          properties: {
            city: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
            map: {
              type: 'object',
              properties: {
                centre: { oneOf: [{ type: 'null' }, { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } }, required: ['lat', 'lon'] }] },
                bbox: { oneOf: [{ type: 'null' }, { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 }] },
                tiles: { type: 'string' },
              },
              required: ['centre', 'bbox', 'tiles'],
            },
          },
          required: ['city', 'map'],
        },
        Problem: jsonSchemaOf(ProblemSchema),
        Health: {
          type: 'object',
          properties: { status: { const: 'ok' }, database: { enum: ['sqlite', 'postgresql'] } },
          required: ['status', 'database'],
        },
      },
      parameters: {
        ...Object.assign({}, ...modules.map((m) => m.openApi().parameters ?? {})),
        IdempotencyKey: {
          name: IDEMPOTENCY_HEADER,
          in: 'header',
          required: false,
          description: 'Makes a retried submission safe (draft-ietf-httpapi-idempotency-key-header). A UUID is a good key.',
          schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
        },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Language of the texts in error answers: fi (default), sv or en.',
          schema: { type: 'string' },
        },
      },
    },
  };
}
