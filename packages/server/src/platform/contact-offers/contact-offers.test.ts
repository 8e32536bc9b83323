/**
 * Contact offers (ADR 0054): the hand-over of the resident survey's offers of help to the
 * volunteering console through the platform, with the two real modules over HTTP on a real
 * database (SQLite or PostgreSQL, KOHTAAMO_TEST_DB). Only the city's coordinators see them, each
 * with the consent the person gave in their language; marking handled is kept; an offer the
 * survey's retention removed is gone from the console too. Lives outside both domains: it is
 * the one place that names them together.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { heinolaResidentSurveyTemplate, SURVEYS_PATHS, VOLUNTEERING_PATHS, type HelpOfferList, type HelpOffer } from '@kohtaamo/core';
import { createSurveysModule } from '../../surveys/surveys.module.js';
import { createVolunteeringModule } from '../../volunteering/volunteering.module.js';
import { issueCredential } from '../auth/credentials.js';
import { addGrant } from '../auth/grants.js';
import { addOrganisation } from '../auth/organisations.js';
import { addPerson } from '../staff/staff.repository.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { contactOffersOf, type ContactOfferSource } from './contact-offers.js';

const OFFERS = `${VOLUNTEERING_PATHS.staff}/help-offers`;
let database: TestDatabase;
let server: TestServer;
let now = new Date('2027-04-12T09:00:00.000Z');
const tokens: Record<'analyst' | 'city' | 'latu' | 'outsider', string> = { analyst: '', city: '', latu: '', outsider: '' };

const call = (method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}) =>
  fetch(server.at(path), {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
async function ok<T>(response: Promise<Response>, status = 200): Promise<T> {
  const r = await response;
  const text = await r.text();
  assert.equal(r.status, status, text);
  return (text ? JSON.parse(text) : null) as T;
}

before(async () => {
  database = await createTestDatabase();
  const clock = () => now;
  server = await startTestServer({ db: database.handle, config: { origins: [] }, modules: [createSurveysModule({ clock }), createVolunteeringModule({ clock })] });
  const db = database.handle.db;
  await addOrganisation(db, { id: 'heinolan-latu', name: 'Heinolan Latu ry', kind: 'association' });
  const person = async (name: string, grant: Parameters<typeof addGrant>[1] extends infer G ? Omit<G & object, 'personId'> | null : never) => {
    const p = await addPerson(db, { name, email: `${randomUUID()}@heinola.example` });
    if (grant) await addGrant(db, { ...grant, personId: p.id } as Parameters<typeof addGrant>[1]);
    return issueCredential(db, p.id, 'token', new Date(Date.now() + 3_600_000));
  };
  tokens.analyst = await person('Anna Analyytikko', { organisation: 'city', domain: 'surveys', scope: '*', role: 'analyst', source: 'admin' });
  tokens.city = await person('Kaija Kaupunki', { organisation: 'city', domain: 'volunteering', scope: '*', role: 'coordinator', source: 'admin' });
  tokens.latu = await person('Liisa Latunen', { organisation: 'heinolan-latu', domain: 'volunteering', scope: '*', role: 'coordinator', source: 'admin' });
  // A surveys analyst of the city: the offers are in the survey's own console, not this one.
  tokens.outsider = tokens.analyst;

  const S = SURVEYS_PATHS.staff;
  await ok(call('POST', S, { definition: heinolaResidentSurveyTemplate }, tokens.analyst), 201);
  await ok(call('POST', `${S}/heinola-resident-survey/rounds`, { id: 'r-2027', version: 1, title: { fi: 'Asukaskysely 2027', sv: 'Invånarenkät 2027', en: 'Resident survey 2027' }, modes: ['web'], year: 2027 }, tokens.analyst), 201);
  await ok(call('POST', `${S}/heinola-resident-survey/rounds/r-2027/open`, undefined, tokens.analyst));
});
after(async () => {
  await server?.close();
  await database?.cleanup();
});

const offer = (lang: 'fi' | 'sv' | 'en', name: string, text: string, contact: { email?: string; phone?: string }) =>
  ok(call('POST', `${SURVEYS_PATHS.rounds}/r-2027/help-offers`, { lang, text, name, consent: true, ...contact }), 201);

describe(`contact offers from the resident survey in the volunteering console (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the city’s coordinators see each offer with the consent the person gave, in their language; no one else does', async () => {
    now = new Date('2027-04-10T09:00:00.000Z');
    await offer('sv', 'Sven Svensson', 'Jag kan hjälpa till på talko vid stranden.', { phone: '040 123 4567' });
    now = new Date('2027-04-12T09:00:00.000Z');
    await offer('fi', 'Maija Meikäläinen', 'Voisin lukea ikäihmisille kirjastossa.', { email: 'maija@example.fi' });

    const list = await ok<HelpOfferList>(call('GET', OFFERS, undefined, tokens.city));
    assert.deepEqual([list.total, list.open], [2, 2]);
    const [maija, sven] = list.items as [HelpOffer, HelpOffer];
    assert.deepEqual([maija.name, sven.name], ['Maija Meikäläinen', 'Sven Svensson'], 'newest first');
    assert.equal(maija.source, 'surveys');
    assert.match(maija.id, /^surveys:[0-9a-f]+$/);
    assert.deepEqual([maija.context, maija.email, maija.phone, maija.consentOn, maija.handled], ['Asukaskysely 2027', 'maija@example.fi', null, '2027-04-12', null]);
    assert.equal(maija.consentText, 'Kaupunki saa ottaa minuun yhteyttä tarjoukseni vuoksi.');
    assert.deepEqual([sven.context, sven.phone, sven.lang], ['Invånarenkät 2027', '040 123 4567', 'sv']);
    assert.equal(sven.consentText, 'Staden får kontakta mig om mitt erbjudande.');

    for (const [who, token, status] of [['an association’s coordinator', tokens.latu, 403], ['a surveys analyst', tokens.outsider, 403], ['nobody signed in', undefined, 401]] as const) {
      const refused = await call('GET', OFFERS, undefined, token);
      assert.equal(refused.status, status, who);
      assert.match(refused.headers.get('content-type')!, /^application\/problem\+json/);
      await refused.arrayBuffer();
      const mark = await call('POST', `${OFFERS}/handling`, { offer: maija.id, handled: true }, token);
      assert.equal(mark.status, status, `${who} marks`);
      await mark.arrayBuffer();
    }
  });

  test('marking handled keeps who and when, puts the offer after the open ones, and can be undone; bad input is a problem by the field', async () => {
    const before = await ok<HelpOfferList>(call('GET', OFFERS, undefined, tokens.city));
    const first = before.items[0]!;
    now = new Date('2027-04-13T07:30:00.000Z');
    const marked = await ok<HelpOffer>(call('POST', `${OFFERS}/handling`, { offer: first.id, handled: true }, tokens.city));
    assert.deepEqual(marked.handled, { at: '2027-04-13T07:30:00.000Z', by: 'Kaija Kaupunki' });
    // Marking again keeps the first mark.
    now = new Date('2027-04-14T07:30:00.000Z');
    assert.deepEqual((await ok<HelpOffer>(call('POST', `${OFFERS}/handling`, { offer: first.id, handled: true }, tokens.city))).handled!.at, '2027-04-13T07:30:00.000Z');
    const after = await ok<HelpOfferList>(call('GET', OFFERS, undefined, tokens.city));
    assert.equal(after.open, before.open - 1);
    assert.equal(after.items.at(-1)!.id, first.id, 'handled ones last');

    const invalid = await call('POST', `${OFFERS}/handling`, { offer: first.id, handled: 'yes' }, tokens.city);
    assert.equal(invalid.status, 422);
    assert.equal(((await invalid.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/handled');
    const unknown = await call('POST', `${OFFERS}/handling`, { offer: 'surveys:0000', handled: true }, tokens.city);
    assert.equal(unknown.status, 404);
    await unknown.arrayBuffer();
    const otherSource = await call('POST', `${OFFERS}/handling`, { offer: 'booking:abc', handled: true }, tokens.city);
    assert.equal(otherSource.status, 404);
    await otherSource.arrayBuffer();

    const reopened = await ok<HelpOffer>(call('POST', `${OFFERS}/handling`, { offer: first.id, handled: false }, tokens.city));
    assert.equal(reopened.handled, null);
    assert.equal((await ok<HelpOfferList>(call('GET', OFFERS, undefined, tokens.city))).open, before.open);
  });

  test('an offer the survey’s retention removed is gone from the console, and cannot be marked', async () => {
    const list = await ok<HelpOfferList>(call('GET', OFFERS, undefined, tokens.city));
    const oldest = list.items.find((o) => o.name === 'Sven Svensson')!;
    const surveys = createSurveysModule({ clock: () => now });
    // A cutoff between the two offers' days: Sven's (10 April) goes, Maija's (12 April) stays.
    await surveys.retention!.run(database.handle.db, { cutoff: new Date('2027-04-11T12:00:00.000Z'), now });
    const left = await ok<HelpOfferList>(call('GET', OFFERS, undefined, tokens.city));
    assert.deepEqual(left.items.map((o) => o.name), ['Maija Meikäläinen']);
    const gone = await call('POST', `${OFFERS}/handling`, { offer: oldest.id, handled: true }, tokens.city);
    assert.equal(gone.status, 404);
    await gone.arrayBuffer();
  });
});

describe('the contact offers contract', () => {
  test('names each offer by its source, lists every source newest first, and finds only a listed source’s offer', async () => {
    const source = (days: string[]): ContactOfferSource => ({
      list: async () => days.map((day, i) => ({ id: `x${i}`, context: 'c', lang: 'fi' as const, text: 't', name: 'n', email: null, phone: null, consentText: 'k', consentOn: day, createdOn: day })),
    });
    const offers = contactOffersOf(database.handle.db, new Map([['alpha', source(['2027-01-03', '2027-01-01'])], ['beta', source(['2027-01-02'])]]));
    assert.deepEqual((await offers.list()).map((o) => [o.id, o.source]), [['alpha:x0', 'alpha'], ['beta:x0', 'beta'], ['alpha:x1', 'alpha']]);
    assert.equal((await offers.find('beta:x0'))?.createdOn, '2027-01-02');
    assert.equal(await offers.find('beta:x9'), null);
    assert.equal(await offers.find('gamma:x0'), null);
    assert.equal(await offers.find('no-colon'), null);
  });
});
