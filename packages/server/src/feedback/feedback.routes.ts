import {
  FEEDBACK_PATHS,
  FeedbackSubmissionSchema,
  normalizeTrackingCode,
  PROBLEM_TYPES,
  TrackingCodeParamSchema,
} from '@kohtaamo/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { problem, t, translateFieldErrors } from '../http/problem.js';
import { fieldProblem, jsonBody, pathParams } from '../http/validation.js';
import { CACHE_CONTROL, cachedBody, sendCached, type CachedBody } from '../platform/http-cache.js';
import { noMemo, type VersionedMemo } from '../platform/versioned-memo.js';
import { statusLocation, type FeedbackRepository } from './feedback.repository.js';

/** The scope idempotency keys of a submission are stored under. */
export const SUBMIT_SCOPE = `POST ${FEEDBACK_PATHS.submissions}`;

export interface FeedbackRoutesOptions {
  /**
   * Keeps the serialized categories and statuses until the data change (ADR 0020); without
   * it they are read and serialized on every request.
   */
  readonly memo?: VersionedMemo<CachedBody | null>;
}

/**
 * The feedback API:
 * - GET  /api/v1/feedback/categories → { items } (FeedbackCategoryListSchema)
 * - POST /api/v1/feedback            FeedbackSubmissionSchema → 201 FeedbackReceiptSchema + Location
 * - GET  /api/v1/feedback/{code}     → FeedbackStatusSchema
 *
 * A tracking code is read leniently (case, spaces, O for 0). One that is not a valid code
 * (wrong length, unknown symbol, failed check symbol) is a 422 with the pointer "#/code", so
 * the widget can say "check the code" next to the field; a valid code that matches no
 * feedback is a 404. The check symbol catches typing mistakes, so the two are told apart.
 */
export function feedbackRoutes(repository: FeedbackRepository, options: FeedbackRoutesOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const memo = options.memo ?? noMemo;

  // Categories change seldom: a widget may reuse the list for a few minutes, then revalidate.
  app.get(FEEDBACK_PATHS.categories, async (c) => {
    const cached = await memo.get('categories', async () => cachedBody(JSON.stringify({ items: await repository.listCategories() })));
    return sendCached(c, cached!, CACHE_CONTROL.static);
  });

  app.post(FEEDBACK_PATHS.submissions, idempotencyKey(), jsonBody(FeedbackSubmissionSchema), async (c) => {
    const submission = c.req.valid('json');
    const key = c.get('idempotencyKey');
    const outcome = await repository.submit(
      submission,
      key === null ? null : { scope: SUBMIT_SCOPE, key, hash: requestHash(c.get('jsonInput')) },
    );
    const locale = c.get('locale');
    switch (outcome.kind) {
      case 'unknownCategory':
        return fieldProblem(c, [{ pointer: '#/category', code: 'feedback.category.unknown' }]);
      case 'invalid':
        return fieldProblem(c, outcome.errors);
      case 'idempotencyMismatch':
        return problem(c, {
          status: 422,
          type: PROBLEM_TYPES.idempotencyMismatch,
          title: t(locale, 'problem.idempotencyMismatch.title'),
          detail: t(locale, 'problem.idempotencyMismatch.detail'),
        });
      case 'created':
      case 'replayed': {
        const { status, body } = outcome.response;
        const trackingCode = (JSON.parse(body) as { trackingCode: string }).trackingCode;
        return c.body(body, status as 201, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
          Location: statusLocation(trackingCode),
          ...(outcome.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}),
        });
      }
    }
  });

  app.get(`${FEEDBACK_PATHS.submissions}/:code`, pathParams(TrackingCodeParamSchema), async (c) => {
    const locale = c.get('locale');
    const code = normalizeTrackingCode(c.req.valid('param').code);
    if (code === null) {
      return problem(c, {
        status: 422,
        type: PROBLEM_TYPES.validation,
        title: t(locale, 'problem.validation.title'),
        detail: t(locale, 'feedback.code.invalid'),
        errors: translateFieldErrors([{ pointer: '#/code', code: 'feedback.code.invalid' }], locale),
      });
    }
    const cached = await memo.get(`status:${code}`, async () => {
      const status = await repository.findStatus(code);
      return status === null ? null : cachedBody(JSON.stringify(status));
    });
    if (cached === null) {
      return problem(c, {
        status: 404,
        type: PROBLEM_TYPES.notFound,
        title: t(locale, 'problem.notFound.title'),
        detail: t(locale, 'feedback.status.notFound'),
        code: 'feedback.status.notFound',
      });
    }
    // The status changes when the city handles the feedback: reused for a few seconds only,
    // by the resident's own browser, then revalidated (a 304 while nothing changed).
    return sendCached(c, cached, CACHE_CONTROL.privateRevalidate);
  });

  return app;
}
