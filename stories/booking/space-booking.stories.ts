import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fill, inside, until } from '../feedback/story-helpers.js';
import { ProblemError, dayOf, isoDate, mondayOf, startOfDay, type HttpClient } from '@kohtaamo/core';

/**
 * A stand-in for the Kohtaamo server (Storybook has none): the resource, a week of cells
 * (open 9–20, a booked morning, a closed Sunday) and the answer to a booking.
 */
function demoHttp(options: { handling?: boolean; broken?: boolean; name?: { fi: string; sv: string; en: string } } = {}): HttpClient {
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
    name: options.name ?? { fi: 'Kokoushuone Jyränkö', sv: 'Mötesrum Jyränkö', en: 'Meeting room Jyränkö' },
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
/** A resource named only in Swedish, on a Finnish page: the Swedish name (ADR 0093: fi → sv → en). */
export const NameOnlyInSwedish: Story = { args: { http: demoHttp({ name: { fi: '', sv: 'Mötesrum Jyränkö', en: '' } }) } };

const widgetOf = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-space-booking')!;
const click = async (el: Element, selector: string) => (await until(() => inside<HTMLButtonElement>(el, selector))).click();

/** A free start chosen: the length and the form the resource asks for. */
export const FormOpen: Story = {
  play: async ({ canvasElement }) => {
    await click(widgetOf(canvasElement), 'button.cell[tabindex="0"]');
  },
};
/** Sent empty: the missing name and email are named by their fields, the focus on the first. */
export const FormErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, 'button.cell[tabindex="0"]');
    await click(el, 'button[type="submit"]');
    await until(() => inside(el, '#e-name'));
  },
};
/** Booked: the confirmation with the manage code, the .ics and the manage link. */
export const Booked: Story = {
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, 'button.cell[tabindex="0"]');
    fill(await until(() => inside<HTMLInputElement>(el, '#f-name')), 'Aino Asukas');
    fill(await until(() => inside<HTMLInputElement>(el, '#f-email')), 'aino@example.fi');
    await click(el, 'button[type="submit"]');
    await until(() => inside(el, '[part="result"]'));
  },
};

/**
 * The manage page of a mail's link (`/varaus/{id}#code=…`): a stand-in server that knows one
 * booking next week, answers a cancel or a move, or refuses with the deadline or a wrong code.
 */
function manageHttp(options: { deadline?: boolean; wrongCode?: boolean; broken?: boolean; taken?: boolean; status?: 'confirmed' | 'cancelled' } = {}): HttpClient {
  const base = demoHttp();
  const monday = mondayOf(dayOf(Date.now()) + 7);
  let booking = {
    id: 'b0123456789abcdef',
    resourceId: 'library-room-1',
    status: options.status ?? 'confirmed',
    start: new Date(startOfDay(monday + 2) + 20 * 1_800_000).toISOString(),
    end: new Date(startOfDay(monday + 2) + 22 * 1_800_000).toISOString(),
  };
  const problem = (status: number, code: string, detail: string) => new ProblemError({ type: 'about:blank', status, code, detail }, status);
  // A rule's refusal in the language the widget asks for (Accept-Language), as the server answers it.
  const taken = { fi: 'Aika on jo varattu.', sv: 'Tiden är redan bokad.', en: 'That time is already booked.' } as const;
  return {
    async request(path: string, schema: never, init?: { method?: string; json?: unknown; headers?: Record<string, string> }) {
      if (options.broken) throw new Error('offline');
      if (!path.includes('/bookings/')) return base.request(path, schema, init as never);
      if (options.wrongCode) throw problem(404, 'booking.notFound', 'Not found');
      if (path.endsWith('/cancel') || path.endsWith('/reschedule')) {
        if (options.deadline) throw problem(409, 'booking.deadline', 'Past the deadline');
        if (options.taken && path.endsWith('/reschedule')) throw problem(409, 'booking.rule.conflict.booking', taken[(init?.headers?.['Accept-Language'] ?? 'fi') as keyof typeof taken]);
        booking = path.endsWith('/cancel') ? { ...booking, status: 'cancelled' } : { ...booking, ...(init?.json as { start: string; end: string }) };
      }
      return booking as never;
    },
    blob: base.blob,
  } as HttpClient;
}

const manage = (lang: 'fi' | 'sv' | 'en', http: HttpClient) => {
  // The code is in the address's fragment, as in the mail's link.
  history.replaceState(null, '', `${location.pathname}${location.search}#code=K7PQ-2M4X-9RTD-H`);
  return html`<kohtaamo-space-booking manage booking="b0123456789abcdef" lang=${lang} .http=${http}></kohtaamo-space-booking>`;
};

