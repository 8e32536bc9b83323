import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dayOf, finderRows, isoDate, parseWall, type HttpClient } from '@kohtaamo/core';

/**
 * A stand-in for the Kohtaamo server (Storybook has none): the demo's register of units,
 * spaces and resources, and an answer to "what is free when" (the meeting rooms at ten, the
 * gym's half from six).
 */
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const access = (stepFree = true, accessibleToilet = true, inductionLoop = false) => ({ stepFree, accessibleToilet, inductionLoop });
const rules = (handlingRequired = false) => ({ handlingRequired, minMinutes: 60, maxMinutes: 240, slotMinutes: 30 });
const space = (id: string, unitId: string, parentId: string | null, name: ReturnType<typeof text>, areaM2: number, capacity: number, purposes: string[], a = access()) => ({ id, unitId, parentId, name, areaM2, capacity, purposes, accessibility: a, access: 'bookable' });
const resource = (id: string, unitId: string, spaceIds: string[], name: ReturnType<typeof text>, handling = false) => ({ id, unitId, spaceIds, name, active: true, rules: rules(handling) });
const UNITS = {
  items: [
    {
      id: 'library',
      name: text('Heinolan kirjasto', 'Heinola bibliotek', 'Heinola Library'),
      address: 'Kirkkokatu 5',
      location: { lat: 61.2064, lon: 26.036 },
      spaces: [
        space('library-rooms', 'library', null, text('Kokoushuoneet', 'Mötesrum', 'Meeting rooms'), 70, 18, []),
        space('library-room-1', 'library', 'library-rooms', text('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö'), 30, 8, ['meeting-room'], access(true, true, true)),
        space('library-room-2', 'library', 'library-rooms', text('Kokoushuone Kymi', 'Mötesrum Kymi', 'Meeting room Kymi'), 40, 10, ['meeting-room', 'workshop']),
      ],
      resources: [
        resource('library-room-1', 'library', ['library-room-1'], text('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö')),
        resource('library-room-2', 'library', ['library-room-2'], text('Kokoushuone Kymi', 'Mötesrum Kymi', 'Meeting room Kymi')),
        resource('library-rooms-both', 'library', ['library-rooms'], text('Molemmat kokoushuoneet', 'Båda mötesrummen', 'Both meeting rooms'), true),
      ],
    },
    {
      id: 'school',
      name: text('Kirkonkylän koulu', 'Kyrkbyns skola', 'Kirkonkylä School'),
      address: 'Koulukatu 2',
      location: { lat: 61.2094, lon: 26.039 },
      spaces: [
        space('school-gym', 'school', null, text('Liikuntasali', 'Idrottssal', 'Gym'), 600, 80, ['sports']),
        space('school-gym-a', 'school', 'school-gym', text('Liikuntasali, A-puoli', 'Idrottssal, A-sidan', 'Gym, half A'), 300, 40, ['sports']),
        space('school-gym-b', 'school', 'school-gym', text('Liikuntasali, B-puoli', 'Idrottssal, B-sidan', 'Gym, half B'), 300, 40, ['sports']),
      ],
      resources: [
        resource('school-gym', 'school', ['school-gym'], text('Koko liikuntasali', 'Hela idrottssalen', 'Whole gym'), true),
        resource('school-gym-a', 'school', ['school-gym-a'], text('Liikuntasali, A-puoli', 'Idrottssal, A-sidan', 'Gym, half A')),
      ],
    },
  ],
};
/** Each resource with what the finder filters on, computed as the server does (core's finderRows). */
const facts = new Map(finderRows(UNITS.items.flatMap((u) => u.spaces), UNITS.items.flatMap((u) => u.resources)).map(({ resource, ...f }) => [resource.id, f]));
const REGISTER = { items: UNITS.items.map((u) => ({ ...u, resources: u.resources.map((r) => ({ ...r, finder: facts.get(r.id) })) })) };
const day = isoDate(dayOf(Date.now()) + 14);
const slot = (resourceId: string, from: string, minutes: number) => {
  const start = parseWall(`${day}T${from}`);
  return { resourceId, start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString(), exact: from === '10:00' };
};

function demoHttp(mode: 'ok' | 'broken' | 'loading' | 'none' = 'ok'): HttpClient {
  return {
    async request(path: string) {
      if (mode === 'broken') throw new Error('offline');
      if (mode === 'loading') return new Promise(() => {});
      if (path.endsWith('/free')) return { items: mode === 'none' ? [] : [slot('library-room-1', '10:00', 60), slot('library-room-2', '10:00', 60), slot('library-rooms-both', '12:00', 60), slot('school-gym-a', '17:00', 60)] } as never;
      return REGISTER as never;
    },
  } as unknown as HttpClient;
}

interface Args {
  lang: 'fi' | 'sv' | 'en';
  date: string;
  purpose: string;
  bookingUrl: string;
  /** Not an attribute: the story's stand-in for the server. */
  http: HttpClient;
}

const meta: Meta<Args> = {
  title: 'Booking/Space finder',
  component: 'kohtaamo-space-finder',
  tags: ['autodocs'],
  args: { lang: 'fi', date: '', purpose: '', bookingUrl: '', http: demoHttp() },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, http: { table: { disable: true } } },
  render: ({ lang, date, purpose, bookingUrl, http }) =>
    html`<kohtaamo-space-finder lang=${lang} date=${date} purpose=${purpose} booking-url=${bookingUrl} .http=${http}></kohtaamo-space-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every bookable space, before a search. */
export const Spaces: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
/** What is free when: a day asked, each result with its first free time that day. */
export const FreeOnADay: Story = { args: { date: day, purpose: 'meeting-room' } };
/** Results as links to the site's own booking page (`booking-url`). */
export const BookingPageLinks: Story = { args: { bookingUrl: '/varaa.html?tila={resource}&pv={date}', lang: 'en' } };
/** Nothing free on the day asked. */
export const NothingFree: Story = { args: { date: day, http: demoHttp('none') } };
/** While the register loads. */
export const Loading: Story = { args: { http: demoHttp('loading') } };
/** The server cannot be reached. */
export const Unavailable: Story = { args: { http: demoHttp('broken') } };
