import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BudgetingApi } from '@kohtaamo/core';
import { inside, until } from '../feedback/story-helpers.js';
import { demoBudgetingApi } from './demo-budgeting-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute: the story's stand-in for the server. */
  budgetingApi: BudgetingApi;
}

const meta: Meta<Args> = {
  title: 'Budgeting/Budget results',
  component: 'kohtaamo-budget-results',
  tags: ['autodocs'],
  args: { lang: 'fi', budgetingApi: demoBudgetingApi({ results: 'published' }) },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    budgetingApi: { table: { disable: true } },
  },
  render: ({ lang, budgetingApi }) => html`<kohtaamo-budget-results lang=${lang} round="heinola-2027" .budgetingApi=${budgetingApi}></kohtaamo-budget-results>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Equal shares: winners, votes, costs, the chart, implementation status; why each project won or lost behind a disclosure. */
export const EqualShares: Story = {};

/** The disclosure opened: why the stage lost (its supporters' shares ran short) and why the others won. */
export const EqualSharesExplained: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kohtaamo-budget-results')!;
    (await until(() => inside<HTMLElement>(el, '.why summary'))).click();
    await until(() => inside(el, '.why-list'));
  },
};

/** The explanations' part cannot be loaded (the connection dropped): said in the disclosure; opening it again tries again. The results stay. */
export const WhyUnavailable: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kohtaamo-budget-results') as HTMLElement & { whyImport: () => Promise<unknown> };
    el.whyImport = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    (await until(() => inside<HTMLElement>(el, '.why summary'))).click();
    await until(() => inside(el, '.why [role="alert"]'));
  },
};

export const EqualSharesSwedish: Story = { args: { lang: 'sv' } };

/** The same ballots under "most votes first" (English). */
export const Greedy: Story = { args: { lang: 'en', budgetingApi: demoBudgetingApi({ results: 'greedy' }) } };

/** Voting still open: not published yet. */
export const NotPublished: Story = { args: { budgetingApi: demoBudgetingApi({ results: 'notPublished' }) } };

/** The server does not answer. */
export const Unavailable: Story = { args: { budgetingApi: demoBudgetingApi({ results: 'offline' }) } };