/** Manage mode, loaded: the space, the time and the status; move or cancel. */
export const ManageLoaded: Story = { render: ({ lang }) => manage(lang, manageHttp()) };
export const ManageSwedish: Story = { args: { lang: 'sv' }, render: ({ lang }) => manage(lang, manageHttp()) };
export const ManageEnglish: Story = { args: { lang: 'en' }, render: ({ lang }) => manage(lang, manageHttp()) };
/** Manage mode, a cancelled booking: nothing left to change. */
export const ManageCancelled: Story = { render: ({ lang }) => manage(lang, manageHttp({ status: 'cancelled' })) };
/** Manage mode past the cancellation deadline: cancelling or moving is refused with a clear reason. */
export const ManageDeadline: Story = { render: ({ lang }) => manage(lang, manageHttp({ deadline: true })) };
/** Manage mode with a wrong code (or no such booking: the server answers both alike). */
export const ManageNotFound: Story = { render: ({ lang }) => manage(lang, manageHttp({ wrongCode: true })) };
/** Manage mode when the server cannot be reached: an error and "Try again". */
export const ManageUnavailable: Story = { render: ({ lang }) => manage(lang, manageHttp({ broken: true })) };

/** Manage mode, moving: the calendar to choose the new start in, and "Move the booking: …" once chosen. */
export const ManageMoving: Story = {
  render: ({ lang }) => manage(lang, manageHttp()),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, '#manage-move');
    await click(el, 'button.cell[tabindex="0"]');
    await until(() => inside(el, '#manage-move-here'));
  },
};
/** Manage mode, moved: the new time, said and focused. */
export const ManageMoved: Story = {
  render: ({ lang }) => manage(lang, manageHttp()),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, '#manage-move');
    await click(el, 'button.cell[tabindex="0"]');
    await click(el, '#manage-move-here');
    await until(() => inside(el, '#manage-done'));
  },
};
/** Manage mode, the question before cancelling. */
export const ManageAskCancel: Story = {
  render: ({ lang }) => manage(lang, manageHttp()),
  play: async ({ canvasElement }) => {
    await click(widgetOf(canvasElement), '#manage-cancel');
  },
};
/** Manage mode, just cancelled: the notice, and the status "Cancelled". */
export const ManageJustCancelled: Story = {
  render: ({ lang }) => manage(lang, manageHttp()),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, '#manage-cancel');
    await click(el, '#manage-cancel-yes');
    await until(() => inside(el, '#manage-done'));
  },
};
/** Manage mode past the deadline, after "Yes, cancel": the refusal said and focused. */
export const ManageDeadlineRefused: Story = {
  render: ({ lang }) => manage(lang, manageHttp({ deadline: true })),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, '#manage-cancel');
    await click(el, '#manage-cancel-yes');
    await until(() => inside(el, '#manage-failure'));
  },
};

/** The manage page's link without its code (a mail client dropped the fragment): no booking read, the id only. */
const manageWithoutCode = (lang: 'fi' | 'sv' | 'en', http: HttpClient) => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  return html`<kohtaamo-space-booking manage booking="b0123456789abcdef" lang=${lang} .http=${http}></kohtaamo-space-booking>`;
};
/** Manage mode, the link's code lost: a labelled field to type the booking code from the confirmation. */
export const ManageCodeMissing: Story = { render: ({ lang }) => manageWithoutCode(lang, manageHttp()) };
/** Manage mode, the code field sent empty: the error at the field, the focus in it. */
export const ManageCodeEmpty: Story = {
  render: ({ lang }) => manageWithoutCode(lang, manageHttp()),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, '#manage-code-submit');
    await until(() => inside(el, '#manage-code-error'));
  },
};
/** Manage mode, a wrong code typed: said at the field, what was typed kept. */
export const ManageCodeWrong: Story = {
  render: ({ lang }) => manageWithoutCode(lang, manageHttp({ wrongCode: true })),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    fill(await until(() => inside<HTMLInputElement>(el, '#manage-code')), 'AAAA-AAAA-AAAA-A');
    await click(el, '#manage-code-submit');
    await until(() => inside(el, '#manage-code-error'));
  },
};
/** Manage mode, a move refused by a rule (the time was taken meanwhile): the rule's text in the widget's language. */
export const ManageMoveRefused: Story = {
  args: { lang: 'sv' },
  render: ({ lang }) => manage(lang, manageHttp({ taken: true })),
  play: async ({ canvasElement }) => {
    const el = widgetOf(canvasElement);
    await click(el, '#manage-move');
    await click(el, 'button.cell[tabindex="0"]');
    await click(el, '#manage-move-here');
    await until(() => inside(el, '#manage-failure'));
  },
};
