import assert from 'node:assert/strict';
import { test } from 'node:test';
import { helsinkiInstant, helsinkiTime } from '../calendar/helsinki-calendar.js';
import type { DraftStorage } from '../forms/draft-storage.js';
import { NetworkError, ProblemError } from '../http/errors.js';
import type { TalkootProposal, TalkootProposalSubmission } from './proposal.schema.js';
import { createProposalStore, type TalkootProposalDraft } from './proposal.store.js';
import { parseSupplies, proposalFieldOf, validateProposal } from './proposal.validate.js';

/** The checks as the widget's lazy part gives them: a real dynamic import. */
const checks = () => import('./proposal.validate.js');

const NOW = new Date('2026-05-01T09:00:00Z');
const draft: TalkootProposalDraft = {
  what: 'Rantapuiston siivous', description: 'Kerätään roskat rannalta.', where: 'Tähtiniemen ranta', area: 'tahtiniemi',
  date: '2026-05-16', startTime: '10:00', endTime: '13:30', expectedPeople: '12', supplies: '20 roskapussia\nroskapihtejä\n',
  proposerName: 'Pekka Puistonen', proposerEmail: 'pekka@example.fi', organisationName: '',
};

function memory(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, val) => void data.set(k, val), removeItem: (k) => void data.delete(k) };
}

test('Helsinki wall-clock times become instants in summer and winter time, and back', () => {
  assert.equal(helsinkiInstant('2026-05-16', '10:00').toISOString(), '2026-05-16T07:00:00.000Z');
  assert.equal(helsinkiInstant('2026-12-16', '10:00').toISOString(), '2026-12-16T08:00:00.000Z');
  assert.equal(helsinkiTime('2026-05-16T07:00:00.000Z'), '10:00');
});

test('supplies: one a line, a leading number as the quantity', () => {
  assert.deepEqual(parseSupplies('20 roskapussia\n\n roskapihtejä \n5 kpl hanskoja'), [
    { item: 'roskapussia', quantity: 20 },
    { item: 'roskapihtejä' },
    { item: 'hanskoja', quantity: 5 },
  ]);
});

test('a good draft becomes the body the server takes, times in Helsinki', () => {
  const result = validateProposal(draft, 'sv', NOW);
  assert.ok(result.ok);
  assert.equal(result.body.startsAt, '2026-05-16T07:00:00.000Z');
  assert.equal(result.body.endsAt, '2026-05-16T10:30:00.000Z');
  assert.equal(result.body.expectedPeople, 12);
  assert.equal(result.body.lang, 'sv');
  assert.deepEqual(result.body.supplies, [{ item: 'roskapussia', quantity: 20 }, { item: 'roskapihtejä' }]);
});

test('every wrong field gets its own error, by the field the person typed into', () => {
  const result = validateProposal({ ...draft, what: ' ', area: '', date: '2026-04-01', endTime: '09:00', expectedPeople: 'kymmenen', proposerEmail: 'pekka' }, 'fi', NOW);
  assert.ok(!result.ok);
  const byPointer = Object.fromEntries(result.errors.map((e) => [e.pointer, e.code]));
  assert.equal(byPointer['#/what'], 'common.required');
  assert.equal(byPointer['#/area'], 'common.required');
  assert.equal(byPointer['#/date'], 'volunteering.propose.past');
  assert.equal(byPointer['#/endTime'], 'volunteering.shift.endBeforeStart');
  assert.equal(byPointer['#/expectedPeople'], 'volunteering.propose.peopleNumber');
  assert.equal(byPointer['#/proposerEmail'], 'volunteering.email.invalid');
  const empty = validateProposal({ ...draft, date: '', startTime: '' }, 'fi', NOW);
  assert.ok(!empty.ok);
  assert.deepEqual(empty.errors.map((e) => e.pointer).sort(), ['#/date', '#/startTime']);
});

test('the server’s pointers land on the form’s fields', () => {
  assert.equal(proposalFieldOf('#/startsAt'), 'startTime');
  assert.equal(proposalFieldOf('#/endsAt'), 'endTime');
  assert.equal(proposalFieldOf('#/supplies/2/item'), 'supplies');
  assert.equal(proposalFieldOf('#/lang'), null);
});

