import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FeedbackApi } from '@kohtaamo/core';
import { demoFeedbackApi } from './demo-feedback-api.js';
import { fill, fillFeedback, inside, pressSubmit, until } from './story-helpers.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  category: string;
  /** Not an attribute: the story's stand-in for the server. */
  feedbackApi: FeedbackApi;
  /** Names the draft in localStorage; each story keeps its own. */
  id: string;
}

const MESSAGE = 'Kauppakadun katuvalo on rikki ja vilkkuu koko yön. Pimeällä suojatietä on vaikea nähdä.';

const meta: Meta<Args> = {
  title: 'Feedback/Feedback form',
  component: 'kohtaamo-feedback-form',
  tags: ['autodocs'],
  args: { lang: 'fi', category: '', feedbackApi: demoFeedbackApi(), id: 'story-form' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    category: { control: 'select', options: ['', 'streets', 'parks', 'library', 'youth'] },
    feedbackApi: { table: { disable: true } },
    id: { table: { disable: true } },
  },
  render: ({ lang, category, feedbackApi, id }) =>
    html`<kohtaamo-feedback-form id=${id} lang=${lang} category=${category} .feedbackApi=${feedbackApi}></kohtaamo-feedback-form>`,
};
export default meta;

type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-feedback-form')!;

/** Clears what an earlier visit of the story left in localStorage, so it starts as described. */
const fresh = (id: string) => () => {
  try {
    localStorage.removeItem(`kohtaamo:feedback-form:${id}`);
  } catch {
    // No storage: nothing to clear.
  }
};

export const EmptyFinnish: Story = { args: { id: 'story-empty-fi' }, beforeEach: fresh('story-empty-fi') };

export const Swedish: Story = { args: { lang: 'sv', id: 'story-empty-sv' }, beforeEach: fresh('story-empty-sv') };

export const English: Story = { args: { lang: 'en', id: 'story-empty-en' }, beforeEach: fresh('story-empty-en') };

export const CategoryPreselected: Story = {
  args: { category: 'parks', id: 'story-preselected' },
  beforeEach: fresh('story-preselected'),
};

/** Sent empty: the errors beside the fields and the summary at the top, which has the focus. */
export const ValidationErrors: Story = {
  args: { id: 'story-errors' },
  beforeEach: fresh('story-errors'),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await until(() => inside(el, 'select[name=category]:not([disabled])'));
    await pressSubmit(el);
    await until(() => inside(el, '[part="summary"]'));
  },
};

/** The resident wants to be contacted but gave no way to reach them nor consent. */
export const ContactDetailsMissing: Story = {
  args: { id: 'story-contact', category: 'streets' },
  beforeEach: fresh('story-contact'),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await fillFeedback(el, MESSAGE);
    const wants = await until(() => inside<HTMLInputElement>(el, 'input[name=wantsContact]'));
    wants.click();
    fill(await until(() => inside<HTMLInputElement>(el, 'input[name=name]')), 'Maija Meikäläinen');
    await pressSubmit(el);
    await until(() => inside(el, '[part="summary"]'));
  },
};

/** The server cannot be reached: the text is kept and sending is retried on its own. */
export const WaitingForNetwork: Story = {
  args: { id: 'story-waiting', feedbackApi: demoFeedbackApi({ submit: 'offline' }) },
  beforeEach: fresh('story-waiting'),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await fillFeedback(el, MESSAGE);
    await pressSubmit(el);
    await until(() => inside(el, '.notice-box.notice'));
  },
};

/** The topics could not be loaded: the resident can try again. */
export const TopicsNotLoaded: Story = {
  args: { id: 'story-no-topics', feedbackApi: demoFeedbackApi({ categories: 'offline' }) },
  beforeEach: fresh('story-no-topics'),
};

/** The server confirmed: the tracking code, a copy button and a way to give new feedback. */
export const SentWithCode: Story = {
  args: { id: 'story-sent' },
  beforeEach: fresh('story-sent'),
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await fillFeedback(el, MESSAGE);
    await pressSubmit(el);
    await until(() => inside(el, '[part="tracking-code"]'));
  },
};
