/**
 * The contract a domain of Kohtaamo implements to plug into the server: feedback, budgeting,
 * surveys, volunteering, booking. A domain is registered with one line in `src/modules.ts`;
 * nothing of a domain is written into the platform's files, and no platform file imports a
 * domain (docs/adding-a-domain.md walks through it; ADR 0009 says why).
 *
 * The platform gives every module the same things through `ModuleContext`: the database, the
 * server's configuration (the city, public URL, mail), a clock, a logger, the rate limiter and
 * the mail outbox. A module gives back its routes (under the path prefixes it owns, checked for
 * overlaps at start-up, so mounting order never matters), its migrations, OpenAPI paths,
 * message catalogs, seed data, admin commands, retention policy, background jobs and the
 * figures it publishes for the city-wide signals view.
 */
import type { Catalogs } from '@kohtaamo/core';
import type { Hono } from 'hono';
import type { Kysely, Migration } from 'kysely';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.types.js';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../http/health.routes.js';
import type { PlatformConfig } from './platform.config.js';
import type { Context, MiddlewareHandler } from 'hono';
import type { PolicyTable } from './auth/policy.js';
import type { ContactOfferSource, ContactOffers } from './contact-offers/contact-offers.js';

/** What the platform hands a module when it builds its routes, jobs and seeds. */
export interface ModuleContext {
  readonly db: Kysely<Database>;
  readonly kind: 'sqlite' | 'postgresql';
  /**
   * For long read-only queries (figures over years, exports): on SQLite a connection in a worker
   * thread, so they never stop the event loop; else `db` itself (db/sqlite-reader.ts).
   */
  readonly reader?: Kysely<Database>;
  readonly config: Pick<ServerConfig, 'origins'>;
  /** The platform's settings: the city, its public URL, mail, limits. */
  readonly platform: PlatformConfig;
  /** The environment, for a module's own settings (KOHTAAMO_<MODULE>_…), read at start-up. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly logger: Logger;
  /** Now; tests pass a fixed clock. */
  readonly clock: () => Date;
  /** Offers of help residents left with any module, with consent to be contacted (ADR 0054). */
  readonly contactOffers: ContactOffers;
  /**
   * A rate-limit middleware for a scope with the limit configured for it (the module's rule
   * with the operator's override): counts in the database, shared by every server process.
   * Passes everything when the limit is off.
   */
  rateLimit(scope: string, options?: { readonly exempt?: (c: Context<AppEnv>) => Promise<boolean>; readonly refundClientErrors?: boolean }): MiddlewareHandler<AppEnv>;
}

/** A rate-limit rule a module declares: its default, overridable by the operator. */
export interface RateLimitRule {
  /** The counter's scope, e.g. "feedback" (also the name in KOHTAAMO_RATE_LIMIT_<SCOPE>). */
  readonly scope: string;
  /** The default, e.g. "10/10m"; `null` for unlimited unless the operator sets one. */
  readonly defaultLimit: string | null;
  readonly description: string;
}

/** One admin subcommand group of a module: `kohtaamo-server admin <group> <action> …`. */
export interface AdminCommand {
  /** The first word, e.g. "api-key". Unique across modules and the platform. */
  readonly group: string;
  /** The usage lines shown by `admin --help`. */
  readonly usage: readonly string[];
  /** Options it reads (node:util parseArgs, all strings or booleans). */
  readonly options: Readonly<Record<string, { type: 'string' | 'boolean' }>>;
  /** Runs `action`; returns the exit status; throws `AdminUsageError` for a usage mistake. */
  run(action: string | undefined, values: Readonly<Record<string, string | boolean | undefined>>, io: AdminIo, ctx: AdminContext): Promise<number>;
}

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
}

export interface AdminContext {
  readonly db: Kysely<Database>;
  readonly now: Date;
}

/** A usage mistake in an admin command: printed with the usage, exit status 2. */
export class AdminUsageError extends Error {}
/** A refused admin command (unknown person, …): printed, exit status 1. */
export class AdminError extends Error {}

