// An in-memory stand-in for the budgeting API, for the stories: the same interface the widgets
// use (BudgetingApi), answering with the shapes the server sends, errors as ProblemError.
import { BUDGETING_PROBLEM_TYPES, NetworkError, ProblemError, type BudgetingApi, type ProposalDocument, type Round, type RoundResults } from '@kohtaamo/core';

const at = (days: number) => new Date(Date.UTC(2027, 3, 1) + days * 86_400_000).toISOString();

export const DEMO_ROUND: Round = {
  id: 'heinola-2027',
  title: { fi: 'Heinola 2027: osallistuva budjetointi', sv: 'Heinola 2027: deltagande budgetering', en: 'Heinola 2027: participatory budgeting' },
  description: { fi: '', sv: '', en: '' },
  schedule: { proposalsOpenAt: at(-90), proposalsCloseAt: at(-45), votingOpenAt: at(-2), votingCloseAt: at(14), resultsAt: at(16), implementationAt: at(60) },
  phase: 'voting',
  voterMayVoteIn: 'one',
  closedAt: null,
  resultsPublishedAt: null,
  budgets: [
    { id: 'heinola-2027-keskusta', kind: 'area', name: { fi: 'Keskusta', sv: 'Centrum', en: 'Town centre' }, amount: 200_000, rulesSet: true },
    { id: 'heinola-2027-kylat', kind: 'area', name: { fi: 'Kylät', sv: 'Byarna', en: 'Villages' }, amount: 120_000, rulesSet: true },
  ],
};

const PROJECTS = [
  { id: 'pdemo0000001', cost: 110_000, title: 'Valaistu kuntoportaat harjulle', description: 'Harjun rinteeseen valaistut kuntoportaat, joita voi käyttää myös pimeään vuodenaikaan.', lang: 'fi' },
  { id: 'pdemo0000002', cost: 30_000, title: 'Sittbänkar längs strandpromenaden', description: 'Fler bänkar med ryggstöd längs strandpromenaden, så att äldre kan vila på vägen.', lang: 'sv' },
  { id: 'pdemo0000003', cost: 18_000, title: 'Outdoor table tennis by the library', description: 'Two weatherproof table tennis tables in the park next to the library, free for everyone.', lang: 'en' },
  { id: 'pdemo0000004', cost: 75_000, title: 'Tori-iltojen esiintymislava', description: 'Siirrettävä esiintymislava torille kesäiltojen konsertteja ja harrastajaryhmiä varten.', lang: 'fi' },
];

const RESULTS = {
  round: 'heinola-2027',
  computedAt: at(15),
  publishedAt: at(16),
  ballots: 412,
  receipts: { count: 412, sha256: '0'.repeat(64) },
  budgets: [
    {
      budget: 'heinola-2027-keskusta',
      amount: 200_000,
      rules: { winnerRule: 'mes', utility: 'cost', completion: 'add1', ballot: { type: 'approval', minProjects: 1, maxProjects: 3 } },
      voters: 260,
      blankBallots: 7,
      winners: ['pdemo0000002', 'pdemo0000003', 'pdemo0000001'],
      totalCost: 158_000,
      perVoterBudget: '10000/13 (≈ 769.23)',
      votersWithAWinner: { voters: 253, withWinner: 231, share: 231 / 253 },
      projects: [
        { id: 'pdemo0000002', title: PROJECTS[1]!.title, cost: 30_000, votes: 171, supporters: 171, won: true, fundedAs: 1, explanation: { kind: 'funded', paidBySupporters: '30000', rho: '3000/19 (≈ 157.89)' } },
        { id: 'pdemo0000003', title: PROJECTS[2]!.title, cost: 18_000, votes: 120, supporters: 120, won: true, fundedAs: 2, explanation: { kind: 'funded', paidBySupporters: '18000', rho: '150' } },
        { id: 'pdemo0000001', title: PROJECTS[0]!.title, cost: 110_000, votes: 140, supporters: 140, won: true, fundedAs: 3, explanation: { kind: 'funded', paidBySupporters: '110000', rho: '11000/14 (≈ 785.71)' } },
        { id: 'pdemo0000004', title: PROJECTS[3]!.title, cost: 75_000, votes: 66, supporters: 66, won: false, fundedAs: null, explanation: { kind: 'supporters-short', supportersHad: '41230/1 (≈ 41230.00)', cost: '75000' } },
      ],
    },
  ],
  implementation: [{ id: 'pdemo0000002', status: 'in-progress', progress: 40, note: null, updatedAt: at(90) }],
} as unknown as RoundResults;

export interface DemoOptions {
  readonly ballot?: Record<string, unknown>;
  readonly phase?: Round['phase'];
  readonly cast?: 'ok' | 'alreadyVoted' | 'badCode' | 'offline';
  readonly receipt?: 'stored' | 'counted' | 'unknown' | 'offline';
  readonly results?: 'published' | 'greedy' | 'notPublished' | 'offline';
  readonly randomOrder?: boolean;
  readonly proposals?: 'some' | 'none' | 'offline';
  readonly submit?: 'ok' | 'offline' | 'closed';
}

/** The first proposal's image: a drawing of lit steps on a ridge, as the server would serve a proposer's photo. */
const STEPS_IMAGE = {
  url: `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270"><rect width="480" height="270" fill="#1d3557"/><path d="M0 270 L240 60 L480 270 Z" fill="#2a6f4e"/><path d="M150 250 h40 v-20 h40 v-20 h40 v-20 h40 v-20" fill="none" stroke="#f1c453" stroke-width="8"/></svg>')}`,
  alt: 'Valaistut portaat nousevat harjun rinnettä iltahämärässä.',
};

