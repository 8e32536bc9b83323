import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dayOf, isoDate, mondayOf, startOfDay, type HttpClient } from '@kohtaamo/core';

/**
 * A stand-in for the Kohtaamo server (Storybook has none): the resource, a week of cells
 * (open 9–20, a booked morning, a closed Sunday) and the answer to a booking.
 */
function demoHttp(options: { handling?: boolean; broken?: boolean } = {}): HttpClient {
  const monday = mondayOf(dayOf(Date.now()) + 7);
  const days = Array.from({ length: 7 }, (_, i) => {
    const day = monday + i;
    const cells = Array.from({ length: 48 }, (_, c) => {
      const start = startOfDay(day) + c * 1_800_000;
      const open = i < 6 && c >= 18 && c < 40;
      const state = !open ? 'closed' : i === 1 && c >= 20 && c < 24 ? 'busy' : 'free';
      return { start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(), state };
    });
    return { date: isoDate(day), cells };
  });
  const resource = {
    id: 'library-room-1',
    unitId: 'library',
    name: { fi: 'Kokoushuone Jyränkö', sv: 'Mötesrum Jyränkö', en: 'Meeting room Jyränkö' },
    rules: { slotMinutes: 30, minMinutes: 60, maxMinutes: 240, handlingRequired: Boolean(options.handling) },
    form: { fields: ['name', 'email', 'phone', 'organisation', 'attendees'], required: ['name', 'email'] },
  };
  return {
    async request(path: string, schema: never, init?: { json?: unknown }) {
      void schema;
      if (options.broken) throw new Error('offline');
      if (path.endsWith('/availability')) return { days } as never;
      if (path.endsWith('/bookings')) {
        const body = init?.json as { start: string; end: string };
        return { id: 'b0123456789abcdef', status: options.handling ? 'pending' : 'confirmed', start: body.start, end: body.end, manageCode: 'K7PQ-2M4X-9RTD-H' } as never;
      }
      return resource as never;
    },
    async blob() {
      return new Blob();
    },
  } as HttpClient;
}

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /** Not an attribute: the story's stand-in for the server. */
  http: HttpClient;
}

const meta: Meta<Args> = {
  title: 'Booking/Space booking',
  component: 'kohtaamo-space-booking',
  tags: ['autodocs'],
  args: { lang: 'fi', http: demoHttp() },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, http: { table: { disable: true } } },
  render: ({ lang, http }) =>
    html`<kohtaamo-space-booking resource="library-room-1" lang=${lang} manage-url="/varaus?b={id}#{code}" .http=${http}></kohtaamo-space-booking>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The week's calendar: choose a free start with the arrow keys and Enter. */
export const Calendar: Story = {};
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
/** A resource that needs handling: the answer is "waiting for handling". */
export const NeedsHandling: Story = { args: { http: demoHttp({ handling: true }), lang: 'en' } };
/** The server cannot be reached. */
export const Unavailable: Story = { args: { http: demoHttp({ broken: true }) } };
