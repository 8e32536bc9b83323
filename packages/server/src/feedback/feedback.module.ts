/**
 * The feedback module: residents send feedback and follow it by tracking code; the city's
 * handlers answer it in the staff inbox; Open311 GeoReport v2 for other clients; response-time
 * figures. Registered in src/modules.ts; the reference for every module (docs/adding-a-domain.md).
 */
import {
  FEEDBACK_PATHS,
  FEEDBACK_RESIDENT_PATHS,
  OPEN311_BASE_PATH,
  feedbackHandlingMessages,
  IDEMPOTENCY_HEADER,
  feedbackFormMessages,
  feedbackFieldsMessages,
  feedbackMapMessages,
  feedbackMessages,
  feedbackSentMessages,
  feedbackResidentMessages,
  mergeCatalogs,
  signalsMessages,
  signalsReportMessages,
  staffMessages,
} from '@kohtaamo/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { DomainModule, ModuleContext } from '../platform/module.js';
import type { CachedBody } from '../platform/http-cache.js';
import { createVersionedMemo } from '../platform/versioned-memo.js';
import { issueApiKey, listApiKeys, revokeApiKey } from '../platform/staff/api-keys.js';
import { AdminUsageError } from '../platform/module.js';
import { loadFeedbackConfig } from './feedback.config.js';
import { createFeedbackRepository } from './feedback.repository.js';
import { feedbackRoutes, SUBMIT_SCOPE } from './feedback.routes.js';
import { hasStoredAnswer } from '../http/idempotency.repository.js';
import { createFeedbackResidentRepository } from './feedback-resident.repository.js';
import { feedbackResidentRoutes } from './feedback-resident.routes.js';
import { anonymiseOlderThan, deleteUnattachedPhotos, UNATTACHED_PHOTO_MS } from './feedback.retention.js';
import { seedDemo } from './feedback.seed.js';
import { seedRecentDemo } from './recent-demo.seed.js';
import { seedFeedbackAtScale } from './feedback.scale-seed.js';
import './feedback.tables.js';
import { createHandlingRepository } from './handling/handling.repository.js';
import { FEEDBACK_STAFF_MOUNT_PATHS, handlingPolicies, handlingRoutes } from './handling/handling.routes.js';
import { feedbackMigrations } from './migrations/index.js';
import { open311Messages } from './open311/open311.messages.js';
import { OPEN311_SUBMIT_SCOPE } from './open311/open311.repository.js';
import { open311Routes } from './open311/open311.routes.js';

/** POST /open311/v2/requests.json or .xml: a new service request. */
const OPEN311_POST_PATH = /^\/open311\/v2\/requests\.(json|xml)$/i;
import { feedbackOpenApi } from './openapi/feedback.openapi.js';
import { createFeedbackStatsRepository } from './stats/feedback-stats.repository.js';
import { signalsRoutes as feedbackStatsRoutes } from './stats/feedback-stats.routes.js';
import { seedResponseHistory } from './stats/response-history.seed.js';

/** What tests and embedders may change; everything else comes from the environment. */
export interface FeedbackModuleOptions {
  readonly clock?: () => Date;
  /** Makes tracking codes (tests inject collisions). */
  readonly newTrackingCode?: () => string;
  /** Working days to a first response; KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS (5) otherwise. */
  readonly responseTargetWorkingDays?: number;
  /** After a change, how long the stats answer from before may be served while the new one is computed (30 s). */
  readonly statsStaleMs?: number;
  /** While reports keep changing, how often a stats answer is computed again (10 s; feedback-stats.repository.ts). */
  readonly statsRefreshEveryMs?: number;
  /** Largest photo accepted, in bytes (5 MB). */
  readonly photoMaxBytes?: number;
  /** The most followers one report takes (FOLLOWERS_MAX_PER_REPORT). */
  readonly followersMax?: number;
  /** Checks an Open311 api_key (the admin-issued keys by default). */
  readonly verifyApiKey?: (key: string) => Promise<boolean>;
}

/** The rate-limit scope of resident submissions (KOHTAAMO_RATE_LIMIT_FEEDBACK overrides it). */
export const FEEDBACK_RATE_SCOPE = 'feedback';
/** The rate-limit scope of follows (KOHTAAMO_RATE_LIMIT_FEEDBACK_FOLLOW). */
export const FOLLOW_RATE_SCOPE = 'feedback-follow';
/** The rate-limit scope of photo uploads (KOHTAAMO_RATE_LIMIT_FEEDBACK_PHOTOS). */
export const PHOTO_RATE_SCOPE = 'feedback-photos';

