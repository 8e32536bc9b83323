import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ProblemError, dayOf, isoDate, parseWall, type HttpClient } from '@kohtaamo/core';
import { fill, inside, until } from '../feedback/story-helpers.js';

/**
 * A stand-in for the Kohtaamo server (Storybook has none): a signed-in handler of the library
 * and the school, two requests waiting, the day's bookings, a block, and the answers to approve,
 * deny, block and book on behalf.
 */
function demoHttp(options: { mode?: 'empty' | 'offline' | 'conflict' } = {}): HttpClient {
  const day = isoDate(dayOf(Date.now()) + 7);
  const at = (time: string) => new Date(parseWall(`${day}T${time}`)).toISOString();
  const names = (fi: string, sv: string, en: string) => ({ fi, sv, en });
  const booking = (id: string, resourceId: string, unitId: string, start: string, end: string, name: string, organisation: string, status = 'pending') => ({
    id,
    resourceId,
    unitId,
    seriesId: null,
    status,
    start: at(start),
    end: at(end),
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.fi`,
    phone: null,
    organisation,
    purpose: 'Kokous',
    attendees: 12,
    onBehalf: false,
    denyReason: null as string | null,
    version: 1,
    createdAt: new Date().toISOString(),
  });
  type Row = Omit<ReturnType<typeof booking>, 'denyReason'> & { denyReason: string | null };
  const items = new Map<string, Row>(
    options.mode === 'empty'
      ? []
      : [
          ['b0000000000000001', booking('b0000000000000001', 'library-rooms-both', 'library', '13:00', '16:00', 'Cecilia Demo', 'Kaupunginosayhdistys')],
          ['b0000000000000002', booking('b0000000000000002', 'library-rooms-both', 'library', '17:00', '19:00', 'Eero Demo', 'Shakkikerho')],
        ],
  );
  const register = {
    items: [
      {
        id: 'library',
        name: names('Heinolan kirjasto', 'Heinola bibliotek', 'Heinola Library'),
        spaces: [
          { id: 'library-room-1', parentId: null, name: names('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö') },
          { id: 'library-room-2', parentId: null, name: names('Kokoushuone Kymi', 'Mötesrum Kymi', 'Meeting room Kymi') },
        ],
        resources: [
          { id: 'library-room-1', name: names('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö'), spaceIds: ['library-room-1'] },
          { id: 'library-rooms-both', name: names('Molemmat kokoushuoneet', 'Båda mötesrummen', 'Both meeting rooms'), spaceIds: ['library-room-1', 'library-room-2'] },
        ],
      },
    ],
  };
  const me = { id: 'p1', name: 'Liisa Kirjasto', email: 'liisa@heinola.example', role: 'handler', categories: [], grants: [{ id: 'g1', organisation: 'city', domain: 'booking', scope: 'library', role: 'handler', source: 'admin' }] };
  // Seasonal rounds of the library: one closed and waiting for allocation, one taking applications.
  const inDays = (days: number) => isoDate(dayOf(Date.now()) + days);
  const round = (id: string, name: string, open: boolean, deadline: number) => ({ id, unitId: 'library', name, periodStart: inDays(60), periodEnd: inDays(150), deadline: new Date(Date.now() + deadline * 86_400_000).toISOString(), status: 'open', open, allocatedAt: null as string | null });
  const rounds = options.mode === 'empty' ? [] : [round('r0000000000000001', 'Kevätkausi', false, -1), round('r0000000000000002', 'Syyskausi', true, 30)];
  const application = (id: string, start: string, end: string, organisation: string, name: string) => ({ id, resourceId: 'library-room-1', weekday: 2, start, end, organisation, name, email: `${name.split(' ')[0]!.toLowerCase()}@example.fi`, purpose: null, status: 'submitted', reason: null as string | null, acceptedCount: 0, rejectedOccurrences: [] as { date: string; rule: string; detail: string }[] });
  let applications = [application('a0000000000000001', '17:00', '19:00', 'Heinolan Latu ry', 'Aino Demo'), application('a0000000000000002', '18:00', '20:00', 'Shakkikerho', 'Eero Demo')];
  const conflict = () => new ProblemError({ type: 'https://kohtaamo.fi/problems/booking/conflict', title: 'Aika on jo varattu.', status: 409, detail: 'Aika on jo varattu.', code: 'booking.rule.conflict.booking' }, 409, null);
  return {
    async request(path: string, _schema: never, init?: { method?: string; json?: unknown; searchParams?: Record<string, string> }) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (options.mode === 'offline' && !path.endsWith('/staff/me') && !path.endsWith('/booking/units')) throw new TypeError('Failed to fetch');
      if (path.endsWith('/staff/me')) return me as never;
      if (path.endsWith('/booking/units')) return register as never;
      if (path.endsWith('/staff/booking/blocks')) return { items: [{ id: 'k0000000000000001', spaceId: 'library-room-1', start: at('08:00'), end: at('10:00'), reason: 'Siivous' }] } as never;
      if (path.endsWith('/staff/booking/bookings')) {
        const status = init?.searchParams?.status;
        const list = status ? [...items.values()].filter((b) => b.status === status) : [...items.values(), booking('b0000000000000003', 'library-room-1', 'library', '10:00', '12:00', 'Aino Demo', 'Heinolan Latu ry', 'confirmed')];
        return { items: list, total: list.length, next: null } as never;
      }
      if (path.endsWith('/staff/booking/rounds')) return { items: rounds } as never;
      if (/\/staff\/booking\/units\/[a-z-]+\/rounds$/.test(path)) {
        const input = init?.json as { name: string; periodStart: string; periodEnd: string; deadline: string };
        const made = { ...round(`r00000000000000${String(rounds.length + 1).padStart(2, '0')}`, input.name, true, 0), ...input };
        rounds.push(made);
        return made as never;
      }
      const roundId = /rounds\/(r[0-9a-f]{16})/.exec(path)?.[1];
      const chosen = rounds.find((r) => r.id === roundId);
      if (chosen && path.endsWith('/allocate')) {
        const decisions = (init?.json as { decisions: { applicationId: string; accept: boolean; reason?: string }[] }).decisions;
        applications = applications.map((a) => {
          const d = decisions.find((x) => x.applicationId === a.id)!;
          return d.accept
            ? { ...a, status: 'accepted', acceptedCount: 12, rejectedOccurrences: [{ date: inDays(95), rule: 'closed', detail: 'Tila on suljettu tuohon aikaan.' }] }
            : { ...a, status: 'rejected', reason: d.reason ?? '' };
        });
        Object.assign(chosen, { status: 'allocated', allocatedAt: new Date().toISOString() });
        return { items: applications } as never;
      }
      if (chosen) return { round: chosen, items: chosen.open ? applications.slice(0, 1) : applications } as never;
      const id = /bookings\/(b[0-9a-f]{16})/.exec(path)?.[1];
      if (id && items.has(id)) {
        const b = items.get(id)!;
        if (path.endsWith('/approve')) items.set(id, { ...b, status: 'confirmed', version: b.version + 1 });
        if (path.endsWith('/deny')) items.set(id, { ...b, status: 'denied', denyReason: (init?.json as { reason: string }).reason, version: b.version + 1 });
        return items.get(id) as never;
      }
      if (path.includes('/blocks')) {
        if (options.mode === 'conflict') throw conflict();
        return { id: 'k0000000000000002' } as never;
      }
      if (path.includes('/resources/')) {
        const body = init?.json as { start: string; end: string; name: string; email: string };
        return { ...booking('b0000000000000009', 'library-room-1', 'library', '12:00', '14:00', body.name, ''), ...body, status: 'confirmed', onBehalf: true, manageCode: 'K7PQ-2M4X-9RTD-H' } as never;
      }
      throw new TypeError('Failed to fetch');
    },
    async blob() {
      return new Blob();
    },
  } as HttpClient;
}

type Server = 'ok' | 'empty' | 'offline' | 'conflict' | 'none';

interface Args {
  lang: 'fi' | 'sv' | 'en';
  /**
   * Not an attribute: what the story's stand-in for the server answers (`none`: no server, the
   * sign-in form). Each render gets a stand-in of its own, so a story that approves or allocates
   * leaves the next story's requests and rounds as they were.
   */
  server: Server;
}

const meta: Meta<Args> = {
  title: 'Booking/Space console (staff)',
  component: 'kohtaamo-space-console',
  tags: ['autodocs'],
  args: { lang: 'fi', server: 'ok' },
  argTypes: { lang: { control: 'inline-radio', options: ['fi', 'sv', 'en'] }, server: { control: 'select', options: ['ok', 'empty', 'offline', 'conflict', 'none'] } },
  render: ({ lang, server }) => {
    sessionStorage.removeItem('kohtaamo-staff-token');
    const http = server === 'none' ? null : demoHttp(server === 'ok' ? {} : { mode: server });
    return html`<kohtaamo-space-console lang=${lang} .http=${http}></kohtaamo-space-console>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
const consoleOf = (canvas: HTMLElement) => canvas.querySelector('kohtaamo-space-console')!;
const click = async (el: Element, selector: string) => (await until(() => inside<HTMLButtonElement>(el, selector)))!.click();

/** Not signed in: the staff token (or the city account, when the server has one). */
export const SignIn: Story = { args: { server: 'none' } };

/** Signed in: the requests waiting in the units the grants name, oldest first. */
export const Requests: Story = {};

/** In Swedish. */
export const Swedish: Story = { args: { lang: 'sv' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Nothing waits for handling. */
export const NoRequests: Story = { args: { server: 'empty' } };

/** The server cannot be reached: a notice and a retry. */
export const Offline: Story = { args: { server: 'offline' } };

/** A request opened: who, what, and approve or deny with a reason. */
export const RequestOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '.queue-open[data-id="b0000000000000001"]');
    await until(() => inside(el, '#approve'));
  },
};

/** Approved: the resident is mailed a confirmation. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '.queue-open[data-id="b0000000000000001"]');
    await click(el, '#approve');
    await until(() => inside(el, '.status-confirmed'));
  },
};

/** Deny without a reason: told by the field. */
export const DenyReasonMissing: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '.queue-open[data-id="b0000000000000002"]');
    await click(el, '#deny');
    await until(() => inside(el, '#deny-reason-error'));
  },
};

