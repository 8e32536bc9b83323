import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HttpClient } from '@kohtaamo/core';

/**
 * A stand-in for the Kohtaamo server (Storybook has none): the figures of the demo's library,
 * youth space and school for twelve months, the way GET /api/v1/booking/figures answers.
 */
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const year = new Date().getFullYear();
const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
const spaces = [
  { id: 'library-room-1', unitId: 'library', name: text('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö'), access: 'bookable', areaM2: 30, purposes: ['meeting-room'] },
  { id: 'library-room-2', unitId: 'library', name: text('Kokoushuone Kymi', 'Mötesrum Kymi', 'Meeting room Kymi'), access: 'bookable', areaM2: 40, purposes: ['meeting-room'] },
  { id: 'school-gym-a', unitId: 'school', name: text('Liikuntasali, A-puoli', 'Idrottssal, A-sidan', 'Gym, half A'), access: 'bookable', areaM2: 300, purposes: ['sports'] },
  { id: 'heimo-lounge', unitId: 'youth-space', name: text('Olohuone', 'Vardagsrum', 'Lounge'), access: 'open', areaM2: 160, purposes: ['youth'] },
];
const FIGURES = {
  area: {
    openAccessM2: 680,
    bookableM2: 1055,
    meetingPlaces: 5,
    units: [
      { unitId: 'library', openAccessM2: 520, bookableM2: 190, meetingPlaces: 4, spaces: 5 },
      { unitId: 'school', openAccessM2: 0, bookableM2: 600, meetingPlaces: 0, spaces: 2 },
      { unitId: 'youth-space', openAccessM2: 160, bookableM2: 25, meetingPlaces: 1, spaces: 2 },
    ],
  },
  months,
  utilisation: spaces.flatMap((s, i) => months.map((month, m) => ({ spaceId: s.id, month, openHours: 200, bookedHours: s.access === 'open' ? 0 : ((i + 1) * (m + 3)) % 90, share: s.access === 'open' ? 0 : (((i + 1) * (m + 3)) % 90) / 200 }))),
  units: [
    { id: 'library', name: text('Heinolan kirjasto', 'Heinola bibliotek', 'Heinola Library') },
    { id: 'school', name: text('Kirkonkylän koulu', 'Kyrkbyns skola', 'Kirkonkylä School') },
    { id: 'youth-space', name: text('Nuorisotila HeiMo', 'Ungdomslokalen HeiMo', 'Youth space HeiMo') },
  ],
  spaces,
};

function demoHttp(mode: 'ok' | 'broken' | 'loading' = 'ok'): HttpClient {
  return {
    async request() {
      if (mode === 'broken') throw new Error('offline');
      if (mode === 'loading') return new Promise(() => {});
      return FIGURES as never;
    },
  } as unknown as HttpClient;
}

interface Args {
  lang: 'fi' | 'sv' | 'en';
  unit: string;
  /** Not an attribute: the story's stand-in for the server. */
  http: HttpClient;
}

const meta: Meta<Args> = {
  title: 'Booking/Space figures',
  component: 'kohtaamo-space-figures',
  tags: ['autodocs'],
  args: { lang: 'fi', unit: '', http: demoHttp() },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, http: { table: { disable: true } } },
  render: ({ lang, unit, http }) => html`<kohtaamo-space-figures lang=${lang} unit=${unit} .http=${http}></kohtaamo-space-figures>`,
};
export default meta;
type Story = StoryObj<Args>;

/** m² of open space, meeting places, and utilisation per space and month: charts and tables. */
export const Figures: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
/** One unit's figures (the `unit` attribute). */
export const OneUnit: Story = { args: { unit: 'library' } };
/** A unit with no spaces registered. */
export const Empty: Story = { args: { unit: 'no-such-unit', lang: 'en' } };
/** While the figures load. */
export const Loading: Story = { args: { http: demoHttp('loading') } };
/** The server cannot be reached. */
export const Unavailable: Story = { args: { http: demoHttp('broken') } };
