import { randomUUID } from 'node:crypto';
import { issueCredential } from '../platform/auth/credentials.js';
import { addGrant } from '../platform/auth/grants.js';
import { DEMO_CITY } from '../platform/platform.config.js';
import { addPerson } from '../platform/staff/staff.repository.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { createBookingModule, type BookingModuleOptions } from './booking.module.js';
import { createBookingRepository, type BookingRepository } from './booking.repository.js';
import { upsertUnitRegister } from './booking.register.js';
import { demoRegister } from './booking.seed.js';

/** The booking tests' fixtures: a real database with the demo register, the real app over HTTP, a clock the test sets. */
export interface BookingHarness {
  readonly database: TestDatabase;
  readonly server: TestServer;
  now: Date;
  /** A handler of the library only, and one of every unit. */
  readonly libraryHandler: string;
  readonly handler: string;
  readonly repository: BookingRepository;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  staff(method: string, path: string, body?: unknown, token?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startBooking(start = new Date('2026-10-01T06:00:00.000Z'), options: Omit<BookingModuleOptions, 'clock'> = {}): Promise<BookingHarness> {
  const database = await createTestDatabase();
  const harness = { now: start } as { now: Date };
  const clock = () => harness.now;
  const server = await startTestServer({ db: database.handle, config: { origins: [] }, modules: [createBookingModule({ ...options, clock })], platform: { publicUrl: 'https://kohtaamo.example' } });
  const db = database.handle.db;
  for (const [unitId, register] of Object.entries(demoRegister(DEMO_CITY))) {
    const outcome = await upsertUnitRegister(db, unitId, register, start);
    if (outcome !== 'ok') throw new Error(JSON.stringify(outcome));
  }
  const person = await addPerson(db, { name: 'Hilkka Handler', email: `${randomUUID()}@heinola.example` });
  await addGrant(db, { personId: person.id, organisation: 'city', domain: 'booking', scope: '*', role: 'handler', source: 'admin' });
  const handler = await issueCredential(db, person.id, 'token', new Date(Date.now() + 3600_000));
  const librarian = await addPerson(db, { name: 'Liisa Library', email: `${randomUUID()}@heinola.example` });
  await addGrant(db, { personId: librarian.id, organisation: 'city', domain: 'booking', scope: 'library', role: 'handler', source: 'admin' });
  const libraryHandler = await issueCredential(db, librarian.id, 'token', new Date(Date.now() + 3600_000));
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(server.at(path), {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const repository = createBookingRepository({ db, kind: database.kind, clock, secret: 'test', publicUrl: null, cityName: DEMO_CITY.name });
  return Object.assign(harness, {
    database,
    server,
    handler,
    libraryHandler,
    repository,
    call,
    staff: (method: string, path: string, body?: unknown, token = handler) => call(method, path, body, { Authorization: `Bearer ${token}` }),
    async close() {
      await server.close();
      await database.cleanup();
    },
  });
}

export const person = (n: number | string) => ({ name: `Asukas ${n}`, email: `asukas${n}@example.fi` });

export async function expectStatus(response: Promise<Response>, status: number): Promise<any> {
  const r = await response;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
