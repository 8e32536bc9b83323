import {
  AssistedBallotSchema,
  BUDGETING_PATHS,
  BUDGETING_PROBLEM_TYPES,
  BudgetIdSchema,
  BudgetInputSchema,
  CastBallotSchema,
  ImplementationUpdateSchema,
  normalizeReceiptCode,
  PROBLEM_TYPES,
  ProposalIdSchema,
  ProposalQuerySchema,
  ProposalReviewSchema,
  ProposalSubmissionSchema,
  PROPOSAL_IMAGE_MAX_BYTES,
  RoundIdSchema,
  RoundInputSchema,
  RoundUpdateSchema,
  RulesSettingSchema,
  VotingCodesRequestSchema,
  violationText,
  helsinkiDay,
  type BallotChoice,
  type FieldError,
  type RoundSchedule,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKey, requestHash } from '../http/idempotency.js';
import { problem, t, translateFieldErrors } from '../http/problem.js';
import { fieldProblem, jsonBody, pathParams, queryParams, validationProblem } from '../http/validation.js';
import type { PolicyTable } from '../platform/auth/policy.js';
import type { StaffEnv } from '../platform/auth/policy.js';
import { ballotRetry, codeIdentity, personIdentity, verifyIdentityToken } from './budgeting.identity.js';
import { decodeProposalCursor, votingHasOpened, type BudgetingRepository, type NotFound } from './budgeting.repository.js';
import { cachedBody, sendCached, type CachedBody } from '../platform/http-cache.js';
import { createVersionedMemo } from '../platform/versioned-memo.js';
import { imageUpload, storedImage } from '../platform/image-upload.js';
import { computeRoundResults, keptPabulibExport, receiptListBody, storedRoundResults, type TallyOptions } from './budgeting.results.js';

const ROUNDS = BUDGETING_PATHS.rounds;
const STAFF = BUDGETING_PATHS.staffRounds;

/**
 * Rounds with more ballots than this are tallied by the module's job; up to it, the officer's
 * request waits for the tally worker (never the event loop, ADR 0055).
 */
export const INLINE_TALLY_LIMIT = 20_000;

export interface BudgetingRouteDeps {
  readonly db: Kysely<Database>;
  /** For reading a round's ballots (SQLite: a connection in a worker thread). */
  readonly reader?: Kysely<Database>;
  readonly repository: BudgetingRepository;
  readonly kind: 'sqlite' | 'postgresql';
  readonly clock: () => Date;
  readonly hashVoter: (identity: string) => Promise<string>;
  /** The identity service's key and audience; null = voting by identity token is off. */
  readonly identity: { readonly key: string; readonly audience: string } | null;
  readonly cityName: string;
  readonly inlineTallyLimit?: number;
  /** Limits ballots (and failed code attempts) per client. */
  readonly ballotLimit: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | void>;
  readonly proposalLimit: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | void>;
  /** Limits proposal image uploads per client. */
  readonly imageLimit: (c: Context<AppEnv>, next: () => Promise<void>) => Promise<Response | void>;
  /** Largest proposal image, in bytes (default PROPOSAL_IMAGE_MAX_BYTES). */
  readonly imageMaxBytes?: number;
}

const RoundParam = v.object({ roundId: RoundIdSchema });
const BudgetParam = v.object({ roundId: RoundIdSchema, budgetId: BudgetIdSchema });
const ProposalParam = v.object({ roundId: RoundIdSchema, proposalId: ProposalIdSchema });
const ImageParam = v.object({ roundId: RoundIdSchema, imageId: v.pipe(v.string(), v.uuid('budgeting.image.unknown')) });
const ReceiptParam = v.object({ roundId: RoundIdSchema, code: v.pipe(v.string(), v.maxLength(64, 'common.invalid')) });

type Ctx = Context<AppEnv>;

function answer(c: Ctx, status: ContentfulStatusCode, code: string, type: string, params?: Record<string, string | number>): Response {
  const locale = c.get('locale');
  return problem(c, { status, type, title: t(locale, code, params), detail: t(locale, code, params), code });
}