test('a network drop keeps the text (name and email only in this tab) and the retry sends the same key', async () => {
  const device = memory();
  const tab = memory();
  const sent: { body: TalkootProposalSubmission; key: string }[] = [];
  let fail = true;
  const api = {
    async propose(body: TalkootProposalSubmission, key: string): Promise<TalkootProposal> {
      sent.push({ body, key });
      if (fail) throw new NetworkError('Failed to fetch');
      return { id: 'p-1', status: 'proposed', what: body.what, description: body.description, where: body.where, area: body.area, startsAt: body.startsAt, endsAt: body.endsAt, expectedPeople: body.expectedPeople, supplies: [], organisationName: '', declineReason: null, opportunityId: null, createdAt: NOW.toISOString() };
    },
  };
  const store = createProposalStore({ api, checks, lang: () => 'fi', storage: device, sessionStorage: tab, storageKey: 'p', now: () => NOW });
  for (const [k, val] of Object.entries(draft)) store.setField(k as keyof TalkootProposalDraft, val);
  await store.submit();
  assert.equal(store.$state.get().phase, 'waiting');
  assert.equal(store.$state.get().failure?.kind, 'offline');
  const stored = device.data.get('p')!;
  assert.match(stored, /Rantapuiston siivous/);
  assert.doesNotMatch(stored, /pekka@example\.fi/, 'the email is not kept on the device without opt-in');
  assert.match(tab.data.get('p')!, /pekka@example\.fi/);
  // The page is reloaded: the text comes back from the device.
  const again = createProposalStore({ api, checks, lang: () => 'fi', storage: device, sessionStorage: tab, storageKey: 'p', now: () => NOW });
  assert.equal(again.$state.get().draft.what, 'Rantapuiston siivous');
  assert.equal(again.$state.get().draft.proposerEmail, 'pekka@example.fi');
  fail = false;
  await again.submit();
  assert.equal(again.$state.get().phase, 'sent');
  assert.equal(sent[1]!.key, sent[0]!.key, 'the same body keeps its Idempotency-Key');
  store.dispose();
  again.dispose();
});

test('the server’s 422 is mapped onto the fields, and typing into a field clears its error', async () => {
  const api = {
    async propose(): Promise<TalkootProposal> {
      throw new ProblemError({ type: 'about:blank', title: 'invalid', status: 422, errors: [{ pointer: '#/startsAt', code: 'common.invalid', detail: 'x' }, { pointer: '#/supplies/0/item', code: 'common.tooLong', detail: 'y' }] } as never, 422);
    },
  };
  const store = createProposalStore({ api, checks, lang: () => 'fi', storageKey: 'q', now: () => NOW });
  for (const [k, val] of Object.entries(draft)) store.setField(k as keyof TalkootProposalDraft, val);
  await store.submit();
  const state = store.$state.get();
  assert.equal(state.phase, 'editing');
  assert.deepEqual(Object.keys(state.errors).sort(), ['#/startsAt', '#/supplies/0/item']);
  store.setField('date', '2026-05-17');
  assert.deepEqual(Object.keys(store.$state.get().errors), ['#/supplies/0/item']);
  store.setField('supplies', '');
  assert.deepEqual(Object.keys(store.$state.get().errors), []);
});

test('checks that cannot be imported reject the send and change nothing; the next send imports them again', async () => {
  const sent: TalkootProposalSubmission[] = [];
  const api = {
    async propose(body: TalkootProposalSubmission): Promise<TalkootProposal> {
      sent.push(body);
      return { id: 'p-2', status: 'proposed', what: body.what, description: body.description, where: body.where, area: body.area, startsAt: body.startsAt, endsAt: body.endsAt, expectedPeople: body.expectedPeople, supplies: [], organisationName: '', declineReason: null, opportunityId: null, createdAt: NOW.toISOString() };
    },
  };
  let imports = 0;
  let offline = true;
  const device = memory();
  const store = createProposalStore({
    api,
    checks: () => {
      imports++;
      return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : checks();
    },
    lang: () => 'fi',
    storage: device,
    storageKey: 'r',
    now: () => NOW,
  });
  for (const [k, val] of Object.entries(draft)) store.setField(k as keyof TalkootProposalDraft, val);
  await assert.rejects(store.submit(), /dynamically imported/);
  const kept = store.$state.get();
  assert.deepEqual([kept.phase, kept.errors, kept.problem, sent.length], ['editing', {}, null, 0]);
  assert.equal(kept.draft.what, 'Rantapuiston siivous');
  assert.match(device.data.get('r')!, /Rantapuiston siivous/, 'the draft stays on the device');
  offline = false;
  await store.submit();
  assert.equal(store.$state.get().phase, 'sent');
  assert.equal(sent.length, 1);
  assert.equal(imports, 2, 'a failed import is tried again, a loaded one is kept');
  store.startNew();
  store.setField('what', ' ');
  await store.submit();
  assert.equal(imports, 2);
  store.dispose();
});
