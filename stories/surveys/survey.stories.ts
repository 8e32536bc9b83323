import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SurveysApi } from '@kohtaamo/core';
import { DEMO_ROUND, demoSurveysApi, seedReviewDraft } from './demo-surveys-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute: the story's stand-in for the server. */
  surveysApi: SurveysApi;
}

const meta: Meta<Args> = {
  title: 'Surveys/Survey',
  component: 'kohtaamo-survey',
  tags: ['autodocs'],
  args: { lang: 'fi', surveysApi: demoSurveysApi() },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, surveysApi: { table: { disable: true } } },
  render: ({ lang, surveysApi }) => {
    localStorage.removeItem(`kohtaamo-survey:${DEMO_ROUND}:v1`);
    return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi}></kohtaamo-survey>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const shadowOf = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-survey')!.shadowRoot!;
const waitFor = async <T>(get: () => T | null | undefined): Promise<T> => {
  for (let i = 0; i < 100; i++) {
    const found = get();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('not found');
};
const reviewRender: Story['render'] = ({ lang, surveysApi }) => {
  seedReviewDraft();
  return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi}></kohtaamo-survey>`;
};

/** The first page, in Finnish. */
export const FirstPage: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };

/** "Next" on an unanswered page: errors by the fields and the summary at the top, focused. */
export const PageErrors: Story = {
  play: async ({ canvasElement }) => {
    const button = await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('button[type=submit]'));
    button.click();
  },
};

/** The review before sending (a complete draft kept on the device). */
export const Review: Story = { render: reviewRender };

/** Sending: the server has not answered yet; nothing says "sent". */
export const Sending: Story = {
  args: { surveysApi: demoSurveysApi({ respond: 'never' }) },
  render: reviewRender,
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('.review button[type=submit]'))).click(),
};

/** The connection is lost while sending: the answers are kept and sent again. */
export const Offline: Story = {
  args: { surveysApi: demoSurveysApi({ respond: 'offline' }), lang: 'en' },
  render: reviewRender,
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('.review button[type=submit]'))).click(),
};

/** Received: thanks, and (the person offered help and may be contacted) the separate contact form. */
export const SentWithHelpOffer: Story = {
  render: reviewRender,
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('.review button[type=submit]'))).click(),
};

/** "Save and continue later": the answers saved on the server, the resume code shown in a live region that has the focus. */
export const SavedWithResumeCode: Story = {
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('#save-later'))).click(),
};

/** "Continue with a resume code": the code's field, focused (English). */
export const ResumeCodeForm: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('#resume-open'))).click(),
};

/** The round is closed. */
export const Closed: Story = { args: { surveysApi: demoSurveysApi({ round: { status: 'closed' } }) } };

/** One response per browser, and this browser has answered. */
export const AlreadyAnswered: Story = {
  args: { surveysApi: demoSurveysApi({ round: { webLimit: 'one-per-browser' } }) },
  render: ({ lang, surveysApi }) => {
    localStorage.setItem(`kohtaamo-survey-answered:${DEMO_ROUND}`, '1');
    return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi}></kohtaamo-survey>`;
  },
};

/** The survey could not be loaded. */
export const LoadFailed: Story = { args: { surveysApi: demoSurveysApi({ load: 'fail' }) } };

/** Interviewer mode: the vendor's respondent id above the pages; nothing is kept on the device. */
export const Interviewer: Story = {
  render: ({ lang, surveysApi }) => html`<kohtaamo-survey mode="interviewer" lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi}></kohtaamo-survey>`,
};
