import {
  FEEDBACK_RESIDENT_PATHS,
  FollowRequestSchema,
  NearbyQuerySchema,
  normalizeTrackingCode,
  PHOTO_MAX_BYTES,
  PROBLEM_TYPES,
  PublicFeedbackQuerySchema,
  TrackingCodeParamSchema,
} from '@kohtaamo/core';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { problem, t, translateFieldErrors } from '../http/problem.js';
import { jsonBody, pathParams, queryParams } from '../http/validation.js';
import { imageUpload, storedImage } from '../platform/image-upload.js';
import { CACHE_CONTROL, cachedBody, sendCached, type CachedBody } from '../platform/http-cache.js';
import { noMemo, type VersionedMemo } from '../platform/versioned-memo.js';
import { InvalidCursorError, type FeedbackResidentRepository } from './feedback-resident.repository.js';

export interface FeedbackResidentOptions {
  /** Keeps serialized public lists until the data change (ADR 0020); none: computed every time. */
  readonly memo?: VersionedMemo<CachedBody | null>;
  /** Largest photo accepted, in bytes (default 5 MB). */
  readonly photoMaxBytes?: number;
}

const PhotoIdParamSchema = v.object({ id: v.pipe(v.string(), v.uuid('feedback.photo.unknown')) });

/**
 * The resident-facing feedback API besides submission and status:
 * - GET  /api/v1/feedback?category=&status=&bbox=&page=&pageSize=  published feedback, public fields only
 * - GET  /api/v1/feedback/nearby?category=&lat=&lon=               open published reports within 200 m
 * - POST /api/v1/feedback/{code}/followers  { email? }             "this is mine too" (Idempotency-Key)
 * - POST /api/v1/feedback/photos  (the image bytes)                → 201 { id, contentType, byteSize }
 * - GET  /api/v1/feedback/photos/{id}                              the stripped image, once published
 *
 * Mounted before the feedback routes, whose GET /api/v1/feedback/{code} would otherwise take
 * "nearby" and "photos" for a tracking code.
 */
export function feedbackResidentRoutes(repository: FeedbackResidentRepository, options: FeedbackResidentOptions = {}): Hono<AppEnv> {
  const maxBytes = options.photoMaxBytes ?? PHOTO_MAX_BYTES;
  const app = new Hono<AppEnv>();
  const memo = options.memo ?? noMemo;

  app.get(FEEDBACK_RESIDENT_PATHS.list, queryParams(PublicFeedbackQuerySchema), async (c) => {
    const query = c.req.valid('query');
    let cached;
    try {
      // The same query string, the same answer until the data change (ADR 0020).
      const search = c.req.url.slice(c.req.url.indexOf('?') + 1 || c.req.url.length);
      cached = await memo.get(`list:${search}`, async () => {
        const list = await repository.listPublic({
          category: query.category || undefined,
          status: query.status || undefined,
          bbox: query.bbox ?? null,
          page: query.page,
          pageSize: query.pageSize,
          ...(query.cursor ? { cursor: query.cursor } : {}),
        });
        return cachedBody(JSON.stringify(list));
      });
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      const locale = c.get('locale');
      return problem(c, {
        status: 422,
        type: PROBLEM_TYPES.validation,
        title: t(locale, 'problem.validation.title'),
        errors: translateFieldErrors([{ pointer: '#/cursor', code: 'common.invalid' }], locale),
      });
    }
    // Changes any time: kept, but revalidated on each use (a 304 while nothing changed).
    return sendCached(c, cached!, CACHE_CONTROL.revalidate);
  });

  app.get(FEEDBACK_RESIDENT_PATHS.nearby, queryParams(NearbyQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const items = await repository.nearby(query.category, { lat: query.lat, lon: query.lon }, query.radius);
    c.header('Cache-Control', 'no-cache');
    return c.json({ items });
  });

  const upload = imageUpload({ maxBytes, codes: { tooLarge: 'feedback.photo.tooLarge', type: 'feedback.photo.type' }, pointer: '#/photo' });

  app.post(FEEDBACK_RESIDENT_PATHS.photos, upload.limit, async (c) => {
    const image = await upload.read(c);
    if (image instanceof Response) return image;
    const stored = await repository.storePhoto(image.bytes, image.type);
    c.header('Cache-Control', 'no-store');
    return c.json({ id: stored.id, contentType: image.type, byteSize: stored.byteSize }, 201);
  });

  app.get(`${FEEDBACK_RESIDENT_PATHS.photos}/:id`, pathParams(PhotoIdParamSchema), async (c) => {
    const photo = await repository.findPublicPhoto(c.req.valid('param').id);
    if (photo === null) {
      const locale = c.get('locale');
      return problem(c, { status: 404, type: PROBLEM_TYPES.notFound, title: t(locale, 'problem.notFound.title'), detail: t(locale, 'feedback.photo.unknown') });
    }
    // Short: moderation may hide a photo later.
    return storedImage(c, photo, 'public, max-age=300');
  });

  app.post(
    `${FEEDBACK_RESIDENT_PATHS.list}/:code/followers`,
    pathParams(TrackingCodeParamSchema),
    idempotencyKey(),
    jsonBody(FollowRequestSchema),
    async (c) => {
      const locale = c.get('locale');
      const code = normalizeTrackingCode(c.req.valid('param').code);
      const notFound = () =>
        problem(c, { status: 404, type: PROBLEM_TYPES.notFound, title: t(locale, 'problem.notFound.title'), detail: t(locale, 'feedback.status.notFound'), code: 'feedback.status.notFound' });
      if (code === null) return notFound();
      const key = c.get('idempotencyKey');
      const path = FEEDBACK_RESIDENT_PATHS.followers(code);
      const outcome = await repository.follow(
        code,
        c.req.valid('json').email ?? null,
        key === null ? null : { scope: `POST ${path}`, key, hash: requestHash(c.get('jsonInput')) },
        locale,
      );
      switch (outcome.kind) {
        case 'notFound':
          return notFound();
        case 'full':
          return problem(c, {
            status: 409,
            title: t(locale, 'feedback.followers.full', { max: outcome.max }),
            detail: t(locale, 'feedback.followers.full', { max: outcome.max }),
            code: 'feedback.followers.full',
          });
        case 'idempotencyMismatch':
          return problem(c, {
            status: 422,
            type: PROBLEM_TYPES.idempotencyMismatch,
            title: t(locale, 'problem.idempotencyMismatch.title'),
            detail: t(locale, 'problem.idempotencyMismatch.detail'),
          });
        default:
          return c.body(outcome.response.body, outcome.response.status as 201, {
            'Content-Type': 'application/json',
            'Cache-Control': 'no-store',
            ...(outcome.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}),
          });
      }
    },
  );

  return app;
}
