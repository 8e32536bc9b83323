import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { BoardPageSchema } from './board.read.schema.js';
import { OpportunityListSchema } from './opportunity.read.schema.js';
import { BOARD_PATH } from './volunteering-board.api.js';
import { VOLUNTEERING_PATHS } from './volunteering.paths.js';

const text = (fi: string) => ({ fi, sv: '', en: '' });
/** An opportunity as the server sends it on the board (the whole OpportunitySchema shape). */
const whole = {
  id: 'o-1',
  organisation: 'heinolan-latu',
  organisationName: 'Heinolan Latu ry',
  kind: 'talkoot',
  title: text('Latutalkoot'),
  description: text('Raivataan latupohjat.'),
  themes: ['nature'],
  area: 'keskusta',
  location: { name: 'Latukeskus', address: 'Latutie 1', lat: 61.2, lon: 26.0 },
  contact: { name: 'Liisa', email: 'liisa@example.fi' },
  whatToBring: text('Sahat'),
  supplies: [{ item: 'säkit', quantity: 10 }],
  accessibility: text(''),
  suitability: { under18: true, english: false, remote: false },
  status: 'published',
  source: 'local',
  startsAt: '2026-12-20T08:00:00.000Z',
  endsAt: '2026-12-20T11:00:00.000Z',
  shifts: [
    { id: 's-1', opportunityId: 'o-1', startsAt: '2026-12-20T08:00:00.000Z', endsAt: '2026-12-20T11:00:00.000Z', capacity: 10, minimumAttendees: 2, waitingListCapacity: 5, maxGroupSize: 3, roles: [], status: 'open', attending: 4, waiting: 0, held: 1 },
  ],
  updatedAt: '2026-12-01T10:00:00.000Z',
};

test('the board reads what its list and calendar draw from the whole opportunity the server sends, and drops the rest', () => {
  const page = { items: [whole], next: 'abc' };
  assert.ok(v.is(OpportunityListSchema, page), 'the sample is a whole board page');
  const read = v.parse(BoardPageSchema, page);
  assert.equal(read.next, 'abc');
  const [o] = read.items;
  assert.deepEqual(Object.keys(o!).sort(), ['area', 'description', 'endsAt', 'id', 'location', 'organisationName', 'shifts', 'source', 'startsAt', 'themes', 'title']);
  assert.deepEqual(o!.location, { name: 'Latukeskus' });
  assert.deepEqual(o!.shifts[0], { id: 's-1', startsAt: '2026-12-20T08:00:00.000Z', endsAt: '2026-12-20T11:00:00.000Z', status: 'open', capacity: 10, attending: 4, held: 1 });
  // An answer without what the board draws is refused, not drawn half.
  assert.equal(v.safeParse(BoardPageSchema, { items: [{ ...whole, shifts: [{ ...whole.shifts[0], capacity: undefined }] }], next: null }).success, false);
});

test('the board’s path, written out in its request module, is the opportunities path', () => {
  assert.equal(BOARD_PATH, VOLUNTEERING_PATHS.opportunities);
});
