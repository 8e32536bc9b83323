import {
  AssignmentSchema,
  ModerationSchema,
  NoteInputSchema,
  PROBLEM_TYPES,
  STAFF_PATHS,
  StaffFeedbackIdParamSchema,
  StaffPhotoParamSchema,
  StaffInboxQuerySchema,
  StatusChangeSchema,
  versionETag,
  type StaffFeedbackDetail,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { AppEnv } from '../../http/app-env.js';
import { problem, t, translateFieldErrors } from '../../http/problem.js';
import { fieldProblem, jsonBody, pathParams, queryParams } from '../../http/validation.js';
import { decodeInboxCursor, type HandlingRepository, type MutationOutcome } from './handling.repository.js';
import { forbidden, type PolicyTable, type RoutePolicy, type StaffEnv } from '../../platform/auth/policy.js';

/** The staff paths the feedback module owns (the platform owns /api/v1/staff/me and /users). */
export const FEEDBACK_STAFF_MOUNT_PATHS = [STAFF_PATHS.inbox, STAFF_PATHS.units, STAFF_PATHS.replyTemplates] as const;

const TemplateQuerySchema = v.object({ category: v.optional(v.pipe(v.string(), v.maxLength(64, 'common.invalid'))) });

function notFound(c: Context<StaffEnv>): Response {
  const locale = c.get('locale');
  return problem(c as unknown as Context<AppEnv>, {
    status: 404,
    type: PROBLEM_TYPES.notFound,
    title: t(locale, 'problem.notFound.title'),
    detail: t(locale, 'feedback.handling.notFound'),
    code: 'feedback.handling.notFound',
  });
}

/** The single report, with its version as a strong ETag. Never cached: it carries contact details. */
function detailAnswer(c: Context<StaffEnv>, detail: StaffFeedbackDetail): Response {
  c.header('ETag', versionETag(detail.version));
  c.header('Cache-Control', 'no-store');
  return c.json(detail);
}

function outcomeAnswer(c: Context<StaffEnv>, outcome: MutationOutcome): Response {
  const locale = c.get('locale');
  const ctx = c as unknown as Context<AppEnv>;
  switch (outcome.kind) {
    case 'ok':
      return detailAnswer(c, outcome.detail);
    case 'notFound':
      return notFound(c);
    case 'forbidden':
      return forbidden(c, outcome.code);
    case 'versionRequired':
      return problem(ctx, {
        status: 428,
        type: PROBLEM_TYPES.versionRequired,
        title: t(locale, 'staff.preconditionRequired'),
        detail: t(locale, 'staff.preconditionRequired'),
        code: 'staff.preconditionRequired',
      });
    case 'stale':
      return problem(ctx, {
        status: 412,
        type: PROBLEM_TYPES.staleVersion,
        title: t(locale, 'staff.stale'),
        detail: t(locale, 'staff.stale'),
        code: 'staff.stale',
        headers: { ETag: versionETag(outcome.version) },
      });
    case 'invalidTransition': {
      const params = { from: t(locale, `feedback.status.${outcome.from}`), to: t(locale, `feedback.status.${outcome.to}`) };
      return problem(ctx, {
        status: 409,
        type: PROBLEM_TYPES.invalidTransition,
        title: t(locale, 'feedback.handling.transition.invalid', params),
        detail: t(locale, 'feedback.handling.transition.invalid', params),
        code: 'feedback.handling.transition.invalid',
        errors: translateFieldErrors([{ pointer: '#/status', code: 'feedback.handling.transition.invalid', params }], locale),
      });
    }
    case 'invalidField':
      return fieldProblem(ctx, [{ pointer: outcome.pointer, code: outcome.code }]);
  }
}

const INBOX = STAFF_PATHS.inbox;

/**
 * Who may call the handling routes (ADR 0015): a handler of feedback for the city, of the
 * report's category (the scope) for a report, of the asked category for a filtered list; the
 * inbox without a category lists only the caller's categories. The city's administrator may
 * do everything. The platform's guard checks these before the handlers run.
 */
export function handlingPolicies(db: Kysely<Database>): PolicyTable {
  const handler = { access: 'grant', domain: 'feedback', roles: ['handler'], organisation: 'city', refusal: 'staff.forbidden.category' } as const;
  const report: RoutePolicy = {
    ...handler,
    scope: {
      item: async (c) => {
        const id = c.req.param('id') ?? '';
        const row = await db.selectFrom('feedback').select('category_id').where('id', '=', id).executeTakeFirst();
        return row?.category_id ?? null;
      },
    },
  };
  return {
    [`GET ${STAFF_PATHS.units}`]: { ...handler, scope: 'any' },
    [`GET ${INBOX}`]: { ...handler, scope: { query: 'category' } },
    [`GET ${INBOX}/{id}`]: report,
    [`GET ${INBOX}/{id}/photos/{photoId}`]: report,
    [`POST ${INBOX}/{id}/status`]: report,
    [`POST ${INBOX}/{id}/assignment`]: report,
    [`POST ${INBOX}/{id}/moderation`]: report,
    [`POST ${INBOX}/{id}/notes`]: report,
    [`GET ${STAFF_PATHS.replyTemplates}`]: { ...handler, scope: { query: 'category' } },
  };
}

/**
 * The feedback handling API under /api/v1/staff/feedback (and the units and reply templates
 * it uses). Who may call each route is in `handlingPolicies`, checked by the platform before
 * these handlers run (401 without a valid credential, 403 without the grant). Every change
 * needs `If-Match` with the report's version (428 without, 412 when stale).
 */
export function handlingRoutes(repository: HandlingRepository): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  app.get(STAFF_PATHS.units, async (c) => c.json({ items: await repository.listUnits() }));

  app.get(STAFF_PATHS.inbox, queryParams(StaffInboxQuerySchema), async (c) => {
    const query = c.req.valid('query');
    // A cursor is read in the order it was written in: one of the other order is not a position here.
    const cursor = query.cursor !== undefined ? decodeInboxCursor(query.cursor) : undefined;
    if (cursor === null || (cursor !== undefined && cursor.order !== query.order)) {
      return fieldProblem(c as unknown as Context<AppEnv>, [{ pointer: '#/cursor', code: 'common.invalid' }]);
    }
    // The guard allowed the asked category; without one, the list holds the caller's categories only.
    return c.json(await repository.inbox(c.get('staff'), query));
  });

  app.get(`${STAFF_PATHS.inbox}/:id`, pathParams(StaffFeedbackIdParamSchema), async (c) => {
    const detail = await repository.detail(c.req.valid('param').id);
    if (detail === null) return notFound(c);
    return detailAnswer(c, detail);
  });

  // Photos for staff: unpublished and hidden ones too (moderation needs to see them); an <img>
  // cannot send a bearer token, so the inbox fetches these and shows them from blob URLs.
  app.get(`${STAFF_PATHS.inbox}/:id/photos/:photoId`, pathParams(StaffPhotoParamSchema), async (c) => {
    const { id, photoId } = c.req.valid('param');
    const found = await repository.photo(id, photoId);
    if (found === null) return notFound(c);
    return c.body(new Uint8Array(found.bytes), 200, {
      'Content-Type': found.contentType,
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'",
    });
  });

  app.post(`${STAFF_PATHS.inbox}/:id/status`, pathParams(StaffFeedbackIdParamSchema), jsonBody(StatusChangeSchema), async (c) =>
    outcomeAnswer(c, await repository.changeStatus(c.req.valid('param').id, c.get('staff'), c.req.header('If-Match'), c.req.valid('json'))),
  );

  app.post(`${STAFF_PATHS.inbox}/:id/assignment`, pathParams(StaffFeedbackIdParamSchema), jsonBody(AssignmentSchema), async (c) =>
    outcomeAnswer(c, await repository.assign(c.req.valid('param').id, c.get('staff'), c.req.header('If-Match'), c.req.valid('json'))),
  );

  app.post(`${STAFF_PATHS.inbox}/:id/moderation`, pathParams(StaffFeedbackIdParamSchema), jsonBody(ModerationSchema), async (c) =>
    outcomeAnswer(c, await repository.moderate(c.req.valid('param').id, c.get('staff'), c.req.header('If-Match'), c.req.valid('json'))),
  );

  app.post(`${STAFF_PATHS.inbox}/:id/notes`, pathParams(StaffFeedbackIdParamSchema), jsonBody(NoteInputSchema), async (c) =>
    outcomeAnswer(c, await repository.addNote(c.req.valid('param').id, c.get('staff'), c.req.header('If-Match'), c.req.valid('json'))),
  );

  app.get(STAFF_PATHS.replyTemplates, queryParams(TemplateQuerySchema), async (c) =>
    c.json({ items: await repository.replyTemplates(c.req.valid('query').category) }),
  );

  return app;
}
