import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VolunteeringApi } from '@kohtaamo/core';
import { inside, until } from '../feedback/story-helpers.js';
import { demoVolunteeringApi, storyImportedTask } from './demo-volunteering-api.js';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  organisation: string;
  view: 'list' | 'calendar';
  area: string;
  /** Not an attribute: the story's stand-in for the server. */
  volunteeringApi: VolunteeringApi;
}

/** The board over the stories' stand-in; `empty` answers no opportunities, `down` fails, `pages` answers in two pages. */
function boardApi(mode: 'ok' | 'empty' | 'down' | 'imported' | 'pages' = 'ok'): VolunteeringApi {
  const api = demoVolunteeringApi(mode === 'imported' ? { imported: [storyImportedTask()] } : {});
  return {
    ...api,
    board: async (query) => {
      if (mode === 'down') return Promise.reject(new TypeError('Failed to fetch'));
      if (mode === 'empty' || query?.area === 'lusi') return { items: [], next: null };
      const { items } = await api.board(query);
      if (mode !== 'pages') return { items, next: null };
      // Two pages: the first names the second by its cursor.
      const page = query?.cursor === 'page-2' ? 2 : 1;
      return { items: items.map((o) => ({ ...o, id: `${o.id}-${page}`, title: { fi: `${o.title.fi} (${page})`, sv: `${o.title.sv} (${page})`, en: `${o.title.en} (${page})` } })), next: page === 1 ? 'page-2' : null };
    },
  };
}

const host = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-volunteer-board')!;

const meta: Meta<Args> = {
  title: 'Volunteering/Volunteer board',
  component: 'kohtaamo-volunteer-board',
  tags: ['autodocs'],
  args: { lang: 'fi', organisation: '', view: 'list', area: '', volunteeringApi: boardApi() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] },
    view: { control: 'inline-radio', options: ['list', 'calendar'] },
    organisation: { control: 'text' },
    area: { control: 'text' },
    volunteeringApi: { table: { disable: true } },
  },
  render: ({ lang, organisation, view, area, volunteeringApi }) =>
    html`<kohtaamo-volunteer-board lang=${lang} organisation=${organisation} view=${view} area=${area} .volunteeringApi=${volunteeringApi}></kohtaamo-volunteer-board>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The list of opportunities with the filters. */
export const List: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
/** The month calendar: days with opportunities marked, moved through by the arrow keys. */
export const Calendar: Story = { args: { view: 'calendar' } };
export const CalendarEnglish: Story = { args: { view: 'calendar', lang: 'en' } };
/** A day chosen in the calendar: its opportunities under the month. */
export const CalendarDayChosen: Story = {
  args: { view: 'calendar' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    const busy = await until(() => inside<HTMLButtonElement>(el, 'td.busy button.day') ?? (inside<HTMLButtonElement>(el, '#next-month')?.click(), null), 8000);
    busy.click();
    await until(() => inside(el, '#day-title'));
  },
};
/** An area with no opportunities. */
export const NoneInTheArea: Story = { args: { area: 'lusi', volunteeringApi: boardApi() } };
/** More opportunities than one page: "Show more" reads the next page. */
export const MoreToShow: Story = { args: { volunteeringApi: boardApi('pages') } };
/** The next page read after "Show more": the first page's opportunities and the second's. */
export const MoreShown: Story = {
  args: { volunteeringApi: boardApi('pages') },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    (await until(() => inside<HTMLButtonElement>(el, '#more'))).click();
    await until(() => (inside(el, '#more') ? null : true));
  },
};
/** The server cannot be reached. */
export const Unavailable: Story = { args: { volunteeringApi: boardApi('down') } };
/** A task imported from vapaaehtoistyo.fi beside the association's talkoot: marked as the portal's, its title a link to it (its texts are Finnish only). */
export const WithImportedTask: Story = { args: { lang: 'sv', volunteeringApi: boardApi('imported') } };
