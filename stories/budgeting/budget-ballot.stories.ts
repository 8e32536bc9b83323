import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BudgetingApi } from '@kohtaamo/core';
import { inside, until } from '../feedback/story-helpers.js';
import { DEMO_CODE, demoBudgetingApi } from './demo-budgeting-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  round: string;
  budget: string;
  code: string;
  /** Not an attribute: the story's stand-in for the server. */
  budgetingApi: BudgetingApi;
}

const meta: Meta<Args> = {
  title: 'Budgeting/Budget ballot',
  component: 'kohtaamo-budget-ballot',
  tags: ['autodocs'],
  args: { lang: 'fi', round: 'heinola-2027', budget: '', code: '', budgetingApi: demoBudgetingApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    budget: { control: 'text' },
    code: { control: 'text' },
    budgetingApi: { table: { disable: true } },
  },
  render: ({ lang, round, budget, code, budgetingApi }) =>
    html`<kohtaamo-budget-ballot lang=${lang} round=${round} budget=${budget} code=${code} .budgetingApi=${budgetingApi}></kohtaamo-budget-ballot>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Two areas, one vote: the voter chooses the area first. */
export const ChooseArea: Story = {};

/** Approval ballot (1–3 projects), with the code from a letter's link. */
export const Approval: Story = { args: { budget: 'heinola-2027-keskusta', code: DEMO_CODE } };

/** Approval in Swedish, projects in a random order per voter. */
export const ApprovalSwedishRandomOrder: Story = { args: { lang: 'sv', budget: 'heinola-2027-keskusta', budgetingApi: demoBudgetingApi({ randomOrder: true }) } };

/** Knapsack: choices must fit in the budget and spend at least half of it (English). */
export const Knapsack: Story = {
  args: { lang: 'en', budget: 'heinola-2027-kylat', budgetingApi: demoBudgetingApi({ ballot: { type: 'knapsack', minShareSpent: 0.5 } }) },
};

/** Points: 10 points to share, at most 5 for one project. */
export const Points: Story = { args: { budget: 'heinola-2027-keskusta', budgetingApi: demoBudgetingApi({ ballot: { type: 'points', totalPoints: 10, maxPointsPerProject: 5 } }) } };


/** The vote is not open (the proposal phase). */
export const NotOpen: Story = { args: { budgetingApi: demoBudgetingApi({ phase: 'proposals' }) } };

/** A round id the server does not know: a message for the page's editor. */
export const UnknownRound: Story = { args: { round: 'ei-ole-2099' } };

const ballotOf = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-budget-ballot')!;
const press = async (el: Element, selector: string) => (await until(() => inside<HTMLElement>(el, selector))).click();

/** "Review" with nothing chosen and no code: each rule broken is named in the summary and at its place. */
export const RuleViolations: Story = {
  args: { budget: 'heinola-2027-keskusta' },
  play: async ({ canvasElement }) => void (await press(ballotOf(canvasElement), '#review')),
};

/** One project chosen and "Review": the voter checks the vote before sending it. */
export const Confirm: Story = {
  args: { budget: 'heinola-2027-keskusta', code: DEMO_CODE },
  play: async ({ canvasElement }) => {
    const el = ballotOf(canvasElement);
    await press(el, 'input[name="project"]');
    await press(el, '#review');
    await until(() => inside(el, '#confirm-title'));
  },
};

/** Chosen, reviewed and sent: the steps a story takes to reach what the server answers to a cast. */
const castOne = async (canvas: HTMLElement) => {
  const el = ballotOf(canvas);
  await press(el, 'input[name="project"]');
  await press(el, '#review');
  await press(el, '#cast');
  return el;
};

/** The code has voted already: after "Send", the answer comes back to the code field, and the choice stays. */
export const CodeAlreadyUsed: Story = {
  args: { budget: 'heinola-2027-keskusta', code: DEMO_CODE, budgetingApi: demoBudgetingApi({ cast: 'alreadyVoted' }) },
  play: async ({ canvasElement }) => {
    const el = await castOne(canvasElement);
    await until(() => inside(el, '#code-error'));
  },
};

/** A code the city has not issued (Swedish): said at the code field after "Send", the choice kept. */
export const CodeUnknown: Story = {
  args: { lang: 'sv', budget: 'heinola-2027-keskusta', code: DEMO_CODE, budgetingApi: demoBudgetingApi({ cast: 'badCode' }) },
  play: async ({ canvasElement }) => {
    const el = await castOne(canvasElement);
    await until(() => inside(el, '#code-error'));
  },
};

/** The connection is down when sending: said above the check, and "Send" again keeps the same vote. */
export const SendFailed: Story = {
  args: { budget: 'heinola-2027-keskusta', code: DEMO_CODE, budgetingApi: demoBudgetingApi({ cast: 'offline' }) },
  play: async ({ canvasElement }) => {
    const el = await castOne(canvasElement);
    await until(() => inside(el, '#notice'));
  },
};

/** A blank vote checked before sending (English): no project chosen, on purpose. */
export const BlankVote: Story = {
  args: { lang: 'en', budget: 'heinola-2027-keskusta', code: DEMO_CODE },
  play: async ({ canvasElement }) => {
    const el = ballotOf(canvasElement);
    await press(el, '#blank');
    await until(() => inside(el, '#confirm-title'));
  },
};

/** Sent: the receipt code, and the check that the vote is in the ballot box (English). */
export const Receipt: Story = {
  args: { lang: 'en', budget: 'heinola-2027-keskusta', code: DEMO_CODE },
  play: async ({ canvasElement }) => {
    const el = ballotOf(canvasElement);
    await press(el, 'input[name="project"]');
    await press(el, '#review');
    await press(el, '#cast');
    await until(() => inside(el, '[part="receipt-code"]'));
  },
};
