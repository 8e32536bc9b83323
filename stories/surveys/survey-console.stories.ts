import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StaffUser, SurveyConsoleApi } from '@kohtaamo/core';
import { DEMO_ANALYST, DEMO_CONSOLE_TOKEN, demoSurveyConsoleApiFactory } from './demo-survey-console-api.js';
import { fill, inside, until } from '../feedback/story-helpers.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute (a secret never goes in HTML): the `token` property. */
  token: string;
  /** Not attributes: the story's stand-in for the server and who is signed in. */
  consoleApiFactory: (token: string) => SurveyConsoleApi;
  storyUser: StaffUser;
}

const meta: Meta<Args> = {
  title: 'Surveys/Survey console (staff)',
  component: 'kohtaamo-survey-console',
  tags: ['autodocs'],
  args: { lang: 'fi', token: DEMO_CONSOLE_TOKEN, consoleApiFactory: demoSurveyConsoleApiFactory(), storyUser: DEMO_ANALYST },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    token: { table: { disable: true } },
    consoleApiFactory: { table: { disable: true } },
    storyUser: { table: { disable: true } },
  },
  render: ({ lang, token, consoleApiFactory, storyUser }) => {
    sessionStorage.removeItem('kohtaamo-staff-token');
    return html`<kohtaamo-survey-console lang=${lang} answer-page="/survey.html" .token=${token} .consoleApiFactory=${consoleApiFactory} .storyUser=${storyUser}></kohtaamo-survey-console>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
const console_ = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-survey-console')!;
const click = async (el: Element, selector: string) => (await until(() => inside<HTMLElement>(el, selector)))!.click();
const openRound = async (el: Element) => {
  await click(el, '.round-open');
  await until(() => inside(el, '#tab-round'));
};

/** Not signed in: the sign-in form asks for the staff token. */
export const SignIn: Story = { args: { token: '' } };

/** Signed in: the surveys within the analyst's grants, with versions and rounds. */
export const Surveys: Story = {};

/** In Swedish. */
export const Swedish: Story = { args: { lang: 'sv' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** No surveys yet. */
export const Empty: Story = { args: { consoleApiFactory: demoSurveyConsoleApiFactory({ mode: 'empty' }) } };

/** The server cannot be reached. */
export const Offline: Story = { args: { consoleApiFactory: demoSurveyConsoleApiFactory({ mode: 'offline' }) } };

/** A survey from Heinola's template: the id and the titles. */
export const CreateFromTemplate: Story = { play: async ({ canvasElement }) => click(console_(canvasElement), '#new-survey') };

/** A new round of a survey: prefilled id, titles, year, version and modes. */
export const NewRound: Story = { play: async ({ canvasElement }) => click(console_(canvasElement), '.new-round') };

/** The next version: the latest definition as JSON, numbered on. */
export const NewVersion: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await click(el, '.new-version');
    await until(() => inside<HTMLTextAreaElement>(el, '#definition')?.value);
  },
};

/** The next version's JSON does not parse: the error by the field and in the summary (Swedish). */
export const NewVersionInvalid: Story = {
  args: { lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await click(el, '.new-version');
    const definition = await until(() => inside<HTMLTextAreaElement>(el, '#definition'));
    await until(() => definition.value);
    fill(definition, '{ "format": "kohtaamo-survey/1", ');
    await click(el, '#version-submit');
    await until(() => inside(el, '#form-summary'));
  },
};

/** A round open: its counts, open/close, and the tokens form. */
export const RoundOpen: Story = { play: async ({ canvasElement }) => openRound(console_(canvasElement)) };

/** Tokens issued: shown once, with links and a CSV to download. */
export const TokensIssued: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    fill(await until(() => inside<HTMLInputElement>(el, '#token-count')), '5');
    await click(el, '#tokens-issue');
    await until(() => inside(el, '#tokens-title'));
  },
};

/** The import tab: a vendor's CSV and the mapping of its columns and codes. */
export const Import: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-import');
    await until(() => inside(el, '#import-file'));
  },
};

/** A vendor's file with bad rows: every rejected row with its line, respondent, column and error; nothing saved. */
export const ImportRejected: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-import');
    const input = await until(() => inside<HTMLInputElement>(el, '#import-file'));
    const files = new DataTransfer();
    files.items.add(new File(['resp;q2;ika\nV-0001;4;2\nV-0002;7;2\nV-0003;4;9\n'], 'vendor.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => inside<HTMLTextAreaElement>(el, '#import-mapping')?.value);
    await click(el, '#import-save');
    await until(() => inside(el, '.rejected'));
  },
};

/** The population margins: a total per level of each background question, and trimming. */
export const Margins: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-margins');
    await until(() => inside(el, '#margin-sex-female'));
  },
};

/** The margins saved with no total typed: each background question's error by its field and in the summary. */
export const MarginsInvalid: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-margins');
    await until(() => inside(el, '#margin-sex-female'));
    await click(el, '#margins-save');
    await until(() => inside(el, '#form-summary'));
  },
};

/** A total for every level and trimming typed, and saved: the notice says so (English). */
export const MarginsSaved: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-margins');
    await until(() => inside(el, '#margin-sex-female'));
    for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('.levels input[id^="margin-"]')) fill(input, '1200');
    fill(inside<HTMLInputElement>(el, '#trim-low')!, '20');
    fill(inside<HTMLInputElement>(el, '#trim-high')!, '300');
    await click(el, '#margins-save');
    await until(() => inside(el, '.notice.success[role=status]'));
  },
};

/** The results computed now, by group; publishing fails offline and says so. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-results');
    await until(() => inside(el, 'table.groups'));
  },
};

/** Publishing the results without a connection: the alert says so, the results stay shown. */
export const ResultsPublishFailed: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-results');
    await until(() => inside(el, 'table.groups'));
    await click(el, '#results-publish');
    await until(() => inside(el, '.error-notice[role=alert]'));
  },
};

/** Free-text answers waiting for moderation, each published or hidden on its own (or the page at once). */
export const Moderation: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-texts');
    await until(() => inside(el, '.text-item'));
  },
};

/** The survey's strategy indicators with targets and latest values, and the form that declares one. */
export const Indicators: Story = {
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-indicators');
    await until(() => inside(el, 'table.indicators'));
  },
};

/** An indicator saved with an empty form: the errors by their fields and in the summary (Swedish). */
export const IndicatorInvalid: Story = {
  args: { lang: 'sv' },
  play: async ({ canvasElement }) => {
    const el = console_(canvasElement);
    await openRound(el);
    await click(el, '#tab-indicators');
    await until(() => inside(el, '#indicator-save'));
    await click(el, '#indicator-save');
    await until(() => inside(el, '#form-summary'));
  },
};

const helpTab: Story['play'] = async ({ canvasElement }) => {
  const el = console_(canvasElement);
  await openRound(el);
  await click(el, '#tab-help');
  await until(() => inside(el, '#help-refresh'));
};

/** The help offers ("I could…") with contact details, kept apart from the anonymous answers, and their CSV. */
export const HelpOffers: Story = { play: helpTab };
/** No help offers yet (Swedish). */
export const HelpOffersNone: Story = { args: { lang: 'sv', consoleApiFactory: demoSurveyConsoleApiFactory({ helpOffers: 'none' }) }, play: helpTab };
/** The help offers could not be read: the notice, and "Refresh" (English). */
export const HelpOffersFailed: Story = { args: { lang: 'en', consoleApiFactory: demoSurveyConsoleApiFactory({ helpOffers: 'offline' }) }, play: helpTab };
