import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { helsinkiDay, ProblemError, type HttpClient, type Proposal, type Round } from '@kohtaamo/core';
import { fill, inside, until } from '../feedback/story-helpers.js';
import { DEMO_PROPOSALS, DEMO_ROUND } from './demo-budgeting-api.js';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/**
 * A stand-in for the Kohtaamo server (Storybook has none): a signed-in officer, a round collecting
 * proposals and one in its vote, and the answers of the staff routes.
 */
function demoHttp(options: { mode?: 'empty' | 'offline' | 'many' } = {}): HttpClient {
  const collecting: Round = {
    ...DEMO_ROUND,
    id: 'heinola-2028',
    title: { fi: 'Heinola 2028: ehdota hanketta', sv: 'Heinola 2028: föreslå ett projekt', en: 'Heinola 2028: propose a project' },
    phase: 'proposals',
    schedule: { proposalsOpenAt: at(-7), proposalsCloseAt: at(45), votingOpenAt: at(120), votingCloseAt: at(134), resultsAt: at(136), implementationAt: at(180) },
    budgets: DEMO_ROUND.budgets.map((b) => ({ ...b, id: b.id.replace('2027', '2028'), rulesSet: false })),
  };
  const voting: Round = { ...DEMO_ROUND, schedule: { ...DEMO_ROUND.schedule, votingOpenAt: at(-2), votingCloseAt: at(14) } };
  const rounds = new Map<string, Round>(options.mode === 'empty' ? [] : [[collecting.id, collecting], [voting.id, voting]]);
  const proposals: Proposal[] = [
    { ...DEMO_PROPOSALS[0]!, id: 'p2028000001', round: collecting.id, budget: collecting.budgets[0]!.id, status: 'submitted', review: null },
    { ...DEMO_PROPOSALS[1]!, id: 'p2028000002', round: collecting.id, budget: collecting.budgets[0]!.id, status: 'submitted', review: null },
    ...DEMO_PROPOSALS.map((p) => ({ ...p, round: voting.id })),
  ];
  // "many": a city-sized round, more proposals than one page of the list (100, as core's console client asks).
  if (options.mode === 'many') {
    for (let i = 3; i <= 124; i++) {
      proposals.push({ ...DEMO_PROPOSALS[i % 2]!, id: `p2028${String(i).padStart(6, '0')}`, round: collecting.id, budget: collecting.budgets[i % 2]!.id, title: `Ehdotus ${i}`, status: 'submitted', review: null });
    }
  }
  const me = { id: 'p1', name: 'Olli Osallisuus', email: 'olli@heinola.example', role: 'handler', categories: [], grants: [{ id: 'g1', organisation: 'city', domain: 'budgeting', scope: '*', role: 'officer', source: 'admin' }] };
  const results = {
    ballots: 412,
    budgets: voting.budgets.map((b) => ({
      budget: b.id,
      winners: ['pdemo0000002'],
      totalCost: 30_000,
      projects: [
        { id: 'pdemo0000002', title: 'Sittbänkar längs strandpromenaden', cost: 30_000, votes: 171, won: true },
        { id: 'pdemo0000004', title: 'Tori-iltojen esiintymislava', cost: 75_000, votes: 66, won: false },
      ],
    })),
  };
  return {
    async request(path: string, _schema: never, init?: { method?: string; json?: unknown; searchParams?: Record<string, string> }) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (path.endsWith('/staff/me')) return me as never;
      if (options.mode === 'offline') throw new TypeError('Failed to fetch');
      if (path === '/api/v1/budgeting/rounds') return { items: [...rounds.values()] } as never;
      const round = /rounds\/([a-z0-9-]+)/.exec(path)?.[1] ?? '';
      if (path.endsWith('/staff/budgeting/rounds') && init?.method === 'POST') {
        const input = init.json as Round;
        if (rounds.has(input.id)) throw new ProblemError({ type: 'about:blank', title: '', status: 409, code: 'budgeting.round.exists' }, 409);
        // As the server: a round needs its name in all three languages (422, by the field).
        const missing = (['fi', 'sv', 'en'] as const).filter((l) => !input.title?.[l]?.trim());
        if (missing.length > 0) throw new ProblemError({ type: 'about:blank', title: '', status: 422, code: 'common.invalid', errors: missing.map((l) => ({ pointer: `#/title/${l}`, code: 'common.required', detail: '' })) }, 422);
        // As the server: a new round's vote may not have opened or ended already (422, by the field, with the day).
        const past = (['votingOpenAt', 'votingCloseAt'] as const).filter((f) => Date.parse(input.schedule[f]) <= Date.now());
        if (past.length > 0) {
          const code = { votingOpenAt: 'budgeting.round.votingStarted', votingCloseAt: 'budgeting.round.votingEnded' } as const;
          throw new ProblemError({ type: 'about:blank', title: '', status: 422, code: 'common.invalid', errors: past.map((f) => ({ pointer: `#/schedule/${f}`, code: code[f], params: { day: helsinkiDay(input.schedule[f]) }, detail: '' })) }, 422);
        }
        const made: Round = { ...input, description: { fi: '', sv: '', en: '' }, phase: 'proposals', closedAt: null, resultsPublishedAt: null, budgets: [] };
        rounds.set(made.id, made);
        return made as never;
      }
      if (path.includes('/proposals') && path.endsWith('/review')) {
        const id = /proposals\/([a-z0-9]+)/.exec(path)![1];
        const review = init!.json as { decision: Proposal['status']; costEstimate?: number; publicReason?: string; mergedInto?: string };
        // As the server (ProposalReviewSchema): a cost for feasible, a public reason otherwise, a target for a merge (422, by the field).
        const missing = [
          ...(review.decision === 'feasible' && review.costEstimate === undefined ? [['#/costEstimate', 'budgeting.review.costRequired']] : []),
          ...(review.decision !== 'feasible' && !review.publicReason?.trim() ? [['#/publicReason', 'budgeting.review.reasonRequired']] : []),
          ...(review.decision === 'merged' && !review.mergedInto ? [['#/mergedInto', 'budgeting.review.mergedIntoRequired']] : []),
        ];
        if (missing.length > 0) throw new ProblemError({ type: 'about:blank', title: '', status: 422, code: 'common.invalid', errors: missing.map(([pointer, code]) => ({ pointer: pointer!, code: code!, detail: '' })) }, 422);
        const p = proposals.find((x) => x.id === id)!;
        Object.assign(p, { status: review.decision, review: { feasible: review.decision === 'feasible', costEstimate: review.costEstimate ?? null, publicReason: review.publicReason ?? null, mergedInto: review.mergedInto ?? null, reviewedAt: at(0) } });
        return p as never;
      }
      if (path.endsWith('/proposals')) {
        // Keyset pages as the server reads them (ADR 0107); the stand-in's cursor is a position.
        const all = proposals.filter((p) => p.round === round && (!init?.searchParams?.status || p.status === init.searchParams.status));
        const start = Number(init?.searchParams?.cursor ?? 0);
        const end = start + Number(init?.searchParams?.pageSize ?? 50);
        return { items: all.slice(start, end), total: all.length, next: end < all.length ? String(end) : null } as never;
      }
      if (path.endsWith('/rules')) return { budget: 200_000, projects: [{ id: 'p2028000001', cost: 110_000 }] } as never;
      if (path.endsWith('/ballot')) {
        if (round === collecting.id) throw new ProblemError({ type: 'about:blank', title: '', status: 409, code: 'budgeting.rules.missing' }, 409);
        return { budget: voting.budgets[0]!.id, randomOrder: true, rules: { budget: 200_000, projects: [], ballot: { type: 'approval', minProjects: 1, maxProjects: 3 }, winnerRule: 'mes', utility: 'cost', completion: 'add1' }, projects: DEMO_PROPOSALS.filter((p) => p.status === 'feasible').map((p) => ({ id: p.id, cost: p.review?.costEstimate ?? p.estimatedCost, title: p.title, lang: p.lang })) } as never;
      }
      if (path.endsWith('/voting-codes')) return { codes: ['7ZC3-8123-4500-0000-H', 'K2M4-9RTD-QX7P-1B3C-A'] } as never;
      if (path.endsWith('/assisted-ballots')) return { receipt: 'R7QK-2M4X-9RTD-H', budget: voting.budgets[0]!.id } as never;
      if (path.endsWith('/close')) {
        const closed = { ...voting, phase: 'counting', closedAt: at(0) } as Round;
        rounds.set(voting.id, closed);
        return closed as never;
      }
      if (path.endsWith('/results') && init?.method === 'POST') return results as never;
      if (path.endsWith('/results/publish')) {
        rounds.set(voting.id, { ...rounds.get(voting.id)!, phase: 'results', resultsPublishedAt: at(0) });
        return { ...results, publishedAt: at(0) } as never;
      }
      if (path.endsWith('/results')) return results as never;
      if (path.endsWith('/implementation')) return proposals[2] as never;
      if (rounds.has(round)) return rounds.get(round) as never;
      throw new TypeError('Failed to fetch');
    },
    async blob() {
      return new Blob();
    },
  } as HttpClient;
}

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute: the story's stand-in for the server, made afresh for each render so every story starts from the same state (none: the sign-in form). */
  server: 'demo' | 'empty' | 'offline' | 'many' | 'none';
}