/** How long a module keeps personal data, and how it removes it. */
export interface RetentionPolicy {
  /** Days after which personal data goes, unless the operator says otherwise. */
  readonly defaultDays: number;
  /** What is removed and what stays, for `admin --help` and the docs. */
  readonly description: string;
  /** Removes what is older than `cutoff`; idempotent; returns how many items it anonymised. */
  run(db: Kysely<Database>, options: { readonly cutoff: Date; readonly now: Date }): Promise<number>;
}

/** A background job of a module: run every `intervalMs` in every server process. */
export interface ModuleJob {
  readonly name: string;
  readonly intervalMs: number;
  run(ctx: ModuleContext): Promise<void>;
}

/** What `npm run seed:scale` asks of each module (platform/scale/seed-scale.cli.ts). */
export interface ScaleSeedOptions {
  /** How many of the module's main items (feedback reports, ballots, …) to write. */
  readonly size: number;
  /** The seed: the same options write the same rows. */
  readonly seed: number;
  /** Years of history, ending at `now`. */
  readonly years: number;
  readonly now: Date;
  /** Called now and then with the items written so far. */
  readonly progress?: (written: number) => void;
}

/** The OpenAPI pieces a module adds to /openapi.json. */
export interface ModuleOpenApi {
  readonly tags?: readonly { readonly name: string; readonly description?: string }[];
  readonly paths: Readonly<Record<string, unknown>>;
  readonly schemas?: Readonly<Record<string, unknown>>;
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/** A figure a module publishes for the city-wide signals view (a later issue reads these). */
export interface FigureDefinition {
  /** Stable id, "<module>.<name>", e.g. "feedback.firstResponseOnTarget". */
  readonly id: string;
  /** Message key of its label in the module's catalog. */
  readonly label: string;
  readonly unit: 'count' | 'share' | 'days' | 'euros';
  /** The API path that answers it (public, cacheable, no personal data). */
  readonly source: string;
}

/**
 * The roles a module's grants hold (ADR 0015): for the admin commands, invitations and the
 * city's sign-in mapping, which refuse a grant the module does not know.
 */
export interface GrantRoles {
  /** Roles and what each may do ("handler": "handles feedback of its categories"). */
  readonly roles: Readonly<Record<string, string>>;
  /** What a scope is ("a feedback category id"), for `admin --help`. */
  readonly scopeDescription: string;
  /** Whether a grant may cover the whole domain (scope "*"). */
  readonly wholeDomain: boolean;
  /** The scopes that exist now (category ids); null = any well-formed scope. */
  scopes(db: Kysely<Database>): Promise<readonly string[] | null>;
}

export interface DomainModule {
  /** Lower-case id: "feedback". Names the module's migration table too. */
  readonly name: string;
  /**
   * Path prefixes the module's routes live under ("/api/v1/feedback"). Two modules never share
   * a prefix, and every route of the module must lie under one: checked when the app is made.
   */
  readonly mountPaths: readonly string[];
  /**
   * The module's migrations, oldest first, by name ("0001_feedback"). Each is frozen once
   * released: literal values only (never a constant that may change), plain SQL that SQLite and
   * PostgreSQL both accept. They run after the platform's, in registry order.
   */
  readonly migrations: Readonly<Record<string, Migration>>;
  /**
   * POST routes that take bytes (uploads) and enforce their own size limit instead of the 64 KiB
   * JSON one; a segment in braces ("{roundId}") stands for any one path segment.
   */
  readonly uploadPaths?: readonly string[];
  /** Server-side texts (problem details, mails): fi, sv, en. */
  readonly messages: Catalogs;
  /** The module's routes, full paths under its mountPaths. */
  routes(ctx: ModuleContext): Hono<AppEnv>;
  /**
   * Who may call each protected route: "METHOD /path/{param}" (as in the OpenAPI document) →
   * policy (platform/auth/policy.ts). The platform guards each route with it before the module's
   * handler runs, through the one grant check. Every route under /api/v1/staff must have one, and
   * every policy must name a route of the module: both are checked when the app is made. The
   * grant matrix test (src/access-matrix.test.ts) calls every protected route of /openapi.json
   * with wrong and right credentials.
   */
  policies?(ctx: ModuleContext): PolicyTable;
  /** The roles of this domain's grants and their scopes (ADR 0015). */
  readonly grantRoles?: GrantRoles;
  readonly openApi: () => ModuleOpenApi;
  readonly rateLimits?: readonly RateLimitRule[];
  readonly retention?: RetentionPolicy;
  readonly jobs?: readonly ModuleJob[];
  readonly adminCommands?: readonly AdminCommand[];
  /**
   * Seeds the demo (`--demo`): idempotent, relative to `ctx.clock()` so the demo stays current.
   * May answer lines for the demo's start output (budgeting: fresh voting codes to try the ballot with).
   */
  seedDemo?(ctx: ModuleContext): Promise<void | readonly string[]>;
  /**
   * Writes city-scale data for measuring (issue 13): `size` items over `years` years, in bulk,
   * reproducible from `seed`. Returns a line for the report ("500000 reports, 1.4M history rows").
   */
  seedScale?(db: Kysely<Database>, options: ScaleSeedOptions): Promise<string>;
  /** Says on start-up what is missing for the module to be usable (no categories yet, …). */
  startupNotices?(ctx: ModuleContext): Promise<readonly string[]>;
  readonly figures?: readonly FigureDefinition[];
  /** Offers of help this module collects, for other modules to list (ADR 0054). */
  readonly contactOffers?: ContactOfferSource;
}

/**
 * Checks a list of modules before use: unique names, no shared or nested mount paths between
 * two modules, no admin group twice. Throws with every mistake named.
 */
export function checkModules(modules: readonly DomainModule[], reserved: readonly string[] = []): void {
  const problems: string[] = [];
  const names = new Set<string>();
  const owners: { prefix: string; owner: string }[] = reserved.map((prefix) => ({ prefix, owner: 'platform' }));
  const groups = new Map<string, string>();
  for (const module of modules) {
    if (!/^[a-z][a-z0-9-]*$/.test(module.name)) problems.push(`module name "${module.name}" must be lower-case letters, digits and dashes`);
    if (names.has(module.name)) problems.push(`two modules are named "${module.name}"`);
    names.add(module.name);
    for (const prefix of module.mountPaths) {
      if (!prefix.startsWith('/') || prefix.endsWith('/')) problems.push(`${module.name}: mount path "${prefix}" must start with / and not end with /`);
      for (const other of owners) {
        if (other.owner !== module.name && overlaps(prefix, other.prefix)) {
          problems.push(`${module.name}: mount path "${prefix}" overlaps "${other.prefix}" of ${other.owner}`);
        }
      }
      owners.push({ prefix, owner: module.name });
    }
    for (const command of module.adminCommands ?? []) {
      const before = groups.get(command.group);
      if (before) problems.push(`${module.name}: admin group "${command.group}" is already ${before}'s`);
      groups.set(command.group, module.name);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid module registry:\n  ${problems.join('\n  ')}`);
}

/** True when one path prefix contains the other (segment-wise). */
export function overlaps(a: string, b: string): boolean {
  return isUnder(a, b) || isUnder(b, a);
}

/** True when `path` is `prefix` or lies under it ("/api/v1/feedback/x" under "/api/v1/feedback"). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Checks that every route of a module's Hono app lies under its mount paths (so a module can
 * never shadow another's route by being mounted first).
 */
export function checkModuleRoutes(module: DomainModule, app: Hono<AppEnv>): void {
  const stray = app.routes
    .map((route) => route.path)
    .filter((path) => path !== '/*' && path !== '*' && !module.mountPaths.some((prefix) => isUnder(path.replace(/\/\*$/, ''), prefix)));
  if (stray.length > 0) {
    throw new Error(`Module ${module.name} has routes outside its mount paths (${module.mountPaths.join(', ')}): ${[...new Set(stray)].join(', ')}`);
  }
}
