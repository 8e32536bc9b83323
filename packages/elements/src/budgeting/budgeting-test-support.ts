// Helpers for the budgeting element tests (browser only, never bundled): the demo round of the
// live test server, voting codes issued through the staff API as the city's officer would, and
// a fetch that answers from fixtures at the HTTP boundary (for ballot types the demo has not).
import { BUDGETING_PATHS, createApiClient, createBudgetingApi, type BudgetingApi, type Round } from '@kohtaamo/core';
import { liveApi } from '../testing/browser-test-helpers.js';

/** The demo round the server seeds with --demo (vote open now, two area budgets, approval 1–3). */
export async function demoRound(): Promise<Round> {
  const response = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}`);
  const { items } = (await response.json()) as { items: Round[] };
  const round = items.find((r) => r.phase === 'voting');
  if (!round) throw new Error('The test server has no round whose vote is open');
  return round;
}

/** Fresh single-use voting codes of a round, issued by the demo administrator. */
export async function votingCodes(round: string, count = 1): Promise<string[]> {
  const response = await fetch(`${liveApi()}${BUDGETING_PATHS.staffRounds}/${round}/voting-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` },
    body: JSON.stringify({ count }),
  });
  if (response.status !== 201) throw new Error(`voting codes: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { codes: string[] }).codes;
}

/** Casts a ballot straight to the server, as another voter's browser would; returns the receipt code. */
export async function castBallot(round: string, budget: string, code: string, choices: { project: string }[] = []): Promise<string> {
  const response = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/budgets/${budget}/ballots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ voter: { code }, choices }),
  });
  if (response.status !== 201) throw new Error(`cast: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { receipt: string }).receipt;
}

export type Handler = (method: string, path: string, body: unknown) => { status: number; body: unknown } | undefined;

/** A budgeting API whose HTTP answers come from `handler` (fixtures at the HTTP boundary). */
export function fixtureApi(handler: Handler): BudgetingApi & { requests: { method: string; path: string; body: unknown }[] } {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const fake: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const body = text ? JSON.parse(text) : undefined;
    requests.push({ method: request.method, path: url.pathname, body });
    const answer = handler(request.method, url.pathname, body) ?? { status: 404, body: { title: 'Not found', status: 404 } };
    const problem = answer.status >= 400;
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': problem ? 'application/problem+json' : 'application/json' } });
  };
  const api = createBudgetingApi(createApiClient({ baseUrl: 'https://budget.example.fi', fetch: fake, retries: 0 }));
  return Object.assign(api, { requests });
}

const schedule = (days: number[]) => {
  const at = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  const [a, b, c, d, e, f] = days.map(at);
  return { proposalsOpenAt: a!, proposalsCloseAt: b!, votingOpenAt: c!, votingCloseAt: d!, resultsAt: e!, implementationAt: f! };
};

/** A round in the voting phase with one budget, for fixture ballots. */
export function fixtureRound(budget: string): Round {
  return {
    id: 'testi-2027',
    title: { fi: 'Testikierros', sv: 'Testomgång', en: 'Test round' },
    description: { fi: '', sv: '', en: '' },
    schedule: schedule([-60, -30, -1, 10, 12, 40]),
    phase: 'voting',
    voterMayVoteIn: 'one',
    closedAt: null,
    resultsPublishedAt: null,
    budgets: [{ id: budget, kind: 'area', name: { fi: 'Koko kaupunki', sv: 'Hela staden', en: 'Whole town' }, amount: 100_000, rulesSet: true }],
  };
}

export const FIXTURE_PROJECTS = [
  { id: 'pfix000001', cost: 60_000, title: 'Skeittipuisto', description: 'Betoninen skeittipuisto urheilukentän viereen.', lang: 'fi' },
  { id: 'pfix000002', cost: 30_000, title: 'Kirjaston lukunurkkaus', description: 'Lasten lukunurkkaus pehmeine istuimineen.', lang: 'fi' },
  { id: 'pfix000003', cost: 25_000, title: 'Frisbeegolfrata', description: 'Yhdeksän väylän rata metsäpuistoon.', lang: 'fi' },
];

/** The ballot paper of a fixture budget with the given ballot rules. */
export function fixturePaper(budget: string, ballot: Record<string, unknown>, randomOrder = false) {
  return {
    budget,
    rules: {
      budget: 100_000,
      projects: FIXTURE_PROJECTS.map(({ id, cost }) => ({ id, cost })),
      ballot,
      winnerRule: 'greedy',
      utility: 'cost',
      completion: 'none',
      tieBreaking: { order: ['lowest-cost', 'most-votes', 'lot'] },
    },
    randomOrder,
    projects: FIXTURE_PROJECTS,
  };
}

/** A fixture server of one round and budget: the round, its ballot paper, and a 201 receipt for a cast. */
export function fixtureBallotApi(ballot: Record<string, unknown>, receipt = 'ABCD-EFGH-JKMN-PQRS-T') {
  const budget = 'testi-koko';
  const round = fixtureRound(budget);
  return fixtureApi((method, path) => {
    if (method === 'GET' && path === `${BUDGETING_PATHS.rounds}/${round.id}`) return { status: 200, body: round };
    if (method === 'GET' && path.endsWith('/ballot')) return { status: 200, body: fixturePaper(budget, ballot) };
    if (method === 'POST' && path.endsWith('/ballots')) return { status: 201, body: { receipt, budget } };
    return undefined;
  });
}

/** A call to the staff budgeting API as the demo administrator; refuses an answer of 300 or more. */
export const staff = (path: string, method: string, body?: unknown) =>
  fetch(`${liveApi()}${BUDGETING_PATHS.staffRounds}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (r) => {
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<unknown>;
  });

