import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  PROBLEM_CONTENT_TYPE,
  ProblemSchema,
  STAFF_IDENTITY_PATHS,
  StaffUserListSchema,
  StaffUserSchema,
  AcceptInvitationSchema,
  GrantSchema,
  InvitationAcceptedSchema,
  InvitationInputSchema,
  InvitationSchema,
  OrganisationDetailSchema,
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

/** Staff credentials (ADR 0016): a bearer token or session, or the session cookie. */
export const STAFF_SECURITY_SCHEMES = {
  staffBearer: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A staff token from `kohtaamo-server admin token issue --email …` (for automation), or a session token from ' +
      'POST /api/v1/staff/auth/session or an accepted invitation. Both expire.',
  },
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'kohtaamo_staff',
    description: 'The HttpOnly session cookie set by the sign-in through the city’s OpenID Connect provider.',
  },
} as const;
export const STAFF_SECURITY = [{ staffBearer: [] }, { staffSession: [] }];

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
      [STAFF_IDENTITY_PATHS.login]: {
        get: {
          tags: ['staff'],
          operationId: 'staffSignIn',
          summary: 'Starts a staff sign-in at the city’s OpenID Connect provider (authorization code with PKCE)',
          parameters: [{ name: 'return_to', in: 'query', required: false, description: 'A page of this server’s origin or of KOHTAAMO_ORIGINS to come back to; it gets a one-time code in its fragment (#kohtaamo-sign-in=…).', schema: { type: 'string' } }],
          responses: { '302': { description: 'To the provider.' }, '400': problemResponse('return_to is not an allowed origin.'), '404': problemResponse('Sign-in through OpenID Connect is not configured.'), ...COMMON_PROBLEMS },
        },
      },
      [STAFF_IDENTITY_PATHS.callback]: {
        get: {
          tags: ['staff'],
          operationId: 'staffSignInCallback',
          summary: 'The provider’s redirect back: checks state, nonce and PKCE, maps groups to grants, starts a session',
          responses: {
            '303': { description: 'Signed in: the session cookie is set; to return_to (with a one-time code in the fragment) or the staff console.' },
            '400': problemResponse('Unknown or expired state, or the provider’s answer was refused.'),
            '403': problemResponse('Signed in at the provider, but no grants in Kohtaamo, or disabled.'),
            ...COMMON_PROBLEMS,
          },
        },
      },
      [STAFF_IDENTITY_PATHS.session]: {
        post: {
          tags: ['staff'],
          operationId: 'staffSessionFromCode',
          summary: 'Exchanges the one-time sign-in code for a session token (an embedded console on another origin)',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] } } } },
          responses: { '200': { description: 'A session token and when it expires.', content: { 'application/json': { schema: { type: 'object', properties: { token: { type: 'string' }, expiresAt: { type: 'string' } }, required: ['token', 'expiresAt'] } } } }, '400': problemResponse('Unknown, used or expired code.'), ...COMMON_PROBLEMS },
        },
      },
      [STAFF_IDENTITY_PATHS.logout]: {
        post: { tags: ['staff'], operationId: 'staffSignOut', summary: 'Ends the session (an admin-issued token stays valid)', security: STAFF_SECURITY, responses: { '204': { description: 'Signed out; the cookie is cleared.' }, ...STAFF_AUTH_PROBLEMS } },
      },
      [STAFF_IDENTITY_PATHS.acceptInvitation]: {
        post: {
          tags: ['staff'],
          operationId: 'acceptInvitation',
          summary: 'Accepts an invitation (single use): makes the person and their grant, and a first session',
          requestBody: { required: true, content: jsonContent('AcceptInvitation') },
          responses: { '201': { description: 'The session token (shown once) and the grant.', content: jsonContent('InvitationAccepted') }, '400': problemResponse('Unknown, used or expired invitation.'), '422': problemResponse('Invalid body.'), ...COMMON_PROBLEMS },
        },
      },
      '/api/v1/organisations/{organisationId}': {
        get: {
          tags: ['staff'],
          operationId: 'getOrganisation',
          summary: 'An organisation, its members and open invitations (its coordinators and the city’s administrators)',
          security: STAFF_SECURITY,
          parameters: [{ name: 'organisationId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The organisation.', content: jsonContent('OrganisationDetail') }, '404': problemResponse('No such organisation.'), ...STAFF_AUTH_PROBLEMS },
        },
      },
      '/api/v1/organisations/{organisationId}/invitations': {
        post: {
          tags: ['staff'],
          operationId: 'inviteToOrganisation',
          summary: 'Invites a person by email to a grant in the organisation (single-use link through the outbox)',
          security: STAFF_SECURITY,
          parameters: [{ name: 'organisationId', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: jsonContent('InvitationInput') },
          responses: { '201': { description: 'Invited; the mail is queued.', content: jsonContent('Invitation') }, '404': problemResponse('No such organisation.'), '422': problemResponse('Invalid body, or a grant that cannot be given.'), ...STAFF_AUTH_PROBLEMS },
        },
      },
      [SITE_PATH]: {
        get: {
          tags: ['operations'],
          operationId: 'siteSettings',
          summary: 'The city’s public settings the widgets use (name, map centre, area, tiles, staff sign-in with the city account)',
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
        Grant: jsonSchemaOf(GrantSchema),
        Invitation: jsonSchemaOf(InvitationSchema),
        InvitationInput: jsonSchemaOf(InvitationInputSchema),
        AcceptInvitation: jsonSchemaOf(AcceptInvitationSchema),
        InvitationAccepted: jsonSchemaOf(InvitationAcceptedSchema),
        OrganisationDetail: jsonSchemaOf(OrganisationDetailSchema),
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
