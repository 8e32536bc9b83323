/**
 * The participatory budgeting module (issue 9): rounds with phases and budgets, residents'
 * proposals and the city's review, rules frozen when voting opens, ballots with one-per-voter
 * integrity and receipts (ADR 0011, ADR 0019), results computed with core's exact rules
 * (ADR 0010) and published as open data and Pabulib files. Registered in src/modules.ts.
 */
import { BUDGETING_PATHS, budgetingMessages, budgetingRoundMessages, mergeCatalogs } from '@kohtaamo/core';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { AdminError, AdminUsageError, type DomainModule, type ModuleContext } from '../platform/module.js';
import { voterHasher } from './budgeting.identity.js';
import { createBudgetingRepository, deleteUnattachedProposalImages, purgeVoterRegistry, UNATTACHED_IMAGE_MS } from './budgeting.repository.js';
import { computeRoundResults } from './budgeting.results.js';
import { budgetingPolicies, budgetingRoutes } from './budgeting.routes.js';
import { seedBudgetingAtScale } from './budgeting.scale-seed.js';
import { seedBudgetingDemo, seedBudgetingProposalDemo } from './budgeting.seed.js';
import './budgeting.tables.js';
import { budgetingMigrations } from './migrations/index.js';
import { budgetingOpenApi } from './openapi/budgeting.openapi.js';

export interface BudgetingModuleOptions {
  readonly clock?: () => Date;
  /** The identity service's HS256 key (tests); KOHTAAMO_BUDGETING_IDENTITY_KEY otherwise. */
  readonly identityKey?: string;
  /** Ballots above which results are computed by the tally job (tests lower it). */
  readonly inlineTallyLimit?: number;
  /** Largest proposal image in bytes (tests lower it); PROPOSAL_IMAGE_MAX_BYTES otherwise. */
  readonly imageMaxBytes?: number;
}

export const BUDGETING_BALLOT_SCOPE = 'budgeting-ballot';
export const BUDGETING_PROPOSAL_SCOPE = 'budgeting-proposal';
export const BUDGETING_IMAGE_SCOPE = 'budgeting-image';
export const IDENTITY_AUDIENCE = 'kohtaamo-budgeting';
/** How many voting codes each demo start prints. */
const DEMO_VOTING_CODES = 5;

/** The module's settings from the environment; a bad value stops the server at start-up. */
export function loadBudgetingConfig(env: Readonly<Record<string, string | undefined>>): { identity: { key: string; audience: string } | null } {
  const key = env.KOHTAAMO_BUDGETING_IDENTITY_KEY?.trim();
  if (key && key.length < 32) throw new Error('KOHTAAMO_BUDGETING_IDENTITY_KEY: at least 32 characters (the HS256 key shared with the identity service)');
  const audience = env.KOHTAAMO_BUDGETING_IDENTITY_AUDIENCE?.trim() || IDENTITY_AUDIENCE;
  return { identity: key ? { key, audience } : null };
}

/** Computes the results of rounds whose officer asked for them and that were too large to tally inline (in the tally worker, ADR 0055). */
export async function runTallyJob(ctx: Pick<ModuleContext, 'db' | 'clock'> & Partial<Pick<ModuleContext, 'reader' | 'platform'>>): Promise<number> {
  const repository = createBudgetingRepository(ctx.db, { clock: ctx.clock });
  const due = await ctx.db.selectFrom('budgeting_rounds').select('id').where('tally_requested_at', 'is not', null).execute();
  const options = { ...(ctx.reader ? { reader: ctx.reader } : {}), ...(ctx.platform ? { cityName: ctx.platform.city.name } : {}) };
  for (const { id } of due) await computeRoundResults(ctx.db, repository, id, ctx.clock(), options);
  return due.length;
}

