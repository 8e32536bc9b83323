/**
 * Voting integrity (issue 9, ADR 0011): single-use voting codes kept only as keyed hashes,
 * identity tokens, one ballot per voter under concurrency, assisted ballots through the same
 * check, who voted stored apart from what was voted, receipts. Real app, real database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUDGETING_PATHS, BUDGETING_PROBLEM_TYPES, RECEIPT_CODE_PATTERN } from '@kohtaamo/core';
import { sql } from 'kysely';
import { signIdentityToken } from './budgeting.identity.js';
import { expectStatus, IDENTITY_KEY, roundReadyToVote, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;
let projects: Record<string, string[]>;

before(async () => {
  h = await startBudgeting();
  projects = await roundReadyToVote(h, 'v-one', [
    { id: 'v-one-a', amount: 100, costs: [40, 50, 60] },
    { id: 'v-one-b', amount: 100, costs: [30, 70] },
  ]);
});
after(async () => {
  await h?.close();
});

const codes = async (round: string, count: number) => ((await expectStatus(h.staff('POST', `${S}/${round}/voting-codes`, { count }), 201)) as { codes: string[] }).codes;
/** A cast on a connection of its own (the simultaneous tests send 100–200 at once). */
const castAlone = (round: string, budget: string, voter: Record<string, string>, choices: { project: string }[]) => h.callAlone('POST', `${R}/${round}/budgets/${budget}/ballots`, { voter, choices });
const cast = (round: string, budget: string, voter: Record<string, string>, choices: { project: string }[]) => h.call('POST', `${R}/${round}/budgets/${budget}/ballots`, { voter, choices });
const token = (sub: string, extra: Record<string, unknown> = {}) => signIdentityToken({ sub, aud: 'kohtaamo-budgeting', exp: Math.floor(h.now.getTime() / 1000) + 600, ...extra }, IDENTITY_KEY);

