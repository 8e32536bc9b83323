import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { NetworkError, ProblemError } from '../http/errors.js';
import { issuesToFieldErrors } from '../http/problem.logic.js';
import type { DraftStorage, Scheduler } from './draft-storage.js';
import { createSubmissionStore, type SubmissionValidation } from './submission.store.js';

/** A small form of another domain: a volunteer sign-up. */
interface SignUp {
  task: string;
  hours: string;
  name: string;
  email: string;
}
const SignUpSchema = v.object({
  task: v.pipe(v.string(), v.minLength(1, 'volunteering.task.required')),
  hours: v.pipe(v.string(), v.regex(/^\d+$/, 'common.invalid')),
  name: v.string(),
  email: v.pipe(v.string(), v.email('common.invalid')),
});
type Body = v.InferOutput<typeof SignUpSchema>;

const validate = (draft: SignUp): SubmissionValidation<Body> => {
  const result = v.safeParse(SignUpSchema, draft);
  return result.success ? { ok: true, body: result.output } : { ok: false, errors: issuesToFieldErrors(result.issues) };
};

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, val) => void data.set(k, val), removeItem: (k) => void data.delete(k) };
}

function manualScheduler(start = 1_000_000) {
  let now = start;
  const timers = new Map<number, { at: number; cb: () => void }>();
  let next = 1;
  const scheduler: Scheduler = {
    set(cb, ms) {
      timers.set(next, { at: now + ms, cb });
      return next++;
    },
    clear: (h) => void timers.delete(h as number),
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

function server(answers: Array<'ok' | Error>) {
  const calls: Array<{ body: Body; key: string }> = [];
  return {
    calls,
    async send(body: Body, key: string) {
      calls.push({ body, key });
      const answer = answers.shift() ?? 'ok';
      if (answer instanceof Error) throw answer;
      return { id: `s-${calls.length}` };
    },
  };
}

const empty = (): SignUp => ({ task: '', hours: '', name: '', email: '' });

function store(opts: { send: (b: Body, k: string) => Promise<{ id: string }>; device?: DraftStorage; session?: DraftStorage; clock?: ReturnType<typeof manualScheduler>; rememberPersonal?: boolean }) {
  return createSubmissionStore<SignUp, Body, { id: string }>({
    initial: empty,
    validate,
    send: opts.send,
    storage: opts.device ?? null,
    sessionStorage: opts.session ?? null,
    storageKey: 'kohtaamo:volunteer-signup',
    personal: ['name', 'email'],
    scheduler: (opts.clock ?? manualScheduler()).scheduler,
    random: () => 0,
    ...(opts.rememberPersonal !== undefined ? { rememberPersonal: opts.rememberPersonal } : {}),
  });
}

function fill(s: ReturnType<typeof store>) {
  s.setField('task', 'library-café');
  s.setField('hours', '3');
  s.setField('name', 'Maija Meikäläinen');
  s.setField('email', 'maija@example.fi');
}

test('personal fields stay off the device without opt-in: this tab keeps them, the device keeps the rest', async () => {
  const device = memoryStorage();
  const session = memoryStorage();
  const s = store({ send: server([]).send, device, session });
  fill(s);
  const onDevice = device.data.get('kohtaamo:volunteer-signup') ?? '';
  assert.match(onDevice, /library-café/);
  assert.doesNotMatch(onDevice, /maija|Maija/);
  assert.match(session.data.get('kohtaamo:volunteer-signup') ?? '', /maija@example\.fi/);

  // A reload in the same tab has it all back; a new browser session (no sessionStorage) only the rest.
  const again = store({ send: server([]).send, device, session });
  assert.equal(again.$state.get().draft.email, 'maija@example.fi');
  const nextDay = store({ send: server([]).send, device, session: memoryStorage() });
  assert.deepEqual(nextDay.$state.get().draft, { task: 'library-café', hours: '3', name: '', email: '' });
});

test('with the opt-in the device keeps the personal fields too, and the choice itself outlives a sent form', async () => {
  const device = memoryStorage();
  const s = store({ send: server(['ok']).send, device });
  s.setRememberPersonal(true);
  fill(s);
  assert.match(device.data.get('kohtaamo:volunteer-signup') ?? '', /maija@example\.fi/);
  await s.submit();
  assert.equal(s.$state.get().phase, 'sent');
  assert.doesNotMatch(device.data.get('kohtaamo:volunteer-signup') ?? '', /maija|café/, 'a sent draft is forgotten');
  assert.equal(store({ send: server([]).send, device }).$state.get().rememberPersonal, true);
  s.setRememberPersonal(false);
});

test('a stored draft expires: after the maximum age it is dropped from both storages', () => {
  const device = memoryStorage();
  const session = memoryStorage();
  const clock = manualScheduler();
  fill(store({ send: server([]).send, device, session, clock }));
  void clock.advance(7 * 24 * 60 * 60 * 1000 + 1);
  const later = store({ send: server([]).send, device, session, clock });
  assert.deepEqual(later.$state.get().draft, empty());
  assert.equal(device.data.size, 0);
  assert.equal(session.data.size, 0);
});

test('one Idempotency-Key per body until the server confirms, kept across a reload without storing the body', async () => {
  const device = memoryStorage();
  const session = memoryStorage();
  const clock = manualScheduler();
  const first = server([new NetworkError('down')]);
  const before = store({ send: first.send, device, session, clock });
  fill(before);
  await before.submit();
  assert.equal(before.$state.get().phase, 'waiting');
  assert.equal(before.$state.get().failure?.kind, 'offline');
  assert.doesNotMatch(device.data.get('kohtaamo:volunteer-signup') ?? '', /maija/, 'the pending request is a digest, not the body');
  before.dispose();

  const second = server([new ProblemError({ type: 'about:blank', status: 503 }, 503, 4), 'ok']);
  const after = store({ send: second.send, device, session, clock });
  await after.submit();
  assert.equal(after.$state.get().phase, 'waiting');
  assert.deepEqual(clock.pending(), [4000], 'Retry-After sets the next attempt');
  await clock.advance(4000);
  assert.equal(after.$state.get().phase, 'sent');
  assert.deepEqual(after.$state.get().receipt, { id: 's-2' });
  assert.deepEqual([...first.calls, ...second.calls].map((c) => c.key), Array(3).fill(first.calls[0]!.key));

  // A new draft after a confirmed one is a new request.
  after.startNew();
  fill(after);
  await after.submit();
  assert.notEqual(second.calls[2]!.key, first.calls[0]!.key);
});

test("the server's 422 problems land on their fields by pointer, with their message parameters", async () => {
  const answer = new ProblemError(
    {
      type: 'https://kohtaamo.fi/problems/validation',
      status: 422,
      errors: [
        { pointer: '#/hours', code: 'volunteering.hours.tooMany', detail: 'At most 8 hours', params: { max: 8 } },
        { pointer: '#/task', code: 'volunteering.task.full', detail: 'Full' },
      ],
    },
    422,
  );
  const s = store({ send: server([answer]).send });
  fill(s);
  await s.submit();
  const state = s.$state.get();
  assert.equal(state.phase, 'editing');
  assert.deepEqual(state.errors['#/hours'], { pointer: '#/hours', code: 'volunteering.hours.tooMany', params: { max: 8 } });
  assert.deepEqual(state.errors['#/task'], { pointer: '#/task', code: 'volunteering.task.full' });
  s.setField('hours', '2');
  assert.equal(s.$state.get().errors['#/hours'], undefined, 'editing a field clears its error');
  assert.ok(s.$state.get().errors['#/task']);
});

test('invalid drafts are never sent; a bug-shaped failure becomes a problem, not a retry', async () => {
  const srv = server([new TypeError('boom')]);
  const s = store({ send: srv.send });
  s.setField('hours', 'many');
  await s.submit();
  assert.equal(srv.calls.length, 0);
  assert.equal(s.$state.get().errors['#/task']?.code, 'volunteering.task.required');
  assert.equal(s.$state.get().errors['#/hours']?.code, 'common.invalid');
  fill(s);
  await s.submit();
  assert.equal(s.$state.get().phase, 'editing');
  assert.equal(s.$state.get().problem?.code, 'common.unexpected');
});
