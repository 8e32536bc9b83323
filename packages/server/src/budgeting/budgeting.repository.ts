import { randomBytes, randomUUID } from 'node:crypto';
import {
  BUDGETING_PATHS,
  BudgetRulesSchema,
  generateReceiptCode,
  helsinkiDate,
  normalizeReceiptCode,
  validateBallot,
  type BallotChoice,
  type BallotViolation,
  type BudgetInput,
  type BudgetRules,
  type BudgetingPhase,
  type PhotoType,
  type Proposal,
  type ProposalDocument,
  type ProposalReview,
  type ProposalSubmission,
  type Round,
  type RoundInput,
  type RoundUpdate,
  type RulesSetting,
} from '@kohtaamo/core';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import * as v from 'valibot';
import { isUniqueViolation, Rollback } from '../db/errors.js';
import type { Database } from '../db/database.types.js';
import { runIdempotent, type IdempotentRequest, type StoredResponse } from '../http/idempotency.repository.js';
import type { BudgetingBudgetTable, BudgetingProposalTable, BudgetingRoundTable } from './budgeting.tables.js';
import './budgeting.tables.js';

type Db = Kysely<Database> | Transaction<Database>;
type RoundRow = Selectable<BudgetingRoundTable>;
type BudgetRow = Selectable<BudgetingBudgetTable>;
type ProposalRow = Selectable<BudgetingProposalTable>;

/** The phase a round is in at `now` (the officer's early close counts as the end of voting). */
export function phaseOf(round: RoundRow, now: Date): BudgetingPhase {
  const t = now.toISOString();
  if (round.results_published_at !== null) return t >= round.implementation_at ? 'implementation' : 'results';
  if (t < round.proposals_open_at) return 'upcoming';
  if (t < round.proposals_close_at) return 'proposals';
  if (t < round.voting_open_at) return 'review';
  if (t < round.voting_close_at && round.closed_at === null) return 'voting';
  return 'counting';
}

/** Whether voting has opened (then rules, budgets and reviews are frozen). */
export const votingHasOpened = (round: RoundRow, now: Date) => now.toISOString() >= round.voting_open_at;
/** Whether ballots are taken now. */
export const votingIsOpen = (round: RoundRow, now: Date) => phaseOf(round, now) === 'voting';

const num = (value: number | string | bigint) => Number(value);

function roundView(row: RoundRow, budgets: readonly BudgetRow[], now: Date): Round {
  return {
    id: row.id,
    title: { fi: row.title_fi, sv: row.title_sv, en: row.title_en },
    description: { fi: row.description_fi, sv: row.description_sv, en: row.description_en },
    schedule: {
      proposalsOpenAt: row.proposals_open_at,
      proposalsCloseAt: row.proposals_close_at,
      votingOpenAt: row.voting_open_at,
      votingCloseAt: row.voting_close_at,
      resultsAt: row.results_at,
      implementationAt: row.implementation_at,
    },
    phase: phaseOf(row, now),
    voterMayVoteIn: row.voter_may_vote_in as 'one' | 'all',
    closedAt: row.closed_at,
    resultsPublishedAt: row.results_published_at,
    budgets: budgets.map((b) => ({
      id: b.id,
      kind: b.kind,
      name: { fi: b.name_fi, sv: b.name_sv, en: b.name_en },
      amount: num(b.amount),
      rulesSet: b.rules_json !== null,
    })),
  };
}

export function proposalView(row: ProposalRow): ProposalDocument {
  const hasLocation = row.address !== null || row.lat !== null;
  return {
    id: row.id,
    round: row.round_id,
    budget: row.budget_id,
    title: row.title,
    description: row.description,
    lang: row.lang,
    estimatedCost: num(row.estimated_cost),
    location: hasLocation ? { address: row.address, lat: row.lat === null ? null : Number(row.lat), lon: row.lon === null ? null : Number(row.lon) } : null,
    image: row.image_id === null ? null : { url: proposalImagePath(row.round_id, row.image_id), alt: row.image_alt ?? '' },
    status: row.status as Proposal['status'],
    review:
      row.reviewed_at === null
        ? null
        : {
            feasible: row.status === 'feasible',
            costEstimate: row.cost_estimate === null ? null : num(row.cost_estimate),
            publicReason: row.public_reason,
            mergedInto: row.merged_into,
            reviewedAt: row.reviewed_at,
          },
    implementation:
      row.implementation_status === null
        ? null
        : {
            status: row.implementation_status as NonNullable<Proposal['implementation']>['status'],
            progress: row.implementation_progress ?? 0,
            note: row.implementation_note,
            updatedAt: row.implementation_updated_at ?? row.created_at,
          },
    submittedAt: row.created_at,
  };
}