describe(`budgeting voting integrity (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('voting codes are returned once and stored only as keyed hashes', async () => {
    const issued = await codes('v-one', 5);
    assert.equal(issued.length, 5);
    assert.equal(new Set(issued).size, 5);
    for (const code of issued) assert.match(code, RECEIPT_CODE_PATTERN);
    const rows = await h.database.handle.db.selectFrom('budgeting_voting_codes').selectAll().where('round_id', '=', 'v-one').execute();
    assert.equal(rows.length, 5);
    const stored = JSON.stringify(rows);
    for (const code of issued) {
      assert.ok(!stored.includes(code) && !stored.includes(code.replace(/-/g, '')), 'no code in clear');
      assert.match(rows.find(Boolean)!.code_hash, /^[0-9a-f]{64}$/);
    }
  });

  test('a code casts one ballot; a second ballot with it, in either budget under "one", is a 409 problem', async () => {
    const [code] = await codes('v-one', 1);
    const a = projects['v-one-a']!;
    const first = await cast('v-one', 'v-one-a', { code: code!.toLowerCase().replace(/-/g, ' ') }, [{ project: a[0]! }, { project: a[1]! }]);
    assert.equal(first.status, 201);
    const { receipt } = (await first.json()) as { receipt: string };
    assert.match(receipt, RECEIPT_CODE_PATTERN);
    for (const budget of ['v-one-a', 'v-one-b']) {
      const again = await cast('v-one', budget, { code: code! }, []);
      assert.equal(again.status, 409);
      assert.equal(again.headers.get('content-type'), 'application/problem+json');
      const problem = (await again.json()) as { type: string; code: string };
      assert.deepEqual([problem.type, problem.code], [BUDGETING_PROBLEM_TYPES.alreadyVoted, 'budgeting.voting.alreadyVoted']);
    }
    // The receipt says the ballot is in the box, and nothing about it.
    const status = (await expectStatus(h.call('GET', `${R}/v-one/receipts/${receipt.toLowerCase()}`), 200)) as Record<string, unknown>;
    assert.deepEqual(status, { code: receipt, status: 'stored' });
  });

  test('an unknown code, a code of another round, a bad token are refused with 403 and store nothing', async () => {
    const before = await h.database.handle.db.selectFrom('budgeting_ballots').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const fake = await cast('v-one', 'v-one-a', { code: 'ABCD-EFGH-JKMN-PQRS-T' }, []);
    assert.equal(fake.status, 403);
    assert.equal(((await fake.json()) as { type: string }).type, BUDGETING_PROBLEM_TYPES.notEligible);
    const forged = signIdentityToken({ sub: '010101-123X', aud: 'kohtaamo-budgeting', exp: Math.floor(h.now.getTime() / 1000) + 600 }, 'another-key-of-at-least-thirty-two-chars!!');
    assert.equal((await cast('v-one', 'v-one-a', { token: forged }, [])).status, 403);
    assert.equal((await cast('v-one', 'v-one-a', { token: token('010101-123X', { exp: Math.floor(h.now.getTime() / 1000) - 1 }) }, [])).status, 403, 'expired');
    assert.equal((await cast('v-one', 'v-one-a', { token: token('010101-123X', { aud: 'someone-else' }) }, [])).status, 403, 'audience');
    assert.equal((await cast('v-one', 'v-one-a', { token: token('010101-123X', { round: 'another-round' }) }, [])).status, 403, 'round');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', aud: 'kohtaamo-budgeting', exp: 9e9 })).toString('base64url')}.`;
    assert.equal((await cast('v-one', 'v-one-a', { token: none }, [])).status, 403, 'alg none');
    const after = await h.database.handle.db.selectFrom('budgeting_ballots').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('an identity token votes once; the same person is refused at the officer’s desk (assisted ballot, same check)', async () => {
    const a = projects['v-one-a']!;
    assert.equal((await cast('v-one', 'v-one-b', { token: token('121212-1212') }, [{ project: projects['v-one-b']![0]! }])).status, 201);
    const assisted = await h.staff('POST', `${S}/v-one/budgets/v-one-a/assisted-ballots`, { voter: { identity: ' 121212-1212 ' }, choices: [{ project: a[2]! }] });
    assert.equal(assisted.status, 409);
    // Another person at the desk votes, then cannot vote online.
    const desk = await h.staff('POST', `${S}/v-one/budgets/v-one-a/assisted-ballots`, { voter: { identity: '131313-1313' }, choices: [{ project: a[2]! }] });
    assert.equal(desk.status, 201);
    assert.match(((await desk.json()) as { receipt: string }).receipt, RECEIPT_CODE_PATTERN);
    assert.equal((await cast('v-one', 'v-one-a', { token: token('131313-1313') }, [])).status, 409);
  });

  test('a ballot that breaks the rules is a 422 with pointers, and uses up nothing', async () => {
    const [code] = await codes('v-one', 1);
    const bad = await cast('v-one', 'v-one-a', { code: code! }, [{ project: 'pnotaproject' }]);
    assert.equal(bad.status, 422);
    const errors = ((await bad.json()) as { errors: { pointer: string; code: string; detail: string }[] }).errors;
    assert.deepEqual(errors.map((e) => [e.pointer, e.code]), [['#/choices/0/project', 'budgeting.ballot.unknownProject']]);
    assert.ok(errors[0]!.detail.includes('pnotaproject'));
    assert.equal((await cast('v-one', 'v-one-a', { code: code! }, [])).status, 201, 'a blank ballot is valid, and the code was not used up');
  });

  test('200 simultaneous ballots for one voter: exactly one counted, the others a 409 problem', async () => {
    const [code] = await codes('v-one', 1);
    const db = h.database.handle.db;
    const count = async () => Number((await db.selectFrom('budgeting_ballots').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const a = projects['v-one-a']!;
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => castAlone('v-one', i % 2 === 0 ? 'v-one-a' : 'v-one-b', { code: code! }, i % 2 === 0 ? [{ project: a[i % 3]! }] : [])),
    );
    const statuses = responses.map((r) => r.status);
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ type?: string }>));
    assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses: ${[...new Set(statuses)].join(',')}`);
    assert.equal(statuses.filter((s) => s === 409).length, 199);
    assert.ok(bodies.filter((b) => b.type !== undefined).every((b) => b.type === BUDGETING_PROBLEM_TYPES.alreadyVoted));
    assert.ok(responses.filter((r) => r.status === 409).every((r) => r.headers.get('content-type') === 'application/problem+json'), 'each refusal is a problem document');
    assert.equal((await count()) - before, 1);
  });

  test('under "all", a voter votes once in each budget; 100 simultaneous for one budget still give one', async () => {
    h.now = new Date('2027-05-01T10:00:00.000Z');
    const ids = await roundReadyToVote(h, 'v-all', [{ id: 'v-all-a', amount: 50, costs: [20, 30] }, { id: 'v-all-b', amount: 50, costs: [25] }], undefined, 'all');
    const [code] = await codes('v-all', 1);
    const responses = await Promise.all(Array.from({ length: 100 }, () => castAlone('v-all', 'v-all-a', { code: code! }, [{ project: ids['v-all-a']![0]! }])));
    assert.deepEqual(responses.map((r) => r.status).filter((s) => s === 201).length, 1);
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    assert.equal((await cast('v-all', 'v-all-b', { code: code! }, [{ project: ids['v-all-b']![0]! }])).status, 201);
    assert.equal((await cast('v-all', 'v-all-b', { code: code! }, [])).status, 409);
  });

  test('who voted and what was voted share no column but the round or budget, and the ballots carry no time', async () => {
    const db = h.database.handle.db;
    const columns = async (table: string): Promise<string[]> => {
      if (h.database.kind === 'sqlite') {
        const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
        return rows.map((r) => r.name).sort();
      }
      const { rows } = await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(db);
      return rows.map((r) => r.name).sort();
    };
    assert.deepEqual(await columns('budgeting_participation'), ['retry_tag', 'round_id', 'slot', 'voted_on', 'voter_key']);
    assert.deepEqual(await columns('budgeting_ballots'), ['budget_id', 'choices_json', 'id', 'receipt_code']);
    const participation = await db.selectFrom('budgeting_participation').selectAll().where('round_id', '=', 'v-one').execute();
    for (const p of participation) {
      assert.match(p.voter_key, /^[0-9a-f]{64}$/);
      assert.match(p.voted_on, /^\d{4}-\d{2}-\d{2}$/, 'the day only');
      assert.ok(!p.voter_key.includes('121212'));
    }
    const ballots = await db.selectFrom('budgeting_ballots').selectAll().execute();
    for (const b of ballots) assert.match(b.id, /^[0-9a-f]{32}$/, 'a random id');
    if (h.database.kind === 'sqlite') {
      // WITHOUT ROWID: the rows are kept in the order of their random key, not of arrival.
      const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where name = 'budgeting_ballots'`.execute(db);
      assert.match(rows[0]!.sql, /without rowid/i);
      const stored = (await sql<{ id: string }>`select id, choices_json from budgeting_ballots`.execute(db)).rows.map((r) => r.id);
      assert.deepEqual(stored, [...stored].sort(), 'a full scan reads them in key order');
    }
  });

  test('outside the voting phase no ballot is taken', async () => {
    const saved = h.now;
    h.now = new Date('2026-01-01T00:00:00.000Z');
    const [code] = await codes('v-one', 1);
    const early = await cast('v-one', 'v-one-a', { code: code! }, []);
    assert.equal(early.status, 409);
    assert.equal(((await early.json()) as { code: string }).code, 'budgeting.voting.notOpen');
    h.now = saved;
  });
});