/**
 * A whole round run through the real server's API as a city would: created with one budget,
 * proposals sent in the proposal phase and found feasible, the rules set (greedy or equal
 * shares, approval), voting opened, ballots cast with codes (one blank), the vote closed, the
 * results computed and published. Returns the round's id and its proposals' ids in order.
 */
export async function publishedRound(winnerRule: 'greedy' | 'mes' = 'greedy'): Promise<{ round: string; budget: string; projects: string[] }> {
  const round = `tulos-${Math.random().toString(36).slice(2, 10)}`;
  const budget = `${round}-koko`;
  const day = 86_400_000;
  const at = (d: number) => new Date(Date.now() + d * day).toISOString();
  const schedule = (proposalsClose: number, votingOpen: number) => ({
    proposalsOpenAt: at(-30),
    proposalsCloseAt: at(proposalsClose),
    votingOpenAt: at(votingOpen),
    votingCloseAt: at(20),
    resultsAt: at(21),
    implementationAt: at(60),
  });
  const title = { fi: 'Tuloskierros', sv: 'Resultatomgång', en: 'Results round' };
  await staff('', 'POST', { id: round, title, schedule: schedule(5, 6) });
  await staff(`/${round}/budgets`, 'POST', { id: budget, kind: 'area', name: { fi: 'Koko kaupunki', sv: 'Hela staden', en: 'Whole town' }, amount: 100_000 });
  const proposals: [string, number][] = [
    ['Skeittipuisto keskustaan', 60_000],
    ['Lukunurkkaus kirjastoon', 30_000],
    ['Frisbeegolfrata metsäpuistoon', 25_000],
    ['Penkkejä rantaan', 10_000],
  ];
  const projects: string[] = [];
  for (const [name, cost] of proposals) {
    const response = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': `test-${round}-${cost}-${Math.random().toString(36).slice(2)}` },
      body: JSON.stringify({ budget, title: name, description: `${name}: ehdotus kaikille kaupunkilaisille, tarkemmin kuvattuna.`, estimatedCost: cost, lang: 'fi' }),
    });
    if (response.status !== 201) throw new Error(`proposal: ${response.status} ${await response.text()}`);
    const id = ((await response.json()) as { id: string }).id;
    projects.push(id);
    await staff(`/${round}/proposals/${id}/review`, 'POST', { decision: 'feasible', costEstimate: cost });
  }
  await staff(`/${round}/budgets/${budget}/rules`, 'PUT', { ballot: { type: 'approval', minProjects: 1 }, winnerRule, ...(winnerRule === 'mes' ? { completion: 'add1' } : {}), randomOrder: false });
  await staff(`/${round}`, 'PATCH', { schedule: schedule(-2, -1) });
  const codes = await votingCodes(round, 5);
  const ballots = [[0, 1], [0], [0, 2], [2, 3], []];
  for (const [i, choice] of ballots.entries()) await castBallot(round, budget, codes[i]!, choice.map((k) => ({ project: projects[k]! })));
  await staff(`/${round}/close`, 'POST');
  await staff(`/${round}/results`, 'POST');
  await staff(`/${round}/results/publish`, 'POST');
  return { round, budget, projects };
}

