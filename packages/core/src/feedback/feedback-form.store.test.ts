import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NetworkError, ProblemError } from '../http/errors.js';
import type { FeedbackApi } from './feedback.api.js';
import type { FeedbackResidentApi } from './feedback-resident.api.js';
import type { FeedbackReceipt } from './feedback.schema.js';
import type { FeedbackSubmission } from './feedback-submission.schema.js';
import { createFeedbackFormStore, type DraftStorage, type Scheduler } from './feedback-form.store.js';

/** A server stand-in at the store's boundary: answers from a script, records every call. */
function scriptedApi(answers: Array<'ok' | Error>) {
  const calls: Array<{ submission: FeedbackSubmission; key: string }> = [];
  const api: FeedbackApi = {
    listCategories: async () => [],
    getStatus: async () => {
      throw new Error('not used');
    },
    async submit(submission, key) {
      calls.push({ submission, key });
      const answer = answers.shift() ?? 'ok';
      if (answer instanceof Error) throw answer;
      return { trackingCode: '0000-0001-1', status: 'received', createdAt: '2026-11-28T10:00:00.000Z' } satisfies FeedbackReceipt;
    },
  };
  return { api, calls };
}

/** Timers that fire only when the test says so. */
function manualScheduler() {
  let now = 0;
  const timers = new Map<number, { at: number; cb: () => void }>();
  let next = 1;
  const scheduler: Scheduler = {
    set(cb, ms) {
      timers.set(next, { at: now + ms, cb });
      return next++;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
    now: () => now,
  };
  return {
    scheduler,
    pending: () => [...timers.values()].map((t) => t.at - now),
    async advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.cb();
        }
      }
      await new Promise((r) => setImmediate(r));
    },
  };
}

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function fill(store: ReturnType<typeof createFeedbackFormStore>) {
  store.setField('category', 'streets');
  store.setField('message', 'Katuvalo ei pala Kauppakadulla.');
}

test('invalid drafts are not sent; errors come by pointer and clear as the field is edited', async () => {
  const { api, calls } = scriptedApi([]);
  const store = createFeedbackFormStore({ api, random: () => 0 });
  store.setField('message', 'abc');
  await store.submit();
  const state = store.$state.get();
  assert.equal(calls.length, 0);
  assert.equal(state.phase, 'editing');
  assert.equal(state.errors['#/category']?.code, 'feedback.category.required');
  assert.equal(state.errors['#/message']?.code, 'feedback.message.tooShort');
  store.setField('message', 'Nyt riittävän pitkä');
  assert.equal(store.$state.get().errors['#/message'], undefined);
  assert.ok(store.$state.get().errors['#/category']);
});

test('contact details need an email or phone and consent, and are left out when not chosen', async () => {
  const { api, calls } = scriptedApi([]);
  const store = createFeedbackFormStore({ api });
  fill(store);
  store.setField('email', 'left@behind.fi');
  store.setField('wantsContact', true);
  store.setField('email', '');
  await store.submit();
  assert.equal(store.$state.get().errors['#/contact/email']?.code, 'feedback.contact.emailOrPhone');
  assert.equal(store.$state.get().errors['#/contact/consent']?.code, 'feedback.contact.consent.required');
  store.setField('wantsContact', false);
  await store.submit();
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.submission.contact, undefined);
  assert.equal(store.$state.get().phase, 'sent');
});

test('a lost connection keeps the draft, retries with the same key, and reports sent only on success', async () => {
  const clock = manualScheduler();
  const { api, calls } = scriptedApi([new NetworkError('down'), new ProblemError({ type: 'about:blank', status: 503 }, 503), 'ok']);
  const storage = memoryStorage();
  const store = createFeedbackFormStore({ api, scheduler: clock.scheduler, storage, random: () => 0 });
  fill(store);
  await store.submit();
  let state = store.$state.get();
  assert.equal(state.phase, 'waiting');
  assert.equal(state.failure?.kind, 'offline');
  assert.equal(state.draft.message, 'Katuvalo ei pala Kauppakadulla.');
  assert.deepEqual(clock.pending(), [1000]);
  await clock.advance(1000);
  state = store.$state.get();
  assert.equal(state.phase, 'waiting');
  assert.equal(state.failure?.kind, 'server');
  assert.equal(state.failure?.attempts, 2);
  assert.deepEqual(clock.pending(), [2000]);
  await clock.advance(2000);
  state = store.$state.get();
  assert.equal(state.phase, 'sent');
  assert.equal(state.receipt?.trackingCode, '0000-0001-1');
  assert.equal(calls.length, 3);
  assert.equal(new Set(calls.map((c) => c.key)).size, 1, 'one idempotency key for one body');
  assert.equal(storage.data.size, 0, 'a sent draft is forgotten');
});

