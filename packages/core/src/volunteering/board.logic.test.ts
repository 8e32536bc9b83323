import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, monthWeeks, opportunitiesByDay, sameDayIn } from './board.logic.js';
import type { Opportunity, Shift } from './opportunity.schema.js';

const shift = (startsAt: string, status: 'open' | 'cancelled' = 'open'): Shift => ({ id: startsAt, opportunityId: 'o', startsAt, endsAt: startsAt, capacity: 1, minimumAttendees: 0, waitingListCapacity: 0, maxGroupSize: 1, roles: [], status, attending: 0, waiting: 0, held: 0 });
const opportunity = (id: string, over: Partial<Opportunity>): Opportunity => ({
  id, organisation: 'x', organisationName: 'X', kind: 'talkoot', title: { fi: id, sv: '', en: '' }, description: { fi: '', sv: '', en: '' }, themes: [], area: 'keskusta', location: { name: '', address: '' }, contact: { name: '' },
  whatToBring: { fi: '', sv: '', en: '' }, supplies: [], accessibility: { fi: '', sv: '', en: '' }, suitability: { under18: false, english: false, remote: false }, status: 'published', source: 'local', startsAt: null, endsAt: null, shifts: [], updatedAt: '', ...over,
});

test('months: weeks Monday to Sunday, months forward and back across years, the same day or the last', () => {
  const weeks = monthWeeks('2026-12');
  assert.equal(weeks[0]![0], '2026-11-30', 'December 2026 starts on a Tuesday: its first week starts on Monday 30 November');
  assert.equal(weeks.at(-1)!.at(-1), '2027-01-03');
  assert.ok(weeks.every((w) => w.length === 7));
  assert.equal(monthWeeks('2021-02').length, 4, 'February 2021 starts on a Monday and fills four weeks exactly');
  assert.equal(monthWeeks('2026-02').length, 5, 'February 2026 starts on a Sunday');
  assert.equal(addMonths('2026-12', 1), '2027-01');
  assert.equal(addMonths('2026-01', -1), '2025-12');
  assert.equal(sameDayIn('2026-01-31', '2026-02'), '2026-02-28');
});

test('days: each open shift on its Helsinki day, an imported task on each day it runs, cancelled shifts on none', () => {
  const local = opportunity('local', { shifts: [shift('2026-12-05T22:30:00Z'), shift('2026-12-12T08:00:00Z'), shift('2026-12-19T08:00:00Z', 'cancelled')] });
  const imported = opportunity('imported', { source: 'vapaaehtoistyo', startsAt: '2026-12-01T08:00:00Z', endsAt: '2026-12-03T16:00:00Z' });
  const days = opportunitiesByDay([local, imported]);
  assert.deepEqual([...days.keys()].sort(), ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-06', '2026-12-12']);
  assert.equal(days.get('2026-12-06')![0]!.id, 'local', '22:30 UTC is the next day in Helsinki');
});