/** The demo's proposals as the server lists them: reviewed ones and one waiting. */
export const DEMO_PROPOSALS: ProposalDocument[] = [
  ...PROJECTS.map((p, i) => ({
    id: p.id,
    round: 'heinola-2027',
    budget: i < 3 ? 'heinola-2027-keskusta' : 'heinola-2027-kylat',
    title: p.title,
    description: p.description,
    lang: p.lang,
    estimatedCost: Math.round(p.cost * 0.8),
    location: null,
    image: i === 0 ? STEPS_IMAGE : null,
    status: 'feasible' as const,
    review: { feasible: true, costEstimate: p.cost, publicReason: null, mergedInto: null, reviewedAt: at(-40) },
    implementation: null,
    submittedAt: at(-80 + i),
  })),
  {
    id: 'pdemo0000005',
    round: 'heinola-2027',
    budget: 'heinola-2027-keskusta',
    title: 'Uusi uimahalli',
    description: 'Keskustaan uusi uimahalli, jossa on myös kylpyläosasto ja liukumäet lapsille.',
    lang: 'fi',
    estimatedCost: 12_000_000,
    location: { address: 'Urheilupuisto', lat: null, lon: null },
    image: null,
    status: 'rejected',
    review: { feasible: false, costEstimate: null, publicReason: 'Hanke on moninkertaisesti budjettia suurempi; uimahallista päätetään kaupungin investointiohjelmassa.', mergedInto: null, reviewedAt: at(-40) },
    implementation: null,
    submittedAt: at(-70),
  },
]

const problem = (status: number, code: string, type = 'about:blank', detail = code) => new ProblemError({ type, status, title: detail, detail, code }, status);

export function demoBudgetingApi(options: DemoOptions = {}): BudgetingApi {
  const round = { ...DEMO_ROUND, phase: options.phase ?? 'voting' };
  const rulesOf = (budget: string) => ({
    budget: DEMO_ROUND.budgets.find((b) => b.id === budget)?.amount ?? 200_000,
    projects: PROJECTS.map(({ id, cost }) => ({ id, cost })),
    ballot: options.ballot ?? { type: 'approval', minProjects: 1, maxProjects: 3 },
    winnerRule: 'mes',
    utility: 'cost',
    completion: 'add1',
    tieBreaking: { order: ['lowest-cost', 'most-votes', 'lot'] },
  });
  return {
    rounds: async () => [round],
    round: async (id) => {
      if (id !== round.id) throw problem(404, 'budgeting.round.notFound');
      return round;
    },
    proposals: async (_id, filter = {}) => {
      if (options.proposals === 'offline') throw problem(503, 'common.serverDown');
      const all = options.proposals === 'none' ? [] : DEMO_PROPOSALS;
      const items = all.filter((p) => (!filter.budget || p.budget === filter.budget) && (!filter.status || p.status === filter.status) && (filter.maxCost === undefined || (p.review?.costEstimate ?? p.estimatedCost) <= filter.maxCost));
      // Keyset pages as the server reads them (ADR 0107); the demo's cursor is a position.
      const start = filter.cursor ? Number(filter.cursor) : 0;
      const end = start + (filter.pageSize ?? 50);
      return { items: items.slice(start, end), total: items.length, next: end < items.length ? String(end) : null };
    },
    proposal: async (_id, proposalId) => {
      const found = DEMO_PROPOSALS.find((p) => p.id === proposalId);
      if (!found) throw problem(404, 'budgeting.proposal.notFound');
      return found;
    },
    submitProposal: async (_id, submission) => {
      if (options.submit === 'offline') throw new NetworkError('Failed to fetch');
      if (options.submit === 'closed') throw problem(409, 'budgeting.proposal.closed');
      return { ...DEMO_PROPOSALS[0]!, id: 'pstory00001', title: submission.title, description: submission.description, estimatedCost: submission.estimatedCost, budget: submission.budget, status: 'submitted', review: null };
    },
    uploadProposalImage: async (_id, image) => {
      if (options.submit === 'offline') throw new NetworkError('Failed to fetch');
      return { id: '0b7c3c3e-5d1e-4f5e-9a4c-1a2b3c4d5e6f', contentType: 'image/png', byteSize: image.size };
    },
    ballot: async (_id, budget) => ({ budget, rules: rulesOf(budget), randomOrder: options.randomOrder ?? false, projects: PROJECTS }) as never,
    cast: async (_id, budget) => {
      switch (options.cast ?? 'ok') {
        case 'alreadyVoted':
          throw problem(409, 'budgeting.voting.alreadyVoted', BUDGETING_PROBLEM_TYPES.alreadyVoted);
        case 'badCode':
          throw problem(403, 'budgeting.voter.code', BUDGETING_PROBLEM_TYPES.notEligible);
        case 'offline':
          throw new TypeError('Failed to fetch');
        default:
          return { receipt: '7ZC3-8123-4500-0000-H', budget };
      }
    },
    receipt: async (_id, code) => {
      if (options.receipt === 'unknown') throw problem(404, 'budgeting.receipt.notFound');
      if (options.receipt === 'offline') throw new TypeError('Failed to fetch');
      return { code, status: options.receipt ?? 'stored' };
    },
    results: async () => {
      if (options.results === 'notPublished') throw problem(404, 'budgeting.results.notPublished');
      if (options.results === 'offline') throw problem(503, 'common.serverDown');
      if (options.results === 'greedy') {
        const b = RESULTS.budgets[0]! as unknown as { rules: { winnerRule: string } };
        return { ...RESULTS, budgets: [{ ...RESULTS.budgets[0]!, rules: { ...b.rules, winnerRule: 'greedy' } }] } as RoundResults;
      }
      return RESULTS;
    },
  };
}

/** A well-formed voting code for the stories (any code passes the stand-in). */
export const DEMO_CODE = '7ZC3-8123-4500-0000-H';
