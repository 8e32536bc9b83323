/**
 * Issue 13 for participatory budgeting: the lookups its routes run in a round of many ballots
 * find their row through an index, never by reading the ballot box or the voter registry
 * (testing/query-plans.ts, ADR 0044), on both databases, over generated ballots (ANALYZEd).
 *
 * Not here: what reads a round's whole ballot box by design, off the request path or kept per
 * data version: the tally (the worker, ADR 0055), the published receipt list, the Pabulib file.
 */
import { after, before, describe, test } from 'node:test';
import { analyzeForPlans, openPlanCheck, type PlanCheck } from '../testing/query-plans.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createBudgetingRepository, type BudgetingRepository } from './budgeting.repository.js';
import { seedBudgetingAtScale } from './budgeting.scale-seed.js';

const NOW = new Date('2026-10-01T06:00:00.000Z');
const DAY = 86_400_000;
/**
 * Ten yearly rounds of 2,000 ballots: the round under test holds a tenth of the ballot box, as a
 * city's newest round does after years of them. With one round holding every ballot, counting
 * "the round's ballots" reads the whole table whatever the plan, and PostgreSQL's choice between
 * a sequential scan and the budget index was a coin flip (it failed a CI run on fa79ec7).
 */
const ROUNDS = 10;
const PER_ROUND = 2_000;
let database: TestDatabase;
let plans: PlanCheck;
let repository: BudgetingRepository;
let roundId: string;
let budgetId: string;

before(async () => {
  database = await createTestDatabase();
  const written = [];
  for (let year = 0; year < ROUNDS; year++) {
    const now = new Date(NOW.getTime() - year * 365 * DAY);
    written.push(await seedBudgetingAtScale(database.handle.db, { size: PER_ROUND, seed: 5 + year, years: 1, now }));
  }
  roundId = written[0]!.rounds[0]!;
  budgetId = `${roundId}-kaupunki`;
  await analyzeForPlans(database);
  plans = await openPlanCheck(database, { guarded: ['budgeting_ballots', 'budgeting_participation'], aliases: ['b'] });
  repository = createBudgetingRepository(plans.db, { clock: () => NOW });
});

after(async () => {
  await plans?.close();
  await database?.cleanup();
});

describe(`budgeting query plans at city scale use indexes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test("a receipt's status, a retried cast (the voter's participation), the round's count", async () => {
    const { receipt_code } = await database.handle.db.selectFrom('budgeting_ballots').select('receipt_code').where('budget_id', '=', budgetId).limit(1).executeTakeFirstOrThrow();
    await plans.check('receipt status', () => repository.receiptStatus(roundId, receipt_code));
    const { voter_key } = await database.handle.db.selectFrom('budgeting_participation').select('voter_key').where('round_id', '=', roundId).limit(1).executeTakeFirstOrThrow();
    await plans.check('a retried cast', () => repository.castBallot(roundId, budgetId, voter_key, [], database.kind, { tag: 'not-the-tag', receipt: 'ABCD-EFGH-JKMN-PQRS' }));
    await plans.check("the round's ballots counted (whether the tally runs inline)", () => repository.ballotCount(roundId));
  });
});