const meta: Meta<Args> = {
  title: 'Budgeting/Budget console (officers)',
  component: 'kohtaamo-budget-console',
  tags: ['autodocs'],
  args: { lang: 'fi', server: 'demo' },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, server: { table: { disable: true } } },
  render: ({ lang, server }) => {
    const http = server === 'none' ? null : demoHttp(server === 'demo' ? {} : { mode: server });
    sessionStorage.removeItem('kohtaamo-staff-token');
    return html`<kohtaamo-budget-console lang=${lang} .http=${http}></kohtaamo-budget-console>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
const consoleOf = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-budget-console')!;
const click = async (el: Element, selector: string) => (await until(() => inside<HTMLButtonElement>(el, selector)))!.click();
const openRound = async (canvas: HTMLElement, id: string) => {
  const el = consoleOf(canvas);
  await click(el, `.round-open[data-round="${id}"]`);
  await until(() => inside(el, '#tab-overview'));
  return el;
};
const openTab = async (el: Element, tab: string, ready: string) => {
  await click(el, `#tab-${tab}`);
  await until(() => inside(el, ready));
};

/** Not signed in: the staff token (or the city account, when the server has one). */
export const SignIn: Story = { args: { server: 'none' } };
/** Signed in: the rounds, newest vote first, with their phase. */
export const Rounds: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
/** No rounds yet. */
export const NoRounds: Story = { args: { server: 'empty' } };
/** The server cannot be reached: the list says so, with a retry. */
export const Offline: Story = { args: { server: 'offline' } };

