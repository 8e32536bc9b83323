import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import { VOLUNTEERING_PATHS, type Opportunity, type Shift } from '@kohtaamo/core';
import { issueCredential } from '../platform/auth/credentials.js';
import { addGrant } from '../platform/auth/grants.js';
import { addOrganisation } from '../platform/auth/organisations.js';
import { addPerson } from '../platform/staff/staff.repository.js';
import type { PlatformConfig } from '../platform/platform.config.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { createVolunteeringModule, type VolunteeringModuleOptions } from './volunteering.module.js';

export const LATU = 'heinolan-latu';
export const OTHER = 'vierumaen-kyla';

/** A real database, the real app over HTTP with the volunteering module, a clock the test moves, and coordinators. */
export interface VolunteeringHarness {
  readonly database: TestDatabase;
  readonly server: TestServer;
  now: Date;
  /** Bearer tokens: Heinolan Latu's coordinator, another association's, the city's. */
  readonly tokens: { latu: string; other: string; city: string };
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  as(who: keyof VolunteeringHarness['tokens'], method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startVolunteering(options: Omit<VolunteeringModuleOptions, 'clock'> = {}, platform: Partial<PlatformConfig> = {}): Promise<VolunteeringHarness> {
  const database = await createTestDatabase();
  const harness = { now: new Date('2027-05-02T08:00:00.000Z') } as { now: Date };
  const modules = [createVolunteeringModule({ manageUrl: 'https://latu.example/talkoot#kohtaamo-manage={code}', ...options, clock: () => harness.now })];
  const server = await startTestServer({ db: database.handle, config: { origins: [] }, modules, platform: { publicUrl: 'https://osallistu.heinola.example', ...platform } });
  const db = database.handle.db;
  await addOrganisation(db, { id: LATU, name: 'Heinolan Latu ry', kind: 'association' });
  await addOrganisation(db, { id: OTHER, name: 'Vierumäen kyläyhdistys', kind: 'association' });
  const tokens: Record<string, string> = {};
  for (const [who, organisation] of [['latu', LATU], ['other', OTHER], ['city', 'city']] as const) {
    const person = await addPerson(db, { name: `Koordinaattori ${who}`, email: `${randomUUID()}@example.fi` });
    await addGrant(db, { personId: person.id, organisation, domain: 'volunteering', scope: '*', role: 'coordinator', source: 'admin' });
    tokens[who] = await issueCredential(db, person.id, 'token', new Date(Date.now() + 3600_000));
  }
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(server.at(path), {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return Object.assign(harness, {
    database,
    server,
    tokens: tokens as VolunteeringHarness['tokens'],
    call,
    as: (who: 'latu' | 'other' | 'city', method: string, path: string, body?: unknown) => call(method, path, body, { Authorization: `Bearer ${tokens[who]}` }),
    async close() {
      await server.close();
      await database.cleanup();
    },
  });
}

/**
 * The harness of one test file: started before its first test and closed after its last (the
 * `before`/`after` pair each file wrote). What it answers stands for the started harness from
 * the file's first test on: reads and writes (`h.now = …`) go to it.
 */
export function volunteeringForFile(options: Omit<VolunteeringModuleOptions, 'clock'> = {}, platform: Partial<PlatformConfig> = {}): VolunteeringHarness {
  let harness: VolunteeringHarness | undefined;
  before(async () => {
    harness = await startVolunteering(options, platform);
  });
  after(async () => {
    await harness?.close();
  });
  const started = () => {
    if (!harness) throw new Error('the volunteering harness starts before the file\'s first test');
    return harness;
  };
  return new Proxy({} as VolunteeringHarness, {
    get: (_, key) => Reflect.get(started(), key),
    set: (_, key, value) => Reflect.set(started(), key, value),
  });
}

/** A coordinator's path of an organisation's staff API (`…/staff/volunteering/organisations/{organisation}`). */
export const orgPath = (organisation: string) => `${VOLUNTEERING_PATHS.staff}/organisations/${organisation}`;

export async function expectStatus(response: Promise<Response> | Response, status: number): Promise<unknown> {
  const r = await response;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

export const opportunityInput = (title = 'Latupohjien raivaustalkoot', extra: Record<string, unknown> = {}) => ({
  kind: 'talkoot',
  title: { fi: title },
  description: { fi: 'Raivataan latupohjat.' },
  themes: ['nature', 'sports'],
  area: 'keskusta',
  location: { name: 'Latukeskus', address: 'Urheilukatu 1, Heinola', lat: 61.2, lon: 26.03 },
  contact: { name: 'Liisa Latu', email: 'latu@example.fi' },
  suitability: { under18: true, english: false, remote: false },
  ...extra,
});

/** An opportunity of `organisation` with one shift, made through the staff API. */
export async function opportunityWithShift(
  h: VolunteeringHarness,
  who: 'latu' | 'other' | 'city',
  organisation: string,
  shift: Record<string, unknown>,
  title?: string,
): Promise<{ opportunity: Opportunity; shift: Shift }> {
  const O = orgPath(organisation);
  const opportunity = (await expectStatus(h.as(who, 'POST', `${O}/opportunities`, opportunityInput(title)), 201)) as Opportunity;
  const start = new Date(h.now.getTime() + 5 * 86_400_000);
  const created = (await expectStatus(
    h.as(who, 'POST', `${O}/opportunities/${opportunity.id}/shifts`, { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity: 10, ...shift }),
    201,
  )) as Shift;
  return { opportunity, shift: created };
}

export const person = (n: number, extra: Record<string, unknown> = {}) => ({ name: `Vapaaehtoinen ${n}`, email: `v${n}@example.fi`, age: 30, ...extra });
