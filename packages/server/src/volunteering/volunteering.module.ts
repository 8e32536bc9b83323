/**
 * The volunteering module (issue 11): opportunities of the city and associations, shifts with
 * capacity, waiting lists, group sign-ups and roles, seat holds, manage codes kept only hashed,
 * mails with .ics through the platform outbox, reminders, talkoot proposals, anonymisation
 * after the shift, figures per area and month, and vapaaehtoistyo.fi import and export.
 * ADR 0026 (seats and access), ADR 0027 (vapaaehtoistyo.fi). Registered in src/modules.ts.
 */
import { helpOfferPolicies, helpOfferRoutes } from './volunteering.help-offers.js';
import { mergeCatalogs, volunteeringConsoleDetailMessages, volunteeringMessages } from '@kohtaamo/core';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { DomainModule, ModuleContext } from '../platform/module.js';
import { createVapaaehtoistyoClient, importVapaaehtoistyo } from './vapaaehtoistyo.client.js';
import type { CachedBody } from '../platform/http-cache.js';
import { createVersionedMemo } from '../platform/versioned-memo.js';
import { anonymiseVolunteering, createVolunteeringRepository, DEFAULT_HOLD_MINUTES, type VolunteeringRepository } from './volunteering.repository.js';
import { volunteeringPolicies, volunteeringRoutes } from './volunteering.routes.js';
import { seedVolunteeringCoordinator, seedVolunteeringDemo } from './volunteering.seed.js';
import { seedVolunteeringAtScale } from './volunteering.scale-seed.js';
import './volunteering.tables.js';
import { volunteeringMigrations } from './migrations/index.js';
import { volunteeringOpenApi } from './openapi/volunteering.openapi.js';

export const VOLUNTEERING_SIGNUP_SCOPE = 'volunteering-signup';
export const VOLUNTEERING_PROPOSAL_SCOPE = 'volunteering-proposal';

export interface VolunteeringModuleOptions {
  readonly clock?: () => Date;
  readonly holdMinutes?: number;
  readonly reminderHours?: number;
  /** The manage link with `{code}`; KOHTAAMO_VOLUNTEERING_MANAGE_URL otherwise. */
  readonly manageUrl?: string;
  /** vapaaehtoistyo.fi's API; KOHTAAMO_VAPAAEHTOISTYO_URL and _KEY otherwise. */
  readonly vapaaehtoistyo?: { readonly baseUrl: string; readonly key: string };
}

export interface VolunteeringConfig {
  readonly holdMinutes: number;
  readonly reminderHours: number;
  readonly manageUrl: string;
  readonly vapaaehtoistyo: { readonly baseUrl: string; readonly key: string } | null;
}

const positive = (env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, max: number): number => {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name}: a whole number from 1 to ${max}, not "${raw}"`);
  return n;
};

/** The module's settings from the environment; a bad value stops the server at start-up. */
export function loadVolunteeringConfig(env: Readonly<Record<string, string | undefined>>, publicUrl: string | null, options: VolunteeringModuleOptions = {}): VolunteeringConfig {
  const manageUrl = options.manageUrl ?? env.KOHTAAMO_VOLUNTEERING_MANAGE_URL?.trim() ?? `${publicUrl ?? ''}/#kohtaamo-manage={code}`;
  if (!manageUrl.includes('{code}')) throw new Error('KOHTAAMO_VOLUNTEERING_MANAGE_URL must contain {code}, e.g. https://www.example.fi/talkoot#kohtaamo-manage={code}');
  const url = env.KOHTAAMO_VAPAAEHTOISTYO_URL?.trim();
  const key = env.KOHTAAMO_VAPAAEHTOISTYO_KEY?.trim();
  if (url && !key) throw new Error('KOHTAAMO_VAPAAEHTOISTYO_KEY is needed with KOHTAAMO_VAPAAEHTOISTYO_URL (the portal’s Bearer key)');
  return {
    holdMinutes: options.holdMinutes ?? positive(env, 'KOHTAAMO_VOLUNTEERING_HOLD_MINUTES', DEFAULT_HOLD_MINUTES, 60),
    reminderHours: options.reminderHours ?? positive(env, 'KOHTAAMO_VOLUNTEERING_REMINDER_HOURS', 24, 24 * 14),
    manageUrl,
    vapaaehtoistyo: options.vapaaehtoistyo ?? (url && key ? { baseUrl: url, key } : null),
  };
}

export function volunteeringRepositoryFor(ctx: Pick<ModuleContext, 'db' | 'kind' | 'clock' | 'platform' | 'env'> & Partial<Pick<ModuleContext, 'reader'>>, options: VolunteeringModuleOptions = {}): { repository: VolunteeringRepository; config: VolunteeringConfig } {
  const config = loadVolunteeringConfig(ctx.env, ctx.platform.publicUrl, options);
  let uidHost = 'kohtaamo.invalid';
  try {
    if (ctx.platform.publicUrl) uidHost = new URL(ctx.platform.publicUrl).host;
  } catch {
    /* keep the placeholder */
  }
  const repository = createVolunteeringRepository(ctx.db, {
    clock: options.clock ?? ctx.clock,
    kind: ctx.kind,
    holdMinutes: config.holdMinutes,
    manageUrl: (code) => config.manageUrl.replace('{code}', encodeURIComponent(code)),
    uidHost,
    ...(ctx.reader ? { reader: ctx.reader } : {}),
  });
  return { repository, config };
}

