import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRememberedReportsStore, hasUnseenUpdate, REMEMBERED_MAX } from './remembered-reports.store.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}
const code = (n: number) => `AAAA-AAA${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[n]}-X`;

test('remembers codes newest first, once each, in storage; a second store sees them', () => {
  const storage = memoryStorage();
  const store = createRememberedReportsStore(storage);
  store.remember({ trackingCode: 'T1E0-2025-C', createdAt: '2025-05-12T06:41:00.000Z' });
  store.remember({ trackingCode: 'PARK-2025-B', createdAt: '2025-05-13T06:41:00.000Z' });
  store.remember({ trackingCode: 'T1E0-2025-C', createdAt: '2025-05-12T06:41:00.000Z' });
  assert.deepEqual(store.$reports.get().map((r) => r.trackingCode), ['T1E0-2025-C', 'PARK-2025-B']);
  assert.deepEqual(createRememberedReportsStore(storage).$reports.get().map((r) => r.trackingCode), ['T1E0-2025-C', 'PARK-2025-B']);
  const other = createRememberedReportsStore(storage);
  store.remember({ trackingCode: 'HE1N-2025-A', createdAt: '2025-05-14T06:41:00.000Z' });
  assert.equal(other.$reports.get().length, 2, 'another store sees it only after refresh');
  other.refresh();
  assert.equal(other.$reports.get().length, 3);
  store.forget('HE1N-2025-A');
  store.forget('T1E0-2025-C');
  assert.deepEqual(createRememberedReportsStore(storage).$reports.get().map((r) => r.trackingCode), ['PARK-2025-B']);
});

test(`keeps at most ${REMEMBERED_MAX}; garbage in storage is ignored; no storage works in memory`, () => {
  const storage = memoryStorage();
  storage.setItem('kohtaamo:feedback-sent', JSON.stringify([{ trackingCode: '<script>', createdAt: 'x' }, 42]));
  const store = createRememberedReportsStore(storage);
  assert.deepEqual(store.$reports.get(), []);
  for (let i = 0; i < REMEMBERED_MAX + 3; i++) store.remember({ trackingCode: code(i), createdAt: '2025-01-01T00:00:00.000Z' });
  assert.equal(store.$reports.get().length, REMEMBERED_MAX);
  const memory = createRememberedReportsStore(null);
  memory.remember({ trackingCode: 'T1E0-2025-C', createdAt: '2025-05-12T06:41:00.000Z' });
  assert.equal(memory.$reports.get().length, 1);
});

test('an update is unseen until marked seen: a new reply, or a status change', () => {
  const store = createRememberedReportsStore(memoryStorage());
  store.remember({ trackingCode: 'T1E0-2025-C', createdAt: '2025-05-12T06:41:00.000Z' });
  const report = () => store.$reports.get()[0]!;
  assert.equal(hasUnseenUpdate(report(), { status: 'received', reply: null }), false);
  assert.equal(hasUnseenUpdate(report(), { status: 'in_handling', reply: null }), true);
  const replied = { status: 'done' as const, reply: { text: 'Korjattu', repliedAt: '2025-05-14T08:00:00.000Z' } };
  assert.equal(hasUnseenUpdate(report(), replied), true);
  store.markSeen('T1E0-2025-C', replied);
  assert.equal(hasUnseenUpdate(report(), replied), false);
  assert.equal(hasUnseenUpdate(report(), { ...replied, reply: { text: 'Lisäys', repliedAt: '2025-05-15T08:00:00.000Z' } }), true);
});
