import {
  FEEDBACK_PATHS,
  FeedbackCategoryListSchema,
  FeedbackCategorySchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  FeedbackSubmissionSchema,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  PROBLEM_CONTENT_TYPE,
  ProblemSchema,
  TRACKING_CODE_PATTERN,
} from '@kohtaamo/core';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { publicListOperation, residentOpenApiPaths, residentOpenApiSchemas } from './resident.openapi.js';
import { signalsOpenApiPaths, signalsOpenApiSchemas } from './signals.openapi.js';
import { STAFF_SECURITY_SCHEMES, staffOpenApiPaths, staffOpenApiSchemas } from './staff.openapi.js';

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

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } },
});
const jsonContent = (name: string) => ({ 'application/json': { schema: ref(name) } });

/** The problem answers any route may give. */
const COMMON_PROBLEMS = {
  '500': problemResponse('Unexpected server error. The body never carries internal details.'),
  '503': problemResponse('The database cannot be reached; try again (see Retry-After).'),
};

/**
 * The OpenAPI 3.1 description of the API, made from the same valibot schemas that validate the
 * requests: the contract is written once, in core.
 */
export function createOpenApiDocument(options: { version?: string; serverUrl?: string } = {}): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kohtaamo API',
      version: options.version ?? '0.1.0',
      description:
        'Resident participation API of the City of Heinola. Errors are RFC 9457 problem details ' +
        '(application/problem+json) with a JSON pointer and a message code per invalid field. ' +
        'Texts follow Accept-Language (fi, sv, en; Finnish by default).',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    tags: [
      { name: 'feedback', description: 'Feedback to the city and its status' },
      { name: 'staff', description: 'Feedback handling by the city’s staff (bearer token)' },
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
      [FEEDBACK_PATHS.categories]: {
        get: {
          tags: ['feedback'],
          operationId: 'listFeedbackCategories',
          summary: 'The categories a feedback can be about',
          parameters: [{ $ref: '#/components/parameters/AcceptLanguage' }],
          responses: { '200': { description: 'Categories in display order.', content: jsonContent('FeedbackCategoryList') }, ...COMMON_PROBLEMS },
        },
      },
      [FEEDBACK_PATHS.submissions]: {
        get: publicListOperation(),
        post: {
          tags: ['feedback'],
          operationId: 'submitFeedback',
          summary: 'Send a feedback',
          description:
            'Contact details are optional; given, they need an email or a phone number and consent. ' +
            'With an Idempotency-Key, a repeated request with the same body gets the first answer again ' +
            '(and the Idempotent-Replayed header) and never stores a second feedback; the same key with another ' +
            'body is a 422. Keys are kept for 24 hours.',
          parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }, { $ref: '#/components/parameters/AcceptLanguage' }],
          requestBody: { required: true, content: jsonContent('FeedbackSubmission') },
          responses: {
            '201': {
              description: 'Stored. Keep the tracking code to follow the feedback.',
              headers: {
                Location: { description: 'Where the status of the feedback is read.', schema: { type: 'string' } },
                'Idempotent-Replayed': { description: '"true" when this is a stored answer replayed.', schema: { type: 'string' } },
              },
              content: jsonContent('FeedbackReceipt'),
            },
            '400': problemResponse('The body is not JSON, or the Idempotency-Key header is malformed.'),
            '413': problemResponse('The body is larger than 64 KiB.'),
            '415': problemResponse('The body is not application/json.'),
            '429': problemResponse(
              'Too many submissions from this client (KOHTAAMO_RATE_LIMIT, e.g. 10 per 10 minutes, shared by every server); ' +
                'Retry-After says in how many seconds to try again. Code "common.rateLimited".',
            ),
            '422': problemResponse(
              'Invalid fields (errors[] with pointers such as "#/message" and codes such as "feedback.message.tooShort"; ' +
                'an unknown category is "#/category" "feedback.category.unknown"), or an Idempotency-Key reused with another body.',
            ),
            ...COMMON_PROBLEMS,
          },
        },
      },
      [`${FEEDBACK_PATHS.submissions}/{code}`]: {
        get: {
          tags: ['feedback'],
          operationId: 'getFeedbackStatus',
          summary: 'The status of a feedback, and the city’s reply',
          description: 'Shows no contact details, ever. The code is read leniently (case, spaces, O for 0, I and L for 1).',
          parameters: [{ $ref: '#/components/parameters/TrackingCode' }, { $ref: '#/components/parameters/AcceptLanguage' }],
          responses: {
            '200': { description: 'The status.', content: jsonContent('FeedbackStatus') },
            '404': problemResponse('No feedback has this code.'),
            '422': problemResponse('Not a valid tracking code (pointer "#/code", code "feedback.code.invalid").'),
            ...COMMON_PROBLEMS,
          },
        },
      },
      ...staffOpenApiPaths(),
      ...signalsOpenApiPaths(),
      ...residentOpenApiPaths(),
    },
    components: {
      securitySchemes: { ...STAFF_SECURITY_SCHEMES },
      schemas: {
        ...staffOpenApiSchemas(),
        ...signalsOpenApiSchemas(),
        ...residentOpenApiSchemas(),
        FeedbackSubmission: jsonSchemaOf(FeedbackSubmissionSchema),
        FeedbackReceipt: jsonSchemaOf(FeedbackReceiptSchema),
        FeedbackStatus: jsonSchemaOf(FeedbackStatusSchema),
        FeedbackCategory: jsonSchemaOf(FeedbackCategorySchema),
        FeedbackCategoryList: jsonSchemaOf(FeedbackCategoryListSchema),
        Problem: jsonSchemaOf(ProblemSchema),
        Health: {
          type: 'object',
          properties: { status: { const: 'ok' }, database: { enum: ['sqlite', 'postgresql'] } },
          required: ['status', 'database'],
        },
      },
      parameters: {
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
        TrackingCode: {
          name: 'code',
          in: 'path',
          required: true,
          description: `The tracking code of the receipt, canonically ${TRACKING_CODE_PATTERN.source}.`,
          schema: { type: 'string', minLength: 1, maxLength: 32 },
          example: 'PARK-2025-B',
        },
      },
    },
  };
}
