import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SignalsApi } from '@kohtaamo/core';
import { demoSignalsApi } from './demo-signals-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  from: string;
  to: string;
  category: string;
  unit: string;
  /** Not an attribute: the story's stand-in for the server. */
  signalsApi: SignalsApi;
}

const meta: Meta<Args> = {
  title: 'Feedback/Feedback stats',
  component: 'kohtaamo-feedback-stats',
  tags: ['autodocs'],
  args: { lang: 'fi', from: '', to: '', category: '', unit: '', signalsApi: demoSignalsApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    from: { control: 'text' },
    to: { control: 'text' },
    category: { control: 'select', options: ['', 'streets', 'parks', 'library', 'sports'] },
    unit: { control: 'text' },
    signalsApi: { table: { disable: true } },
  },
  render: ({ lang, from, to, category, unit, signalsApi }) =>
    html`<kohtaamo-feedback-stats lang=${lang} from=${from} to=${to} category=${category} unit=${unit} .signalsApi=${signalsApi}></kohtaamo-feedback-stats>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Twelve weeks of figures: summary, bars per category, weekly columns, backlog ages. */
export const TwelveWeeks: Story = {};

export const Swedish: Story = { args: { lang: 'sv' } };

export const English: Story = { args: { lang: 'en' } };

/** One category only (`category="parks"`). */
export const OneCategory: Story = { args: { category: 'parks', lang: 'en' } };

/** One unit only (`unit="library"`). */
export const OneUnit: Story = { args: { unit: 'library' } };

/** A period with no feedback. */
export const EmptyPeriod: Story = { args: { signalsApi: demoSignalsApi({ state: 'empty' }) } };

/** Waiting for the server. */
export const Loading: Story = { args: { signalsApi: demoSignalsApi({ state: 'loading' }) } };

/** The server cannot be reached: a message and a retry button. */
export const NoConnection: Story = { args: { signalsApi: demoSignalsApi({ state: 'offline' }) } };
