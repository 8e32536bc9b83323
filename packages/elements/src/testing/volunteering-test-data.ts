// Volunteering data a browser test makes for itself on the live test server (issue 11).
//
// The server's demo (--demo) seeds a talkoot with shifts, a city talkoot and a proposal that
// every test file of the run reads. A test that signs people up to them (or only focuses a
// sign-up form, which holds seats for ten minutes) takes seats the next test expected: five
// commits were reverted for it (the sign-up's Finnish keyboard test was put on the waiting
// list). So a test that signs up, holds, cancels, checks in, exports or decides makes its own
// talkoot, shift or proposal here, through the same staff and public API a coordinator and a
// resident use, and the seeded ones are only read.
import { liveApi } from './browser-test-helpers.js';

const DAY = 86_400_000;

type Texts = { fi: string; sv?: string; en?: string };

export interface OwnTalkootOptions {
  /** The title: one Finnish string, or the title in the languages the test reads. */
  readonly title: string | Texts;
  /** The organisation whose talkoot it is (the city's coordinator makes it on its path). */
  readonly organisation?: 'heinolan-latu' | 'city';
  /** The shift's start: this many days from now, at `hour` UTC. */
  readonly daysAhead?: number;
  readonly hour?: number;
  readonly hours?: number;
  readonly capacity?: number;
  readonly waitingListCapacity?: number;
  readonly maxGroupSize?: number;
  readonly themes?: readonly string[];
  readonly area?: string;
  readonly under18?: boolean;
}

export interface OwnTalkoot {
  readonly opportunity: string;
  readonly shift: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

const staff = () => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` });

async function created(response: Response, what: string): Promise<{ id: string }> {
  if (response.status !== 201) throw new Error(`${what} was not created: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** A published talkoot with one shift of its own, made by the city's coordinator for one test. */
export async function ownTalkoot(options: OwnTalkootOptions): Promise<OwnTalkoot> {
  const organisation = options.organisation ?? 'heinolan-latu';
  const title = typeof options.title === 'string' ? { fi: options.title } : options.title;
  const base = `${liveApi()}/api/v1/staff/volunteering/organisations/${organisation}/opportunities`;
  const opportunity = await created(
    await fetch(base, {
      method: 'POST',
      headers: staff(),
      body: JSON.stringify({
        kind: 'talkoot',
        title,
        description: { fi: `${title.fi}: testin oma talkoo.` },
        themes: options.themes ?? ['nature'],
        area: options.area ?? 'keskusta',
        location: { name: 'Latukeskus' },
        contact: { name: organisation === 'city' ? 'Heinolan kaupunki' : 'Heinolan Latu ry' },
        suitability: { under18: options.under18 ?? true, english: true, remote: false },
      }),
    }),
    'the talkoot',
  );
  const start = new Date(Date.now() + (options.daysAhead ?? 40) * DAY);
  start.setUTCHours(options.hour ?? 7, 0, 0, 0);
  const startsAt = start.toISOString();
  const endsAt = new Date(start.getTime() + (options.hours ?? 3) * 3_600_000).toISOString();
  const shift = await created(
    await fetch(`${base}/${opportunity.id}/shifts`, {
      method: 'POST',
      headers: staff(),
      body: JSON.stringify({ startsAt, endsAt, capacity: options.capacity ?? 12, waitingListCapacity: options.waitingListCapacity ?? 4, maxGroupSize: options.maxGroupSize ?? 4 }),
    }),
    'the shift',
  );
  return { opportunity: opportunity.id, shift: shift.id, startsAt, endsAt };
}

/** Signs a person up to a shift through the public API, as the form would; the receipt. */
export async function signUpTo(shift: string, person: { name: string; email: string; groupSize?: number; lang?: string }): Promise<{ id: string; status: string; manageCode: string }> {
  const response = await fetch(`${liveApi()}/api/v1/volunteering/shifts/${shift}/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: person.name, email: person.email, groupSize: person.groupSize ?? 1, age: 40, lang: person.lang ?? 'fi' }),
  });
  if (response.status !== 201) throw new Error(`the sign-up was not taken: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; status: string; manageCode: string };
}

/** A resident's talkoot proposal of its own (public API), waiting for the city's decision; its id. */
export async function ownProposal(proposal: { what: string; proposerName: string; proposerEmail: string; lang?: string; daysAhead?: number; where?: string; expectedPeople?: number }): Promise<string> {
  const starts = Date.now() + (proposal.daysAhead ?? 30) * DAY;
  const { daysAhead: _, where, expectedPeople, ...named } = proposal;
  return (
    await created(
      await fetch(`${liveApi()}/api/v1/volunteering/proposals`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ description: '—', where: where ?? 'Kirkkopuisto', area: 'keskusta', startsAt: new Date(starts).toISOString(), endsAt: new Date(starts + 7_200_000).toISOString(), expectedPeople: expectedPeople ?? 8, ...named }),
      }),
      'the proposal',
    )
  ).id;
}