export function createFeedbackModule(options: FeedbackModuleOptions = {}): DomainModule {
  return {
    name: 'feedback',
    // Open311 owns all of /open311 (its unknown versions answer as Open311 errors too).
    mountPaths: [FEEDBACK_PATHS.submissions, ...FEEDBACK_STAFF_MOUNT_PATHS, '/open311'],
    uploadPaths: [FEEDBACK_RESIDENT_PATHS.photos],
    migrations: feedbackMigrations,
    messages: mergeCatalogs(staffMessages, feedbackFormMessages, feedbackFieldsMessages, feedbackMapMessages, feedbackMessages, feedbackSentMessages, feedbackResidentMessages, feedbackHandlingMessages, signalsMessages, signalsReportMessages, open311Messages),
    openApi: feedbackOpenApi,
    rateLimits: [
      { scope: FEEDBACK_RATE_SCOPE, defaultLimit: '10/10m', description: 'Feedback submissions per client (the form and Open311 POST, one quota).' },
      { scope: FOLLOW_RATE_SCOPE, defaultLimit: '20/1h', description: '"This is mine too" follows per client.' },
      { scope: PHOTO_RATE_SCOPE, defaultLimit: '30/1h', description: 'Photo uploads per client (three photos a report at most).' },
    ],

    routes(ctx: ModuleContext): Hono<AppEnv> {
      const config = loadFeedbackConfig(ctx.env);
      const clock = options.clock ?? ctx.clock;
      const target = options.responseTargetWorkingDays ?? config.responseTargetWorkingDays;
      const repositoryOptions = {
        clock,
        responseTargetWorkingDays: target,
        cityName: ctx.platform.city.name,
        ...(ctx.reader ? { reader: ctx.reader } : {}),
        area: ctx.platform.city.mapBbox,
        ...(options.newTrackingCode ? { newTrackingCode: options.newTrackingCode } : {}),
        ...(options.followersMax !== undefined ? { followersMax: options.followersMax } : {}),
      };
      const app = new Hono<AppEnv>();
      // A replay of an accepted submission (its Idempotency-Key has a stored answer) creates
      // nothing and answers what was stored: never counted, never refused.
      const limit = ctx.rateLimit(FEEDBACK_RATE_SCOPE, { exempt: (c) => hasStoredAnswer(ctx.db, SUBMIT_SCOPE, c.req.header(IDEMPOTENCY_HEADER), clock()) });
      app.use(FEEDBACK_PATHS.submissions, (c, next) => (c.req.method === 'POST' ? limit(c, next) : next()));
      // Open311 POST creates the same feedback: the same quota, so a client cannot go round the
      // form's limit through the other door. Its replays are exempt under its own scope.
      const open311Limit = ctx.rateLimit(FEEDBACK_RATE_SCOPE, {
        exempt: (c) => hasStoredAnswer(ctx.db, OPEN311_SUBMIT_SCOPE, c.req.header(IDEMPOTENCY_HEADER), clock()),
      });
      app.use(`${OPEN311_BASE_PATH}/*`, (c, next) =>
        c.req.method === 'POST' && OPEN311_POST_PATH.test(c.req.path) ? open311Limit(c, next) : next(),
      );
      const followLimit = ctx.rateLimit(FOLLOW_RATE_SCOPE);
      app.use(`${FEEDBACK_PATHS.submissions}/:code/followers`, (c, next) => (c.req.method === 'POST' ? followLimit(c, next) : next()));
      const photoLimit = ctx.rateLimit(PHOTO_RATE_SCOPE);
      app.use(FEEDBACK_RESIDENT_PATHS.photos, (c, next) => (c.req.method === 'POST' ? photoLimit(c, next) : next()));
      // Inside the module the order is the module's own: "stats", "nearby" and "photos" are
      // not tracking codes, so their routes go before GET /api/v1/feedback/{code}.
      app.route('/', feedbackStatsRoutes(createFeedbackStatsRepository(ctx.db, {
            targetWorkingDays: target,
            clock,
            kind: ctx.kind,
            ...(ctx.reader ? { reader: ctx.reader } : {}),
            ...(options.statsStaleMs !== undefined ? { staleMs: options.statsStaleMs } : {}),
            ...(options.statsRefreshEveryMs !== undefined ? { refreshEveryMs: options.statsRefreshEveryMs } : {}),
          })));
      app.route('/', handlingRoutes(createHandlingRepository(ctx.db, { clock, cityName: ctx.platform.city.name })) as unknown as Hono<AppEnv>);
      // Public answers (categories, statuses, lists) are kept serialized until the data change;
      // they depend on the day too (working days elapsed): reused within the same second only.
      const memo = createVersionedMemo<CachedBody | null>(ctx.db, { clock, bucketMs: 1000, maxEntries: 512 });
      app.route(
        '/',
        feedbackResidentRoutes(createFeedbackResidentRepository(ctx.db, repositoryOptions), {
          memo,
          ...(options.photoMaxBytes !== undefined ? { photoMaxBytes: options.photoMaxBytes } : {}),
        }),
      );
      app.route('/', feedbackRoutes(createFeedbackRepository(ctx.db, repositoryOptions), { memo }));
      app.route(
        '/',
        open311Routes(ctx.db, {
          origins: ctx.config.origins,
          logger: ctx.logger,
          publicUrl: ctx.platform.publicUrl,
          feedback: repositoryOptions,
          clock,
          ...(options.verifyApiKey ? { verifyApiKey: options.verifyApiKey } : {}),
        }),
      );
      return app;
    },

    policies: (ctx) => handlingPolicies(ctx.db),

    grantRoles: {
      roles: { handler: 'handles the feedback of their categories: reads, answers, assigns to themselves, moderates' },
      scopeDescription: 'a feedback category id, one grant per category',
      wholeDomain: false,
      async scopes(db) {
        return (await db.selectFrom('feedback_categories').select('id').orderBy('id').execute()).map((r) => r.id);
      },
    },

    retention: {
      defaultDays: 730,
      description:
        'Feedback received longer ago is anonymised: contact details, own text, address, pin, answers, photos, ' +
        'followers’ addresses, queued mails and note texts go; category, unit, status, times and public replies stay.',
      run: (db, { cutoff, now }) => anonymiseOlderThan(db, cutoff, now).then((r) => r.anonymised),
    },

    jobs: [
      {
        // A photo is uploaded before the feedback is sent; one that no feedback took within a
        // day never will be, and nobody may see it: it goes (not after the 730 days of retention).
        name: 'unattached-photos',
        intervalMs: 3600_000,
        run: async (ctx) => void (await deleteUnattachedPhotos(ctx.db, new Date(ctx.clock().getTime() - UNATTACHED_PHOTO_MS))),
      },
    ],

    adminCommands: [
      {
        group: 'api-key',
        usage: ['api-key issue --name NAME', 'api-key revoke (--name NAME | --key KEY)', 'api-key list'],
        options: { name: { type: 'string' }, key: { type: 'string' } },
        async run(action, values, io, { db, now }) {
          const name = typeof values.name === 'string' ? values.name.trim() : '';
          switch (action) {
            case 'issue': {
              if (!name) throw new AdminUsageError('--name is required');
              const key = await issueApiKey(db, name, now);
              io.err(`Open311 API key for "${name}". It is shown only now: only its SHA-256 is stored.`);
              io.out(key);
              return 0;
            }
            case 'revoke': {
              if (!name && typeof values.key !== 'string') throw new AdminUsageError('api-key revoke needs --name or --key');
              const count = await revokeApiKey(db, typeof values.key === 'string' ? { key: values.key } : { name }, now);
              io.err(`Revoked ${count} API key(s).`);
              return count > 0 ? 0 : 1;
            }
            case 'list': {
              for (const k of await listApiKeys(db)) io.out(`${k.name}\t${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`);
              return 0;
            }
            default:
              throw new AdminUsageError(`unknown command: api-key ${action ?? ''}`);
          }
        },
      },
    ],

    async seedDemo(ctx) {
      await seedDemo(ctx.db);
      // A few published reports of the last weeks, so lists by date (Open311's 90 days) show some.
      await seedRecentDemo(ctx.db, ctx.clock());
      // About 12 weeks of past reports, so the response-time figures show something real.
      await seedResponseHistory(ctx.db, { now: ctx.clock() });
    },

    async seedScale(db, scale) {
      const written = await seedFeedbackAtScale(db, scale);
      return `${written.reports} feedback reports, ${written.historyRows} handling history rows`;
    },

    async startupNotices(ctx) {
      const category = await ctx.db.selectFrom('feedback_categories').select('id').limit(1).executeTakeFirst();
      return category === undefined ? ['there are no feedback categories yet; start with --demo to add the demo city’s.'] : [];
    },

    figures: [
      { id: 'feedback.received', label: 'signals.stats.received', unit: 'count', source: '/api/v1/feedback/stats' },
      { id: 'feedback.firstResponseOnTarget', label: 'signals.stats.withinTarget', unit: 'share', source: '/api/v1/feedback/stats' },
      { id: 'feedback.medianFirstResponseDays', label: 'signals.stats.firstResponse', unit: 'days', source: '/api/v1/feedback/stats' },
    ],
  };
}