/** The new-round form. */
export const NewRound: Story = { play: async ({ canvasElement }) => void (await click(consoleOf(canvasElement), '#new-round')) };

/** The new-round form sent without names: each error at its field and in the summary. */
export const NewRoundErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#new-round');
    fill(await until(() => inside<HTMLInputElement>(el, '#id')), 'heinola-2029');
    await click(el, '#create-submit');
  },
};

/** A new round whose typed vote opened and ended last month: refused at both days, with the day, and what was typed stays. */
export const NewRoundVoteEnded: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#new-round');
    const day = (d: number) => helsinkiDay(at(d));
    fill(await until(() => inside<HTMLInputElement>(el, '#id')), 'heinola-2026');
    fill(inside<HTMLInputElement>(el, '#title-fi')!, 'Heinola 2026');
    fill(inside<HTMLInputElement>(el, '#title-sv')!, 'Heinola 2026');
    fill(inside<HTMLInputElement>(el, '#title-en')!, 'Heinola 2026');
    for (const [field, d] of [['proposalsOpenAt', -60], ['proposalsCloseAt', -45], ['votingOpenAt', -40], ['votingCloseAt', -30]] as const) fill(inside<HTMLInputElement>(el, `#schedule-${field}`)!, day(d));
    await click(el, '#create-submit');
    await until(() => inside(el, '#schedule-votingCloseAt-error'));
  },
};

