import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BUDGETING_PATHS } from '@kohtaamo/core';
import { DEMO_CITY } from '../platform/platform.config.js';
import { demoProposalRoundId, demoRoundId, seedBudgetingDemo, seedBudgetingProposalDemo } from './budgeting.seed.js';
import { expectStatus, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
before(async () => {
  h = await startBudgeting();
});
after(async () => {
  await h?.close();
});

test(`the demo round of the demo city is open for voting now, with proposals in fi, sv and en; seeding twice changes nothing (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  assert.equal(demoRoundId(DEMO_CITY), 'heinola-2027');
  assert.equal(await seedBudgetingDemo(db, DEMO_CITY, h.now), 'heinola-2027');
  assert.equal(await seedBudgetingDemo(db, DEMO_CITY, h.now), 'heinola-2027');
  const round = (await expectStatus(h.call('GET', `${BUDGETING_PATHS.rounds}/heinola-2027`), 200)) as { phase: string; title: { fi: string }; budgets: { id: string; rulesSet: boolean }[] };
  assert.equal(round.phase, 'voting');
  assert.match(round.title.fi, /^Heinola 2027/);
  assert.deepEqual(round.budgets.map((b) => b.rulesSet), [true, true]);
  const proposals = (await expectStatus(h.call('GET', `${BUDGETING_PATHS.rounds}/heinola-2027/proposals?pageSize=100`), 200)) as { total: number; items: { lang: string; status: string }[] };
  assert.equal(proposals.total, 9);
  assert.deepEqual([...new Set(proposals.items.map((p) => p.lang))].sort(), ['en', 'fi', 'sv']);
  assert.deepEqual([...new Set(proposals.items.map((p) => p.status))].sort(), ['feasible', 'merged', 'rejected']);
  const ballot = (await expectStatus(h.call('GET', `${BUDGETING_PATHS.rounds}/heinola-2027/budgets/heinola-2027-keskusta/ballot`), 200)) as { projects: unknown[] };
  assert.equal(ballot.projects.length, 4);
  // A code issued now votes in the demo.
  const { codes } = (await expectStatus(h.staff('POST', `${BUDGETING_PATHS.staffRounds}/heinola-2027/voting-codes`, { count: 1 }), 201)) as { codes: string[] };
  await expectStatus(h.call('POST', `${BUDGETING_PATHS.rounds}/heinola-2027/budgets/heinola-2027-kylat/ballots`, { voter: { code: codes[0] }, choices: [{ project: 'pdemo0000007' }] }), 201);
});

test(`the demo's next round collects proposals now, in an area and a theme budget; seeding twice changes nothing (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  assert.equal(demoProposalRoundId(DEMO_CITY), 'heinola-2028');
  assert.equal(await seedBudgetingProposalDemo(db, DEMO_CITY, h.now), 'heinola-2028');
  assert.equal(await seedBudgetingProposalDemo(db, DEMO_CITY, h.now), 'heinola-2028');
  const round = (await expectStatus(h.call('GET', `${BUDGETING_PATHS.rounds}/heinola-2028`), 200)) as { phase: string; budgets: { kind: string }[] };
  assert.equal(round.phase, 'proposals');
  assert.deepEqual(round.budgets.map((b) => b.kind), ['area', 'theme']);
  const sent = await h.call('POST', `${BUDGETING_PATHS.rounds}/heinola-2028/proposals`, { budget: 'heinola-2028-alueet', title: 'Penkkejä rantaan', description: 'Lisää penkkejä rannan kävelytien varteen.', estimatedCost: 8000 }, { 'Idempotency-Key': 'seed-test-0000000001' });
  assert.equal(sent.status, 201);
});
