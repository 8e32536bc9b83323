import {
  FEEDBACK_PATHS,
  FeedbackCategoryListSchema,
  FeedbackCategorySchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  FeedbackSubmissionSchema,
  TRACKING_CODE_PATTERN,
} from '@kohtaamo/core';
import { COMMON_PROBLEMS, jsonContent, jsonSchemaOf, problemResponse } from '../../openapi/openapi.document.js';
import type { ModuleOpenApi } from '../../platform/module.js';
import { publicListOperation, residentOpenApiPaths, residentOpenApiSchemas } from './resident.openapi.js';
import { signalsOpenApiPaths, signalsOpenApiSchemas } from './stats.openapi.js';
import { staffOpenApiPaths, staffOpenApiSchemas } from './handling.openapi.js';

/** The feedback module's part of /openapi.json: submission, status, the public side, handling, stats. */
export function feedbackOpenApi(): ModuleOpenApi {
  return {
    tags: [
      { name: 'feedback', description: 'Feedback to the city and its status' },
      { name: 'feedback-staff', description: 'Feedback handling by the city’s staff (bearer token)' },
    ],
    paths: {
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
        '400': problemResponse('The body is not JSON, nests deeper than 32 levels, or the Idempotency-Key header is malformed.'),
        '413': problemResponse('The body is larger than 64 KiB.'),
        '415': problemResponse('The body is not application/json.'),
        '429': problemResponse(
          'Too many submissions from this client (KOHTAAMO_RATE_LIMIT, e.g. 10 per 10 minutes, shared by every server); ' +
            'Retry-After says in how many seconds to try again. Code "common.rateLimited". IPv6 clients are counted per /64; ' +
            'requests refused as invalid (4xx) do not count, and the replay of an accepted submission (same Idempotency-Key) is answered even past the limit.',
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
    schemas: {
      ...staffOpenApiSchemas(),
      ...signalsOpenApiSchemas(),
      ...residentOpenApiSchemas(),
      FeedbackSubmission: jsonSchemaOf(FeedbackSubmissionSchema),
      FeedbackReceipt: jsonSchemaOf(FeedbackReceiptSchema),
      FeedbackStatus: jsonSchemaOf(FeedbackStatusSchema),
      FeedbackCategory: jsonSchemaOf(FeedbackCategorySchema),
      FeedbackCategoryList: jsonSchemaOf(FeedbackCategoryListSchema),
    },
    parameters: {
TrackingCode: {
        name: 'code',
        in: 'path',
        required: true,
        description: `The tracking code of the receipt, canonically ${TRACKING_CODE_PATTERN.source}.`,
        schema: { type: 'string', minLength: 1, maxLength: 32 },
        example: 'PARK-2025-B',
      },
    },
  };
}
