/**
 * Results (issue 9): closing the vote, computing with the frozen rule in core's exact
 * arithmetic, explanations per project, the share of voters with a winner, publication of the
 * receipt list, the open-data JSON and the Pabulib `.pb` file (recounted here with core's tally),
 * implementation status, the tally job for large votes, and retention of the voter registry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUDGETING_PATHS, electionFromPabulib, parsePabulib, receiptListDigest, tally } from '@kohtaamo/core';
import { BudgetRulesSchema } from '@kohtaamo/core';
import * as v from 'valibot';
import { createBudgetingModule, runTallyJob } from './budgeting.module.js';
import { budgetResult } from './budgeting.results.js';
import { days, expectStatus, roundReadyToVote, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;

before(async () => {
  h = await startBudgeting({ inlineTallyLimit: 30 });
});
after(async () => {
  await h?.close();
});

const codes = async (round: string, count: number) => ((await expectStatus(h.staff('POST', `${S}/${round}/voting-codes`, { count }), 201)) as { codes: string[] }).codes;

interface Results {
  ballots: number;
  receipts: { count: number; sha256: string };
  budgets: {
    budget: string;
    winners: string[];
    totalCost: number;
    voters: number;
    blankBallots: number;
    perVoterBudget: string | null;
    votersWithAWinner: { voters: number; withWinner: number; share: number };
    projects: { id: string; cost: number; votes: number; won: boolean; explanation: { kind: string; supportersHad?: string; moneyLeft?: string; paidBySupporters?: string } }[];
  }[];
  implementation?: { id: string; status: string; progress: number }[];
}

describe(`budgeting results (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('equal shares: winners, votes, explanations, voters with a winner; published with receipts and a .pb that recounts to the same', async () => {
    // Budget 100; projects A 60, B 40, C 50. 6 voters: 3 × {A}, 2 × {B, C}, 1 blank.
    const ids = await roundReadyToVote(h, 'res-mes', [{ id: 'res-mes-a', amount: 100, costs: [60, 40, 50] }], {
      ballot: { type: 'approval', minProjects: 1 },
      winnerRule: 'mes',
      utility: 'cost',
      completion: 'none',
    });
    const [a, b, c] = ids['res-mes-a']!;
    const ballots = [[a], [a], [a], [b, c], [b, c], []];
    const issued = await codes('res-mes', ballots.length);
    const receipts: string[] = [];
    for (const [i, choice] of ballots.entries()) {
      const r = (await expectStatus(h.call('POST', `${R}/res-mes/budgets/res-mes-a/ballots`, { voter: { code: issued[i] }, choices: choice.map((project) => ({ project })) }), 201)) as { receipt: string };
      receipts.push(r.receipt);
    }
    // Not before the vote closes.
    assert.equal((await h.staff('POST', `${S}/res-mes/results`)).status, 409);
    assert.equal((await h.call('GET', `${R}/res-mes/results`)).status, 404);
    assert.equal((await h.call('GET', `${R}/res-mes/receipts`)).status, 404, 'no receipt list while voting');
    const closed = (await expectStatus(h.staff('POST', `${S}/res-mes/close`), 200)) as { phase: string };
    assert.equal(closed.phase, 'counting');
    assert.equal((await h.call('POST', `${R}/res-mes/budgets/res-mes-a/ballots`, { voter: { code: issued[0] }, choices: [] })).status, 409);

    const computed = (await expectStatus(h.staff('POST', `${S}/res-mes/results`), 200)) as Results;
    assert.equal((await h.call('GET', `${R}/res-mes/results`)).status, 404, 'computed is not published');
    const budget = computed.budgets[0]!;
    // Each voter has 100/6. A's 3 supporters hold 50 < 60: A cannot be bought. B and C's 2 supporters hold 33⅓:
    // B (40) no, C (50) no. Nothing is funded without a completion.
    assert.deepEqual(budget.winners, []);
    assert.equal(budget.voters, 6);
    assert.equal(budget.blankBallots, 1);
    assert.equal(budget.perVoterBudget, '50/3');
    const byId = new Map(budget.projects.map((p) => [p.id, p]));
    assert.equal(byId.get(a!)!.votes, 3);
    assert.deepEqual(byId.get(a!)!.explanation, { kind: 'supporters-short', supportersHad: '50', cost: '60' });
    assert.deepEqual(byId.get(c!)!.explanation, { kind: 'supporters-short', supportersHad: '100/3 (≈ 33.33)', cost: '50' });
    assert.deepEqual(budget.votersWithAWinner, { voters: 6, withWinner: 0, share: 0 });

    await expectStatus(h.staff('POST', `${S}/res-mes/results/publish`), 200);
    const published = (await expectStatus(h.call('GET', `${R}/res-mes/results`), 200)) as Results;
    assert.deepEqual(published.budgets, computed.budgets);
    const list = (await expectStatus(h.call('GET', `${R}/res-mes/receipts`), 200)) as { codes: string[]; sha256: string };
    assert.deepEqual(list.codes, [...receipts].sort());
    assert.equal(list.sha256, await receiptListDigest(receipts));
    assert.equal(published.receipts.sha256, list.sha256);
    assert.deepEqual(await expectStatus(h.call('GET', `${R}/res-mes/receipts/${receipts[3]}`), 200), { code: receipts[3], status: 'counted' });

    const pb = await h.call('GET', `${R}/res-mes/budgets/res-mes-a/ballots.pb`);
    assert.equal(pb.status, 200);
    const text = await pb.text();
    for (const r of receipts) assert.ok(!text.includes(r), 'no receipt in the file');
    const file = parsePabulib(text);
    assert.equal(file.votes.rows.length, 6);
    const recount = tally(electionFromPabulib(file), { rule: 'mes', utility: 'cost', completion: 'none' });
    assert.deepEqual(recount.winners, budget.winners);
  });

  test('greedy with a completion-free rule: winners by votes, "did not fit" with the money left, implementation of winners only', async () => {
    h.now = new Date('2027-09-01T10:00:00.000Z');
    const ids = await roundReadyToVote(h, 'res-greedy', [{ id: 'res-greedy-a', amount: 100, costs: [70, 40, 30] }], { ballot: { type: 'approval', minProjects: 1, maxProjects: 2 }, winnerRule: 'greedy' });
    const [x, y, z] = ids['res-greedy-a']!;
    const ballots = [[x], [x], [x, y], [y], [z]];
    const issued = await codes('res-greedy', ballots.length);
    for (const [i, choice] of ballots.entries()) {
      await expectStatus(h.call('POST', `${R}/res-greedy/budgets/res-greedy-a/ballots`, { voter: { code: issued[i] }, choices: choice.map((project) => ({ project })) }), 201);
    }
    h.now = new Date(h.now.getTime() + days(11)); // past the end of voting
    const result = (await expectStatus(h.staff('POST', `${S}/res-greedy/results`), 200)) as Results;
    const budget = result.budgets[0]!;
    // x (3 votes, 70) funded; y (2 votes, 40) does not fit in the 30 left; z (1 vote, 30) fits.
    assert.deepEqual(budget.winners, [x, z]);
    assert.equal(budget.totalCost, 100);
    const loser = budget.projects.find((p) => p.id === y)!;
    assert.deepEqual(loser.explanation, { kind: 'did-not-fit', moneyLeft: '0' });
    assert.deepEqual(budget.votersWithAWinner, { voters: 5, withWinner: 4, share: 0.8 });

    assert.equal((await h.staff('PUT', `${S}/res-greedy/proposals/${x}/implementation`, { status: 'planning', progress: 10 })).status, 409, 'not before publication');
    await expectStatus(h.staff('POST', `${S}/res-greedy/results/publish`), 200);
    assert.equal((await h.staff('PUT', `${S}/res-greedy/proposals/${y}/implementation`, { status: 'planning' })).status, 409, 'a loser has no implementation');
    const updated = (await expectStatus(h.staff('PUT', `${S}/res-greedy/proposals/${x}/implementation`, { status: 'in-progress', progress: 40, note: 'Urakka kilpailutettu.' }), 200)) as { implementation: { status: string; progress: number } };
    assert.deepEqual([updated.implementation.status, updated.implementation.progress], ['in-progress', 40]);
    const open = (await expectStatus(h.call('GET', `${R}/res-greedy/results`), 200)) as Results;
    assert.deepEqual(open.implementation, [{ id: x, status: 'in-progress', progress: 40, note: 'Urakka kilpailutettu.', updatedAt: h.now.toISOString() }]);
    const figures = (await expectStatus(h.call('GET', '/api/v1/budgeting/figures'), 200)) as { items: { round: string; ballots: number | null; votersWithAWinnerShare: number | null }[] };
    const mine = figures.items.find((f) => f.round === 'res-greedy')!;
    assert.deepEqual([mine.ballots, mine.votersWithAWinnerShare], [5, 0.8]);
  });

  test('a vote above the inline limit is queued (202) and computed by the tally job', async () => {
    h.now = new Date('2028-01-01T10:00:00.000Z');
    const ids = await roundReadyToVote(h, 'res-big', [{ id: 'res-big-a', amount: 10, costs: [5, 6] }], { ballot: { type: 'approval', minProjects: 1 }, winnerRule: 'phragmen' });
    const issued = await codes('res-big', 31);
    for (const [i, code] of issued.entries()) {
      await expectStatus(h.call('POST', `${R}/res-big/budgets/res-big-a/ballots`, { voter: { code }, choices: [{ project: ids['res-big-a']![i % 3 === 0 ? 1 : 0]! }] }), 201);
    }
    await expectStatus(h.staff('POST', `${S}/res-big/close`), 200);
    const queued = await h.staff('POST', `${S}/res-big/results`);
    assert.equal(queued.status, 202);
    assert.equal((await h.staff('POST', `${S}/res-big/results/publish`)).status, 409, 'nothing computed yet');
    const module = createBudgetingModule();
    assert.ok(module.jobs?.some((j) => j.name === 'budgeting-tally'));
    assert.equal(await runTallyJob({ db: h.database.handle.db, clock: () => h.now }), 1);
    assert.equal(await runTallyJob({ db: h.database.handle.db, clock: () => h.now }), 0, 'done once');
    const published = (await expectStatus(h.staff('POST', `${S}/res-big/results/publish`), 200)) as Results;
    assert.equal(published.ballots, 31);
    assert.deepEqual(published.budgets[0]!.winners, [ids['res-big-a']![0]]);
  });

  test('equal shares with Add1: what each winner’s supporters paid and at what price per unit (ρ), exact', () => {
    const rules = v.parse(BudgetRulesSchema, {
      budget: 100,
      projects: [{ id: 'pa0000000', cost: 60 }, { id: 'pb0000000', cost: 40 }],
      ballot: { type: 'approval' },
      winnerRule: 'mes',
      utility: 'cost',
      completion: 'add1',
    });
    const A = { project: 'pa0000000' };
    const B = { project: 'pb0000000' };
    const result = budgetResult('b', 100, rules, [[A], [A], [A], [B], []], new Map([['pa0000000', 'Portaat']]));
    // At 20 each, B's one supporter cannot pay 40; Add1 raises the shares to 40, where both fit.
    assert.deepEqual(result.winners, ['pa0000000', 'pb0000000']);
    assert.equal(result.perVoterBudget, '40');
    const [first, second] = result.projects;
    assert.deepEqual([first!.id, first!.title, first!.explanation], ['pa0000000', 'Portaat', { kind: 'funded', paidBySupporters: '60', rho: '1/3 (≈ 0.33)' }]);
    assert.deepEqual([second!.id, second!.explanation], ['pb0000000', { kind: 'funded', paidBySupporters: '40', rho: '1' }]);
    assert.deepEqual(result.votersWithAWinner, { voters: 5, withWinner: 4, share: 0.8 });
  });

  test('retention deletes the voter registry and the codes after the results, and keeps the ballots', async () => {
    const db = h.database.handle.db;
    const module = createBudgetingModule();
    const count = async (table: 'budgeting_participation' | 'budgeting_voting_codes' | 'budgeting_ballots', round: string) =>
      table === 'budgeting_ballots'
        ? (await db.selectFrom('budgeting_ballots').innerJoin('budgeting_budgets', 'budgeting_budgets.id', 'budgeting_ballots.budget_id').select('budgeting_ballots.id').where('budgeting_budgets.round_id', '=', round).execute()).length
        : (await db.selectFrom(table).select('round_id').where('round_id', '=', round).execute()).length;
    assert.equal(await count('budgeting_participation', 'res-mes'), 5 + 1);
    const publishedAt = (await db.selectFrom('budgeting_rounds').select('results_published_at').where('id', '=', 'res-mes').executeTakeFirstOrThrow()).results_published_at!;
    // A cutoff before the publication removes nothing.
    assert.equal(await module.retention!.run(db, { cutoff: new Date(new Date(publishedAt).getTime() - 1), now: h.now }), 0);
    const removed = await module.retention!.run(db, { cutoff: new Date(new Date(publishedAt).getTime() + 1), now: h.now });
    assert.ok(removed >= 12, `removed ${removed}`);
    assert.equal(await count('budgeting_participation', 'res-mes'), 0);
    assert.equal(await count('budgeting_voting_codes', 'res-mes'), 0);
    assert.equal(await count('budgeting_ballots', 'res-mes'), 6, 'the anonymous ballots stay');
    assert.equal(await module.retention!.run(db, { cutoff: new Date(new Date(publishedAt).getTime() + 1), now: h.now }), 0, 'idempotent');
    assert.equal((await h.call('GET', `${R}/res-mes/results`)).status, 200);
  });
});