export function createVolunteeringModule(options: VolunteeringModuleOptions = {}): DomainModule {
  let repo: VolunteeringRepository | null = null;
  const repositoryOf = (ctx: ModuleContext) => (repo ??= volunteeringRepositoryFor(ctx, options).repository);
  return {
    name: 'volunteering',
    mountPaths: ['/api/v1/volunteering', '/api/v1/staff/volunteering'],
    migrations: volunteeringMigrations,
    messages: mergeCatalogs(volunteeringMessages, volunteeringConsoleDetailMessages),
    openApi: volunteeringOpenApi,
    rateLimits: [
      { scope: VOLUNTEERING_SIGNUP_SCOPE, defaultLimit: '30/10m', description: 'Seat holds and sign-ups per client (an association’s shared computer signs many up).' },
      { scope: VOLUNTEERING_PROPOSAL_SCOPE, defaultLimit: '10/10m', description: 'Talkoot proposals per client.' },
    ],

    routes(ctx: ModuleContext): Hono<AppEnv> {
      const { config } = volunteeringRepositoryFor(ctx, options);
      const repository = repositoryOf(ctx);
      const signup = ctx.rateLimit(VOLUNTEERING_SIGNUP_SCOPE);
      const proposal = ctx.rateLimit(VOLUNTEERING_PROPOSAL_SCOPE);
      const staffOffers = helpOfferRoutes({ db: ctx.db, offers: ctx.contactOffers, clock: options.clock ?? ctx.clock });
      const app = volunteeringRoutes({
        repository,
        publicUrl: ctx.platform.publicUrl ?? '',
        holdMinutes: config.holdMinutes,
        signupLimit: (c, next) => signup(c, next),
        proposalLimit: (c, next) => proposal(c, next),
        smtpConfigured: ctx.platform.smtpUrl !== null,
        kept: createVersionedMemo<CachedBody>(ctx.db),
      });
      app.route('/', staffOffers);
      return app;
    },

    policies: (ctx) => ({ ...volunteeringPolicies(repositoryOf(ctx)), ...helpOfferPolicies() }),

    grantRoles: {
      roles: { coordinator: 'runs the organisation’s volunteering: opportunities, shifts, sign-ups, exports, check-in, hours (the city’s also handles talkoot proposals and sees every organisation)' },
      scopeDescription: 'an opportunity id ("*" for all of the organisation’s, needed to create opportunities)',
      wholeDomain: true,
      async scopes(db) {
        return (await db.selectFrom('volunteering_opportunities').select('id').orderBy('id').execute()).map((r) => r.id);
      },
    },

    retention: {
      defaultDays: 30,
      description:
        'Sign-ups lose name, contact, age, guardian, manage code and who saw a record extract this many days after their shift ended; status, group size, check-in and hours stay for the figures. ' +
        'Talkoot proposals, decided or not, lose the proposer’s name and email this many days after the proposed day ended (an undecided one can then no longer be decided). Their mails leave the outbox.',
      run: (db, { cutoff, now }) => anonymiseVolunteering(db, cutoff, now),
    },

    jobs: [
      { name: 'holds', intervalMs: 60_000, run: async (ctx) => void (await repositoryOf(ctx).sweepHolds()) },
      {
        name: 'reminders',
        intervalMs: 5 * 60_000,
        run: async (ctx) => void (await repositoryOf(ctx).sendReminders(loadVolunteeringConfig(ctx.env, ctx.platform.publicUrl, options).reminderHours)),
      },
      {
        name: 'vapaaehtoistyo-import',
        intervalMs: 6 * 3_600_000,
        async run(ctx) {
          const portal = loadVolunteeringConfig(ctx.env, ctx.platform.publicUrl, options).vapaaehtoistyo;
          if (!portal) return;
          const result = await importVapaaehtoistyo(ctx.db, createVapaaehtoistyoClient(portal), { now: (options.clock ?? ctx.clock)() });
          if (result.skipped > 0) ctx.logger.error(`vapaaehtoistyo.fi: ${result.skipped} task(s) could not be read`, null);
        },
      },
    ],

    async seedDemo(ctx) {
      const now = (options.clock ?? ctx.clock)();
      await seedVolunteeringDemo(ctx.db, ctx.platform.city, now);
      await seedVolunteeringCoordinator(ctx.db, now, ctx.env.KOHTAAMO_DEMO_STAFF_TOKEN?.trim() || null);
    },

    async seedScale(db, scale) {
      const written = await seedVolunteeringAtScale(db, scale);
      return `${written.signups} sign-ups on ${written.shifts} shifts of 12 associations`;
    },

    figures: [
      { id: 'volunteering.volunteers', label: 'volunteering.figures.volunteers', unit: 'count', source: '/api/v1/volunteering/figures' },
      { id: 'volunteering.hours', label: 'volunteering.figures.hours', unit: 'count', source: '/api/v1/volunteering/figures' },
      { id: 'volunteering.talkoot', label: 'volunteering.figures.talkoot', unit: 'count', source: '/api/v1/volunteering/figures' },
    ],
  };
}