test('editing during an outage sends the new text under a new key', async () => {
  const clock = manualScheduler();
  const { api, calls } = scriptedApi([new NetworkError('down'), 'ok']);
  const store = createFeedbackFormStore({ api, scheduler: clock.scheduler, random: () => 0 });
  fill(store);
  await store.submit();
  store.setField('message', 'Katuvalo ei pala Kauppakadulla eikä Savontiellä.');
  await store.retryNow();
  assert.equal(store.$state.get().phase, 'sent');
  assert.equal(calls.length, 2);
  assert.notEqual(calls[0]!.key, calls[1]!.key);
  assert.equal(calls[1]!.submission.message, 'Katuvalo ei pala Kauppakadulla eikä Savontiellä.');
  assert.deepEqual(clock.pending(), [], 'the scheduled retry was cancelled');
});

test('Retry-After from a 429 sets the next attempt', async () => {
  const clock = manualScheduler();
  const { api } = scriptedApi([new ProblemError({ type: 'about:blank', status: 429 }, 429, 12)]);
  const store = createFeedbackFormStore({ api, scheduler: clock.scheduler });
  fill(store);
  await store.submit();
  assert.equal(store.$state.get().failure?.kind, 'rate-limited');
  assert.deepEqual(clock.pending(), [12000]);
  store.dispose();
  assert.deepEqual(clock.pending(), []);
});

test("the server's field errors land on the fields and the draft stays", async () => {
  const { api } = scriptedApi([
    new ProblemError(
      { type: 'about:blank', status: 422, errors: [{ pointer: '#/category', code: 'feedback.category.unknown', detail: 'Unknown category' }] },
      422,
    ),
  ]);
  const store = createFeedbackFormStore({ api });
  fill(store);
  await store.submit();
  const state = store.$state.get();
  assert.equal(state.phase, 'editing');
  assert.equal(state.errors['#/category']?.code, 'feedback.category.unknown');
  assert.equal(state.draft.message, 'Katuvalo ei pala Kauppakadulla.');
});

test('a problem without field errors is kept for the form to show', async () => {
  const { api } = scriptedApi([new ProblemError({ type: 'about:blank', status: 409, title: 'Conflict', detail: 'Try later' }, 409)]);
  const store = createFeedbackFormStore({ api });
  fill(store);
  await store.submit();
  assert.equal(store.$state.get().problem?.detail, 'Try later');
});

test('a draft and its pending key survive a reload through storage', async () => {
  const storage = memoryStorage();
  const clock = manualScheduler();
  const first = scriptedApi([new NetworkError('down')]);
  const before = createFeedbackFormStore({ api: first.api, storage, scheduler: clock.scheduler });
  fill(before);
  await before.submit();
  before.dispose();
  const second = scriptedApi(['ok']);
  const after = createFeedbackFormStore({ api: second.api, storage, scheduler: clock.scheduler });
  assert.equal(after.$state.get().draft.message, 'Katuvalo ei pala Kauppakadulla.');
  await after.submit();
  assert.equal(second.calls[0]!.key, first.calls[0]!.key, 'the reloaded page retries under the same key');
});

test('two submits at once make one request', async () => {
  const { api, calls } = scriptedApi(['ok']);
  const store = createFeedbackFormStore({ api });
  fill(store);
  await Promise.all([store.submit(), store.submit()]);
  assert.equal(calls.length, 1);
  await store.submit();
  assert.equal(calls.length, 1, 'nothing is sent again after sent');
  store.startNew();
  assert.equal(store.$state.get().phase, 'editing');
  assert.equal(store.$state.get().draft.message, '');
});

