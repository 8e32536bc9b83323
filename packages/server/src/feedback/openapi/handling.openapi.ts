import {
  AssignmentSchema,
  ModerationSchema,
  NoteInputSchema,
  PROBLEM_CONTENT_TYPE,
  ReplyTemplateListSchema,
  STAFF_PATHS,
  StaffFeedbackDetailSchema,
  StaffFeedbackListSchema,
  StatusChangeSchema,
  UnitListSchema,
} from '@kohtaamo/core';
import { jsonSchemaOf } from '../../openapi/openapi.document.js';

/** The staff API's part of the OpenAPI document (bearer tokens issued by the admin command). */

type Json = { [key: string]: unknown };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('Problem') } } });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });

const SECURITY = [{ staffBearer: [] }, { staffSession: [] }];
const AUTH_PROBLEMS = {
  '401': problem('No valid staff token (missing, wrong, expired or revoked). WWW-Authenticate: Bearer realm="kohtaamo-staff".'),
  '403': problem('Signed in, but not allowed: another category’s feedback (handler), or an admin-only route.'),
  '500': problem('Unexpected server error.'),
  '503': problem('The database cannot be reached; try again (see Retry-After).'),
};
const ID = { name: 'id', in: 'path', required: true, description: 'The feedback’s id (staff only; not the tracking code).', schema: { type: 'string' } };
const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag of the single report ("\\"3\\""): the version the change was made on.',
  schema: { type: 'string' },
};
const ETAG = { ETag: { description: 'The report’s version, for If-Match.', schema: { type: 'string' } } };

function changeOperation(operationId: string, summary: string, body: string, description: string): Json {
  return {
    tags: ['feedback-staff'],
    operationId,
    summary,
    description,
    security: SECURITY,
    parameters: [ID, IF_MATCH],
    requestBody: { required: true, content: json(body) },
    responses: {
      '200': { description: 'Changed: the report as it is now.', headers: ETAG, content: json('StaffFeedbackDetail') },
      '404': problem('No feedback has this id.'),
      '409': problem('The status cannot move there (pointer "#/status").'),
      '412': problem('Stale: the report changed since that version (the answer’s ETag is the current one). Reload, then retry.'),
      '422': problem('Invalid fields, e.g. "#/reply" "feedback.handling.reply.required" when closing without a public reply.'),
      '428': problem('If-Match is missing.'),
      ...AUTH_PROBLEMS,
    },
  };
}

export function staffOpenApiPaths(): Json {
  return {
    [STAFF_PATHS.units]: {
      get: { tags: ['feedback-staff'], operationId: 'listUnits', summary: 'The city’s units that handle feedback', security: SECURITY, responses: { '200': { description: 'Units.', content: json('UnitList') }, ...AUTH_PROBLEMS } },
    },
    [STAFF_PATHS.inbox]: {
      get: {
        tags: ['feedback-staff'],
        operationId: 'staffInbox',
        summary: 'The feedback queue, oldest first (with contact details: staff only)',
        description: 'A handler sees only the categories they handle; filtering by another category is a 403.',
        security: SECURITY,
        parameters: [
          { name: 'status', in: 'query', schema: { enum: ['received', 'allocated', 'in_handling', 'done', 'rejected'] } },
          { name: 'state', in: 'query', schema: { enum: ['open', 'closed'] } },
          { name: 'category', in: 'query', schema: { type: 'string' } },
          { name: 'unit', in: 'query', schema: { type: 'string' } },
          { name: 'assigned', in: 'query', schema: { enum: ['me', 'none'] } },
          { name: 'visibility', in: 'query', schema: { enum: ['pending', 'published', 'hidden'] } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: { '200': { description: 'The queue.', content: json('StaffFeedbackList') }, '422': problem('Invalid filter.'), ...AUTH_PROBLEMS },
      },
    },
    [`${STAFF_PATHS.inbox}/{id}`]: {
      get: {
        tags: ['feedback-staff'],
        operationId: 'staffGetFeedback',
        summary: 'One report: message, contact, history with handlers, internal notes, photos',
        security: SECURITY,
        parameters: [ID],
        responses: {
          '200': { description: 'The report; its ETag is its version.', headers: ETAG, content: json('StaffFeedbackDetail') },
          '404': problem('No feedback has this id.'),
          ...AUTH_PROBLEMS,
        },
      },
    },
    [`${STAFF_PATHS.inbox}/{id}/status`]: {
      post: changeOperation(
        'staffChangeStatus',
        'Change the status (received → allocated → in_handling → done | rejected)',
        'StatusChange',
        'Appends to the history (time, handler). The first change or reply by staff sets the first-response time; done and rejected need a public reply and set the closing time.',
      ),
    },
    [`${STAFF_PATHS.inbox}/{id}/assignment`]: {
      post: changeOperation('staffAssign', 'Assign to me, to a handler (admin), or to nobody', 'Assignment', '"me" assigns to the caller.'),
    },
    [`${STAFF_PATHS.inbox}/{id}/moderation`]: {
      post: changeOperation('staffModerate', 'Publish, hide, redact the public text, hide photos', 'Moderation', 'The original message stays visible to staff.'),
    },
    [`${STAFF_PATHS.inbox}/{id}/photos/{photoId}`]: {
      get: {
        tags: ['feedback-staff'],
        operationId: 'staffGetPhoto',
        summary: 'A photo of the report, published or not, hidden or not (never cached)',
        security: SECURITY,
        parameters: [ID, { name: 'photoId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'The image, its metadata stripped.',
            content: { 'image/jpeg': {}, 'image/png': {}, 'image/webp': {} },
          },
          '404': problem('No such report or photo.'),
          ...AUTH_PROBLEMS,
        },
      },
    },
    [`${STAFF_PATHS.inbox}/{id}/notes`]: {
      post: changeOperation('staffAddNote', 'Add an internal note (never public)', 'NoteInput', 'Notes appear only in staff answers.'),
    },
    [STAFF_PATHS.replyTemplates]: {
      get: {
        tags: ['feedback-staff'],
        operationId: 'listReplyTemplates',
        summary: 'Reply templates (general, and the category’s own)',
        security: SECURITY,
        parameters: [{ name: 'category', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'Templates in fi, sv and en.', content: json('ReplyTemplateList') }, ...AUTH_PROBLEMS },
      },
    },
  };
}

export function staffOpenApiSchemas(): Json {
  return {
    UnitList: jsonSchemaOf(UnitListSchema),
    StaffFeedbackList: jsonSchemaOf(StaffFeedbackListSchema),
    StaffFeedbackDetail: jsonSchemaOf(StaffFeedbackDetailSchema),
    StatusChange: jsonSchemaOf(StatusChangeSchema),
    Assignment: jsonSchemaOf(AssignmentSchema),
    Moderation: jsonSchemaOf(ModerationSchema),
    NoteInput: jsonSchemaOf(NoteInputSchema),
    ReplyTemplateList: jsonSchemaOf(ReplyTemplateListSchema),
  };
}