/** A round collecting proposals: its days, budgets, a budget form, and opening the vote. */
export const RoundOverview: Story = { play: async ({ canvasElement }) => void (await openRound(canvasElement, 'heinola-2028')) };

/** Opening the vote before every budget has its rules: refused, with the reason. */
export const OpenVotingMissingRules: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2028');
    await click(el, '#open-voting');
  },
};

/** The proposals of a round, and the review of one. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2028');
    await openTab(el, 'proposals', '.review-open');
    await click(el, '.review-open');
  },
};

/** A rejection without its public reason: named at the field. */
export const ReviewReasonMissing: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2028');
    await openTab(el, 'proposals', '.review-open');
    await click(el, '.review-open');
    (await until(() => inside<HTMLInputElement>(el, '#decision-rejected'))).click();
    await click(el, '#review-submit');
  },
};

/** A merge sent without its target and reason: both named by their fields, the decision kept. */
export const ReviewMergeMissing: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2028');
    await openTab(el, 'proposals', '.review-open');
    await click(el, '.review-open[data-id="p2028000002"]');
    (await until(() => inside<HTMLInputElement>(el, '#decision-merged'))).click();
    await until(() => inside(el, '#mergedInto'));
    await click(el, '#review-submit');
    await until(() => inside(el, '#mergedInto-error'));
  },
};

/** A round with more proposals than one page: "100 of 124" and "Show more proposals". */
export const ProposalsFirstPage: Story = {
  args: { server: 'many' },
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2028');
    await openTab(el, 'proposals', '#proposals-more');
  },
};

/** "Show more" read the rest: all 124, the focus on the first one added. */
export const ProposalsAllShown: Story = {
  args: { server: 'many' },
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2028');
    await openTab(el, 'proposals', '#proposals-more');
    await click(el, '#proposals-more');
    await until(() => !inside(el, '#proposals-more') && el.shadowRoot!.querySelectorAll('.proposal').length === 124);
  },
};

/** The rules form of a budget before the vote. */
export const Rules: Story = { play: async ({ canvasElement }) => void (await openTab(await openRound(canvasElement, 'heinola-2028'), 'rules', '#rules-submit')) };

/** The rules during the vote: frozen, shown but not editable. */
export const RulesFrozen: Story = { play: async ({ canvasElement }) => void (await openTab(await openRound(canvasElement, 'heinola-2027'), 'rules', '#winnerRule')) };

/** Voting codes issued: shown once, to print or download. */
export const VotingCodes: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2027');
    await openTab(el, 'voting', '#codes-submit');
    await click(el, '#codes-submit');
  },
};

/** An assisted ballot saved: the receipt code to give the voter. */
export const AssistedBallot: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2027');
    await openTab(el, 'voting', '#ballot-submit');
    fill(await until(() => inside<HTMLInputElement>(el, '#voter-code')), '7ZC3-8123-4500-0000-H');
    (await until(() => inside<HTMLInputElement>(el, 'input[type=checkbox][id^=choice-]'))).click();
    await click(el, '#ballot-submit');
  },
};

/** The vote closed and the results computed, ready to publish. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2027');
    await openTab(el, 'results', '#close-vote');
    await click(el, '#close-vote');
    await click(el, '#results-compute');
  },
};

/** Results published: the implementation of each winner. */
export const Implementation: Story = {
  play: async ({ canvasElement }) => {
    const el = await openRound(canvasElement, 'heinola-2027');
    await openTab(el, 'results', '#close-vote');
    await click(el, '#close-vote');
    await click(el, '#results-compute');
    await click(el, '#results-publish');
  },
};