/** Denied with a reason the resident is mailed. */
export const Denied: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '.queue-open[data-id="b0000000000000002"]');
    fill(await until(() => inside<HTMLTextAreaElement>(el, '#deny-reason')), 'Tilat ovat remontissa.');
    await click(el, '#deny');
    await until(() => inside(el, '.status-denied'));
  },
};

/** The day's bookings of the unit and its closed times. */
export const Day: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-day');
    await until(() => inside(el, 'table.day'));
  },
};

/** Closing a space: the form. */
export const Block: Story = {
  play: async ({ canvasElement }) => {
    await click(consoleOf(canvasElement), '#view-block');
  },
};

/** Closing over a booking: refused, with what to do. */
export const BlockConflict: Story = {
  args: { server: 'conflict' },
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-block');
    fill(await until(() => inside<HTMLInputElement>(el, '#date')), isoDate(dayOf(Date.now()) + 7));
    fill(inside<HTMLInputElement>(el, '#start')!, '09:00');
    fill(inside<HTMLInputElement>(el, '#end')!, '11:00');
    await click(el, '#block-form button[type=submit]');
    await until(() => inside(el, '#form-error'));
  },
};

/** Booking on someone's behalf, sent empty: the error summary. */
export const BookErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-book');
    await click(el, '#book-form button[type=submit]');
    await until(() => inside(el, '#summary'));
  },
};

