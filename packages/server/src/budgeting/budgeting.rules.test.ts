/**
 * Rounds, budgets, proposals and their review, and the rules frozen when voting opens (issue 9):
 * through the real app over HTTP, on SQLite or PostgreSQL (KOHTAAMO_TEST_DB).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BUDGETING_PATHS, BUDGETING_PROBLEM_TYPES, IDEMPOTENCY_HEADER, newIdempotencyKey } from '@kohtaamo/core';
import { days, expectStatus, roundInput, roundReadyToVote, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

let h: BudgetingHarness;
const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;

before(async () => {
  h = await startBudgeting();
});
after(async () => {
  await h?.close();
});

describe(`budgeting rounds, proposals and frozen rules (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a round goes from proposals through review to voting, and its rules freeze when voting opens', async () => {
    const start = h.now;
    const ids = await roundReadyToVote(h, 'r-freeze', [{ id: 'r-freeze-a', amount: 100, costs: [40, 50, 60] }]);
    const round = (await expectStatus(h.call('GET', `${R}/r-freeze`), 200)) as { phase: string; budgets: { id: string; rulesSet: boolean }[] };
    assert.equal(round.phase, 'voting');
    assert.deepEqual(round.budgets.map((b) => [b.id, b.rulesSet]), [['r-freeze-a', true]]);

    const ballot = (await expectStatus(h.call('GET', `${R}/r-freeze/budgets/r-freeze-a/ballot`), 200)) as { rules: { budget: number; projects: { id: string; cost: number }[] } };
    assert.equal(ballot.rules.budget, 100);
    assert.deepEqual(ballot.rules.projects.map((p) => p.id).sort(), [...ids['r-freeze-a']!].sort());

    // Any change now is refused with a 409 problem and logged.
    const setting = { ballot: { type: 'knapsack' }, winnerRule: 'mes', completion: 'add1' };
    const refused = await h.staff('PUT', `${S}/r-freeze/budgets/r-freeze-a/rules`, setting);
    assert.equal(refused.status, 409);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    const problem = (await refused.json()) as { type: string; code: string };
    assert.equal(problem.type, BUDGETING_PROBLEM_TYPES.rulesFrozen);
    assert.equal(problem.code, 'budgeting.rules.frozen');
    const review = await h.staff('POST', `${S}/r-freeze/proposals/${ids['r-freeze-a']![0]}/review`, { decision: 'feasible', costEstimate: 1 });
    assert.equal(review.status, 409);
    const budget = await h.staff('POST', `${S}/r-freeze/budgets`, { id: 'r-freeze-late', kind: 'theme', name: { fi: 'x', sv: 'x', en: 'x' }, amount: 5 });
    assert.equal(budget.status, 409);

    const reschedule = roundInput('r-freeze', new Date(h.now.getTime() + days(5))).schedule;
    assert.equal((await h.staff('PATCH', `${S}/r-freeze`, { schedule: reschedule })).status, 409, 'the schedule is frozen too');
    const renamed = (await expectStatus(h.staff('PATCH', `${S}/r-freeze`, { title: { fi: 'Uusi nimi', sv: 'Nytt namn', en: 'New name' } }), 200)) as { title: { fi: string }; phase: string };
    assert.deepEqual([renamed.title.fi, renamed.phase], ['Uusi nimi', 'voting'], 'texts may change');
    assert.equal(((await expectStatus(h.staff('PATCH', `${S}/r-freeze`, {}), 200)) as { title: { fi: string } }).title.fi, 'Uusi nimi', 'an empty change changes nothing');

    const after = (await expectStatus(h.call('GET', `${R}/r-freeze/budgets/r-freeze-a/ballot`), 200)) as typeof ballot;
    assert.deepEqual(after, ballot, 'the rules are unchanged');

    const log = (await expectStatus(h.staff('GET', `${S}/r-freeze/rules-log`), 200)) as { items: { action: string; detail: { change?: string } }[] };
    assert.deepEqual(
      log.items.map((i) => i.action),
      ['set', 'refused', 'refused', 'refused', 'refused'],
    );
    assert.deepEqual(log.items.slice(1).map((i) => i.detail.change), ['rules', 'review', 'create budget', 'round']);
    assert.ok(h.now.getTime() >= start.getTime());
  });

  test('before voting opens, a review re-derives the rules’ projects and the change is logged', async () => {
    h.now = new Date('2027-03-01T10:00:00.000Z');
    await expectStatus(h.staff('POST', S, roundInput('r-rederive', new Date(h.now.getTime() + days(3)))), 201);
    // Before voting opens the schedule may move (logged).
    const moved = (await expectStatus(h.staff('PATCH', `${S}/r-rederive`, { schedule: roundInput('r-rederive', h.now).schedule, voterMayVoteIn: 'all' }), 200)) as { phase: string; voterMayVoteIn: string };
    assert.deepEqual([moved.phase, moved.voterMayVoteIn], ['proposals', 'all']);
    await expectStatus(h.staff('POST', `${S}/r-rederive/budgets`, { id: 'r-rederive-a', kind: 'theme', name: { fi: 'Liikunta', sv: 'Motion', en: 'Sport' }, amount: 1000 }), 201);
    h.now = new Date(h.now.getTime() + days(1));
    const one = (await expectStatus(h.call('POST', `${R}/r-rederive/proposals`, { budget: 'r-rederive-a', title: 'Kuntoportaat', description: 'Valaistut kuntoportaat harjun rinteeseen.', estimatedCost: 300 }), 201)) as { id: string; status: string };
    const two = (await expectStatus(h.call('POST', `${R}/r-rederive/proposals`, { budget: 'r-rederive-a', title: 'Pingispöydät', description: 'Kaksi ulkopingispöytää kirjaston puistoon.', estimatedCost: 200, lang: 'en' }), 201)) as { id: string };
    assert.equal(one.status, 'submitted');
    h.now = new Date(h.now.getTime() + days(11));
    // The proposal phase is over.
    const late = await h.call('POST', `${R}/r-rederive/proposals`, { budget: 'r-rederive-a', title: 'Myöhäinen', description: 'Tämä ehdotus tulee liian myöhään.', estimatedCost: 10 });
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { type: string }).type, BUDGETING_PROBLEM_TYPES.wrongPhase);

    const noProjects = await h.staff('PUT', `${S}/r-rederive/budgets/r-rederive-a/rules`, { ballot: { type: 'approval' }, winnerRule: 'greedy' });
    assert.equal(noProjects.status, 409, 'no feasible proposal yet');
    await expectStatus(h.staff('POST', `${S}/r-rederive/proposals/${one.id}/review`, { decision: 'feasible', costEstimate: 350 }), 200);
    const rules = (await expectStatus(h.staff('PUT', `${S}/r-rederive/budgets/r-rederive-a/rules`, { ballot: { type: 'knapsack' }, winnerRule: 'mes', completion: 'add1' }), 200)) as { projects: unknown[] };
    assert.deepEqual(rules.projects, [{ id: one.id, cost: 350 }]);
    const reviewed = (await expectStatus(h.staff('POST', `${S}/r-rederive/proposals/${two.id}/review`, { decision: 'feasible', costEstimate: 250 }), 200)) as { review: { costEstimate: number } };
    assert.equal(reviewed.review.costEstimate, 250);
    const ballot = (await expectStatus(h.call('GET', `${R}/r-rederive/budgets/r-rederive-a/ballot`), 200)) as { rules: { projects: { id: string; cost: number }[]; winnerRule: string; completion: string } };
    assert.deepEqual(ballot.rules.projects, [{ id: one.id, cost: 350 }, { id: two.id, cost: 250 }].sort((a, b) => (a.id < b.id ? -1 : 1)));
    assert.equal(ballot.rules.winnerRule, 'mes');
    // Rejecting needs a public reason; the reason is public.
    const noReason = await h.staff('POST', `${S}/r-rederive/proposals/${two.id}/review`, { decision: 'rejected' });
    assert.equal(noReason.status, 422);
    const rejected = (await expectStatus(h.staff('POST', `${S}/r-rederive/proposals/${two.id}/review`, { decision: 'rejected', publicReason: 'Puisto on suojelukohde.' }), 200)) as { status: string };
    assert.equal(rejected.status, 'rejected');
    const detail = (await expectStatus(h.call('GET', `${R}/r-rederive/proposals/${two.id}`), 200)) as { review: { publicReason: string; feasible: boolean } };
    assert.deepEqual([detail.review.feasible, detail.review.publicReason], [false, 'Puisto on suojelukohde.']);
    const log = (await expectStatus(h.staff('GET', `${S}/r-rederive/rules-log`), 200)) as { items: { action: string }[] };
    assert.deepEqual(log.items.map((i) => i.action), ['set', 'set', 'projects-updated', 'projects-updated']);
    const list = (await expectStatus(h.call('GET', `${R}/r-rederive/proposals?status=feasible`), 200)) as { items: { id: string }[]; total: number };
    assert.deepEqual(list.items.map((p) => p.id), [one.id]);
    const cheap = (await expectStatus(h.call('GET', `${R}/r-rederive/proposals?maxCost=300`), 200)) as { total: number };
    assert.equal(cheap.total, 1, 'the rejected one at 200 (its own estimate); the feasible one costs 350 by the city’s estimate');
  });

  test('a proposal is validated and, with an Idempotency-Key, stored once', async () => {
    h.now = new Date('2027-06-01T10:00:00.000Z');
    await expectStatus(h.staff('POST', S, roundInput('r-idem', h.now)), 201);
    await expectStatus(h.staff('POST', `${S}/r-idem/budgets`, { id: 'r-idem-a', kind: 'area', name: { fi: 'A', sv: 'A', en: 'A' }, amount: 1000 }), 201);
    h.now = new Date(h.now.getTime() + days(1));
    const invalid = await h.call('POST', `${R}/r-idem/proposals`, { budget: 'r-idem-a', title: 'x', description: 'lyhyt', estimatedCost: 0 });
    assert.equal(invalid.status, 422);
    const pointers = ((await invalid.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort();
    assert.deepEqual(pointers, ['#/description', '#/estimatedCost', '#/title']);
    const unknown = await h.call('POST', `${R}/r-idem/proposals`, { budget: 'nope', title: 'Hyvä otsikko', description: 'Riittävän pitkä kuvaus ehdotuksesta.', estimatedCost: 5 });
    assert.equal(unknown.status, 422);
    assert.deepEqual(((await unknown.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer), ['#/budget']);

    const key = newIdempotencyKey();
    const body = { budget: 'r-idem-a', title: 'Penkit rantaan', description: 'Selkänojalliset penkit rantapolun varteen.', estimatedCost: 5000, location: { address: 'Rantapolku', lat: 61.2, lon: 26.03 }, lang: 'sv' };
    const first = await h.call('POST', `${R}/r-idem/proposals`, body, { [IDEMPOTENCY_HEADER]: key });
    const second = await h.call('POST', `${R}/r-idem/proposals`, body, { [IDEMPOTENCY_HEADER]: key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(await first.text(), await second.text());
    const list = (await expectStatus(h.call('GET', `${R}/r-idem/proposals`), 200)) as { total: number; items: { location: unknown; lang: string }[] };
    assert.equal(list.total, 1);
    assert.deepEqual(list.items[0]!.location, { address: 'Rantapolku', lat: 61.2, lon: 26.03 });
    const mismatch = await h.call('POST', `${R}/r-idem/proposals`, { ...body, estimatedCost: 6000 }, { [IDEMPOTENCY_HEADER]: key });
    assert.equal(mismatch.status, 422);
  });

  test('the schedule must be in order, and a round id is taken once', async () => {
    const bad = roundInput('r-bad', h.now);
    const invalid = await h.staff('POST', S, { ...bad, schedule: { ...bad.schedule, votingOpenAt: bad.schedule.proposalsOpenAt } });
    assert.equal(invalid.status, 422);
    assert.deepEqual(((await invalid.json()) as { errors: { pointer: string; code: string }[] }).errors.map((e) => [e.pointer, e.code]), [['#/schedule/votingOpenAt', 'budgeting.round.scheduleOrder']]);
    await expectStatus(h.staff('POST', S, roundInput('r-once', h.now)), 201);
    assert.equal((await h.staff('POST', S, roundInput('r-once', h.now))).status, 409);
  });

  test('a round whose vote has already ended, or a new one whose vote has already opened, is refused by its field (422 problem+json with the day) in the asker\'s language, on create and on reschedule', async () => {
    const now = h.now.getTime();
    const at = (d: number) => new Date(now + days(d)).toISOString();
    const schedule = (voteOpens: number, voteCloses: number) => ({ proposalsOpenAt: at(voteOpens - 20), proposalsCloseAt: at(voteOpens - 10), votingOpenAt: at(voteOpens), votingCloseAt: at(voteCloses), resultsAt: at(voteCloses + 1), implementationAt: at(voteCloses + 30) });
    const round = (id: string, s: ReturnType<typeof schedule>) => ({ ...roundInput(id, h.now), schedule: s });
    type Problem = { type: string; errors: { pointer: string; code: string; detail: string; params?: Record<string, string> }[] };
    const refused = async (response: Response): Promise<Problem> => {
      assert.equal(response.status, 422);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      return (await response.json()) as Problem;
    };
    const day = (d: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(now + days(d)));

    // A vote of last month: both its start and its end are named, each with its Helsinki day, in each language.
    const words = { fi: 'on jo mennyt', sv: 'har redan passerat', en: 'has already passed' } as const;
    for (const [lang, said] of Object.entries(words)) {
      const problem = await refused(await h.call('POST', S, round(`r-past-${lang}`, schedule(-40, -30)), { Authorization: `Bearer ${h.officer}`, 'Accept-Language': lang }));
      assert.deepEqual(problem.errors.map((e) => [e.pointer, e.code, e.params]), [
        ['#/schedule/votingOpenAt', 'budgeting.round.votingStarted', { day: day(-40) }],
        ['#/schedule/votingCloseAt', 'budgeting.round.votingEnded', { day: day(-30) }],
      ]);
      assert.ok(problem.errors[1]!.detail.includes(said) && problem.errors[1]!.detail.includes(day(-30)), `${lang}: ${problem.errors[1]!.detail}`);
    }
    // A vote that closed a second ago, or closes exactly now, has ended too.
    const aSecondAgo = round('r-past-second', { ...schedule(-5, 1), votingCloseAt: new Date(now - 1000).toISOString(), resultsAt: at(1) });
    assert.deepEqual((await refused(await h.staff('POST', S, aSecondAgo))).errors.map((e) => e.code), ['budgeting.round.votingStarted', 'budgeting.round.votingEnded']);
    // A vote open now but still running: a new round cannot start there (its budgets and rules would be frozen empty).
    const running = await refused(await h.staff('POST', S, round('r-past-running', schedule(-1, 10))));
    assert.deepEqual(running.errors.map((e) => [e.pointer, e.code]), [['#/schedule/votingOpenAt', 'budgeting.round.votingStarted']]);
    // Nothing of the refused ones was kept.
    const rounds = (await expectStatus(h.call('GET', R), 200)) as { items: { id: string }[] };
    assert.deepEqual(rounds.items.filter((r) => r.id.startsWith('r-past')), []);

    // Rescheduled before voting: a vote that would already have ended is refused by its field and nothing changes;
    // opening the vote now (as the console's "open the vote" does) is taken.
    await expectStatus(h.staff('POST', S, round('r-resched', schedule(20, 30))), 201);
    const ended = await refused(await h.call('PATCH', `${S}/r-resched`, { schedule: schedule(-10, -2) }, { Authorization: `Bearer ${h.officer}`, 'Accept-Language': 'sv' }));
    assert.deepEqual(ended.errors.map((e) => [e.pointer, e.code, e.params]), [['#/schedule/votingCloseAt', 'budgeting.round.votingEnded', { day: day(-2) }]]);
    assert.ok(ended.errors[0]!.detail.includes('har redan passerat'), ended.errors[0]!.detail);
    const kept = (await expectStatus(h.call('GET', `${R}/r-resched`), 200)) as { phase: string; schedule: { votingCloseAt: string } };
    assert.deepEqual([kept.phase, kept.schedule.votingCloseAt], ['proposals', at(30)]);
    const opened = (await expectStatus(h.staff('PATCH', `${S}/r-resched`, { schedule: { ...schedule(-1, 14), votingOpenAt: new Date(now - 5000).toISOString() } }), 200)) as { phase: string };
    assert.equal(opened.phase, 'voting');
    // Once voting has opened, a reschedule is frozen (409, logged) whatever its dates.
    assert.equal((await h.staff('PATCH', `${S}/r-resched`, { schedule: schedule(-10, -2) })).status, 409);
  });
});
