/**
 * The surveys module (issue 10): survey definitions and their frozen versions, rounds with
 * their modes (open web, invitation tokens, interviewer, vendor import), anonymous responses
 * validated with core's logic, server drafts under resume codes, help offers kept apart,
 * results weighted with core's calibration (ADR 0014), CSV export with a codebook, and
 * published results as open data. ADR 0024 (anonymity, modes), ADR 0025 (import, results).
 * Registered in src/modules.ts.
 */
import { SURVEYS_PATHS, surveysMessages } from '@kohtaamo/core';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { DomainModule, ModuleContext } from '../platform/module.js';
import { purgeSurveyPersonalData } from './surveys.repository.js';
import { surveysPolicies, surveysRoutes } from './surveys.routes.js';
import { resultsServiceFor } from './surveys.results.js';
import { seedSurveysDemo } from './surveys.seed.js';
import { surveyContactOffers } from './surveys.contact-offers.js';
import { seedSurveysAtScale } from './surveys.scale-seed.js';
import './surveys.tables.js';
import { surveysMigrations } from './migrations/index.js';
import { surveysOpenApi } from './openapi/surveys.openapi.js';

export interface SurveysModuleOptions {
  readonly clock?: () => Date;
}

export const SURVEYS_RESPONSE_SCOPE = 'surveys-response';

export function createSurveysModule(options: SurveysModuleOptions = {}): DomainModule {
  return {
    name: 'surveys',
    mountPaths: ['/api/v1/surveys', '/api/v1/staff/surveys'],
    uploadPaths: [SURVEYS_PATHS.imports],
    migrations: surveysMigrations,
    messages: surveysMessages,
    openApi: surveysOpenApi,
    rateLimits: [
      { scope: SURVEYS_RESPONSE_SCOPE, defaultLimit: '60/10m', description: 'Survey responses, drafts and help offers per client (a library’s shared computer sends many).' },
    ],

    routes(ctx: ModuleContext): Hono<AppEnv> {
      const limit = ctx.rateLimit(SURVEYS_RESPONSE_SCOPE);
      const clock = options.clock ?? ctx.clock;
      return surveysRoutes({ db: ctx.db, kind: ctx.kind, clock, responseLimit: (c, next) => limit(c, next), results: resultsServiceFor(ctx.db, { ...(ctx.reader ? { reader: ctx.reader } : {}), clock }) });
    },

    policies: () => surveysPolicies(),

    // Offers of help with consent, for the volunteering console to handle (ADR 0054).
    contactOffers: surveyContactOffers,

    // Recomputes kept results whose round has new responses or margins, in the worker thread (ADR 0034).
    jobs: [
      {
        name: 'results',
        intervalMs: 60_000,
        run: async (ctx) => void (await resultsServiceFor(ctx.db, { ...(ctx.reader ? { reader: ctx.reader } : {}), clock: options.clock ?? ctx.clock }).refreshStale()),
      },
    ],

    grantRoles: {
      roles: {
        analyst: 'runs a survey: versions, rounds, tokens, margins, imports, results, exports, help offers',
        interviewer: 'enters a phone vendor’s interviews of a survey (interviewer mode)',
        moderator: 'publishes or hides the free-text answers of a survey',
      },
      scopeDescription: 'a survey id ("*" for every survey, needed to create surveys)',
      wholeDomain: true,
      async scopes(db) {
        return (await db.selectFrom('surveys').select('id').orderBy('id').execute()).map((r) => r.id);
      },
    },

    retention: {
      defaultDays: 365,
      description:
        'Offers of help (names, contact details, the offer) go this many days after they came; server drafts go when they expire (30 days after the last save). ' +
        'The anonymous answers and published results stay.',
      run: (db, { cutoff, now }) => purgeSurveyPersonalData(db, cutoff, now),
    },

    async seedDemo(ctx) {
      await seedSurveysDemo(ctx.db, ctx.clock());
    },

    async seedScale(db, scale) {
      const written = await seedSurveysAtScale(db, scale);
      return `${written.responses} responses in ${written.rounds.length} closed round(s) (${written.rounds.join(', ')})`;
    },
  };
}
