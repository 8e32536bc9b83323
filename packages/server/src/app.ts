import { PROBLEM_TYPES, staffMessages } from '@kohtaamo/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { isDatabaseUnavailable } from './db/errors.js';
import { demoRoutes, type DemoOptions } from './demo/demo.routes.js';
import type { AppEnv } from './http/app-env.js';
import { corsFor } from './http/cors.js';
import { refuseForeignOrigins } from './http/origin-refusal.js';
import { healthRoutes, type Logger } from './http/health.routes.js';
import { localeFromHeader } from './http/locale.js';
import { appendHeaders } from './http/response-headers.js';
import { addMethodNotAllowed } from './http/method-not-allowed.js';
import { problem, registerCatalogs, t } from './http/problem.js';
import { openApiRoutes } from './openapi/openapi.routes.js';
import { checkModuleRoutes, checkModules, type DomainModule, type ModuleContext } from './platform/module.js';
import { contactOffersOf } from './platform/contact-offers/contact-offers.js';
import { DEMO_CITY, parseRateLimit, type PlatformConfig, type RateLimit } from './platform/platform.config.js';
import { rateLimit, RATE_LIMIT_SECRET } from './platform/rate-limit/rate-limit.js';
import { keyedHasher } from './platform/secrets/server-secrets.js';
import { PLATFORM_POLICIES, PLATFORM_STAFF_PATHS, platformStaffRoutes } from './platform/staff/staff.routes.js';
import { loadAuthConfig, type AuthConfig } from './platform/auth/auth.config.js';
import { applyPolicies, checkPolicies, recordPolicies, type RoutePolicy } from './platform/auth/policy.js';
import { siteRoutes, SITE_PATH } from './platform/site.routes.js';

/** Largest JSON request body accepted; a route with a larger upload sets its own limit. */
export const MAX_BODY_BYTES = 64 * 1024;

const NOSNIFF: ReadonlyArray<readonly [string, string]> = [['X-Content-Type-Options', 'nosniff']];

/** Requests that carry no body: the body limit has nothing to count (and reading `c.req.raw.body` would build a stream). */
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths the platform itself owns: no module may mount under them. */
export const PLATFORM_PATHS: readonly string[] = ['/healthz', '/openapi.json', '/widgets', SITE_PATH, ...PLATFORM_STAFF_PATHS];

export interface AppOptions {
  readonly db: Pick<DatabaseHandle, 'db' | 'kind' | 'reader'>;
  readonly config: Pick<ServerConfig, 'origins'>;
  /** The domain modules, in registry order (src/modules.ts). None: the platform alone. */
  readonly modules?: readonly DomainModule[];
  /** The platform's settings; test defaults: Heinola's city, no limits. */
  readonly platform?: Partial<PlatformConfig>;
  /** The environment modules read their own settings from (process.env by default). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where errors are logged; the console by default. */
  readonly logger?: Logger;
  readonly clock?: () => Date;
  readonly demo?: DemoOptions;
  /** Staff sign-in settings; from the environment (`env`) when not given. */
  readonly auth?: AuthConfig;
  /** Adds routes before the 404 and 405 fallbacks (tests add a route that throws). */
  readonly extraRoutes?: (app: Hono<AppEnv>) => void;
}

export const consoleLogger: Logger = {
  error: (message, error) => console.error(message, error),
};