/** Booked on someone's behalf: the manage code to hand over. */
export const Booked: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-book');
    fill(await until(() => inside<HTMLInputElement>(el, '#date')), isoDate(dayOf(Date.now()) + 7));
    fill(inside<HTMLInputElement>(el, '#start')!, '12:00');
    fill(inside<HTMLInputElement>(el, '#end')!, '14:00');
    fill(inside<HTMLInputElement>(el, '#name')!, 'Veikko Puhelin');
    fill(inside<HTMLInputElement>(el, '#email')!, 'veikko@example.fi');
    await click(el, '#book-form button[type=submit]');
    await until(() => inside(el, '#form-done'));
  },
};

/** The unit's seasonal application rounds (a lazy view with its own texts). */
export const Rounds: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await until(() => inside(el, 'table.rounds'));
  },
};

/** No rounds in the unit. */
export const NoRounds: Story = {
  args: { server: 'empty' },
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await until(() => inside(el, '#rounds-title'));
  },
};

/** A round still taking applications: nothing to decide yet. */
export const RoundTakingApplications: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '.round-open[data-id="r0000000000000002"]');
    await until(() => inside(el, '#round-title'));
  },
};

/** A closed round: each application with a decision, in priority order. */
export const RoundDecisions: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '.round-open[data-id="r0000000000000001"]');
    await until(() => inside(el, '#allocate-form'));
  },
};

