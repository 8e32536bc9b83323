import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { canResize, freeSeats, overlappingShifts, placeSignup, promoteFromWaiting, roleRefusal, spansOverlap, volunteerHours, waitingPositions, type SeatCounts } from './seats.logic.js';

const shift = (over: Partial<SeatCounts> = {}): SeatCounts => ({ capacity: 10, waitingListCapacity: 5, attending: 0, waiting: 0, held: 0, ...over });

test('a sign-up attends while seats are free, then waits, then is refused', () => {
  assert.equal(placeSignup(shift({ attending: 9 }), 1), 'attending');
  assert.equal(placeSignup(shift({ attending: 10 }), 1), 'waiting');
  assert.equal(placeSignup(shift({ attending: 10, waiting: 5 }), 1), 'refused');
  assert.equal(placeSignup(shift({ waitingListCapacity: 0, attending: 10 }), 1), 'refused');
});

test('a group is placed whole: it never splits between attending and waiting', () => {
  assert.equal(placeSignup(shift({ attending: 8 }), 3), 'waiting');
  assert.equal(placeSignup(shift({ attending: 8, waiting: 3 }), 3), 'refused');
  assert.equal(placeSignup(shift({ attending: 7 }), 3), 'attending');
  assert.throws(() => placeSignup(shift(), 0), RangeError);
});

test('holds of others take seats; one’s own hold becomes one’s seats', () => {
  const counts = shift({ attending: 7, held: 3 });
  assert.equal(freeSeats(counts), 0);
  assert.equal(placeSignup(counts, 1), 'waiting');
  assert.equal(placeSignup(counts, 2, 2), 'attending');
  assert.equal(placeSignup(counts, 3, 2), 'waiting');
});

test('promotion walks the queue in order and promotes each that fits', () => {
  const queue = [{ id: 'a', groupSize: 4 }, { id: 'b', groupSize: 1 }, { id: 'c', groupSize: 2 }, { id: 'd', groupSize: 1 }];
  assert.deepEqual(promoteFromWaiting(1, queue), ['b']);
  assert.deepEqual(promoteFromWaiting(3, queue), ['b', 'c']);
  assert.deepEqual(promoteFromWaiting(4, queue), ['a']);
  assert.deepEqual(promoteFromWaiting(0, queue), []);
  assert.deepEqual([...waitingPositions(queue)], [['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
});

test('property: any sequence of sign-ups and cancels keeps attending ≤ capacity and waiting ≤ its capacity, and no seat stays empty while someone who fits waits', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 0, max: 10 }),
      fc.array(fc.oneof(fc.record({ join: fc.integer({ min: 1, max: 5 }) }), fc.record({ cancel: fc.nat(40) })), { maxLength: 60 }),
      (capacity, waitingListCapacity, ops) => {
        const list: { id: string; groupSize: number; status: 'attending' | 'waiting' }[] = [];
        let n = 0;
        const counts = () => ({
          capacity,
          waitingListCapacity,
          attending: list.filter((s) => s.status === 'attending').reduce((a, s) => a + s.groupSize, 0),
          waiting: list.filter((s) => s.status === 'waiting').reduce((a, s) => a + s.groupSize, 0),
          held: 0,
        });
        for (const op of ops) {
          if ('join' in op) {
            const placed = placeSignup(counts(), op.join);
            if (placed !== 'refused') list.push({ id: `s${n++}`, groupSize: op.join, status: placed });
          } else if (list.length > 0) {
            list.splice(op.cancel % list.length, 1);
            const queue = list.filter((s) => s.status === 'waiting');
            for (const id of promoteFromWaiting(freeSeats(counts()), queue)) list.find((s) => s.id === id)!.status = 'attending';
          }
          const c = counts();
          assert.ok(c.attending <= capacity);
          assert.ok(c.waiting <= waitingListCapacity);
          const free = capacity - c.attending;
          assert.ok(!list.some((s) => s.status === 'waiting' && s.groupSize <= free), 'a waiting sign-up that fits was left waiting');
        }
      },
    ),
  );
});

test('resizing: more people only if they fit, fewer always', () => {
  assert.equal(canResize(shift({ attending: 9 }), 'attending', 2, 3), true);
  assert.equal(canResize(shift({ attending: 10 }), 'attending', 2, 3), false);
  assert.equal(canResize(shift({ attending: 10 }), 'attending', 3, 1), true);
  assert.equal(canResize(shift({ attending: 10, waiting: 5 }), 'waiting', 1, 2), false);
});

test('overlaps are half-open: back-to-back shifts do not overlap', () => {
  const a = { id: 'a', startsAt: '2026-06-06T07:00:00Z', endsAt: '2026-06-06T09:00:00Z' };
  const b = { id: 'b', startsAt: '2026-06-06T09:00:00Z', endsAt: '2026-06-06T10:00:00Z' };
  const c = { id: 'c', startsAt: '2026-06-06T08:59:00Z', endsAt: '2026-06-06T12:00:00Z' };
  assert.equal(spansOverlap(a, b), false);
  assert.equal(spansOverlap(a, c), true);
  assert.deepEqual(overlappingShifts(c, [a, b, c]).map((s) => s.id), ['a', 'b']);
});

test('roles with a minimum age; hours are length × people', () => {
  assert.deepEqual(roleRefusal({ minimumAge: 18 }, 16), { key: 'volunteering.role.tooYoung', params: { minimumAge: 18 } });
  assert.equal(roleRefusal({ minimumAge: 18 }, 18), null);
  assert.equal(roleRefusal(undefined, 10), null);
  assert.equal(volunteerHours('2026-06-06T07:00:00Z', '2026-06-06T10:30:00Z', 3), 10.5);
});
