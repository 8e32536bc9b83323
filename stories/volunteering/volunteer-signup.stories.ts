import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VolunteeringApi } from '@kohtaamo/core';
import { fill, inside, pressSubmit, until } from '../feedback/story-helpers.js';
import { demoVolunteeringApi, storyOpportunity, STORY_CODE } from './demo-volunteering-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  opportunity: string;
  manageCode: string;
  /** Not an attribute: the story's stand-in for the server. */
  volunteeringApi: VolunteeringApi;
}

const meta: Meta<Args> = {
  title: 'Volunteering/Volunteer sign-up',
  component: 'kohtaamo-volunteer-signup',
  tags: ['autodocs'],
  args: { lang: 'fi', opportunity: 'o-story', manageCode: '', volunteeringApi: demoVolunteeringApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    opportunity: { control: 'text' },
    manageCode: { control: 'text' },
    volunteeringApi: { table: { disable: true } },
  },
  render: ({ lang, opportunity, manageCode, volunteeringApi }) =>
    html`<kohtaamo-volunteer-signup lang=${lang} opportunity=${opportunity} manage-code=${manageCode} .volunteeringApi=${volunteeringApi}></kohtaamo-volunteer-signup>`,
};
export default meta;

type Story = StoryObj<Args>;

const host = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-volunteer-signup')!;

/** Fills the form as a person would: name, email, age (and a guardian under 18). */
async function fillSignup(el: Element, age = '34'): Promise<void> {
  const values: Record<string, string> = { name: 'Aino Latunen', email: 'aino@example.fi', age };
  for (const [name, value] of Object.entries(values)) fill(await until(() => inside<HTMLInputElement>(el, `input[name=${name}]`)), value);
}

/** The form with two shifts to choose from, seats left and roles. */
export const Form: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
/** The sign-up opened by its manage link: change the group size or cancel. */
export const ManageLink: Story = { args: { manageCode: STORY_CODE, volunteeringApi: demoVolunteeringApi() } };
/** Opened by the manage link after a cancellation. */
export const Cancelled: Story = { args: { manageCode: STORY_CODE, volunteeringApi: demoVolunteeringApi({ receipt: { status: 'cancelled' } }) } };
/** On the waiting list. */
export const Waiting: Story = { args: { manageCode: STORY_CODE, lang: 'en', volunteeringApi: demoVolunteeringApi({ receipt: { status: 'waiting', position: 2 } }) } };
/** Every shift has started: no form. */
export const Closed: Story = { args: { volunteeringApi: demoVolunteeringApi({ opportunity: storyOpportunity([]) }) } };
/** The server cannot be reached. */
export const Unavailable: Story = { args: { volunteeringApi: demoVolunteeringApi({ fail: true }) } };
/** Sent with a minor's age and nothing else: every error at the top and by its field, the guardian's fields asked for. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    fill(await until(() => inside<HTMLInputElement>(el, 'input[name=age]')), '15');
    await pressSubmit(el);
    await until(() => inside(el, '#summary'));
  },
};
/** Signed up: the confirmation with the manage code, the focus on its heading. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await fillSignup(el);
    await pressSubmit(el);
    await until(() => inside(el, '[part=confirmation]'));
  },
};
/** Signed up in Swedish for the full shift: on the waiting list. */
export const ConfirmedOnTheWaitingList: Story = {
  args: { lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    fill(await until(() => inside<HTMLSelectElement>(el, 'select[name=shift]')), 's-story-2');
    await fillSignup(el);
    await pressSubmit(el);
    await until(() => inside(el, '[part=confirmation]'));
  },
};