/** Allocated with no decisions made: the summary names each one. */
export const RoundDecisionsMissing: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '.round-open[data-id="r0000000000000001"]');
    await click(el, '#allocate');
    await until(() => inside(el, '#summary'));
  },
};

/** Allocated: one weekly slot granted (a day left out and why), one rejected with its reason; both mailed. */
export const RoundAllocated: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '.round-open[data-id="r0000000000000001"]');
    await click(el, '#accept-a0000000000000001');
    await click(el, '#reject-a0000000000000002');
    fill(await until(() => inside<HTMLTextAreaElement>(el, '#reason-a0000000000000002')), 'Sali on tiistaisin koulun kerhon käytössä.');
    await click(el, '#allocate');
    await until(() => inside(el, '#round-done'));
  },
};

/** Opening a new round: the form (a season and when applications close). */
export const RoundCreate: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '#round-new');
    await until(() => inside(el, '#round-form'));
  },
};

/** The new round form sent with a season that ends before it starts and applications closing after it starts: each named at its field. */
export const RoundCreateErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '#round-new');
    fill(await until(() => inside<HTMLInputElement>(el, '#round-name')), 'Syyskausi');
    fill(inside<HTMLInputElement>(el, '#round-start')!, isoDate(dayOf(Date.now()) + 90));
    fill(inside<HTMLInputElement>(el, '#round-end')!, isoDate(dayOf(Date.now()) + 60));
    fill(inside<HTMLInputElement>(el, '#round-deadline')!, isoDate(dayOf(Date.now()) + 120));
    await click(el, '#round-create');
    await until(() => inside(el, '#summary'));
  },
};

/** A new round opened: back in the list with it, the notice says when applications close. */
export const RoundCreated: Story = {
  play: async ({ canvasElement }) => {
    const el = consoleOf(canvasElement);
    await click(el, '#view-rounds');
    await click(el, '#round-new');
    fill(await until(() => inside<HTMLInputElement>(el, '#round-name')), 'Talvikausi');
    fill(inside<HTMLInputElement>(el, '#round-start')!, isoDate(dayOf(Date.now()) + 60));
    fill(inside<HTMLInputElement>(el, '#round-end')!, isoDate(dayOf(Date.now()) + 150));
    fill(inside<HTMLInputElement>(el, '#round-deadline')!, isoDate(dayOf(Date.now()) + 30));
    await click(el, '#round-create');
    await until(() => inside(el, '#round-created'));
  },
};