const notFound = (c: Ctx, what: NotFound['what'] = 'round') => answer(c, 404, `budgeting.${what}.notFound`, PROBLEM_TYPES.notFound);
const frozen = (c: Ctx) => answer(c, 409, 'budgeting.rules.frozen', BUDGETING_PROBLEM_TYPES.rulesFrozen);

/** Outside the proposal phase: when proposals were taken, in the reader's language. */
function closed(c: Ctx, phase: { readonly from: string; readonly until: string }): Response {
  const locale = c.get('locale');
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, { dateStyle: 'medium', timeZone: 'Europe/Helsinki' });
  return answer(c, 409, 'budgeting.proposal.closed', BUDGETING_PROBLEM_TYPES.wrongPhase, { from: format.format(new Date(phase.from)), until: format.format(new Date(phase.until)) });
}


/**
 * A schedule whose vote is already behind it (issue 9): a vote that has ended can never take a
 * ballot, so a round created or rescheduled so would be dead from the start. A new round's vote
 * must also open later, since budgets, proposals and rules are set before it (and are frozen once
 * it opens); rescheduling may open it now (the console's "open the vote" does so), never end it.
 * Each by its field, with the Helsinki day the officer gave.
 */
export function votingInThePast(schedule: RoundSchedule, now: Date, newRound: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const at = now.getTime();
  if (newRound && Date.parse(schedule.votingOpenAt) <= at) errors.push({ pointer: '#/schedule/votingOpenAt', code: 'budgeting.round.votingStarted', params: { day: helsinkiDay(schedule.votingOpenAt) } });
  if (Date.parse(schedule.votingCloseAt) <= at) errors.push({ pointer: '#/schedule/votingCloseAt', code: 'budgeting.round.votingEnded', params: { day: helsinkiDay(schedule.votingCloseAt) } });
  return errors;
}

const staffId = (c: Ctx) => (c as unknown as Context<StaffEnv>).get('principal')?.person.id ?? null;

/**
 * Who may call the staff routes (ADR 0015): an officer of budgeting for the city; a grant's
 * scope is a round id, so an officer of one round cannot touch another. Creating a round
 * needs a grant of the whole domain.
 */
export function budgetingPolicies(): PolicyTable {
  const officer = { access: 'grant', domain: 'budgeting', roles: ['officer'], organisation: 'city' } as const;
  const ofRound = { ...officer, scope: { param: 'roundId' } } as const;
  return {
    [`POST ${STAFF}`]: { ...officer, scope: 'all' },
    [`PATCH ${STAFF}/{roundId}`]: ofRound,
    [`POST ${STAFF}/{roundId}/budgets`]: ofRound,
    [`POST ${STAFF}/{roundId}/proposals/{proposalId}/review`]: ofRound,
    [`PUT ${STAFF}/{roundId}/budgets/{budgetId}/rules`]: ofRound,
    [`GET ${STAFF}/{roundId}/rules-log`]: ofRound,
    [`POST ${STAFF}/{roundId}/voting-codes`]: ofRound,
    [`POST ${STAFF}/{roundId}/budgets/{budgetId}/assisted-ballots`]: ofRound,
    [`POST ${STAFF}/{roundId}/close`]: ofRound,
    [`POST ${STAFF}/{roundId}/results`]: ofRound,
    [`POST ${STAFF}/{roundId}/results/publish`]: ofRound,
    [`PUT ${STAFF}/{roundId}/proposals/{proposalId}/implementation`]: ofRound,
  };
}

