import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { REMEMBERED_STORAGE_KEY, type FeedbackApi } from '@kohtaamo/core';
import { ANSWERED, demoFeedbackApi, WAITING_FOR_REPLY } from './demo-feedback-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  feedbackApi: FeedbackApi;
}

const meta: Meta<Args> = {
  title: 'Feedback/Feedback status: sent from this device',
  component: 'kohtaamo-feedback-status',
  args: { lang: 'fi', feedbackApi: demoFeedbackApi() },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, feedbackApi: { table: { disable: true } } },
  render: ({ lang, feedbackApi }) => html`<kohtaamo-feedback-status lang=${lang} .feedbackApi=${feedbackApi}></kohtaamo-feedback-status>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Two reports the form remembered: one has a reply the resident has not seen yet. */
export const WithNewReply: Story = {
  beforeEach: () => {
    localStorage.setItem(
      REMEMBERED_STORAGE_KEY,
      JSON.stringify([
        { trackingCode: ANSWERED.trackingCode, createdAt: ANSWERED.createdAt, seenStatus: 'received', seenReplyAt: null },
        { trackingCode: WAITING_FOR_REPLY.trackingCode, createdAt: WAITING_FOR_REPLY.createdAt, seenStatus: WAITING_FOR_REPLY.status, seenReplyAt: null },
      ]),
    );
    return () => localStorage.removeItem(REMEMBERED_STORAGE_KEY);
  },
};
