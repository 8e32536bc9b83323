import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BudgetingApi } from '@kohtaamo/core';
import { demoBudgetingApi } from './demo-budgeting-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute: the story's stand-in for the server. */
  budgetingApi: BudgetingApi;
}

const meta: Meta<Args> = {
  title: 'Budgeting/Budget proposals',
  component: 'kohtaamo-budget-proposals',
  tags: ['autodocs'],
  args: { lang: 'fi', budgetingApi: demoBudgetingApi({ phase: 'voting' }) },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    budgetingApi: { table: { disable: true } },
  },
  render: ({ lang, budgetingApi }) => html`<kohtaamo-budget-proposals lang=${lang} round="heinola-2027" .budgetingApi=${budgetingApi}></kohtaamo-budget-proposals>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Voting has begun: the reviewed proposals, filterable; no form. Choose "Lue ehdotus" on a title to read one. */
export const Browse: Story = {};

export const BrowseSwedish: Story = { args: { lang: 'sv' } };

/** The proposal phase (English): the form is offered; sending succeeds. */
export const ProposalPhase: Story = { args: { lang: 'en', budgetingApi: demoBudgetingApi({ phase: 'proposals' }) } };

/** The proposal phase with the connection down: the form keeps the text and offers "try now". */
export const SubmitOffline: Story = { args: { budgetingApi: demoBudgetingApi({ phase: 'proposals', submit: 'offline' }) } };

/** The server refuses: the proposal phase closed meanwhile. */
export const SubmitClosed: Story = { args: { budgetingApi: demoBudgetingApi({ phase: 'proposals', submit: 'closed' }) } };

/** No proposals yet. */
export const Empty: Story = { args: { budgetingApi: demoBudgetingApi({ phase: 'proposals', proposals: 'none' }) } };

/** The list could not be loaded. */
export const Unavailable: Story = { args: { budgetingApi: demoBudgetingApi({ proposals: 'offline' }) } };
