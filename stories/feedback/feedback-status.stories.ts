import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FeedbackApi } from '@kohtaamo/core';
import { ANSWERED, demoFeedbackApi, WAITING_FOR_REPLY } from './demo-feedback-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  code: string;
  /** Not an attribute: the story's stand-in for the server. */
  feedbackApi: FeedbackApi;
}

const meta: Meta<Args> = {
  title: 'Feedback/Feedback status',
  component: 'kohtaamo-feedback-status',
  tags: ['autodocs'],
  args: { lang: 'fi', code: '', feedbackApi: demoFeedbackApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    code: { control: 'text' },
    feedbackApi: { table: { disable: true } },
  },
  render: ({ lang, code, feedbackApi }) =>
    html`<kohtaamo-feedback-status lang=${lang} code=${code} .feedbackApi=${feedbackApi}></kohtaamo-feedback-status>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Swedish: Story = { args: { lang: 'sv' } };

/** Found, handled, with the city's reply. */
export const FoundWithReply: Story = { args: { code: ANSWERED.trackingCode } };

/** Found, received, not answered yet (in English). */
export const FoundNotAnswered: Story = { args: { code: WAITING_FOR_REPLY.trackingCode, lang: 'en' } };

/** A well-formed code the server does not know. */
export const NotFound: Story = { args: { code: '7K3M-Q9XD-K' } };

/** Not a tracking code at all: checked before anything is sent. */
export const InvalidCode: Story = { args: { code: 'ABC-123' } };

/** The server cannot be reached: a message and a retry button. */
export const NoConnection: Story = {
  args: { code: ANSWERED.trackingCode, feedbackApi: demoFeedbackApi({ status: 'offline' }) },
};