/**
 * The budgeting API. Public, under /api/v1/budgeting/rounds:
 * - GET  /                                    rounds with phases and budgets
 * - GET  /{roundId}                           one round
 * - GET  /{roundId}/proposals?budget=&status=&maxCost=&cursor=&pageSize=
 * - GET  /{roundId}/proposals/{proposalId}
 * - POST /{roundId}/proposals                 in the proposal phase (Idempotency-Key)
 * - POST /{roundId}/proposal-images           an image (the body) for a proposal about to be sent → 201 { id }
 * - GET  /{roundId}/proposal-images/{imageId} the image, metadata stripped, once a proposal took it
 * - GET  /{roundId}/budgets/{budgetId}/ballot the frozen rules and projects, for the ballot
 * - POST /{roundId}/budgets/{budgetId}/ballots { voter: { code } | { token }, choices } → 201 { receipt } (Idempotency-Key: a retry gets the same receipt, ADR 0031)
 * - GET  /{roundId}/receipts/{code}           stored / counted, never the content
 * - GET  /{roundId}/receipts                  the published receipt list and its SHA-256
 * - GET  /{roundId}/results                   published results (open data)
 * - GET  /{roundId}/budgets/{budgetId}/ballots.pb  the anonymised ballots (Pabulib)
 * Staff, under /api/v1/staff/budgeting/rounds: see `budgetingPolicies`.
 */
