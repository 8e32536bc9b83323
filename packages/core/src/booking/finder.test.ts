import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finderRows, matchesFinder } from './finder.js';
import { space } from './booking.test-support.js';
import { SpaceTree, childrenOfSpaces, leavesUnder } from './space.logic.js';

const spaces = [
  space('rooms', null, { areaM2: 70, capacity: 18, purposes: [] }),
  space('room-1', 'rooms', { areaM2: 30, capacity: 8, purposes: ['meeting-room'], accessibility: { stepFree: true, accessibleToilet: true, inductionLoop: true } }),
  space('room-2', 'rooms', { areaM2: 40, capacity: 10, purposes: ['meeting-room', 'workshop'] }),
  space('gym', null, { areaM2: 600, capacity: 80, purposes: ['sports'] }),
  space('gym-a', 'gym', { areaM2: 300, capacity: 40, purposes: ['sports'] }),
  space('gym-b', 'gym', { areaM2: 300, capacity: 40, purposes: ['sports'], accessibility: { stepFree: false, accessibleToilet: false, inductionLoop: false } }),
];
const resources = [
  { id: 'room-1', unitId: 'library', spaceIds: ['room-1'] },
  { id: 'room-2', unitId: 'library', spaceIds: ['room-2'] },
  { id: 'both', unitId: 'library', spaceIds: ['rooms'] },
  { id: 'gym', unitId: 'school', spaceIds: ['gym'] },
  { id: 'gym-a', unitId: 'school', spaceIds: ['gym-a'] },
  { id: 'old', unitId: 'school', spaceIds: ['gym-b'], active: false },
  { id: 'ghost', unitId: 'school', spaceIds: ['no-such-space'] },
];

test('a resource is as large as its own spaces (a parent counts once, not with its parts again)', () => {
  const rows = finderRows(spaces, resources);
  const by = Object.fromEntries(rows.map((r) => [r.resource.id, r]));
  assert.deepEqual(Object.keys(by), ['room-1', 'room-2', 'both', 'gym', 'gym-a'], 'inactive and unknown resources are left out');
  assert.equal(by.gym!.areaM2, 600);
  assert.equal(by.gym!.capacity, 80);
  assert.equal(by.both!.areaM2, 70);
  assert.deepEqual(by.both!.purposes, ['meeting-room', 'workshop'], 'purposes of the leaves it occupies');
});

test('accessibility holds only when every occupied leaf has it', () => {
  const by = Object.fromEntries(finderRows(spaces, resources).map((r) => [r.resource.id, r]));
  assert.equal(by['room-1']!.inductionLoop, true);
  assert.equal(by.both!.inductionLoop, false, 'room 2 has no loop');
  assert.equal(by.gym!.stepFree, false, 'half B has steps');
  assert.equal(by['gym-a']!.stepFree, true);
});

test('the filter by purpose, size, capacity, accessibility and unit', () => {
  const rows = finderRows(spaces, resources);
  const ids = (f: Parameters<typeof matchesFinder>[1]) => rows.filter((r) => matchesFinder(r, f)).map((r) => r.resource.id);
  assert.deepEqual(ids({}), ['room-1', 'room-2', 'both', 'gym', 'gym-a']);
  assert.deepEqual(ids({ purpose: 'meeting-room' }), ['room-1', 'room-2', 'both']);
  assert.deepEqual(ids({ purpose: 'workshop' }), ['room-2', 'both']);
  assert.deepEqual(ids({ minCapacity: 10 }), ['room-2', 'both', 'gym', 'gym-a']);
  assert.deepEqual(ids({ minAreaM2: 50, purpose: 'meeting-room' }), ['both']);
  assert.deepEqual(ids({ stepFree: true, purpose: 'sports' }), ['gym-a']);
  assert.deepEqual(ids({ inductionLoop: true }), ['room-1']);
  assert.deepEqual(ids({ unitId: 'school' }), ['gym', 'gym-a']);
});

test('the leaves under several spaces are their union, sorted, as the tree counts them; a cycle in bad data ends', () => {
  const children = childrenOfSpaces(spaces);
  const tree = new SpaceTree(spaces);
  assert.deepEqual(leavesUnder(children, ['gym', 'room-2', 'gym-a']), ['gym-a', 'gym-b', 'room-2']);
  assert.deepEqual(leavesUnder(children, ['gym', 'room-2', 'gym-a']), tree.leavesOfAll(['gym', 'room-2', 'gym-a']));
  assert.deepEqual(leavesUnder(children, ['room-1']), ['room-1']);
  const loop = childrenOfSpaces([space('a', 'b'), space('b', 'a'), space('c', 'a')]);
  assert.deepEqual(leavesUnder(loop, ['a']), ['c']);
});