/** Where a proposal's image is served (public once a proposal took it). */
export const proposalImagePath = (roundId: string, imageId: string) => `${BUDGETING_PATHS.rounds}/${encodeURIComponent(roundId)}/proposal-images/${imageId}`;

/** How long an image no proposal took is kept (a day): nobody can see it, nothing refers to it. */
export const UNATTACHED_IMAGE_MS = 24 * 3600_000;

/**
 * Deletes the images uploaded before `before` that no proposal took (the resident gave up, or
 * sent without it): the module's job `unattached-images` runs it hourly with a day's margin.
 */
export async function deleteUnattachedProposalImages(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('budgeting_proposal_images')
    .where('created_at', '<', before.toISOString())
    .where('id', 'not in', db.selectFrom('budgeting_proposals').select('image_id').where('image_id', 'is not', null).$narrowType<{ image_id: string }>())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** What a new proposal row must be given; the rest defaults to a proposal as sent. */
export type ProposalRowFields = Pick<ProposalRow, 'id' | 'round_id' | 'budget_id' | 'title' | 'description' | 'lang' | 'estimated_cost' | 'created_at'> & Partial<ProposalRow>;

/**
 * A proposal's row as it is sent: no place, not reviewed, nothing implemented, no image, unless
 * `fields` says otherwise. The one place the row's columns are listed: the submission and the
 * demo and scale seeds build their rows with it.
 */
export function proposalRow(fields: ProposalRowFields): ProposalRow {
  return {
    address: null,
    lat: null,
    lon: null,
    status: 'submitted',
    cost_estimate: null,
    public_reason: null,
    merged_into: null,
    reviewed_at: null,
    reviewer_id: null,
    implementation_status: null,
    implementation_progress: null,
    implementation_note: null,
    implementation_updated_at: null,
    image_id: null,
    image_alt: null,
    ...fields,
  };
}

/** A proposal id: "p" and 10 random base-36 characters (a valid ballot and `.pb` project id). */
export function newProposalId(): string {
  const bytes = randomBytes(10);
  let id = 'p';
  for (const b of bytes) id += '0123456789abcdefghijklmnopqrstuvwxyz'[b % 36];
  return id;
}

/** What a write that voting has frozen answers; the attempt is logged. */
export type Frozen = { readonly kind: 'frozen' };

/**
 * A cast that may be asked for again (ADR 0031): `tag` = HMAC(server key, voter key + the
 * client's retry key), kept with the participation; `receipt` derived from the same retry key
 * under another label. The retry key is never stored.
 */
export interface BallotRetry {
  readonly tag: string;
  readonly receipt: string;
}

async function retryTagOf(db: Kysely<Database> | Transaction<Database>, roundId: string, slot: string, voter: string): Promise<string | null> {
  const row = await db.selectFrom('budgeting_participation').select('retry_tag').where('round_id', '=', roundId).where('slot', '=', slot).where('voter_key', '=', voter).executeTakeFirst();
  return row?.retry_tag ?? null;
}
export type NotFound = { readonly kind: 'notFound'; readonly what: 'round' | 'budget' | 'proposal' };

export interface BudgetingRepositoryOptions {
  readonly clock: () => Date;
}

export type BudgetingRepository = ReturnType<typeof createBudgetingRepository>;

/** Where a page of the proposals list ends: its last proposal's (created_at, id). */
export interface ProposalCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** The opaque `next` of a proposals page: base64url of the last proposal's position. */
export function encodeProposalCursor(cursor: ProposalCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), 'utf8').toString('base64url');
}

/** The position a `cursor` stands for, or null when it is not one this server wrote. */
export function decodeProposalCursor(text: string): ProposalCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || createdAt.length > 64 || id.length > 128) return null;
    if (Number.isNaN(Date.parse(createdAt))) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

