/** Core's budgeting client against the real server: the contract is the same schemas on both sides. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BUDGETING_PATHS, createApiClient, createBudgetingApi, newIdempotencyKey, ProblemError, type BudgetingApi } from '@kohtaamo/core';
import { expectStatus, roundReadyToVote, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
let api: BudgetingApi;
before(async () => {
  h = await startBudgeting();
  api = createBudgetingApi(createApiClient({ baseUrl: h.server.url, retries: 0 }));
});
after(async () => {
  await h?.close();
});

test(`a resident's flow through core's client: round, proposals, ballot paper, cast, receipt (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const ids = await roundReadyToVote(h, 'api', [{ id: 'api-a', amount: 100, costs: [30, 80] }], { ballot: { type: 'knapsack' }, winnerRule: 'greedy' });
  assert.deepEqual((await api.rounds()).map((r) => [r.id, r.phase]), [['api', 'voting']]);
  assert.equal((await api.round('api')).budgets[0]!.amount, 100);
  const list = await api.proposals('api', { budget: 'api-a', maxCost: 50 });
  assert.deepEqual(list.items.map((p) => p.id), [ids['api-a']![0]]);
  assert.equal((await api.proposal('api', ids['api-a']![1]!)).review?.costEstimate, 80);
  const paper = await api.ballot('api', 'api-a');
  assert.equal(paper.rules.ballot.type, 'knapsack');
  assert.equal(paper.projects.length, 2);
  const { codes } = (await expectStatus(h.staff('POST', `${BUDGETING_PATHS.staffRounds}/api/voting-codes`, { count: 1 }), 201)) as { codes: string[] };
  // Over budget: the server's problem comes back as a ProblemError with the pointer.
  await assert.rejects(api.cast('api', 'api-a', { voter: { code: codes[0]! }, choices: ids['api-a']!.map((project) => ({ project })) }), (error: unknown) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 422);
    return true;
  });
  const { receipt } = await api.cast('api', 'api-a', { voter: { code: codes[0]! }, choices: [{ project: ids['api-a']![1]! }] });
  assert.deepEqual(await api.receipt('api', receipt), { code: receipt, status: 'stored' });
  // The proposal phase is over: a submission is refused.
  await assert.rejects(api.submitProposal('api', { budget: 'api-a', title: 'Myöhässä', description: 'Tämä tulee jo äänestyksen aikana.', estimatedCost: 5, lang: 'fi' }, newIdempotencyKey()), ProblemError);
});
