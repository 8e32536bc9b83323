import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FeedbackApi, FeedbackResidentApi } from '@kohtaamo/core';
import { demoFeedbackApiWithQuestions, demoResidentApi } from './demo-resident-api.js';
import { fill, inside, until } from './story-helpers.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  category: string;
  feedbackApi: FeedbackApi;
  residentApi: FeedbackResidentApi;
  id: string;
}

const meta: Meta<Args> = {
  title: 'Feedback/Feedback form: questions, map, photos',
  component: 'kohtaamo-feedback-form',
  args: { lang: 'fi', category: 'streets', feedbackApi: demoFeedbackApiWithQuestions(), residentApi: demoResidentApi(), id: 'story-resident' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    feedbackApi: { table: { disable: true } },
    residentApi: { table: { disable: true } },
    id: { table: { disable: true } },
  },
  // No tile server in Storybook: the map says its images failed and still takes a pin.
  render: ({ lang, category, feedbackApi, residentApi, id }) =>
    html`<kohtaamo-feedback-form
      id=${id}
      lang=${lang}
      category=${category}
      tiles="http://127.0.0.1:9/{z}/{x}/{y}.png"
      .feedbackApi=${feedbackApi}
      .residentApiOverride=${residentApi}
    ></kohtaamo-feedback-form>`,
};
export default meta;

type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-feedback-form')!;
const fresh = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
};

/** The topic's extra question, the map's button (the map is loaded when opened) and the photo field. */
export const QuestionsMapAndPhotos: Story = { beforeEach: fresh };

/** The map opened by the resident (its images failing): it takes the focus, the keyboard pins. */
export const MapOpened: Story = {
  args: { id: 'story-resident-map' },
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    (await until(() => inside<HTMLButtonElement>(el, '#open-map'))).click();
    const map = await until(() => inside<HTMLElement>(el, 'kohtaamo-feedback-map'));
    await until(() => map.shadowRoot?.querySelector('#use-centre'));
  },
};

/** "Immediate danger": the 112 notice stops the form. */
export const BlockingNotice: Story = {
  args: { id: 'story-resident-blocking' },
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    const radio = await until(() => inside<HTMLInputElement>(el, 'input[name=attr-danger][value=immediate]'));
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => inside(el, '[role=alert]'));
  },
};

/** A pin near an open report of the same topic: "this concerns me too". */
export const SimilarNearby: Story = {
  args: { id: 'story-resident-similar', category: 'library', residentApi: demoResidentApi({ nearby: true }) },
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    fill(await until(() => inside<HTMLTextAreaElement>(el, 'textarea[name=message]')), 'Kuntoradan valot eivät pala.');
    // The map is loaded when the resident opens it.
    (await until(() => inside<HTMLButtonElement>(el, '#open-map'))).click();
    const map = await until(() => inside<HTMLElement & { value: unknown }>(el, 'kohtaamo-feedback-map'));
    // "Use the map's centre" once the map is drawn (this story's element has no API to ask the city's centre of).
    await until(() => map.shadowRoot?.querySelector('.leaflet-container'));
    (map.shadowRoot!.querySelector('#use-centre') as HTMLButtonElement).click();
    await until(() => inside(el, '#similar-title'));
  },
};
