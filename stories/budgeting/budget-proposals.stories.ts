import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BudgetingApi } from '@kohtaamo/core';
import { fill, inside, until } from '../feedback/story-helpers.js';
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
  // Each story starts without a kept draft: the form keeps what a person typed (an image too) in
  // localStorage, so without this one story's draft would show up in the next one's form.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:budget-proposal:')) localStorage.removeItem(key);
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

const proposalsOf = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-budget-proposals')!;
const press = async (el: Element, selector: string) => (await until(() => inside<HTMLElement>(el, selector))).click();

/** One proposal read: a rejected one, with the city's public reason. */
export const ReadRejected: Story = {
  play: async ({ canvasElement }) => {
    const el = proposalsOf(canvasElement);
    await press(el, '#read-pdemo0000005');
    await until(() => inside(el, '#detail-title'));
  },
};

/** A proposal's page cannot be loaded (the connection dropped): said on the page, with the way back to the list. */
export const ReadUnavailable: Story = {
  play: async ({ canvasElement }) => {
    const el = proposalsOf(canvasElement) as HTMLElement & { detailImport: () => Promise<unknown> };
    el.detailImport = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await press(el, '#read-pdemo0000005');
    await until(() => inside(el, '.detail [role="alert"]'));
  },
};

/** One proposal read with the proposer's image and what it shows. */
export const ReadWithImage: Story = {
  play: async ({ canvasElement }) => {
    const el = proposalsOf(canvasElement);
    await press(el, '#read-pdemo0000001');
    await until(() => inside(el, '.detail img'));
  },
};

/** The form sent empty: each missing field named in the summary and at the field, what was typed kept. */
export const FormErrors: Story = {
  args: { budgetingApi: demoBudgetingApi({ phase: 'proposals' }) },
  play: async ({ canvasElement }) => {
    const el = proposalsOf(canvasElement);
    await press(el, '#open-form');
    fill(await until(() => inside<HTMLInputElement>(el, '#title')), 'Penkit rantaan');
    await press(el, '#submit');
  },
};

/** Sent (Swedish): the thanks, with "submit another" and the way back to the list. */
export const Sent: Story = {
  args: { lang: 'sv', budgetingApi: demoBudgetingApi({ phase: 'proposals' }) },
  play: async ({ canvasElement }) => {
    const el = proposalsOf(canvasElement);
    await press(el, '#open-form');
    fill(await until(() => inside<HTMLSelectElement>(el, '#budget')), 'heinola-2027-keskusta');
    fill(await until(() => inside<HTMLInputElement>(el, '#title')), 'Fler bänkar vid stranden');
    fill(await until(() => inside<HTMLTextAreaElement>(el, '#description')), 'Bänkar med ryggstöd längs strandpromenaden, så att äldre kan vila på vägen.');
    fill(await until(() => inside<HTMLInputElement>(el, '#estimatedCost')), '25000');
    await press(el, '#submit');
    await until(() => inside(el, '#sent-title'));
  },
};

/** An image added to the form (a file from the system's chooser): its name, a remove button, and the question what it shows. */
export const ImageAdded: Story = {
  args: { budgetingApi: demoBudgetingApi({ phase: 'proposals' }) },
  play: async ({ canvasElement }) => {
    const el = proposalsOf(canvasElement);
    await press(el, '#open-form');
    const input = await until(() => inside<HTMLInputElement>(el, '#image'));
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'leikkipaikka.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => inside(el, '#imageAlt'));
  },
};
