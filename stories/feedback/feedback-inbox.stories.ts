import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StaffApi } from '@kohtaamo/core';
import { DEMO_STAFF_TOKEN, demoStaffApiFactory } from './demo-staff-api.js';
import { fill, inside, until } from './story-helpers.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute (a secret never goes in HTML): the `token` property. */
  token: string;
  /** Not an attribute: the story's stand-in for the server. */
  staffApiFactory: (token: string) => StaffApi;
}

const meta: Meta<Args> = {
  title: 'Feedback/Feedback inbox (staff)',
  component: 'kohtaamo-feedback-inbox',
  tags: ['autodocs'],
  args: { lang: 'fi', token: '', staffApiFactory: demoStaffApiFactory() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    token: { table: { disable: true } },
    staffApiFactory: { table: { disable: true } },
  },
  render: ({ lang, token, staffApiFactory }) => {
    sessionStorage.removeItem('kohtaamo-staff-token');
    return html`<kohtaamo-feedback-inbox lang=${lang} .token=${token} .staffApiFactory=${staffApiFactory}></kohtaamo-feedback-inbox>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const inbox = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-feedback-inbox')!;

/** Not signed in: the sign-in form asks for the staff token. */
export const SignIn: Story = {};

/** A wrong token: refused by the field. */
export const WrongToken: Story = {
  play: async ({ canvasElement }) => {
    const el = inbox(canvasElement);
    fill(await until(() => inside<HTMLInputElement>(el, '#token')), 'kst_wrong');
    (await until(() => inside<HTMLButtonElement>(el, '.sign-in button')))!.click();
    await until(() => inside(el, '#token-error'));
  },
};

/** Signed in: the queue, oldest first, and the filters. */
export const Queue: Story = { args: { token: DEMO_STAFF_TOKEN } };

/** In Swedish. */
export const Swedish: Story = { args: { token: DEMO_STAFF_TOKEN, lang: 'sv' } };

/** Nothing matches the filters. */
export const EmptyQueue: Story = { args: { token: DEMO_STAFF_TOKEN, staffApiFactory: demoStaffApiFactory({ mode: 'empty' }) } };

/** The server cannot be reached. */
export const Offline: Story = { args: { token: DEMO_STAFF_TOKEN, staffApiFactory: demoStaffApiFactory({ mode: 'offline' }) } };

/** A report opened: message, contact (staff only), history, internal notes and the actions. */
export const ReportOpen: Story = {
  args: { token: DEMO_STAFF_TOKEN },
  play: async ({ canvasElement }) => {
    const el = inbox(canvasElement);
    (await until(() => inside<HTMLButtonElement>(el, '.queue-open[data-id="r2"]')))!.click();
    await until(() => inside(el, '.notes'));
  },
};

/** Closing without a public reply: told by the field before anything is sent. */
export const ReplyRequired: Story = {
  args: { token: DEMO_STAFF_TOKEN },
  play: async ({ canvasElement }) => {
    const el = inbox(canvasElement);
    (await until(() => inside<HTMLButtonElement>(el, '.queue-open[data-id="r1"]')))!.click();
    fill(await until(() => inside<HTMLSelectElement>(el, '#next-status')), 'done');
    (await until(() => inside<HTMLButtonElement>(el, '#status-submit')))!.click();
    await until(() => inside(el, '#reply-error'));
  },
};

/** Another handler changed the report meanwhile: a message and a reload button; the typed note stays. */
export const StaleEdit: Story = {
  args: { token: DEMO_STAFF_TOKEN, staffApiFactory: demoStaffApiFactory({ mode: 'stale' }) },
  play: async ({ canvasElement }) => {
    const el = inbox(canvasElement);
    (await until(() => inside<HTMLButtonElement>(el, '.queue-open[data-id="r1"]')))!.click();
    fill(await until(() => inside<HTMLTextAreaElement>(el, '#note')), 'Sisäinen huomio, joka ei katoa.');
    (await until(() => inside<HTMLButtonElement>(el, '#note-submit')))!.click();
    await until(() => inside(el, '.stale'));
  },
};
