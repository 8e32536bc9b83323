import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FeedbackApi, FeedbackResidentApi } from '@kohtaamo/core';
import { demoFeedbackApi } from './demo-feedback-api.js';
import { demoResidentApi } from './demo-resident-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  residentApi: FeedbackResidentApi;
  feedbackApi: FeedbackApi;
}

const meta: Meta<Args> = {
  title: 'Feedback/Feedback list',
  component: 'kohtaamo-feedback-list',
  tags: ['autodocs'],
  args: { lang: 'fi', residentApi: demoResidentApi(), feedbackApi: demoFeedbackApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    residentApi: { table: { disable: true } },
    feedbackApi: { table: { disable: true } },
  },
  render: ({ lang, residentApi, feedbackApi }) =>
    html`<kohtaamo-feedback-list lang=${lang} .residentApi=${residentApi} .feedbackApi=${feedbackApi}></kohtaamo-feedback-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Published feedback with the city's replies and response times. */
export const WithReplies: Story = {};

export const Swedish: Story = { args: { lang: 'sv' } };

/** Nothing matches the filters. */
export const Empty: Story = { args: { residentApi: demoResidentApi({ list: 'empty' }) } };

/** The server cannot be reached: a message and a retry button. */
export const NoConnection: Story = { args: { residentApi: demoResidentApi({ list: 'offline' }), lang: 'en' } };
