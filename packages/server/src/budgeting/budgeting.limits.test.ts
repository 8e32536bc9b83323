/** The budgeting module's rate limits and admin command, on the real app and database. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BUDGETING_PATHS } from '@kohtaamo/core';
import { runAdmin } from '../admin.js';
import { createBudgetingModule } from './budgeting.module.js';
import { expectStatus, roundReadyToVote, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
before(async () => {
  h = await startBudgeting({}, { rateLimitByScope: { 'budgeting-ballot': { max: 3, windowSeconds: 600 } } });
});
after(async () => {
  await h?.close();
});

const R = BUDGETING_PATHS.rounds;

test(`ballots are rate-limited per client: 429 with Retry-After after the limit (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const ids = await roundReadyToVote(h, 'lim', [{ id: 'lim-a', amount: 10, costs: [5] }]);
  const out: string[] = [];
  let err = '';
  const status = await runAdmin(['budgeting', 'codes', '--round', 'lim', '--count', '4'], h.database.handle.db, { out: (l) => out.push(l), err: (l) => (err += l) }, new Date(), [createBudgetingModule()]);
  assert.equal(status, 0, err);
  assert.equal(out.length, 4);
  const statuses: number[] = [];
  for (const code of out) {
    const r = await h.call('POST', `${R}/lim/budgets/lim-a/ballots`, { voter: { code }, choices: [{ project: ids['lim-a']![0] }] });
    statuses.push(r.status);
    if (r.status === 429) assert.ok(r.headers.get('retry-after'));
    await r.arrayBuffer();
  }
  // Codes printed by the admin command vote like the officer's (the same key), until the client's limit.
  assert.deepEqual(statuses, [201, 201, 201, 429]);
  assert.equal((await runAdmin(['budgeting', 'codes', '--round', 'nope', '--count', '1'], h.database.handle.db, { out: () => undefined, err: () => undefined }, new Date(), [createBudgetingModule()])), 1);
  assert.equal((await runAdmin(['budgeting', 'codes', '--round', 'lim'], h.database.handle.db, { out: () => undefined, err: () => undefined }, new Date(), [createBudgetingModule()])), 2);
  await expectStatus(h.call('GET', `${R}/lim`), 200);
});