/**
 * A round whose proposal phase is open now, made through the real staff API: an area budget and
 * a theme budget, three proposals (one found feasible with the city's estimate, one rejected
 * with a public reason, one waiting). Returns the ids.
 */
export async function proposalRound(): Promise<{ round: string; area: string; theme: string; proposals: { feasible: string; rejected: string; waiting: string } }> {
  const round = `ehdotus-${Math.random().toString(36).slice(2, 10)}`;
  const at = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  await staff('', 'POST', {
    id: round,
    title: { fi: 'Ehdotuskierros', sv: 'Förslagsomgång', en: 'Proposal round' },
    schedule: { proposalsOpenAt: at(-5), proposalsCloseAt: at(20), votingOpenAt: at(30), votingCloseAt: at(40), resultsAt: at(41), implementationAt: at(90) },
  });
  const area = `${round}-keskusta`;
  const theme = `${round}-nuoret`;
  await staff(`/${round}/budgets`, 'POST', { id: area, kind: 'area', name: { fi: 'Keskusta', sv: 'Centrum', en: 'Town centre' }, amount: 100_000 });
  await staff(`/${round}/budgets`, 'POST', { id: theme, kind: 'theme', name: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' }, amount: 50_000 });
  const send = async (budget: string, title: string, cost: number) => {
    const response = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': `test-${crypto.randomUUID()}` },
      body: JSON.stringify({ budget, title, description: `${title}: ehdotus kaikille kaupunkilaisille, tarkemmin kuvattuna.`, estimatedCost: cost, lang: 'fi' }),
    });
    if (response.status !== 201) throw new Error(`proposal: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  };
  const feasible = await send(area, 'Penkkejä torille', 12_000);
  const rejected = await send(area, 'Uusi jäähalli keskustaan', 9_000_000);
  const waiting = await send(theme, 'Nuorten bänditila', 40_000);
  await staff(`/${round}/proposals/${feasible}/review`, 'POST', { decision: 'feasible', costEstimate: 15_000 });
  await staff(`/${round}/proposals/${rejected}/review`, 'POST', { decision: 'rejected', publicReason: 'Jäähalli on moninkertaisesti budjettia suurempi.' });
  return { round, area, theme, proposals: { feasible, rejected, waiting } };
}

/**
 * A round of the test's own in its proposal phase, made through the real API: one area budget
 * and `count` proposals sent one after another ("Ehdotus 1", "Ehdotus 2", …). Returns the round's
 * id and the proposals' ids in the order they were sent.
 */
export async function manyProposalsRound(count: number): Promise<{ round: string; budget: string; proposals: string[] }> {
  const round = `sivut-${Math.random().toString(36).slice(2, 10)}`;
  const at = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  await staff('', 'POST', {
    id: round,
    title: { fi: 'Sivukierros', sv: 'Sidomgång', en: 'Paging round' },
    schedule: { proposalsOpenAt: at(-5), proposalsCloseAt: at(20), votingOpenAt: at(30), votingCloseAt: at(40), resultsAt: at(41), implementationAt: at(90) },
  });
  const budget = `${round}-koko`;
  await staff(`/${round}/budgets`, 'POST', { id: budget, kind: 'area', name: { fi: 'Koko kaupunki', sv: 'Hela staden', en: 'Whole town' }, amount: 100_000 });
  const proposals: string[] = [];
  for (let i = 1; i <= count; i++) {
    const response = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': `test-${crypto.randomUUID()}` },
      body: JSON.stringify({ budget, title: `Ehdotus ${i}`, description: `Ehdotus ${i}: kaikille kaupunkilaisille, tarkemmin kuvattuna.`, estimatedCost: 1000 * i, lang: 'fi' }),
    });
    if (response.status !== 201) throw new Error(`proposal: ${response.status} ${await response.text()}`);
    proposals.push(((await response.json()) as { id: string }).id);
  }
  return { round, budget, proposals };
}
