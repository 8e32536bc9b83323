import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SurveyResultsApi } from '@kohtaamo/core';
import { DEMO_ROUND } from './demo-surveys-api.js';
import { demoSurveyResultsApi } from './demo-survey-results-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute: the story's stand-in for the server. */
  resultsApi: SurveyResultsApi;
}

const meta: Meta<Args> = {
  title: 'Surveys/Survey results',
  component: 'kohtaamo-survey-results',
  tags: ['autodocs'],
  args: { lang: 'fi', resultsApi: demoSurveyResultsApi() },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, resultsApi: { table: { disable: true } } },
  render: ({ lang, resultsApi }) => html`<kohtaamo-survey-results lang=${lang} round=${DEMO_ROUND} .resultsApi=${resultsApi}></kohtaamo-survey-results>`,
};
export default meta;

type Story = StoryObj<Args>;

const choose = async (canvas: HTMLElement, id: string, value: string) => {
  for (let i = 0; i < 100; i++) {
    const select = canvas.querySelector('kohtaamo-survey-results')?.shadowRoot?.querySelector<HTMLSelectElement>(`#${id}`);
    if (select) {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Weighted sample with 95% intervals in words, the open web answers apart without, published free texts. */
export const Published: Story = {};
export const PublishedSwedish: Story = { args: { lang: 'sv' } };
export const PublishedEnglish: Story = { args: { lang: 'en' } };

/** Filtered to one area: the server's domain estimates. */
export const ByArea: Story = { play: async ({ canvasElement }) => choose(canvasElement, 'group', 'area=centre') };

/** Compared with the year before. */
export const ComparedWithEarlierYear: Story = { play: async ({ canvasElement }) => choose(canvasElement, 'compare', 'heinola-asukaskysely-aiempi') };

/** A group too small to show: suppressed. */
export const SmallGroupSuppressed: Story = { args: { resultsApi: demoSurveyResultsApi({ state: 'small' }) }, play: async ({ canvasElement }) => choose(canvasElement, 'group', 'area=lusi') };

/** No margins set: the sample unweighted. */
export const Unweighted: Story = { args: { resultsApi: demoSurveyResultsApi({ state: 'unweighted' }) } };

/** The round is there, its results are not published yet. */
export const NotPublished: Story = { args: { resultsApi: demoSurveyResultsApi({ state: 'notPublished' }) } };

/** Waiting for the server. */
export const Loading: Story = { args: { resultsApi: demoSurveyResultsApi({ state: 'loading' }) } };

/** The server does not answer. */
export const Unavailable: Story = { args: { resultsApi: demoSurveyResultsApi({ state: 'offline' }) } };

/** No such round (a mistyped `round` attribute): says so, in Swedish. */
export const UnknownRound: Story = { args: { lang: 'sv', resultsApi: demoSurveyResultsApi({ state: 'notFound' }) } };

/** A free-text question with more published answers than are first shown (14): after "Show more", all of them. */
export const FreeTextsShowMore: Story = {
  args: { resultsApi: demoSurveyResultsApi({ state: 'manyTexts' }) },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('kohtaamo-survey-results')!.shadowRoot!;
    for (let i = 0; i < 100; i++) {
      const more = root.querySelector<HTMLButtonElement>('ul.texts + button');
      if (more) return more.click();
      await new Promise((r) => setTimeout(r, 50));
    }
  },
};
