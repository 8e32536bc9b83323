import {
  FEEDBACK_RESIDENT_PATHS,
  FollowRequestSchema,
  FollowResultSchema,
  NEARBY_RADIUS_M,
  NearbyFeedbackSchema,
  PHOTO_MAX_BYTES,
  PROBLEM_CONTENT_TYPE,
  PublicFeedbackListSchema,
  PhotoUploadSchema,
} from '@kohtaamo/core';
import { jsonSchemaOf } from '../../openapi/openapi.document.js';

/** The resident side's part of the OpenAPI document: public list, nearby, follow, photos. */

type Json = { [key: string]: unknown };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } } });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const COMMON = { '500': problem('Unexpected server error.'), '503': problem('The database cannot be reached; try again (see Retry-After).') };
const query = (name: string, description: string, schema: Json = { type: 'string' }, required = false) => ({ name, in: 'query', required, description, schema });

/** GET /api/v1/feedback: merged into the path's object beside the submission's POST. */
export function publicListOperation(): Json {
  return {
    tags: ['feedback'],
    operationId: 'listPublicFeedback',
    summary: 'Published feedback: status, the city’s reply and the time to first response',
    description:
      'Only feedback moderation has published, with its public (redacted) text; never contact details or internal notes. ' +
      'Newest first. Empty parameters count as absent.',
    parameters: [
      query('category', 'A category id.'),
      query('status', 'A status, or "open" (received, allocated, in_handling) or "closed" (done, rejected).'),
      query('bbox', 'An area: west,south,east,north in WGS84 degrees (only feedback with a pin inside).'),
      query('page', 'Page number, from 1.', { type: 'integer', minimum: 1 }),
      query('pageSize', 'Items per page (1–100, default 20).', { type: 'integer', minimum: 1, maximum: 100 }),
      query('cursor', 'The `next` of the page before: continues after it on the index (no offset; wins over `page`).', { type: 'string', pattern: '^[A-Za-z0-9_-]{0,400}$' }),
    ],
    responses: {
      '200': { description: 'One page of published feedback and the total.', content: json('PublicFeedbackList') },
      '422': problem('An invalid parameter (pointer "#/bbox", "#/page" …).'),
      ...COMMON,
    },
  };
}

export function residentOpenApiPaths(): Json {
  return {
    [FEEDBACK_RESIDENT_PATHS.nearby]: {
      get: {
        tags: ['feedback'],
        operationId: 'listNearbyFeedback',
        summary: 'Similar open reports near a place, before sending',
        description: `Published, not closed, same category, within ${NEARBY_RADIUS_M} m (haversine), nearest first, at most 5.`,
        parameters: [
          query('category', 'The category id.', { type: 'string' }, true),
          query('lat', 'Latitude (WGS84).', { type: 'number' }, true),
          query('lon', 'Longitude (WGS84).', { type: 'number' }, true),
          query('radius', 'Metres (1–1000).', { type: 'number' }),
        ],
        responses: { '200': { description: 'Reports with their distance in metres.', content: json('NearbyFeedback') }, '422': problem('Invalid parameters.'), ...COMMON },
      },
    },
    [`${FEEDBACK_RESIDENT_PATHS.list}/{code}/followers`]: {
      post: {
        tags: ['feedback'],
        operationId: 'followFeedback',
        summary: '"This concerns me too": follow a published report instead of sending a duplicate',
        description: 'With an Idempotency-Key a retry counts once. The email (optional, for updates) is never public.',
        parameters: [{ $ref: '#/components/parameters/TrackingCode' }, { $ref: '#/components/parameters/IdempotencyKey' }],
        requestBody: { required: true, content: json('FollowRequest') },
        responses: {
          '201': { description: 'Following; the number of followers now.', content: json('FollowResult') },
          '400': problem('The body is not JSON, or nests deeper than 32 levels.'),
          '404': problem('No published feedback has this code.'),
          '409': problem('The report already has the most followers it takes (code "feedback.followers.full"). An email already following is counted once and answered 201.'),
          '422': problem('Invalid email ("#/email"), or an Idempotency-Key reused with another body.'),
          '429': problem('Too many follows from this client (KOHTAAMO_RATE_LIMIT_FEEDBACK_FOLLOW, default 20 an hour); see Retry-After.'),
          ...COMMON,
        },
      },
    },
    [FEEDBACK_RESIDENT_PATHS.photos]: {
      post: {
        tags: ['feedback'],
        operationId: 'uploadFeedbackPhoto',
        summary: 'Upload a photo for a feedback (then send its id in "photos")',
        description:
          `The body is the image itself. JPEG, PNG or WebP by its first bytes (the Content-Type is not trusted); at most ${PHOTO_MAX_BYTES} bytes by default. ` +
          'Metadata (Exif with GPS, XMP, comments, PNG text chunks) is removed before it is stored.',
        requestBody: { required: true, content: { 'image/jpeg': {}, 'image/png': {}, 'image/webp': {}, 'application/octet-stream': {} } },
        responses: {
          '201': { description: 'Stored; not public until its feedback is published.', content: json('PhotoUpload') },
          '413': problem('Larger than the limit (code "feedback.photo.tooLarge").'),
          '422': problem('Not a JPEG, PNG or WebP image (pointer "#/photo").'),
          '429': problem('Too many uploads from this client (KOHTAAMO_RATE_LIMIT_FEEDBACK_PHOTOS, default 30 an hour); see Retry-After.'),
          ...COMMON,
        },
      },
    },
    [`${FEEDBACK_RESIDENT_PATHS.photos}/{id}`]: {
      get: {
        tags: ['feedback'],
        operationId: 'getFeedbackPhoto',
        summary: 'A photo of a published feedback',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': { description: 'The image, metadata stripped.', content: { 'image/jpeg': {}, 'image/png': {}, 'image/webp': {} } },
          '404': problem('No such photo, its feedback is not published, or moderation hid it.'),
          ...COMMON,
        },
      },
    },
  };
}

export function residentOpenApiSchemas(): Json {
  return {
    PublicFeedbackList: jsonSchemaOf(PublicFeedbackListSchema),
    NearbyFeedback: jsonSchemaOf(NearbyFeedbackSchema),
    FollowRequest: jsonSchemaOf(FollowRequestSchema),
    FollowResult: jsonSchemaOf(FollowResultSchema),
    PhotoUpload: jsonSchemaOf(PhotoUploadSchema),
  };
}
