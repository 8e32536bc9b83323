import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BudgetingApi } from '@kohtaamo/core';
import { inside, until } from '../feedback/story-helpers.js';
import { DEMO_CODE, demoBudgetingApi } from './demo-budgeting-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  code: string;
  /** Not an attribute: the story's stand-in for the server. */
  budgetingApi: BudgetingApi;
}

const meta: Meta<Args> = {
  title: 'Budgeting/Budget receipt',
  component: 'kohtaamo-budget-receipt',
  tags: ['autodocs'],
  args: { lang: 'fi', code: '', budgetingApi: demoBudgetingApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    code: { control: 'text' },
    budgetingApi: { table: { disable: true } },
  },
  render: ({ lang, code, budgetingApi }) =>
    html`<kohtaamo-budget-receipt lang=${lang} round="heinola-2027" code=${code} .budgetingApi=${budgetingApi}></kohtaamo-budget-receipt>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

/** Voting still open: the ballot is in the ballot box. */
export const Stored: Story = { args: { code: DEMO_CODE } };

/** After the results: counted (Swedish). */
export const Counted: Story = { args: { lang: 'sv', code: DEMO_CODE, budgetingApi: demoBudgetingApi({ receipt: 'counted' }) } };

/** A well-formed code no ballot has (English). */
export const NotFound: Story = { args: { lang: 'en', code: DEMO_CODE, budgetingApi: demoBudgetingApi({ receipt: 'unknown' }) } };

/** Not a receipt code: said by the field before anything is sent. */
export const Malformed: Story = { args: { code: 'ABCD-1234' } };

/** No answer (the connection is down): said in the result, and checking again asks again (Swedish). */
export const Unavailable: Story = {
  args: { lang: 'sv', code: DEMO_CODE, budgetingApi: demoBudgetingApi({ receipt: 'offline' }) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kohtaamo-budget-receipt')!;
    await until(() => inside(el, '[part="result"]')?.textContent?.trim());
  },
};
