import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VolunteeringApi } from '@kohtaamo/core';
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
