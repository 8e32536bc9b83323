import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { BUDGETING_PATHS } from '@kohtaamo/core';
import { issueCredential } from '../platform/auth/credentials.js';
import { addGrant } from '../platform/auth/grants.js';
import { addPerson } from '../platform/staff/staff.repository.js';
import type { PlatformConfig } from '../platform/platform.config.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { createBudgetingModule, type BudgetingModuleOptions } from './budgeting.module.js';

/** The shared fixtures of the budgeting tests: a real database, the real app over HTTP, a clock the test moves. */
export interface BudgetingHarness {
  readonly database: TestDatabase;
  readonly server: TestServer;
  /** The module's clock: tests move it from phase to phase (the platform's own clock stays real). */
  now: Date;
  /** A bearer token of an officer of budgeting for the whole domain. */
  readonly officer: string;
  readonly identityKey: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /**
   * As `call`, on a connection of its own (node:http without an agent), for the tests that send
   * 100–200 requests at once. fetch shares one pool of sockets per origin; on a loaded machine one
   * of 200 waiting requests now and then failed as "fetch failed" before the server answered
   * anything (its connect timeout, or a kept-alive socket reused as the server closed it). Here
   * each request opens its own socket and waits for its answer however long the server takes; a
   * socket that still fails rejects with its error code, so the test says what happened.
   */
  callAlone(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  staff(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export const IDENTITY_KEY = 'test-identity-service-key-0123456789abcdef';

export async function startBudgeting(options: Omit<BudgetingModuleOptions, 'clock'> = {}, platform: Partial<PlatformConfig> = {}): Promise<BudgetingHarness> {
  const database = await createTestDatabase();
  const harness = { now: new Date('2027-01-10T10:00:00.000Z') } as { now: Date };
  const modules = [createBudgetingModule({ identityKey: IDENTITY_KEY, ...options, clock: () => harness.now })];
  const server = await startTestServer({ db: database.handle, config: { origins: [] }, modules, platform });
  const db = database.handle.db;
  const person = await addPerson(db, { name: 'Olli Officer', email: `${randomUUID()}@heinola.example` });
  await addGrant(db, { personId: person.id, organisation: 'city', domain: 'budgeting', scope: '*', role: 'officer', source: 'admin' });
  const officer = await issueCredential(db, person.id, 'token', new Date(Date.now() + 3600_000));
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(server.at(path), {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const callAlone = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<Response>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const sent = request(
        server.at(path),
        { method, agent: false, headers: { ...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }), ...headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const answer = new Headers();
            for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(', ') : value);
            resolve(new Response(Buffer.concat(chunks), { status: response.statusCode!, headers: answer }));
          });
        },
      );
      sent.on('error', (error: NodeJS.ErrnoException) => reject(new Error(`${method} ${path} failed on its own socket: ${error.code ?? error.message}`, { cause: error })));
      sent.end(payload);
    });
  return Object.assign(harness, {
    database,
    server,
    officer,
    identityKey: IDENTITY_KEY,
    call,
    callAlone,
    staff: (method: string, path: string, body?: unknown) => call(method, path, body, { Authorization: `Bearer ${officer}` }),
    async close() {
      await server.close();
      await database.cleanup();
    },
  });
}

const DAY = 86_400_000;

/** A round whose phases start from `start`: proposals 10 days, review 10 days, voting 10 days. */
export function roundInput(id: string, start: Date, voterMayVoteIn: 'one' | 'all' = 'one') {
  const at = (days: number) => new Date(start.getTime() + days * DAY).toISOString();
  return {
    id,
    title: { fi: `Kierros ${id}`, sv: `Omgång ${id}`, en: `Round ${id}` },
    schedule: { proposalsOpenAt: at(0), proposalsCloseAt: at(10), votingOpenAt: at(20), votingCloseAt: at(30), resultsAt: at(31), implementationAt: at(60) },
    voterMayVoteIn,
  };
}

export const days = (n: number) => n * DAY;

/**
 * Makes a round through the HTTP API, up to rules set and voting about to open: budgets,
 * proposals (sent in the proposal phase), all reviewed feasible at the given costs, rules.
 * Leaves the clock at the start of voting.
 */
export async function roundReadyToVote(
  h: BudgetingHarness,
  id: string,
  budgets: readonly { id: string; amount: number; costs: readonly number[] }[],
  setting: Record<string, unknown> = { ballot: { type: 'approval', minProjects: 1 }, winnerRule: 'greedy' },
  voterMayVoteIn: 'one' | 'all' = 'one',
): Promise<Record<string, string[]>> {
  const start = h.now;
  const rounds = BUDGETING_PATHS.staffRounds;
  await expectStatus(h.staff('POST', rounds, roundInput(id, start, voterMayVoteIn)), 201);
  const ids: Record<string, string[]> = {};
  for (const b of budgets) {
    await expectStatus(h.staff('POST', `${rounds}/${id}/budgets`, { id: b.id, kind: 'area', name: { fi: b.id, sv: b.id, en: b.id }, amount: b.amount }), 201);
  }
  h.now = new Date(start.getTime() + days(1));
  for (const b of budgets) {
    ids[b.id] = [];
    for (const [i, cost] of b.costs.entries()) {
      const response = await h.call('POST', `${BUDGETING_PATHS.rounds}/${id}/proposals`, {
        budget: b.id,
        title: `Hanke ${b.id} ${i + 1}`,
        description: 'Kuvaus hankkeesta, joka on tarpeeksi pitkä kelvatakseen.',
        estimatedCost: cost,
      });
      const body = (await expectStatus(Promise.resolve(response), 201)) as { id: string };
      ids[b.id]!.push(body.id);
    }
  }
  h.now = new Date(start.getTime() + days(12));
  for (const b of budgets) {
    for (const [i, proposal] of ids[b.id]!.entries()) {
      await expectStatus(h.staff('POST', `${rounds}/${id}/proposals/${proposal}/review`, { decision: 'feasible', costEstimate: b.costs[i] }), 200);
    }
    await expectStatus(h.staff('PUT', `${rounds}/${id}/budgets/${b.id}/rules`, setting), 200);
  }
  h.now = new Date(start.getTime() + days(20));
  return ids;
}

/** Awaits a response, fails with its body unless the status is the expected one, returns the JSON (or text). */
export async function expectStatus(response: Promise<Response>, status: number): Promise<unknown> {
  const r = await response;
  const text = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
