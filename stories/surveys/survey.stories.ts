import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SurveysApi } from '@kohtaamo/core';
import { DEMO_ROUND, demoSurveysApi, seedReviewDraft, type DemoHelpAnswer } from './demo-surveys-api.js';

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

/** An invitation link whose code was used already: refused in words in the review's summary, the answers kept (Swedish). */
export const InvitationRefused: Story = {
  args: { lang: 'sv', surveysApi: demoSurveysApi({ respond: 'token-refused' }) },
  render: ({ lang, surveysApi }) => {
    seedReviewDraft();
    return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} token="7K2M-1000-QX4P-A" .surveysApi=${surveysApi}></kohtaamo-survey>`;
  },
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('.review button[type=submit]'))).click(),
};

/** The conditions' language could not be loaded (the connection broke): the notice with "Retry now", which loads it (the story fails the first attempt only; English). */
export const LanguageLoadFailed: Story = {
  args: { lang: 'en' },
  render: ({ lang, surveysApi }) => {
    let attempts = 0;
    const importLanguage = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../packages/elements/src/surveys/survey/survey.language.js'));
    return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi} .importLanguage=${importLanguage}></kohtaamo-survey>`;
  },
};

/** The answer checks could not be loaded when Next was pressed: the notice, focused, with "Retry now"; the page and its answers stay (the story fails the first two attempts). */
export const ChecksLoadFailed: Story = {
  render: ({ lang, surveysApi }) => {
    let attempts = 0;
    const importCheck = () => (++attempts <= 2 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../packages/elements/src/surveys/survey/survey.check.js'));
    return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi} .importCheck=${importCheck}></kohtaamo-survey>`;
  },
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('form[part~="page"] .actions button[type=submit]'))).click(),
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

/** The round is on its way from the server. */
export const Loading: Story = { args: { surveysApi: demoSurveysApi({ load: 'never' }) } };

/** The survey could not be loaded. */
export const LoadFailed: Story = { args: { surveysApi: demoSurveysApi({ load: 'fail' }) } };

/** Interviewer mode: the vendor's respondent id above the pages; nothing is kept on the device. */
export const Interviewer: Story = {
  render: ({ lang, surveysApi }) => html`<kohtaamo-survey mode="interviewer" lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi}></kohtaamo-survey>`,
};

/** The review's module could not be loaded (the connection broke): the notice, focused, with "Retry now", which loads it (the story fails the first attempt only). */
export const ReviewLoadFailed: Story = {
  render: ({ lang, surveysApi }) => {
    seedReviewDraft();
    let attempts = 0;
    const importReview = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('../../packages/elements/src/surveys/survey/survey.review.js'));
    return html`<kohtaamo-survey lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi} .importReview=${importReview}></kohtaamo-survey>`;
  },
};

/** Interviewer mode after "Send": the interview is saved under the vendor's respondent id, with "Next respondent" (the story's round has only the template's open-question page, so the play reaches it in two steps). */
export const InterviewerSaved: Story = {
  args: { surveysApi: demoSurveysApi({ pages: ['for_heinola'] }) },
  render: ({ lang, surveysApi }) => html`<kohtaamo-survey mode="interviewer" lang=${lang} round=${DEMO_ROUND} .surveysApi=${surveysApi}></kohtaamo-survey>`,
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    const respondent = await waitFor(() => root.querySelector<HTMLInputElement>('#respondent-id'));
    respondent.value = 'TEL-2027-0042';
    respondent.dispatchEvent(new Event('input'));
    (await waitFor(() => root.querySelector<HTMLButtonElement>('form[part~="page"] .actions button[type=submit]'))).click();
    (await waitFor(() => root.querySelector<HTMLButtonElement>('.review button[type=submit]'))).click();
    await waitFor(() => root.querySelector('[part=notice] button'));
  },
};

/** Sends the review, then fills the help offer's form with what is given and sends it. */
const helpOffer =
  (fill: { name?: string; email?: string; phone?: string; consent?: boolean }): Story['play'] =>
  async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    (await waitFor(() => root.querySelector<HTMLButtonElement>('.review button[type=submit]'))).click();
    await waitFor(() => root.querySelector('.help'));
    for (const name of ['name', 'email', 'phone'] as const) {
      const input = root.querySelector<HTMLInputElement>(`#help-${name}`)!;
      input.value = fill[name] ?? '';
      input.dispatchEvent(new Event('input'));
    }
    if (fill.consent) root.querySelector<HTMLInputElement>('#help-consent')!.click();
    root.querySelector<HTMLButtonElement>('.help button[type=submit]')!.click();
  };
const helpStory = (help: DemoHelpAnswer, fill: Parameters<typeof helpOffer>[0], lang: Args['lang'] = 'fi'): Story => ({
  args: { surveysApi: demoSurveysApi({ help }), lang },
  render: reviewRender,
  play: helpOffer(fill),
});
const maija = { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: '', consent: true };

/** The help offer sent empty: the name and a contact (email or phone) and the consent are missing, each by its field; the focus on the name. */
export const HelpOfferMissingFields: Story = helpStory('ok', {});
/** The help offer without an email or a phone number (Swedish). */
export const HelpOfferContactMissing: Story = helpStory('ok', { ...maija, email: '' }, 'sv');
/** The help offer without consent: nothing is sent; the focus on the consent box (English). */
export const HelpOfferConsentMissing: Story = helpStory('ok', { ...maija, consent: false }, 'en');
/** The server refuses the phone number: its error by the field, what was typed kept. */
export const HelpOfferPhoneRefused: Story = helpStory('phone-refused', { ...maija, phone: 'abc' });
/** The server refuses the offer as a whole (the round is gone): a notice above "Send", focused; sending again keeps what was typed. */
export const HelpOfferRefused: Story = helpStory('refused', maija);
/** No connection while sending the offer: the notice, and "Send" again. */
export const HelpOfferOffline: Story = helpStory('offline', maija, 'en');
/** The offer is received: the notice has the focus. */
export const HelpOfferReceived: Story = helpStory('ok', maija);

/** Interviewer mode, sent without the vendor's respondent id: the summary names it and has the focus. */
export const InterviewerRespondentMissing: Story = {
  args: { surveysApi: demoSurveysApi({ pages: ['for_heinola'] }) },
  render: InterviewerSaved.render!,
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    (await waitFor(() => root.querySelector<HTMLButtonElement>('form[part~="page"] .actions button[type=submit]'))).click();
    (await waitFor(() => root.querySelector<HTMLButtonElement>('.review button[type=submit]'))).click();
    await waitFor(() => root.querySelector('.summary'));
  },
};

/** "Save and continue later" without a connection: the answers stay, with "Retry now" (English). */
export const SaveFailed: Story = {
  args: { surveysApi: demoSurveysApi({ drafts: 'offline' }), lang: 'en' },
  play: async ({ canvasElement }) => (await waitFor(() => shadowOf(canvasElement).querySelector<HTMLButtonElement>('#save-later'))).click(),
};

/** A resume code the server does not know (or that expired): its error by the field (Swedish). */
export const ResumeCodeUnknown: Story = {
  args: { surveysApi: demoSurveysApi({ drafts: 'unknown' }), lang: 'sv' },
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement);
    (await waitFor(() => root.querySelector<HTMLButtonElement>('#resume-open'))).click();
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('#resume-code'));
    input.value = 'AAAA-BBBB-CCCC-D';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('.resume-form button[type=submit]')!.click();
  },
};
