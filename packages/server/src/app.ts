import { FEEDBACK_PATHS, FEEDBACK_RESIDENT_PATHS, PROBLEM_TYPES } from '@kohtaamo/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { isDatabaseUnavailable } from './db/errors.js';
import { demoRoutes, type DemoOptions } from './demo/demo.routes.js';
import { createFeedbackRepository, type FeedbackRepositoryOptions } from './feedback/feedback.repository.js';
import { feedbackRoutes } from './feedback/feedback.routes.js';
import { createFeedbackResidentRepository } from './feedback/feedback-resident.repository.js';
import { feedbackResidentRoutes, type FeedbackResidentOptions } from './feedback/feedback-resident.routes.js';
import type { AppEnv } from './http/app-env.js';
import { corsFor } from './http/cors.js';
import { healthRoutes, type Logger } from './http/health.routes.js';
import { deleteExpiredKeys } from './http/idempotency.repository.js';
import { localeFromHeader } from './http/locale.js';
import { addMethodNotAllowed } from './http/method-not-allowed.js';
import { problem, t } from './http/problem.js';
import { openApiRoutes } from './openapi/openapi.routes.js';
import { createHandlingRepository } from './staff/handling.repository.js';
import { staffRoutes } from './staff/staff.routes.js';
import { open311Routes } from './open311/open311.routes.js';
import { createFeedbackStatsRepository } from './signals/feedback-stats.repository.js';
import { rateLimit } from './signals/rate-limit.js';
import { DEFAULT_RESPONSE_TARGET_WORKING_DAYS, type RateLimit } from './signals/signals.config.js';
import { signalsRoutes } from './signals/signals.routes.js';

/** Largest request body accepted (a feedback is at most 5000 characters of text). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  readonly db: Pick<DatabaseHandle, 'db' | 'kind'>;
  readonly config: Pick<ServerConfig, 'origins'>;
  /** Where errors are logged; the console by default. */
  readonly logger?: Logger;
  readonly feedback?: FeedbackRepositoryOptions;
  readonly feedbackResident?: FeedbackResidentOptions;
  readonly demo?: DemoOptions;
  /** Response-time target and submission rate limit (signals); no rate limit when absent. */
  readonly signals?: SignalsAppOptions;
  /** Adds routes before the 404 and 405 fallbacks (tests add a route that throws). */
  readonly extraRoutes?: (app: Hono<AppEnv>) => void;
}

export interface SignalsAppOptions {
  /** Working days to a first response (5). */
  readonly responseTargetWorkingDays?: number;
  /** Submissions per client; null or absent = unlimited. */
  readonly rateLimit?: RateLimit | null;
  readonly trustedProxyHeader?: string | null;
  readonly clock?: () => Date;
}

export const consoleLogger: Logger = {
  error: (message, error) => console.error(message, error),
};

/**
 * The whole HTTP application: API, OpenAPI document, demo site and widget bundles. Holds no
 * state of its own beyond the database handle, so any number of processes can serve one
 * PostgreSQL database.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const logger = options.logger ?? consoleLogger;
  const db = options.db.db;
  const app = new Hono<AppEnv>();

  app.use(localeFromHeader());
  app.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.use('/api/*', corsFor(options.config.origins));
  app.use('/api/*', async (c, next) =>
    // A photo upload has its own, larger limit (feedback-resident.routes.ts).
    c.req.method === 'POST' && c.req.path === FEEDBACK_RESIDENT_PATHS.photos ? next() : jsonBodyLimit(c, next),
  );
  const jsonBodyLimit = (
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problem(c as Parameters<typeof problem>[0], {
          status: 413,
          detail: t(c.get('locale'), 'problem.tooLarge.detail', { max: MAX_BODY_BYTES }),
        }),
    })
  );
  // Forget expired idempotency keys after a write, outside the write's transaction; a failure
  // here is logged and changes nothing for the answer.
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method === 'POST' && c.res.status < 300) {
      deleteExpiredKeys(db).catch((error: unknown) => logger.error('Could not delete expired idempotency keys', error));
    }
  });

  const signals = options.signals ?? {};
  const responseTarget = signals.responseTargetWorkingDays ?? DEFAULT_RESPONSE_TARGET_WORKING_DAYS;
  if (signals.rateLimit) {
    const limitSubmissions = rateLimit(db, {
      limit: signals.rateLimit,
      scope: 'feedback',
      trustedProxyHeader: signals.trustedProxyHeader ?? null,
      ...(signals.clock ? { clock: signals.clock } : {}),
    });
    app.use(FEEDBACK_PATHS.submissions, (c, next) => (c.req.method === 'POST' ? limitSubmissions(c, next) : next()));
  }

  app.route('/', healthRoutes(options.db, logger));
  // Before the feedback routes: "stats" is not a tracking code.
  app.route('/', signalsRoutes(createFeedbackStatsRepository(db, { targetWorkingDays: responseTarget, ...(signals.clock ? { clock: signals.clock } : {}) })));
  app.route('/', staffRoutes(db, createHandlingRepository(db, options.feedback?.clock ? { clock: options.feedback.clock } : {})));
  app.route('/', feedbackResidentRoutes(createFeedbackResidentRepository(db, { responseTargetWorkingDays: responseTarget, ...options.feedback }), options.feedbackResident));
  app.route('/', feedbackRoutes(createFeedbackRepository(db, { responseTargetWorkingDays: responseTarget, ...options.feedback })));
  app.route('/', open311Routes(db, { origins: options.config.origins, logger, ...(options.feedback ? { feedback: options.feedback } : {}) }));
  app.route('/', openApiRoutes());
  app.route('/', demoRoutes(options.demo));
  options.extraRoutes?.(app);
  addMethodNotAllowed(app);

  app.notFound((c) =>
    problem(c, {
      status: 404,
      type: PROBLEM_TYPES.notFound,
      title: t(c.get('locale'), 'problem.notFound.title'),
      detail: t(c.get('locale'), 'problem.notFound.detail', { path: c.req.path }),
    }),
  );

  app.onError((error, c) => {
    // Hono's own HTTP errors carry a status meant for the client; anything else is a bug or an
    // outage: logged here in full, answered with nothing but a generic problem.
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, { status: error.status as ContentfulStatusCode, detail: error.message });
    }
    logger.error(`Unhandled error on ${c.req.method} ${c.req.path}`, error);
    const locale = c.get('locale');
    if (isDatabaseUnavailable(error)) {
      return problem(c, {
        status: 503,
        type: PROBLEM_TYPES.unavailable,
        title: t(locale, 'problem.unavailable.title'),
        detail: t(locale, 'problem.unavailable.database'),
        code: 'common.serverDown',
        headers: { 'Retry-After': '5' },
      });
    }
    return problem(c, {
      status: 500,
      type: PROBLEM_TYPES.internal,
      title: t(locale, 'problem.internal.title'),
      detail: t(locale, 'problem.internal.detail'),
      code: 'common.unexpected',
    });
  });

  return app;
}
