import {
  FEEDBACK_RESIDENT_PATHS,
  FollowRequestSchema,
  NearbyQuerySchema,
  normalizeTrackingCode,
  PHOTO_MAX_BYTES,
  PROBLEM_TYPES,
  PublicFeedbackQuerySchema,
  sniffImageType,
  TrackingCodeParamSchema,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { problem, t, translateFieldErrors } from '../http/problem.js';
import { jsonBody, pathParams, queryParams } from '../http/validation.js';
import { CACHE_CONTROL, cachedBody, sendCached, type CachedBody } from '../platform/http-cache.js';
import { noMemo, type VersionedMemo } from '../platform/versioned-memo.js';
import { InvalidCursorError, type FeedbackResidentRepository } from './feedback-resident.repository.js';
import { MalformedImageError, stripImageMetadata } from './photo-metadata.js';

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

  const tooLarge = (c: Context<AppEnv>) =>
    problem(c, {
      status: 413,
      title: t(c.get('locale'), 'problem.tooLarge.title'),
      detail: t(c.get('locale'), 'feedback.photo.tooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }),
      code: 'feedback.photo.tooLarge',
    });

  app.post(FEEDBACK_RESIDENT_PATHS.photos, bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c as Context<AppEnv>) }), async (c) => {
    const locale = c.get('locale');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length > maxBytes) return tooLarge(c);
    const invalid = () =>
      problem(c, {
        status: 422,
        type: PROBLEM_TYPES.validation,
        title: t(locale, 'problem.validation.title'),
        detail: t(locale, 'feedback.photo.type'),
        errors: translateFieldErrors([{ pointer: '#/photo', code: 'feedback.photo.type' }], locale),
      });
    // The bytes decide, never the Content-Type the client declared.
    const type = sniffImageType(bytes);
    if (type === null) return invalid();
    let clean: Uint8Array;
    try {
      clean = stripImageMetadata(bytes, type);
    } catch (error) {
      if (error instanceof MalformedImageError) return invalid();
      throw error;
    }
    const stored = await repository.storePhoto(clean, type);
    c.header('Cache-Control', 'no-store');
    return c.json({ id: stored.id, contentType: type, byteSize: stored.byteSize }, 201);
  });

  app.get(`${FEEDBACK_RESIDENT_PATHS.photos}/:id`, pathParams(PhotoIdParamSchema), async (c) => {
    const photo = await repository.findPublicPhoto(c.req.valid('param').id);
    if (photo === null) {
      const locale = c.get('locale');
      return problem(c, { status: 404, type: PROBLEM_TYPES.notFound, title: t(locale, 'problem.notFound.title'), detail: t(locale, 'feedback.photo.unknown') });
    }
    // Short: moderation may hide a photo later.
    return c.body(new Uint8Array(photo.bytes), 200, {
      'Content-Type': photo.contentType,
      'Cache-Control': 'public, max-age=300',
      'Content-Security-Policy': "default-src 'none'",
    });
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