export function createBudgetingRepository(db: Kysely<Database>, options: BudgetingRepositoryOptions) {
  const clock = options.clock;

  const findRound = (trx: Db, id: string) => trx.selectFrom('budgeting_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  const budgetsOf = (trx: Db, roundId: string) =>
    trx.selectFrom('budgeting_budgets').selectAll().where('round_id', '=', roundId).orderBy('sort_order').orderBy('id').execute();
  const findBudget = (trx: Db, roundId: string, budgetId: string) =>
    trx.selectFrom('budgeting_budgets').selectAll().where('round_id', '=', roundId).where('id', '=', budgetId).executeTakeFirst();

  async function logRules(trx: Db, entry: { roundId: string; budgetId: string | null; actorId: string | null; action: 'set' | 'projects-updated' | 'refused'; detail: unknown }) {
    await trx
      .insertInto('budgeting_rules_log')
      .values({
        round_id: entry.roundId,
        budget_id: entry.budgetId,
        at: clock().toISOString(),
        actor_id: entry.actorId,
        action: entry.action,
        detail: JSON.stringify(entry.detail),
      })
      .execute();
  }

  /** Logs a refused change (outside the refused transaction, so the record stays). */
  async function refuse(roundId: string, budgetId: string | null, actorId: string | null, detail: unknown): Promise<Frozen> {
    await logRules(db, { roundId, budgetId, actorId, action: 'refused', detail });
    return { kind: 'frozen' };
  }

  /** The budget's rules made from the officer's setting and its feasible proposals, or the reason they cannot be. */
  async function deriveRules(trx: Db, budget: BudgetRow, setting: RulesSetting): Promise<{ rules: BudgetRules } | { issues: v.BaseIssue<unknown>[] } | { noProjects: true }> {
    const projects = await trx
      .selectFrom('budgeting_proposals')
      .select(['id', 'cost_estimate'])
      .where('budget_id', '=', budget.id)
      .where('status', '=', 'feasible')
      .orderBy('id')
      .execute();
    if (projects.length === 0) return { noProjects: true };
    const { randomOrder: _order, ...rest } = setting;
    const result = v.safeParse(BudgetRulesSchema, { ...rest, budget: num(budget.amount), projects: projects.map((p) => ({ id: p.id, cost: num(p.cost_estimate ?? 0) })) });
    return result.success ? { rules: result.output } : { issues: result.issues };
  }

  return {
    async createRound(input: RoundInput): Promise<{ kind: 'created'; round: Round } | { kind: 'exists' }> {
      const now = clock();
      try {
        await db
          .insertInto('budgeting_rounds')
          .values({
            id: input.id,
            title_fi: input.title.fi,
            title_sv: input.title.sv,
            title_en: input.title.en,
            description_fi: input.description.fi,
            description_sv: input.description.sv,
            description_en: input.description.en,
            proposals_open_at: new Date(input.schedule.proposalsOpenAt).toISOString(),
            proposals_close_at: new Date(input.schedule.proposalsCloseAt).toISOString(),
            voting_open_at: new Date(input.schedule.votingOpenAt).toISOString(),
            voting_close_at: new Date(input.schedule.votingCloseAt).toISOString(),
            results_at: new Date(input.schedule.resultsAt).toISOString(),
            implementation_at: new Date(input.schedule.implementationAt).toISOString(),
            voter_may_vote_in: input.voterMayVoteIn,
            closed_at: null,
            results_published_at: null,
            registry_purged_at: null,
            tally_requested_at: null,
            created_at: now.toISOString(),
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'exists' };
        throw error;
      }
      return { kind: 'created', round: (await this.round(input.id))! };
    },

    async round(id: string): Promise<Round | null> {
      const row = await findRound(db, id);
      return row ? roundView(row, await budgetsOf(db, id), clock()) : null;
    },

    async roundRow(id: string) {
      return (await findRound(db, id)) ?? null;
    },

    async budgetRow(roundId: string, budgetId: string) {
      return (await findBudget(db, roundId, budgetId)) ?? null;
    },

    async rounds(): Promise<Round[]> {
      const rows = await db.selectFrom('budgeting_rounds').selectAll().orderBy('voting_open_at', 'desc').execute();
      const budgets = await db.selectFrom('budgeting_budgets').selectAll().orderBy('sort_order').orderBy('id').execute();
      return rows.map((r) => roundView(r, budgets.filter((b) => b.round_id === r.id), clock()));
    },

    /** Changes a round: its texts at any time; its schedule and voter rule are frozen (refused, logged) once voting has opened. */
    async updateRound(roundId: string, update: RoundUpdate, actorId: string | null): Promise<{ kind: 'ok'; round: Round } | Frozen | NotFound> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      const freezing = update.schedule !== undefined || update.voterMayVoteIn !== undefined;
      if (freezing && votingHasOpened(round, clock())) return refuse(roundId, null, actorId, { change: 'round', update });
      const iso = (t: string) => new Date(t).toISOString();
      if (!update.title && !update.description && !freezing) return { kind: 'ok', round: (await this.round(roundId))! };
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('budgeting_rounds')
          .set({
            ...(update.title ? { title_fi: update.title.fi, title_sv: update.title.sv, title_en: update.title.en } : {}),
            ...(update.description ? { description_fi: update.description.fi, description_sv: update.description.sv, description_en: update.description.en } : {}),
            ...(update.schedule
              ? {
                  proposals_open_at: iso(update.schedule.proposalsOpenAt),
                  proposals_close_at: iso(update.schedule.proposalsCloseAt),
                  voting_open_at: iso(update.schedule.votingOpenAt),
                  voting_close_at: iso(update.schedule.votingCloseAt),
                  results_at: iso(update.schedule.resultsAt),
                  implementation_at: iso(update.schedule.implementationAt),
                }
              : {}),
            ...(update.voterMayVoteIn ? { voter_may_vote_in: update.voterMayVoteIn } : {}),
          })
          .where('id', '=', roundId)
          .execute();
        if (freezing) await logRules(trx, { roundId, budgetId: null, actorId, action: 'set', detail: { change: 'round', update } });
      });
      return { kind: 'ok', round: (await this.round(roundId))! };
    },

    async createBudget(roundId: string, input: BudgetInput, actorId: string | null): Promise<{ kind: 'created'; round: Round } | { kind: 'exists' } | Frozen | NotFound> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      if (votingHasOpened(round, clock())) return refuse(roundId, input.id, actorId, { change: 'create budget', input });
      const count = (await budgetsOf(db, roundId)).length;
      try {
        await db
          .insertInto('budgeting_budgets')
          .values({ id: input.id, round_id: roundId, kind: input.kind, name_fi: input.name.fi, name_sv: input.name.sv, name_en: input.name.en, amount: input.amount, rules_json: null, setting_json: null, sort_order: count })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'exists' };
        throw error;
      }
      return { kind: 'created', round: (await this.round(roundId))! };
    },

    /** A resident's proposal, in the proposal phase only; with an Idempotency-Key, stored at most once. */
    async submitProposal(
      roundId: string,
      submission: ProposalSubmission,
      idempotency: IdempotentRequest | null,
    ): Promise<
      | { kind: 'created' | 'replayed'; response: StoredResponse }
      | { kind: 'idempotencyMismatch' }
      | NotFound
      | { kind: 'closed'; from: string; until: string }
      | { kind: 'unknownBudget' }
      | { kind: 'unknownImage' }
    > {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      if (phaseOf(round, clock()) !== 'proposals') return { kind: 'closed', from: round.proposals_open_at, until: round.proposals_close_at };
      if (!(await findBudget(db, roundId, submission.budget))) return { kind: 'unknownBudget' };
      const image = submission.image ?? null;
      const imageFree = async (trx: Db, id: string) =>
        (await trx.selectFrom('budgeting_proposal_images').select('id').where('id', '=', id).where('round_id', '=', roundId).executeTakeFirst()) !== undefined &&
        (await trx.selectFrom('budgeting_proposals').select('id').where('image_id', '=', id).executeTakeFirst()) === undefined;
      let outcome;
      try {
        outcome = await runIdempotent(
          db,
          idempotency,
          async (trx) => {
            // Checked where it is taken (a replay of the request that took it never gets here).
            if (image && !(await imageFree(trx, image.id))) throw new Rollback({ kind: 'unknownImage' as const });
            const row = proposalRow({
              id: newProposalId(),
              round_id: roundId,
              budget_id: submission.budget,
              title: submission.title,
              description: submission.description,
              lang: submission.lang,
              estimated_cost: submission.estimatedCost,
              address: submission.location?.address || null,
              lat: submission.location?.lat ?? null,
              lon: submission.location?.lon ?? null,
              created_at: clock().toISOString(),
              image_id: image?.id ?? null,
              image_alt: image?.alt ?? null,
            });
            await trx.insertInto('budgeting_proposals').values(row).execute();
            return { result: row.id, response: { status: 201, body: JSON.stringify(proposalView(row)) } };
          },
          { clock },
        );
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as { kind: 'unknownImage' };
        // Two sends took the same image at once: the unique index let one have it.
        if (image && isUniqueViolation(error)) return { kind: 'unknownImage' };
        throw error;
      }
      if (outcome.kind === 'mismatch') return { kind: 'idempotencyMismatch' };
      return { kind: outcome.kind === 'done' ? 'created' : 'replayed', response: outcome.response };
    },

    /**
     * A page of the round's proposals, oldest first, read by keyset on (created_at, id) (ADR
     * 0107): `after` is the last proposal of the page before (from `next`), so a proposal sent
     * meanwhile neither repeats one already shown nor hides one, and a page costs the same at
     * proposal 10 as at proposal 10,000. `next` is null on the last page.
     */
    async proposals(
      roundId: string,
      query: { budget?: string | undefined; status?: string | undefined; maxCost?: number | undefined; after?: ProposalCursor | undefined; limit: number },
    ) {
      let q = db.selectFrom('budgeting_proposals').where('round_id', '=', roundId);
      if (query.budget) q = q.where('budget_id', '=', query.budget);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.maxCost !== undefined) q = q.where(sql<number>`coalesce(cost_estimate, estimated_cost)`, '<=', query.maxCost);
      const total = num((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const after = query.after;
      if (after) q = q.where((eb) => eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]));
      const rows = await q
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .limit(query.limit + 1)
        .execute();
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      const next = rows.length > query.limit && last ? encodeProposalCursor({ createdAt: last.created_at, id: last.id }) : null;
      return { items: items.map(proposalView), total, next };
    },

    /** Keeps an uploaded image (already clean) for a proposal of the round, in the proposal phase only. */
    async storeProposalImage(
      roundId: string,
      image: { readonly type: PhotoType; readonly bytes: Uint8Array },
    ): Promise<{ kind: 'stored'; id: string; byteSize: number } | NotFound | { kind: 'closed'; from: string; until: string }> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      if (phaseOf(round, clock()) !== 'proposals') return { kind: 'closed', from: round.proposals_open_at, until: round.proposals_close_at };
      const id = randomUUID();
      await db
        .insertInto('budgeting_proposal_images')
        .values({ id, round_id: roundId, content_type: image.type, byte_size: image.bytes.length, data: Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength), created_at: clock().toISOString() })
        .execute();
      return { kind: 'stored', id, byteSize: image.bytes.length };
    },

    /** An image anyone may see: a proposal of the round took it. */
    async proposalImage(roundId: string, imageId: string): Promise<{ contentType: string; bytes: Buffer } | null> {
      const row = await db
        .selectFrom('budgeting_proposal_images as i')
        .innerJoin('budgeting_proposals as p', 'p.image_id', 'i.id')
        .select(['i.content_type', 'i.data'])
        .where('i.id', '=', imageId)
        .where('i.round_id', '=', roundId)
        .executeTakeFirst();
      return row ? { contentType: row.content_type, bytes: row.data } : null;
    },

    async proposal(roundId: string, proposalId: string): Promise<ProposalDocument | null> {
      const row = await db.selectFrom('budgeting_proposals').selectAll().where('round_id', '=', roundId).where('id', '=', proposalId).executeTakeFirst();
      return row ? proposalView(row) : null;
    },

    /**
     * The city's review. Refused (and logged) once voting has opened: the costs are on the
     * ballot. Before that, a budget whose rules are set gets its projects re-derived (logged).
     */
    async reviewProposal(roundId: string, proposalId: string, review: ProposalReview, actorId: string | null): Promise<{ kind: 'ok'; proposal: Proposal } | Frozen | NotFound | { kind: 'mergedIntoUnknown' }> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      const existing = await db.selectFrom('budgeting_proposals').selectAll().where('round_id', '=', roundId).where('id', '=', proposalId).executeTakeFirst();
      if (!existing) return { kind: 'notFound', what: 'proposal' };
      if (votingHasOpened(round, clock())) return refuse(roundId, existing.budget_id, actorId, { change: 'review', proposal: proposalId, review });
      if (review.decision === 'merged') {
        const target = await db.selectFrom('budgeting_proposals').select('id').where('budget_id', '=', existing.budget_id).where('id', '=', review.mergedInto!).executeTakeFirst();
        if (!target || target.id === proposalId) return { kind: 'mergedIntoUnknown' };
      }
      return db.transaction().execute(async (trx) => {
        await trx
          .updateTable('budgeting_proposals')
          .set({
            status: review.decision,
            cost_estimate: review.costEstimate ?? null,
            public_reason: review.publicReason || null,
            merged_into: review.decision === 'merged' ? review.mergedInto! : null,
            reviewed_at: clock().toISOString(),
            reviewer_id: actorId,
          })
          .where('id', '=', proposalId)
          .execute();
        const budget = (await findBudget(trx, roundId, existing.budget_id))!;
        if (budget.setting_json !== null) {
          const derived = await deriveRules(trx, budget, JSON.parse(budget.setting_json) as RulesSetting);
          const rules = 'rules' in derived ? derived.rules : null;
          await trx.updateTable('budgeting_budgets').set({ rules_json: rules ? JSON.stringify(rules) : null }).where('id', '=', budget.id).execute();
          await logRules(trx, { roundId, budgetId: budget.id, actorId, action: 'projects-updated', detail: { proposal: proposalId, review, projects: rules?.projects ?? [] } });
        }
        const row = await trx.selectFrom('budgeting_proposals').selectAll().where('id', '=', proposalId).executeTakeFirstOrThrow();
        return { kind: 'ok' as const, proposal: proposalView(row) };
      });
    },

    /**
     * Sets a budget's rules from the officer's setting and the feasible proposals. Any change
     * once voting has opened is refused and logged: the rules are frozen.
     */
    async setRules(
      roundId: string,
      budgetId: string,
      setting: RulesSetting,
      actorId: string | null,
    ): Promise<{ kind: 'ok'; rules: BudgetRules } | Frozen | NotFound | { kind: 'invalid'; issues: v.BaseIssue<unknown>[] } | { kind: 'noProjects' }> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      const budget = await findBudget(db, roundId, budgetId);
      if (!budget) return { kind: 'notFound', what: 'budget' };
      if (votingHasOpened(round, clock())) return refuse(roundId, budgetId, actorId, { change: 'rules', setting });
      const derived = await deriveRules(db, budget, setting);
      if ('noProjects' in derived) return { kind: 'noProjects' };
      if ('issues' in derived) return { kind: 'invalid', issues: derived.issues };
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('budgeting_budgets').set({ rules_json: JSON.stringify(derived.rules), setting_json: JSON.stringify(setting) }).where('id', '=', budgetId).execute();
        await logRules(trx, { roundId, budgetId, actorId, action: 'set', detail: { setting, rules: derived.rules } });
      });
      return { kind: 'ok', rules: derived.rules };
    },

    async rulesOf(budget: BudgetRow): Promise<{ rules: BudgetRules; setting: RulesSetting } | null> {
      if (budget.rules_json === null || budget.setting_json === null) return null;
      return { rules: JSON.parse(budget.rules_json) as BudgetRules, setting: JSON.parse(budget.setting_json) as RulesSetting };
    },

    async rulesLog(roundId: string) {
      const rows = await db.selectFrom('budgeting_rules_log').selectAll().where('round_id', '=', roundId).orderBy('id').execute();
      return rows.map((r) => ({ at: r.at, budget: r.budget_id, actor: r.actor_id, action: r.action, detail: JSON.parse(r.detail) as unknown }));
    },

    /** New single-use voting codes: returned once, stored only as keyed hashes. */
    async issueVotingCodes(roundId: string, count: number, hash: (identity: string) => Promise<string>, actorId: string | null): Promise<{ kind: 'ok'; codes: string[] } | NotFound | { kind: 'closed' }> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      const phase = phaseOf(round, clock());
      if (phase === 'counting' || phase === 'results' || phase === 'implementation') return { kind: 'closed' };
      const codes: string[] = [];
      const rows: { code_hash: string; round_id: string; issued_on: string; issued_by: string | null }[] = [];
      const day = helsinkiDate(clock());
      while (codes.length < count) {
        const code = generateReceiptCode();
        codes.push(code);
        rows.push({ code_hash: await hash(`code:${code}`), round_id: roundId, issued_on: day, issued_by: actorId });
      }
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 200) await trx.insertInto('budgeting_voting_codes').values(rows.slice(i, i + 200)).execute();
      });
      return { kind: 'ok', codes };
    },

    async codeIssued(roundId: string, codeHash: string): Promise<boolean> {
      const row = await db.selectFrom('budgeting_voting_codes').select('code_hash').where('code_hash', '=', codeHash).where('round_id', '=', roundId).executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Casts a ballot: who voted and what was voted, written in one transaction and sharing
     * nothing (ADR 0011). The participation row's primary key (round, slot, voter key) is the
     * one-ballot rule: on SQLite the transaction is BEGIN IMMEDIATE (one writer at a time), on
     * PostgreSQL a concurrent insert of the same key waits for the first to commit and then
     * inserts nothing. A refused participation stores no ballot.
     */
    async castBallot(
      roundId: string,
      budgetId: string,
      voterKeyValue: string,
      choices: readonly BallotChoice[],
      kind: 'sqlite' | 'postgresql',
      retry: BallotRetry | null = null,
    ): Promise<
      { kind: 'cast' | 'replayed'; receipt: string } | { kind: 'alreadyVoted' } | { kind: 'notOpen' } | { kind: 'noRules' } | { kind: 'invalid'; violations: BallotViolation[] } | NotFound
    > {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      const budget = await findBudget(db, roundId, budgetId);
      if (!budget) return { kind: 'notFound', what: 'budget' };
      const slot = round.voter_may_vote_in === 'one' ? round.id : budget.id;
      // The same voter and retry key again (the answer to the first cast was lost): the same
      // receipt, nothing stored (ADR 0031); also after the vote has closed.
      if (retry !== null && (await retryTagOf(db, roundId, slot, voterKeyValue)) === retry.tag) return { kind: 'replayed', receipt: retry.receipt };
      if (!votingIsOpen(round, clock())) return { kind: 'notOpen' };
      if (budget.rules_json === null) return { kind: 'noRules' };
      const rules = JSON.parse(budget.rules_json) as BudgetRules;
      const violations = validateBallot(rules, { choices: [...choices] });
      if (violations.length > 0) return { kind: 'invalid', violations };
      const stored = JSON.stringify(
        [...choices].sort((a, b) => (a.project < b.project ? -1 : 1)).map((c) => (c.points === undefined ? { project: c.project } : { project: c.project, points: c.points })),
      );
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.transaction().execute(async (trx) => {
            // The vote may have been closed since: read the round again, locking it against a close on PostgreSQL.
            let current = trx.selectFrom('budgeting_rounds').selectAll().where('id', '=', roundId);
            if (kind === 'postgresql') current = current.forShare();
            const fresh = await current.executeTakeFirstOrThrow();
            if (!votingIsOpen(fresh, clock())) throw new Rollback({ kind: 'notOpen' as const });
            const claimed = await trx
              .insertInto('budgeting_participation')
              .values({ round_id: roundId, slot, voter_key: voterKeyValue, voted_on: helsinkiDate(clock()), retry_tag: retry?.tag ?? null })
              .onConflict((oc) => oc.columns(['round_id', 'slot', 'voter_key']).doNothing())
              .returning('voter_key')
              .executeTakeFirst();
            if (claimed === undefined) {
              // A concurrent cast of the same voter committed first (the insert waited for it on
              // PostgreSQL; SQLite runs one writer at a time): its retry key decides.
              if (retry !== null && (await retryTagOf(trx, roundId, slot, voterKeyValue)) === retry.tag) throw new Rollback({ kind: 'replayed' as const, receipt: retry.receipt });
              throw new Rollback({ kind: 'alreadyVoted' as const });
            }
            const receipt = retry?.receipt ?? generateReceiptCode();
            await trx.insertInto('budgeting_ballots').values({ id: randomBytes(16).toString('hex'), budget_id: budgetId, choices_json: stored, receipt_code: receipt }).execute();
            return { kind: 'cast' as const, receipt };
          });
        } catch (error) {
          if (error instanceof Rollback) return error.outcome as { kind: 'notOpen' } | { kind: 'alreadyVoted' } | { kind: 'replayed'; receipt: string };
          // 80 random bits collide practically never; draw again if they do (a receipt derived
          // from a retry key cannot be drawn again: that cast fails, and the voter retries with a new key).
          if (attempt < 3 && retry === null && isUniqueViolation(error, 'receipt_code')) continue;
          throw error;
        }
      }
    },

    /** Whether a receipt is in the ballot box: null (unknown), 'stored' (voting goes on), 'counted'. */
    async receiptStatus(roundId: string, typed: string): Promise<{ kind: 'invalid' } | { kind: 'unknown' } | { kind: 'found'; code: string; status: 'stored' | 'counted' }> {
      const code = normalizeReceiptCode(typed);
      if (code === null) return { kind: 'invalid' };
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'unknown' };
      const row = await db
        .selectFrom('budgeting_ballots as b')
        .innerJoin('budgeting_budgets as g', 'g.id', 'b.budget_id')
        .select('b.receipt_code')
        .where('g.round_id', '=', roundId)
        .where('b.receipt_code', '=', code)
        .executeTakeFirst();
      if (!row) return { kind: 'unknown' };
      return { kind: 'found', code, status: round.results_published_at !== null ? 'counted' : 'stored' };
    },

    /**
     * Closes the vote early (or records the close after its date). On PostgreSQL the ballots
     * table is then rewritten in the order of its random key (CLUSTER), so the heap no longer
     * keeps the order in which ballots came.
     */
    async closeVote(roundId: string, kind: 'sqlite' | 'postgresql'): Promise<{ kind: 'ok'; round: Round } | NotFound | { kind: 'notOpened' }> {
      const round = await findRound(db, roundId);
      if (!round) return { kind: 'notFound', what: 'round' };
      if (!votingHasOpened(round, clock())) return { kind: 'notOpened' };
      if (round.closed_at === null) {
        const now = clock().toISOString();
        await db.updateTable('budgeting_rounds').set({ closed_at: now < round.voting_close_at ? now : round.voting_close_at }).where('id', '=', roundId).where('closed_at', 'is', null).execute();
      }
      if (kind === 'postgresql') await sql`cluster budgeting_ballots using budgeting_ballots_pkey`.execute(db);
      return { kind: 'ok', round: (await this.round(roundId))! };
    },

    async ballotsOf(budgetId: string): Promise<BallotChoice[][]> {
      const rows = await db.selectFrom('budgeting_ballots').select('choices_json').where('budget_id', '=', budgetId).orderBy('id').execute();
      return rows.map((r) => JSON.parse(r.choices_json) as BallotChoice[]);
    },

    async receiptCodes(roundId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('budgeting_ballots as b')
        .innerJoin('budgeting_budgets as g', 'g.id', 'b.budget_id')
        .select('b.receipt_code')
        .where('g.round_id', '=', roundId)
        .execute();
      return rows.map((r) => r.receipt_code);
    },

    async ballotCount(roundId: string): Promise<number> {
      const row = await db
        .selectFrom('budgeting_ballots as b')
        .innerJoin('budgeting_budgets as g', 'g.id', 'b.budget_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('g.round_id', '=', roundId)
        .executeTakeFirstOrThrow();
      return num(row.n);
    },

    async participationCount(roundId: string): Promise<number> {
      const row = await db.selectFrom('budgeting_participation').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId).executeTakeFirstOrThrow();
      return num(row.n);
    },

    async budgetRows(roundId: string) {
      return budgetsOf(db, roundId);
    },

    async feasibleProposals(budgetId: string) {
      return db.selectFrom('budgeting_proposals').selectAll().where('budget_id', '=', budgetId).where('status', '=', 'feasible').orderBy('id').execute();
    },

    async updateImplementation(roundId: string, proposalId: string, update: { status: string; progress: number; note?: string | undefined }, isWinner: (budgetId: string, proposalId: string) => Promise<boolean>): Promise<{ kind: 'ok'; proposal: Proposal } | NotFound | { kind: 'notWinner' }> {
      const row = await db.selectFrom('budgeting_proposals').selectAll().where('round_id', '=', roundId).where('id', '=', proposalId).executeTakeFirst();
      if (!row) return { kind: 'notFound', what: 'proposal' };
      if (!(await isWinner(row.budget_id, proposalId))) return { kind: 'notWinner' };
      await db
        .updateTable('budgeting_proposals')
        .set({ implementation_status: update.status, implementation_progress: update.progress, implementation_note: update.note || null, implementation_updated_at: clock().toISOString() })
        .where('id', '=', proposalId)
        .execute();
      return { kind: 'ok', proposal: proposalView(await db.selectFrom('budgeting_proposals').selectAll().where('id', '=', proposalId).executeTakeFirstOrThrow()) };
    },
  };
}

/**
 * Retention: the voter registry (participation hashes) and the voting codes of a round go
 * once its results were published before `cutoff`; the anonymous ballots stay (open data).
 */
export async function purgeVoterRegistry(db: Kysely<Database>, cutoff: Date, now: Date): Promise<number> {
  const rounds = await db
    .selectFrom('budgeting_rounds')
    .select('id')
    .where('results_published_at', 'is not', null)
    .where('results_published_at', '<', cutoff.toISOString())
    .where('registry_purged_at', 'is', null)
    .execute();
  let removed = 0;
  for (const { id } of rounds) {
    await db.transaction().execute(async (trx) => {
      const p = await trx.deleteFrom('budgeting_participation').where('round_id', '=', id).executeTakeFirst();
      const c = await trx.deleteFrom('budgeting_voting_codes').where('round_id', '=', id).executeTakeFirst();
      removed += Number(p.numDeletedRows) + Number(c.numDeletedRows);
      await trx.updateTable('budgeting_rounds').set({ registry_purged_at: now.toISOString() }).where('id', '=', id).execute();
    });
  }
  return removed;
}
