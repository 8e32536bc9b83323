import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createQueueStore, type QueuePage } from './queue.store.js';

interface Row {
  id: string;
  kind: 'a' | 'b';
  version: number;
}
interface Detail extends Row {
  text: string;
}
type Filters = { kind: '' | 'a' | 'b' };

const ROWS: Row[] = Array.from({ length: 1000 }, (_, i) => ({ id: `r${String(i).padStart(4, '0')}`, kind: i % 3 === 0 ? 'a' : 'b', version: 1 }));

/**
 * A server stand-in at the store's boundary: pages by an opaque cursor (the last id, base64),
 * answers only when the test lets it, and records which requests were aborted.
 */
function backend(pageSize = 100) {
  const rows = ROWS.map((r) => ({ ...r }));
  const requests: Array<{ what: string; signal: AbortSignal; release: () => void }> = [];
  let hold = false;
  const gate = (what: string, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const entry = { what, signal, release: resolve };
      requests.push(entry);
      signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      if (!hold) resolve();
    });
  return {
    rows,
    requests,
    hold(on: boolean) {
      hold = on;
    },
    async list(filters: Filters, cursor: string | null, signal: AbortSignal): Promise<QueuePage<Row>> {
      await gate(`list ${filters.kind} ${cursor ?? ''}`, signal);
      const matching = rows.filter((r) => !filters.kind || r.kind === filters.kind);
      const after = cursor ? Buffer.from(cursor, 'base64url').toString() : '';
      const rest = matching.filter((r) => r.id > after);
      const items = rest.slice(0, pageSize);
      const last = items[items.length - 1];
      return { items, total: matching.length, next: rest.length > pageSize && last ? Buffer.from(last.id).toString('base64url') : null };
    },
    async read(id: string, signal: AbortSignal): Promise<Detail> {
      await gate(`read ${id}`, signal);
      const row = rows.find((r) => r.id === id)!;
      return { ...row, text: `report ${id}` };
    },
  };
}

function queue(b: ReturnType<typeof backend>) {
  return createQueueStore<Row, Filters, Detail>({
    list: b.list,
    read: b.read,
    filters: { kind: '' },
    idOf: (r) => r.id,
    rowOf: (d, row) => ({ ...row, version: d.version }),
  });
}

test('pages through 1,000 items by cursor with no cap, each once, in order', async () => {
  const b = backend(100);
  const store = queue(b);
  await store.reload();
  assert.equal(store.$state.get().items.length, 100);
  assert.equal(store.$state.get().total, 1000);
  while (store.$state.get().next !== null) await store.loadMore();
  const ids = store.$state.get().items.map((r) => r.id);
  assert.deepEqual(ids, ROWS.map((r) => r.id));
  assert.equal(b.requests.length, 10);
  await store.loadMore();
  assert.equal(b.requests.length, 10, 'nothing more after the last page');
});

test('new filters start from the first page and abort a page still loading for the old ones', async () => {
  const b = backend(100);
  const store = queue(b);
  await store.reload();
  b.hold(true);
  const more = store.loadMore();
  const filtered = store.setFilters({ kind: 'a' });
  assert.equal(b.requests[1]!.signal.aborted, true, 'the old page was aborted');
  assert.equal(store.$state.get().loading, 'first');
  b.requests[2]!.release();
  await Promise.all([more, filtered]);
  const state = store.$state.get();
  assert.equal(state.total, 334);
  assert.ok(state.items.every((r) => r.kind === 'a'));
  assert.equal(state.items.length, 100, 'the aborted page of the old filters was not appended');
  assert.equal(state.loading, 'idle');
  assert.equal(state.error, null);
});

test('a failed page keeps what was loaded and says why; the next try goes on from the same cursor', async () => {
  const b = backend(100);
  const failing = { ...b, fail: true };
  const store = createQueueStore<Row, Filters, Detail>({
    list: async (f, c, s) => {
      if (c && failing.fail) {
        failing.fail = false;
        throw new Error('offline');
      }
      return b.list(f, c, s);
    },
    read: b.read,
    filters: { kind: '' },
    idOf: (r) => r.id,
  });
  await store.reload();
  await store.loadMore();
  assert.equal((store.$state.get().error as Error).message, 'offline');
  assert.equal(store.$state.get().items.length, 100);
  await store.loadMore();
  assert.equal(store.$state.get().items.length, 200);
  assert.equal(store.$state.get().error, null);
});

test('one item open: opening another aborts the first read; a change goes at the read version and updates its row', async () => {
  const b = backend(100);
  const store = queue(b);
  await store.reload();
  b.hold(true);
  const first = store.open('r0001');
  const second = store.open('r0002');
  assert.equal(b.requests.find((r) => r.what === 'read r0001')!.signal.aborted, true);
  b.requests.find((r) => r.what === 'read r0002')!.release();
  assert.equal(await first, null);
  assert.equal((await second)?.id, 'r0002');
  assert.equal(store.$state.get().open?.detail?.text, 'report r0002');
  b.hold(false);

  const versions: number[] = [];
  const updated = await store.change(async (detail) => {
    versions.push(detail.version);
    b.rows[2]!.version = detail.version + 1;
    return { ...detail, version: detail.version + 1 };
  });
  assert.deepEqual(versions, [1], 'the change names the version it was read at');
  assert.equal(updated.version, 2);
  assert.equal(store.$state.get().open?.detail?.version, 2);
  assert.equal(store.$state.get().items.find((r) => r.id === 'r0002')?.version, 2, 'the row follows');

  // Someone else changed it: a 412 is the caller's to show; refresh reads the new version.
  b.rows[2]!.version = 5;
  const stale = Object.assign(new Error('stale'), { status: 412 });
  await assert.rejects(store.change(async () => Promise.reject(stale)), /stale/);
  assert.equal(store.$state.get().open?.detail?.version, 2, 'a failed change leaves the item as it was');
  assert.equal((await store.refresh())?.version, 5);

  store.close();
  assert.equal(store.$state.get().open, null);
  await assert.rejects(store.change(async (d) => d), /No item is open/);
});

test('dispose aborts what is in flight', async () => {
  const b = backend(100);
  const store = queue(b);
  b.hold(true);
  const listing = store.reload();
  const reading = store.open('r0000');
  store.dispose();
  assert.ok(b.requests.every((r) => r.signal.aborted));
  await Promise.all([listing, reading]);
  assert.deepEqual(store.$state.get().items, []);
});
