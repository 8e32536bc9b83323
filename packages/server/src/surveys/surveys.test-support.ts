import { randomUUID } from 'node:crypto';
import { heinolaResidentSurveyTemplate, SURVEYS_PATHS } from '@kohtaamo/core';
import { issueCredential } from '../platform/auth/credentials.js';
import { addGrant } from '../platform/auth/grants.js';
import { addPerson } from '../platform/staff/staff.repository.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { createSurveysModule } from './surveys.module.js';

/** The shared fixtures of the surveys tests: a real database, the real app over HTTP, a clock the test moves. */
export interface SurveysHarness {
  readonly database: TestDatabase;
  readonly server: TestServer;
  now: Date;
  /** Bearer tokens: an analyst of every survey, an interviewer of the Heinola survey. */
  readonly analyst: string;
  readonly interviewer: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  staff(method: string, path: string, body?: unknown, token?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startSurveys(): Promise<SurveysHarness> {
  const database = await createTestDatabase();
  const harness = { now: new Date('2027-03-10T10:00:00.000Z') } as { now: Date };
  const server = await startTestServer({ db: database.handle, config: { origins: [] }, modules: [createSurveysModule({ clock: () => harness.now })] });
  const db = database.handle.db;
  const person = await addPerson(db, { name: 'Anna Analyytikko', email: `${randomUUID()}@heinola.example` });
  await addGrant(db, { personId: person.id, organisation: 'city', domain: 'surveys', scope: '*', role: 'analyst', source: 'admin' });
  const analyst = await issueCredential(db, person.id, 'token', new Date(Date.now() + 3600_000));
  const caller = await addPerson(db, { name: 'Ilkka Haastattelija', email: `${randomUUID()}@vendor.example` });
  await addGrant(db, { personId: caller.id, organisation: 'city', domain: 'surveys', scope: 'heinola-resident-survey', role: 'interviewer', source: 'admin' });
  const interviewer = await issueCredential(db, caller.id, 'token', new Date(Date.now() + 3600_000));
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(server.at(path), {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return Object.assign(harness, {
    database,
    server,
    analyst,
    interviewer,
    call,
    staff: (method: string, path: string, body?: unknown, token = analyst) => call(method, path, body, { Authorization: `Bearer ${token}` }),
    async close() {
      await server.close();
      await database.cleanup();
    },
  });
}

export const S = SURVEYS_PATHS.staff;
export const P = SURVEYS_PATHS.rounds;
export const SURVEY = 'heinola-resident-survey';

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

/** Creates the template survey (once) and an open round of version 1 with the given modes. */
export async function openRound(h: SurveysHarness, id: string, modes: string[] = ['web', 'invitation', 'interviewer', 'import'], extra: Record<string, unknown> = {}): Promise<void> {
  const created = await h.staff('POST', S, { definition: heinolaResidentSurveyTemplate });
  if (created.status !== 201 && created.status !== 409) throw new Error(`survey: ${created.status} ${await created.text()}`);
  await created.arrayBuffer().catch(() => undefined);
  await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds`, { id, version: 1, title: { fi: id, sv: id, en: id }, modes, year: 2027, ...extra }), 201);
  await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/${id}/open`), 200);
}

/** A minimal valid answer set of the template: the required questions. */
export const minimalAnswers = () => ({
  service_satisfaction: { early_education: 4, schools: 4, library: 5, sports: 3, culture: 4, streets: 2, parks: 4, transport: 'cant_say', customer_service: 4, communication: 3 },
  overall_satisfaction: 4,
  enjoy_living: 4,
  live_in_five_years: 'certainly',
  recommend_heinola: 8,
  can_influence: 3,
  age_group: '35-54',
  sex: 'female',
  area: 'centre',
});