export function budgetingRoutes(deps: BudgetingRouteDeps): Hono<AppEnv> {
  const { repository, clock } = deps;
  const app = new Hono<AppEnv>();
  const tallyOptions: TallyOptions = { ...(deps.reader ? { reader: deps.reader } : {}), cityName: deps.cityName };
  // Public aggregate answers, kept until the data change (SQLite), with an ETag over the bytes (ADR 0020).
  const kept = createVersionedMemo<CachedBody | null>(deps.db);

  app.get(ROUNDS, async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ items: await repository.rounds() });
  });

  app.get(`${ROUNDS}/:roundId`, pathParams(RoundParam), async (c) => {
    const round = await repository.round(c.req.valid('param').roundId);
    if (!round) return notFound(c);
    c.header('Cache-Control', 'no-cache');
    return c.json(round);
  });

  app.get(`${ROUNDS}/:roundId/proposals`, pathParams(RoundParam), queryParams(ProposalQuerySchema), async (c) => {
    const { roundId } = c.req.valid('param');
    if (!(await repository.roundRow(roundId))) return notFound(c);
    const q = c.req.valid('query');
    // Keyset pages (ADR 0107): a cursor this server did not write is a field error, not page one.
    const after = q.cursor !== undefined ? decodeProposalCursor(q.cursor) : undefined;
    if (after === null) return fieldProblem(c, [{ pointer: '#/cursor', code: 'common.invalid' }]);
    c.header('Cache-Control', 'no-cache');
    return c.json(await repository.proposals(roundId, { budget: q.budget, status: q.status, maxCost: q.maxCost, after, limit: Number(q.pageSize) }));
  });

  app.get(`${ROUNDS}/:roundId/proposals/:proposalId`, pathParams(ProposalParam), async (c) => {
    const { roundId, proposalId } = c.req.valid('param');
    const proposal = await repository.proposal(roundId, proposalId);
    if (!proposal) return notFound(c, 'proposal');
    c.header('Cache-Control', 'no-cache');
    return c.json(proposal);
  });

  app.post(`${ROUNDS}/:roundId/proposals`, deps.proposalLimit, pathParams(RoundParam), idempotencyKey(), jsonBody(ProposalSubmissionSchema), async (c) => {
    const { roundId } = c.req.valid('param');
    const key = c.get('idempotencyKey');
    const path = `${ROUNDS}/${roundId}/proposals`;
    const outcome = await repository.submitProposal(roundId, c.req.valid('json'), key === null ? null : { scope: `POST ${path}`, key, hash: requestHash(c.get('jsonInput')) });
    const locale = c.get('locale');
    switch (outcome.kind) {
      case 'notFound':
        return notFound(c);
      case 'closed':
        return closed(c, outcome);
      case 'unknownBudget':
        return fieldProblem(c, [{ pointer: '#/budget', code: 'budgeting.budget.unknown' }]);
      case 'unknownImage':
        return fieldProblem(c, [{ pointer: '#/image/id', code: 'budgeting.image.unknown' }]);
      case 'idempotencyMismatch':
        return problem(c, { status: 422, type: PROBLEM_TYPES.idempotencyMismatch, title: t(locale, 'problem.idempotencyMismatch.title'), detail: t(locale, 'problem.idempotencyMismatch.detail') });
      default: {
        const id = (JSON.parse(outcome.response.body) as { id: string }).id;
        return c.body(outcome.response.body, outcome.response.status as 201, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
          Location: `${path}/${id}`,
          ...(outcome.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}),
        });
      }
    }
  });

  // An image for a proposal about to be sent: stored clean, public only once a proposal takes it.
  const images = imageUpload({
    maxBytes: deps.imageMaxBytes ?? PROPOSAL_IMAGE_MAX_BYTES,
    codes: { tooLarge: 'budgeting.image.tooLarge', type: 'budgeting.image.type' },
    pointer: '#/image',
  });

  app.post(`${ROUNDS}/:roundId/proposal-images`, deps.imageLimit, images.limit, pathParams(RoundParam), async (c) => {
    const image = await images.read(c);
    if (image instanceof Response) return image;
    const outcome = await repository.storeProposalImage(c.req.valid('param').roundId, image);
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'closed') return closed(c, outcome);
    c.header('Cache-Control', 'no-store');
    return c.json({ id: outcome.id, contentType: image.type, byteSize: outcome.byteSize }, 201);
  });

  app.get(`${ROUNDS}/:roundId/proposal-images/:imageId`, pathParams(ImageParam), async (c) => {
    const { roundId, imageId } = c.req.valid('param');
    const image = await repository.proposalImage(roundId, imageId);
    if (!image) return answer(c, 404, 'budgeting.image.unknown', PROBLEM_TYPES.notFound);
    // An id names the same bytes for good: kept an hour.
    return storedImage(c, image, 'public, max-age=3600');
  });

  app.get(`${ROUNDS}/:roundId/budgets/:budgetId/ballot`, pathParams(BudgetParam), async (c) => {
    const { roundId, budgetId } = c.req.valid('param');
    const budget = await repository.budgetRow(roundId, budgetId);
    if (!budget) return notFound(c, 'budget');
    const frozen = await repository.rulesOf(budget);
    if (!frozen) return answer(c, 409, 'budgeting.rules.missing', BUDGETING_PROBLEM_TYPES.wrongPhase);
    const proposals = new Map((await repository.feasibleProposals(budgetId)).map((p) => [p.id, p]));
    c.header('Cache-Control', 'no-cache');
    return c.json({
      budget: budgetId,
      rules: frozen.rules,
      randomOrder: frozen.setting.randomOrder,
      projects: frozen.rules.projects.map((p) => {
        const proposal = proposals.get(p.id);
        return { id: p.id, cost: p.cost, title: proposal?.title ?? p.id, description: proposal?.description ?? '', lang: proposal?.lang ?? 'fi' };
      }),
    });
  });

  /** Casts a ballot for an eligible voter (key), answering as the resident and the officer routes both do. */
  async function cast(c: Ctx, roundId: string, budgetId: string, voter: string, choices: readonly BallotChoice[]): Promise<Response> {
    // With an Idempotency-Key the cast can be asked for again with the same answer (ADR 0031).
    const key = c.get('idempotencyKey');
    const retry = key ? await ballotRetry(deps.hashVoter, voter, key) : null;
    const outcome = await repository.castBallot(roundId, budgetId, voter, choices, deps.kind, retry);
    switch (outcome.kind) {
      case 'notFound':
        return notFound(c, outcome.what);
      case 'notOpen':
        return answer(c, 409, 'budgeting.voting.notOpen', BUDGETING_PROBLEM_TYPES.wrongPhase);
      case 'noRules':
        return answer(c, 409, 'budgeting.rules.missing', BUDGETING_PROBLEM_TYPES.wrongPhase);
      case 'alreadyVoted':
        return answer(c, 409, 'budgeting.voting.alreadyVoted', BUDGETING_PROBLEM_TYPES.alreadyVoted);
      case 'invalid': {
        const locale = c.get('locale');
        return problem(c, {
          status: 422,
          type: PROBLEM_TYPES.validation,
          title: t(locale, 'problem.validation.title'),
          detail: t(locale, 'problem.validation.detail'),
          errors: outcome.violations.map((x) => ({ pointer: `#${x.pointer}`, code: x.key, detail: violationText(locale, x) })),
        });
      }
      case 'cast':
      case 'replayed':
        c.header('Cache-Control', 'no-store');
        if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
        return c.json({ receipt: outcome.receipt, budget: budgetId }, 201);
    }
  }

  const notEligible = (c: Ctx, code: 'budgeting.voter.code' | 'budgeting.voter.token' | 'budgeting.voter.identityDisabled') => {
    const locale = c.get('locale');
    return problem(c, {
      status: 403,
      type: BUDGETING_PROBLEM_TYPES.notEligible,
      title: t(locale, code),
      detail: t(locale, code),
      code,
      errors: translateFieldErrors([{ pointer: code === 'budgeting.voter.code' ? '#/voter/code' : '#/voter/token', code }], locale),
    });
  };

  /** The voter key of a voting code issued for the round, or null. */
  async function codeVoter(roundId: string, typed: string): Promise<string | null> {
    const code = normalizeReceiptCode(typed);
    if (code === null) return null;
    const key = await deps.hashVoter(codeIdentity(code));
    return (await repository.codeIssued(roundId, key)) ? key : null;
  }

  app.post(`${ROUNDS}/:roundId/budgets/:budgetId/ballots`, deps.ballotLimit, pathParams(BudgetParam), idempotencyKey(), jsonBody(CastBallotSchema), async (c) => {
    const { roundId, budgetId } = c.req.valid('param');
    const { voter, choices } = c.req.valid('json');
    const round = await repository.roundRow(roundId);
    if (!round) return notFound(c);
    let key: string | null;
    if ('code' in voter) {
      key = await codeVoter(roundId, voter.code);
      if (key === null) return notEligible(c, 'budgeting.voter.code');
    } else {
      if (deps.identity === null) return notEligible(c, 'budgeting.voter.identityDisabled');
      const sub = verifyIdentityToken(voter.token, deps.identity.key, { audience: deps.identity.audience, round: roundId, now: clock() });
      if (sub === null) return notEligible(c, 'budgeting.voter.token');
      key = await deps.hashVoter(personIdentity(sub));
    }
    return cast(c, roundId, budgetId, key, choices);
  });

  app.get(`${ROUNDS}/:roundId/receipts/:code`, pathParams(ReceiptParam), async (c) => {
    const { roundId, code } = c.req.valid('param');
    const status = await repository.receiptStatus(roundId, code);
    c.header('Cache-Control', 'no-store');
    if (status.kind === 'invalid') return fieldProblem(c, [{ pointer: '#/code', code: 'budgeting.receipt.invalid' }]);
    if (status.kind === 'unknown') return answer(c, 404, 'budgeting.receipt.notFound', PROBLEM_TYPES.notFound);
    return c.json({ code: status.code, status: status.status });
  });

  app.get(`${ROUNDS}/:roundId/receipts`, pathParams(RoundParam), async (c) => {
    const { roundId } = c.req.valid('param');
    const round = await repository.roundRow(roundId);
    if (!round) return notFound(c);
    // While voting is open, a growing list would tell when people voted (ADR 0011).
    if (round.results_published_at === null) return answer(c, 404, 'budgeting.results.notPublished', PROBLEM_TYPES.notFound);
    const list = await kept.get(`receipts:${roundId}`, async () => {
      const body = await receiptListBody(deps.db, repository, roundId, tallyOptions);
      return body === null ? null : cachedBody(body);
    });
    if (!list) return answer(c, 404, 'budgeting.results.notPublished', PROBLEM_TYPES.notFound);
    return sendCached(c, list, RESULTS_CACHE_CONTROL);
  });

  app.get(`${ROUNDS}/:roundId/results`, pathParams(RoundParam), async (c) => {
    const { roundId } = c.req.valid('param');
    const round = await repository.roundRow(roundId);
    if (!round) return notFound(c);
    if (round.results_published_at === null) return answer(c, 404, 'budgeting.results.notPublished', PROBLEM_TYPES.notFound);
    const body = await kept.get(`results:${roundId}`, async () => {
      const results = await storedRoundResults(deps.db, repository, roundId, tallyOptions);
      return results ? cachedBody(JSON.stringify({ ...results, implementation: await implementationOf(repository, roundId) })) : null;
    });
    if (!body) return answer(c, 404, 'budgeting.results.notPublished', PROBLEM_TYPES.notFound);
    return sendCached(c, body, RESULTS_CACHE_CONTROL);
  });

  app.get(`${ROUNDS}/:roundId/budgets/:budgetId/ballots.pb`, pathParams(BudgetParam), async (c) => {
    const { roundId, budgetId } = c.req.valid('param');
    const round = await repository.roundRow(roundId);
    const budget = await repository.budgetRow(roundId, budgetId);
    if (!round || !budget) return notFound(c, round ? 'budget' : 'round');
    if (round.results_published_at === null) return answer(c, 404, 'budgeting.results.notPublished', PROBLEM_TYPES.notFound);
    const frozen = await repository.rulesOf(budget);
    if (!frozen) return answer(c, 409, 'budgeting.rules.missing', BUDGETING_PROBLEM_TYPES.wrongPhase);
    const file = await kept.get(`pb:${roundId}:${budgetId}`, async () => {
      const text = await keptPabulibExport(dbOf(deps), repository, roundId, budgetId, tallyOptions);
      return text === null ? null : cachedBody(text, 'text/plain; charset=utf-8');
    });
    if (!file) return answer(c, 404, 'budgeting.results.notPublished', PROBLEM_TYPES.notFound);
    c.header('Content-Disposition', `attachment; filename="${round.id}-${budget.id}.pb"`);
    return sendCached(c, file, 'public, max-age=300');
  });

  app.get('/api/v1/budgeting/figures', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await figuresOf(deps));
  });

  // ---- staff ----

  app.post(STAFF, jsonBody(RoundInputSchema), async (c) => {
    const input = c.req.valid('json');
    const past = votingInThePast(input.schedule, clock(), true);
    if (past.length > 0) return fieldProblem(c, past);
    const outcome = await repository.createRound(input);
    if (outcome.kind === 'exists') return answer(c, 409, 'budgeting.round.exists', PROBLEM_TYPES.validation);
    c.header('Location', `${ROUNDS}/${outcome.round.id}`);
    return c.json(outcome.round, 201);
  });

  app.patch(`${STAFF}/:roundId`, pathParams(RoundParam), jsonBody(RoundUpdateSchema), async (c) => {
    const { roundId } = c.req.valid('param');
    const update = c.req.valid('json');
    if (update.schedule) {
      // Once voting has opened, the change is refused as frozen (and logged) by the repository instead.
      const row = await repository.roundRow(roundId);
      const past = row && !votingHasOpened(row, clock()) ? votingInThePast(update.schedule, clock(), false) : [];
      if (past.length > 0) return fieldProblem(c, past);
    }
    const outcome = await repository.updateRound(roundId, update, staffId(c));
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'frozen') return frozen(c);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.round);
  });

  app.post(`${STAFF}/:roundId/budgets`, pathParams(RoundParam), jsonBody(BudgetInputSchema), async (c) => {
    const outcome = await repository.createBudget(c.req.valid('param').roundId, c.req.valid('json'), staffId(c));
    switch (outcome.kind) {
      case 'notFound':
        return notFound(c);
      case 'frozen':
        return frozen(c);
      case 'exists':
        return answer(c, 409, 'budgeting.budget.exists', PROBLEM_TYPES.validation);
      case 'created':
        return c.json(outcome.round, 201);
    }
  });

  app.post(`${STAFF}/:roundId/proposals/:proposalId/review`, pathParams(ProposalParam), jsonBody(ProposalReviewSchema), async (c) => {
    const { roundId, proposalId } = c.req.valid('param');
    const outcome = await repository.reviewProposal(roundId, proposalId, c.req.valid('json'), staffId(c));
    switch (outcome.kind) {
      case 'notFound':
        return notFound(c, outcome.what);
      case 'frozen':
        return frozen(c);
      case 'mergedIntoUnknown':
        return fieldProblem(c, [{ pointer: '#/mergedInto', code: 'budgeting.review.mergedIntoUnknown' }]);
      case 'ok':
        c.header('Cache-Control', 'no-store');
        return c.json(outcome.proposal);
    }
  });

  app.put(`${STAFF}/:roundId/budgets/:budgetId/rules`, pathParams(BudgetParam), jsonBody(RulesSettingSchema), async (c) => {
    const { roundId, budgetId } = c.req.valid('param');
    const outcome = await repository.setRules(roundId, budgetId, c.req.valid('json'), staffId(c));
    switch (outcome.kind) {
      case 'notFound':
        return notFound(c, outcome.what);
      case 'frozen':
        return frozen(c);
      case 'noProjects':
        return answer(c, 409, 'budgeting.rules.noProjects', BUDGETING_PROBLEM_TYPES.wrongPhase);
      case 'invalid':
        return validationProblem(c, outcome.issues);
      case 'ok':
        c.header('Cache-Control', 'no-store');
        return c.json(outcome.rules);
    }
  });

  app.get(`${STAFF}/:roundId/rules-log`, pathParams(RoundParam), async (c) => {
    const { roundId } = c.req.valid('param');
    if (!(await repository.roundRow(roundId))) return notFound(c);
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await repository.rulesLog(roundId) });
  });

  app.post(`${STAFF}/:roundId/voting-codes`, pathParams(RoundParam), jsonBody(VotingCodesRequestSchema), async (c) => {
    const outcome = await repository.issueVotingCodes(c.req.valid('param').roundId, c.req.valid('json').count, deps.hashVoter, staffId(c));
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'closed') return answer(c, 409, 'budgeting.voting.notOpen', BUDGETING_PROBLEM_TYPES.wrongPhase);
    // Shown once, for printing: only their keyed hashes are kept.
    c.header('Cache-Control', 'no-store');
    return c.json({ codes: outcome.codes }, 201);
  });

  app.post(`${STAFF}/:roundId/budgets/:budgetId/assisted-ballots`, pathParams(BudgetParam), idempotencyKey(), jsonBody(AssistedBallotSchema), async (c) => {
    const { roundId, budgetId } = c.req.valid('param');
    const { voter, choices } = c.req.valid('json');
    if (!(await repository.roundRow(roundId))) return notFound(c);
    let key: string | null;
    if ('code' in voter) {
      key = await codeVoter(roundId, voter.code);
      if (key === null) return notEligible(c, 'budgeting.voter.code');
    } else {
      key = await deps.hashVoter(personIdentity(voter.identity));
    }
    return cast(c, roundId, budgetId, key, choices);
  });

  app.post(`${STAFF}/:roundId/close`, pathParams(RoundParam), async (c) => {
    const outcome = await repository.closeVote(c.req.valid('param').roundId, deps.kind);
    if (outcome.kind === 'notFound') return notFound(c);
    if (outcome.kind === 'notOpened') return answer(c, 409, 'budgeting.voting.notOpen', BUDGETING_PROBLEM_TYPES.wrongPhase);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.round);
  });

  app.post(`${STAFF}/:roundId/results`, pathParams(RoundParam), async (c) => {
    const { roundId } = c.req.valid('param');
    const round = await repository.roundRow(roundId);
    if (!round) return notFound(c);
    const phase = (await repository.round(roundId))!.phase;
    if (!votingHasOpened(round, clock()) || phase === 'voting') return answer(c, 409, 'budgeting.voting.stillOpen', BUDGETING_PROBLEM_TYPES.wrongPhase);
    c.header('Cache-Control', 'no-store');
    if ((await repository.ballotCount(roundId)) > (deps.inlineTallyLimit ?? INLINE_TALLY_LIMIT)) {
      await requestTally(deps, roundId);
      c.header('Location', `${ROUNDS}/${roundId}/results`);
      return c.json({ status: 'queued', detail: t(c.get('locale'), 'budgeting.results.queued') }, 202);
    }
    return c.json(await computeRoundResults(dbOf(deps), repository, roundId, clock(), tallyOptions));
  });

  app.post(`${STAFF}/:roundId/results/publish`, pathParams(RoundParam), async (c) => {
    const { roundId } = c.req.valid('param');
    const round = await repository.roundRow(roundId);
    if (!round) return notFound(c);
    const stored = await storedRoundResults(dbOf(deps), repository, roundId, tallyOptions);
    if (!stored) return answer(c, 409, 'budgeting.results.notComputed', BUDGETING_PROBLEM_TYPES.wrongPhase);
    await publish(deps, roundId, clock());
    c.header('Cache-Control', 'no-store');
    return c.json({ ...stored, publishedAt: (await repository.roundRow(roundId))!.results_published_at });
  });

  app.put(`${STAFF}/:roundId/proposals/:proposalId/implementation`, pathParams(ProposalParam), jsonBody(ImplementationUpdateSchema), async (c) => {
    const { roundId, proposalId } = c.req.valid('param');
    const outcome = await repository.updateImplementation(roundId, proposalId, c.req.valid('json'), async (budgetId, id) => {
      const stored = await storedRoundResults(dbOf(deps), repository, roundId);
      const round = await repository.roundRow(roundId);
      return round?.results_published_at != null && (stored?.budgets.find((b) => b.budget === budgetId)?.winners.includes(id) ?? false);
    });
    if (outcome.kind === 'notFound') return notFound(c, outcome.what);
    if (outcome.kind === 'notWinner') return answer(c, 409, 'budgeting.implementation.notWinner', BUDGETING_PROBLEM_TYPES.wrongPhase);
    c.header('Cache-Control', 'no-store');
    return c.json(outcome.proposal);
  });

  return app;
}