/** A path of a module's `uploadPaths` as a pattern: literal, but a segment in braces ("{roundId}") is any one segment. */
export function pathPattern(template: string): RegExp {
  const literal = template.split(/\{[^/{}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[^/]+')}$`);
}

/** The platform settings with defaults filled in (tests pass only what they care about). */
export function platformDefaults(partial: Partial<PlatformConfig> = {}): PlatformConfig {
  return {
    retentionDays: undefined,
    rateLimit: null,
    rateLimitByScope: {},
    trustedProxyHeader: null,
    smtpUrl: null,
    mailFrom: 'Kohtaamo <no-reply@localhost>',
    publicUrl: null,
    city: DEMO_CITY,
    serverSecret: null,
    outboxPollMs: 10_000,
    jobsPollMs: 60_000,
    ...partial,
  };
}

/** The limit in force for a scope: the operator's per-scope setting, the global one, the module's default. */
export function limitFor(platform: PlatformConfig, scope: string, moduleDefault: RateLimit | null): RateLimit | null {
  if (scope in platform.rateLimitByScope) return platform.rateLimitByScope[scope]!;
  if (platform.rateLimit !== undefined) return platform.rateLimit;
  return moduleDefault;
}

/** What the platform hands each module (also used by main.ts for jobs and seeds). */
export function moduleContext(options: AppOptions, ruleDefaults: ReadonlyMap<string, RateLimit | null> = new Map()): ModuleContext {
  const platform = platformDefaults(options.platform);
  const db = options.db.db;
  const clock = options.clock ?? (() => new Date());
  // One key per process for the rate-limit counters: configured, or made once and stored.
  const hashClient = keyedHasher(db, RATE_LIMIT_SECRET, platform.serverSecret);
  return {
    db,
    kind: options.db.kind,
    reader: options.db.reader ?? db,
    config: options.config,
    platform,
    env: options.env ?? process.env,
    logger: options.logger ?? consoleLogger,
    clock,
    contactOffers: contactOffersOf(db, new Map((options.modules ?? []).flatMap((m) => (m.contactOffers ? [[m.name, m.contactOffers] as const] : [])))),
    rateLimit(scope, extra = {}) {
      const limit = limitFor(platform, scope, ruleDefaults.get(scope) ?? null);
      if (limit === null) return (_c, next) => next();
      return rateLimit(db, { limit, scope, trustedProxyHeader: platform.trustedProxyHeader, clock, hashClient, ...extra });
    },
  };
}

/**
 * The whole HTTP application: the platform's routes (health, OpenAPI, the site settings, staff
 * identity, the demo and the widget bundles) and every module's, each under its own paths.
 * Holds no state of its own beyond the database handle, so any number of processes can serve
 * one PostgreSQL database.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const logger = options.logger ?? consoleLogger;
  const modules = options.modules ?? [];
  checkModules(modules, PLATFORM_PATHS);
  const ruleDefaults = new Map<string, RateLimit | null>();
  for (const module of modules) {
    registerCatalogs(module.messages);
    for (const rule of module.rateLimits ?? []) {
      // Parsed by the platform's own parser, so a module's default is checked like the operator's.
      ruleDefaults.set(rule.scope, rule.defaultLimit === null ? null : parseRateLimit(rule.defaultLimit, `${module.name} rate limit ${rule.scope}`));
    }
  }
  registerCatalogs(staffMessages);
  const ctx = moduleContext(options, ruleDefaults);
  const db = ctx.db;
  const app = new Hono<AppEnv>();
  const auth = options.auth ?? loadAuthConfig(ctx.env, ctx.platform.publicUrl);

  app.use(localeFromHeader());
  app.use(async (c, next) => {
    await next();
    appendHeaders(c, NOSNIFF);
  });

  app.use('/api/*', corsFor(options.config.origins));
  app.use('/api/*', refuseForeignOrigins(options.config.origins, ctx.platform.publicUrl));
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      problem(c as Parameters<typeof problem>[0], {
        status: 413,
        title: t(c.get('locale'), 'problem.tooLarge.title'),
        detail: t(c.get('locale'), 'problem.tooLarge.detail', { max: MAX_BODY_BYTES }),
      }),
  });
  // A module's upload routes (POST of bytes, e.g. photos) set their own, larger limit.
  const uploadPaths = modules.flatMap((module) => module.uploadPaths ?? []).map(pathPattern);
  app.use('/api/*', async (c, next) =>
    BODYLESS.has(c.req.method) || (c.req.method === 'POST' && uploadPaths.some((p) => p.test(c.req.path))) ? next() : jsonBodyLimit(c, next),
  );
  // Expired idempotency keys and rate-limit windows are removed by the platform's clean-up job
  // (platform/runtime.ts), once for all processes, not after each request.

  app.route('/', healthRoutes(options.db, logger));
  app.route('/', siteRoutes(ctx.platform, auth));

  // Staff routes: every one has a policy, and its guard runs before any handler (ADR 0015).
  const staffRoutes = platformStaffRoutes({
    db,
    clock: ctx.clock,
    auth,
    modules,
    cityName: ctx.platform.city.name,
    publicUrl: ctx.platform.publicUrl,
    origins: options.config.origins.filter((o) => o !== '*'),
    logger,
  });
  checkPolicies('platform', staffRoutes, PLATFORM_POLICIES);
  const policies = new Map<string, { owner: string; policy: RoutePolicy }>(Object.entries(PLATFORM_POLICIES).map(([key, policy]) => [key, { owner: 'platform', policy }]));
  const moduleRoutes = modules.map((module) => {
    const routes = module.routes(ctx);
    checkModuleRoutes(module, routes);
    const table = module.policies?.(ctx) ?? {};
    checkPolicies(module.name, routes, table);
    for (const [key, policy] of Object.entries(table)) {
      const before = policies.get(key);
      if (before) throw new Error(`Route policies: ${key} is declared by ${before.owner} and ${module.name}`);
      policies.set(key, { owner: module.name, policy });
    }
    return routes;
  });
  recordPolicies(app, policies);
  applyPolicies(app, Object.fromEntries([...policies].map(([key, { policy }]) => [key, policy])), { db, clock: ctx.clock });
  app.route('/', staffRoutes as unknown as Hono<AppEnv>);
  for (const routes of moduleRoutes) app.route('/', routes);
  app.route('/', openApiRoutes(modules));
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