/** The resident API at the store's boundary: photo uploads, nearby look-ups and follows, recorded. */
function scriptedResident() {
  const calls = { uploads: 0, nearby: [] as Array<{ category: string; aborted: () => boolean }>, follows: [] as string[] };
  const resident: FeedbackResidentApi = {
    listPublic: async () => {
      throw new Error('not used');
    },
    async nearby(category, _point, signal) {
      calls.nearby.push({ category, aborted: () => signal?.aborted ?? false });
      return [{ trackingCode: '0000-0007-7', status: 'received', message: 'Sama kuoppa', distance: 12, followers: 1, createdAt: '2026-11-28T10:00:00.000Z' }] as never;
    },
    async follow(trackingCode) {
      calls.follows.push(trackingCode);
      return { trackingCode, followers: 2 };
    },
    async uploadPhoto() {
      calls.uploads++;
      return { id: `00000000-0000-4000-8000-00000000000${calls.uploads}`, contentType: 'image/jpeg', byteSize: 16 };
    },
  };
  return { resident, calls };
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
const photo = (name: string, bytes: Uint8Array = JPEG) => Object.assign(new Blob([bytes.buffer as ArrayBuffer], { type: 'image/jpeg' }), { name });

test('photos are actions of the store: checked, uploaded, joined to the draft; a submit waits for uploads', async () => {
  const { api, calls } = scriptedApi(['ok']);
  const { resident, calls: residentCalls } = scriptedResident();
  const store = createFeedbackFormStore({ api, resident, photoMaxBytes: () => 1000 });
  fill(store);
  await store.addPhotos([photo('a.txt', new TextEncoder().encode('not an image at all'))]);
  assert.equal(store.$resident.get().photoError?.code, 'feedback.photo.type');
  await store.addPhotos([photo('big.jpg', new Uint8Array(2000).fill(0xff))]);
  assert.deepEqual(store.$resident.get().photoError, { code: 'feedback.photo.tooLarge', params: { mb: 0 } });
  await store.addPhotos([photo('1.jpg'), photo('2.jpg'), photo('3.jpg'), photo('4.jpg')]);
  assert.equal(store.$resident.get().photoError?.code, 'feedback.photo.tooMany');
  assert.equal(residentCalls.uploads, 0);

  const uploading = store.addPhotos([photo('kuoppa.jpg')]);
  const sent = store.submit();
  await Promise.all([uploading, sent]);
  assert.equal(store.$resident.get().uploading, 0);
  assert.deepEqual(calls[0]!.submission.photos, ['00000000-0000-4000-8000-000000000001'], 'the photo chosen just before sending goes with it');
  assert.equal(store.$state.get().phase, 'sent');
});

test('similar reports are looked up after the pin settles; a superseded look-up is aborted; following remembers', async () => {
  const clock = manualScheduler();
  const { api } = scriptedApi([]);
  const { resident, calls } = scriptedResident();
  const followed: string[] = [];
  const store = createFeedbackFormStore({ api, resident, scheduler: clock.scheduler, onFollowed: (code) => followed.push(code) });
  store.setField('category', 'streets');
  store.setField('lat', 61.2);
  store.setField('lon', 26.03);
  store.setField('lon', 26.04);
  assert.equal(calls.nearby.length, 0, 'nothing asked while the pin moves');
  await clock.advance(400);
  assert.equal(calls.nearby.length, 1);
  assert.equal(store.$resident.get().nearby[0]?.trackingCode, '0000-0007-7');
  store.setField('lat', 61.3);
  assert.equal(calls.nearby[0]!.aborted(), true, 'the earlier request is aborted when the pin moves');

  await store.follow('0000-0007-7');
  assert.deepEqual(calls.follows, ['0000-0007-7']);
  assert.deepEqual(store.$resident.get().followed, { code: '0000-0007-7' });
  assert.deepEqual(followed, ['0000-0007-7']);
  store.startNew();
  assert.equal(store.$resident.get().followed, null);
  assert.deepEqual(store.$resident.get().nearby, []);
  store.dispose();
  assert.deepEqual(clock.pending(), []);
});