const dbOf = (deps: BudgetingRouteDeps) => deps.db;

/** Published results and receipts: shared caches may keep them a minute, then revalidate (a 304 is cheap). */
const RESULTS_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

async function requestTally(deps: BudgetingRouteDeps, roundId: string): Promise<void> {
  await dbOf(deps).updateTable('budgeting_rounds').set({ tally_requested_at: deps.clock().toISOString() }).where('id', '=', roundId).execute();
}

async function publish(deps: BudgetingRouteDeps, roundId: string, now: Date): Promise<void> {
  await dbOf(deps).updateTable('budgeting_rounds').set({ results_published_at: now.toISOString() }).where('id', '=', roundId).where('results_published_at', 'is', null).execute();
}

async function implementationOf(repository: BudgetingRepository, roundId: string) {
  // Every page: a round's winners may be anywhere in its list.
  const done = [];
  let next: string | null = null;
  do {
    const page = await repository.proposals(roundId, { after: next ? (decodeProposalCursor(next) ?? undefined) : undefined, limit: 100 });
    done.push(...page.items.filter((p) => p.implementation !== null).map((p) => ({ id: p.id, ...p.implementation! })));
    next = page.next;
  } while (next);
  return done;
}

/** Figures for the signals view: per round, proposals, voters, and the share of voters with a winner. */
export async function figuresOf(deps: BudgetingRouteDeps) {
  const db = dbOf(deps);
  const rounds = await deps.repository.rounds();
  const items = [];
  for (const round of rounds) {
    const proposals = (await deps.repository.proposals(round.id, { limit: 1 })).total;
    const results = round.resultsPublishedAt ? await storedRoundResults(db, deps.repository, round.id) : null;
    const voters = results ? results.ballots : null;
    const satisfied = results
      ? results.budgets.reduce((t, b) => t + b.votersWithAWinner.withWinner, 0) / Math.max(1, results.budgets.reduce((t, b) => t + b.votersWithAWinner.voters, 0))
      : null;
    items.push({ round: round.id, phase: round.phase, proposals, ballots: voters, votersWithAWinnerShare: satisfied });
  }
  return { items };
}