export function createBudgetingModule(options: BudgetingModuleOptions = {}): DomainModule {
  return {
    name: 'budgeting',
    mountPaths: ['/api/v1/budgeting', '/api/v1/staff/budgeting'],
    migrations: budgetingMigrations,
    // A proposal's image is bytes, up to its own limit (imageUpload), not the 64 KiB of JSON.
    uploadPaths: [`${BUDGETING_PATHS.rounds}/{roundId}/proposal-images`],
    messages: mergeCatalogs(budgetingMessages, budgetingRoundMessages),
    openApi: budgetingOpenApi,
    rateLimits: [
      { scope: BUDGETING_BALLOT_SCOPE, defaultLimit: '30/10m', description: 'Ballots (and voting-code attempts) per client; a library’s shared computer casts many, so keep it generous.' },
      { scope: BUDGETING_PROPOSAL_SCOPE, defaultLimit: '10/10m', description: 'Budgeting proposals per client.' },
      { scope: BUDGETING_IMAGE_SCOPE, defaultLimit: '20/10m', description: 'Proposal images uploaded per client (a refused file counts too).' },
    ],

    routes(ctx: ModuleContext): Hono<AppEnv> {
      const config = loadBudgetingConfig(ctx.env);
      const clock = options.clock ?? ctx.clock;
      const identity = options.identityKey ? { key: options.identityKey, audience: IDENTITY_AUDIENCE } : config.identity;
      const repository = createBudgetingRepository(ctx.db, { clock });
      const ballot = ctx.rateLimit(BUDGETING_BALLOT_SCOPE);
      const proposal = ctx.rateLimit(BUDGETING_PROPOSAL_SCOPE);
      const image = ctx.rateLimit(BUDGETING_IMAGE_SCOPE);
      return budgetingRoutes({
        db: ctx.db,
        ...(ctx.reader ? { reader: ctx.reader } : {}),
        repository,
        kind: ctx.kind,
        clock,
        hashVoter: voterHasher(ctx.db, ctx.platform.serverSecret),
        identity,
        cityName: ctx.platform.city.name,
        ...(options.inlineTallyLimit !== undefined ? { inlineTallyLimit: options.inlineTallyLimit } : {}),
        ...(options.imageMaxBytes !== undefined ? { imageMaxBytes: options.imageMaxBytes } : {}),
        ballotLimit: (c, next) => ballot(c, next),
        proposalLimit: (c, next) => proposal(c, next),
        imageLimit: (c, next) => image(c, next),
      });
    },

    policies: () => budgetingPolicies(),

    grantRoles: {
      roles: { officer: 'runs a budgeting round: budgets, review, rules, voting codes, assisted ballots, results, implementation' },
      scopeDescription: 'a budgeting round id ("*" for every round, needed to create rounds)',
      wholeDomain: true,
      async scopes(db) {
        return (await db.selectFrom('budgeting_rounds').select('id').orderBy('id').execute()).map((r) => r.id);
      },
    },

    retention: {
      defaultDays: 90,
      description:
        'The voter registry (keyed hashes of who voted) and the voting codes of a round go this many days after its results were published; ' +
        'the anonymous ballots, results and proposals (with the images their proposers added) stay as open data.',
      run: (db, { cutoff, now }) => purgeVoterRegistry(db, cutoff, now),
    },

    adminCommands: [
      {
        group: 'budgeting',
        usage: ['budgeting codes --round ROUND --count N   (prints N new single-use voting codes, one a line, for printing)'],
        options: { round: { type: 'string' }, count: { type: 'string' } },
        async run(action, values, io, { db, now }) {
          if (action !== 'codes') throw new AdminUsageError(`unknown command: budgeting ${action ?? ''}`);
          const round = typeof values.round === 'string' ? values.round.trim() : '';
          const count = Number(values.count);
          if (!round) throw new AdminUsageError('--round is required');
          if (!Number.isSafeInteger(count) || count < 1 || count > 100_000) throw new AdminUsageError('--count must be a whole number from 1 to 100000');
          // The same key as the server's: KOHTAAMO_SERVER_SECRET, or the one kept in the database.
          const hash = voterHasher(db, process.env.KOHTAAMO_SERVER_SECRET?.trim() || null);
          const outcome = await createBudgetingRepository(db, { clock: () => now }).issueVotingCodes(round, count, hash, null);
          if (outcome.kind === 'notFound') throw new AdminError(`no budgeting round "${round}"`);
          if (outcome.kind === 'closed') throw new AdminError(`the vote of "${round}" is over`);
          io.err(`${count} voting code(s) for ${round}. They are shown only now: only their keyed hashes are stored.`);
          for (const code of outcome.codes) io.out(code);
          return 0;
        },
      },
    ],

    jobs: [
      { name: 'budgeting-tally', intervalMs: 30_000, run: async (ctx) => void (await runTallyJob(ctx)) },
      {
        // An image is uploaded before its proposal is sent; one that no proposal took within a
        // day never will be, and nobody may see it: it goes. Taken ones stay with their proposal.
        name: 'unattached-images',
        intervalMs: 3600_000,
        run: async (ctx) => void (await deleteUnattachedProposalImages(ctx.db, new Date(ctx.clock().getTime() - UNATTACHED_IMAGE_MS))),
      },
    ],

    async seedDemo(ctx) {
      const voting = await seedBudgetingDemo(ctx.db, ctx.platform.city, ctx.clock());
      await seedBudgetingProposalDemo(ctx.db, ctx.platform.city, ctx.clock());
      // Fresh single-use codes on every demo start, so a visitor can vote (only their hashes are kept).
      const hash = voterHasher(ctx.db, ctx.platform.serverSecret);
      const outcome = await createBudgetingRepository(ctx.db, { clock: ctx.clock }).issueVotingCodes(voting, DEMO_VOTING_CODES, hash, null);
      return outcome.kind === 'ok' ? [`voting codes for ${voting} (one ballot each; more with: npx kohtaamo-server admin budgeting codes): ${outcome.codes.join(' ')}`] : [];
    },

    async seedScale(db, scale) {
      const written = await seedBudgetingAtScale(db, scale);
      return `${written.ballots} ballots in ${written.rounds.length} closed round(s) (${written.rounds.join(', ')}), awaiting their tally`;
    },

    async startupNotices(ctx) {
      const notices: string[] = [];
      if (ctx.platform.serverSecret === null) {
        notices.push('budgeting: KOHTAAMO_SERVER_SECRET is not set; voter hashes use a key kept in the database. Set it before a real vote (ADR 0019).');
      }
      return notices;
    },

    figures: [
      { id: 'budgeting.proposals', label: 'budgeting.figures.proposals', unit: 'count', source: '/api/v1/budgeting/figures' },
      { id: 'budgeting.turnout', label: 'budgeting.figures.turnout', unit: 'count', source: '/api/v1/budgeting/figures' },
      { id: 'budgeting.votersWithAWinner', label: 'budgeting.figures.satisfied', unit: 'share', source: '/api/v1/budgeting/figures' },
    ],
  };
}
