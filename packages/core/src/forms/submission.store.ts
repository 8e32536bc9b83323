import { atom, type ReadableAtom } from 'nanostores';
import { isNetworkError, isProblemError, isRetryable, retryDelay } from '../http/retry.js';
import { newIdempotencyKey } from '../http/idempotency.js';
import type { FieldError } from '../http/problem.logic.js';
import type { Problem } from '../http/problem.schema.js';
import { bodyDigest, defaultScheduler, readRecord, writeRecord, type DraftStorage, type Scheduler } from './draft-storage.js';

/**
 * editing: the person is typing (possibly with errors shown);
 * sending: a request is in flight;
 * waiting: the last attempt got no answer or a temporary failure, a retry is scheduled;
 * sent: the server confirmed, and its receipt is known.
 */
export type SubmissionPhase = 'editing' | 'sending' | 'waiting' | 'sent';

export type FailureKind = 'offline' | 'server' | 'rate-limited';

export interface SubmissionFailure {
  readonly kind: FailureKind;
  /** Failed attempts in a row. */
  readonly attempts: number;
  /** When the next attempt is due (the scheduler's clock, ms). */
  readonly retryAt: number;
}

export interface SubmissionState<D, R> {
  readonly phase: SubmissionPhase;
  readonly draft: D;
  /** Field errors by JSON pointer ("#/contact/email"), from the schema in the browser or the server's 422, with their message parameters. */
  readonly errors: Readonly<Record<string, FieldError>>;
  /** A problem that belongs to no field (a 409, …). */
  readonly problem: Problem | null;
  /** Why the last attempt failed for now, while phase is "waiting". */
  readonly failure: SubmissionFailure | null;
  /** The server's confirmation, once phase is "sent". */
  readonly receipt: R | null;
  /** Whether personal fields are kept on the device (the person opted in). */
  readonly rememberPersonal: boolean;
}

export type SubmissionValidation<B> = { readonly ok: true; readonly body: B } | { readonly ok: false; readonly errors: FieldError[] };

export interface SubmissionStoreOptions<D extends object, B, R> {
  /** An empty draft. */
  readonly initial: () => D;
  /** The draft as the request body, or the field errors that stop it being sent (the same schema as the server's). */
  readonly validate: (draft: D) => SubmissionValidation<B>;
  /** Sends the body under an Idempotency-Key; resolves with the server's confirmation. */
  readonly send: (body: B, idempotencyKey: string) => Promise<R>;
  /** Where the draft is kept on the device (localStorage); null keeps it in memory only. */
  readonly storage?: DraftStorage | null;
  /** Where personal fields are kept when the person has not opted in (sessionStorage: this tab only). */
  readonly sessionStorage?: DraftStorage | null;
  /** Key of the draft in storage: one per form. */
  readonly storageKey: string;
  /** Fields holding personal data (name, email, phone): kept on the device only on opt-in. */
  readonly personal?: readonly (keyof D)[];
  /** Whether personal fields are kept on the device from the start (the person's earlier choice wins). */
  readonly rememberPersonal?: boolean;
  /** A stored draft older than this is dropped, with its personal data. Default 7 days. */
  readonly maxAgeMs?: number;
  readonly scheduler?: Scheduler;
  readonly random?: () => number;
  /** Whether editing `field` clears the error at `pointer`. Default: the pointer is "#/field" or below it. */
  readonly clears?: (field: keyof D, pointer: string) => boolean;
  /** Called once with each receipt the server confirmed. */
  readonly onSent?: (receipt: R) => void;
  /** Asked before each submit is validated: a promise to wait for first (a photo still uploading), or nothing. */
  readonly beforeSubmit?: () => Promise<void> | undefined;
}

export interface SubmissionStore<D, R> {
  readonly $state: ReadableAtom<SubmissionState<D, R>>;
  setField<K extends keyof D>(field: K, value: D[K]): void;
  /** Validates and sends. Resolves when this attempt has an outcome; retries continue after. */
  submit(): Promise<void>;
  /** Sends a waiting submission at once (the person pressed "try now", or the browser went online). */
  retryNow(): Promise<void>;
  /** The person's choice to keep personal fields on this device (or to forget them there). */
  setRememberPersonal(on: boolean): void;
  /** Starts a new, empty draft after a sent one (or to throw a draft away). */
  startNew(): void;
  /** Stops scheduled retries (the element left the page). */
  dispose(): void;
}

/** What is stored on the device: no body, only its digest, so no personal data leaks there by the back door. */
interface DeviceRecord<D> {
  readonly savedAt: number;
  readonly draft: Partial<D>;
  readonly pending: { readonly key: string; readonly digest: string } | null;
  readonly rememberPersonal: boolean;
}

interface SessionRecord<D> {
  readonly savedAt: number;
  readonly personal: Partial<D>;
}

function pendingOf(stored: unknown): DeviceRecord<never>['pending'] {
  if (!stored || typeof stored !== 'object') return null;
  const { key, digest, body } = stored as { key?: unknown; digest?: unknown; body?: unknown };
  if (typeof key !== 'string') return null;
  if (typeof digest === 'string') return { key, digest };
  return typeof body === 'string' ? { key, digest: bodyDigest(body) } : null;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const UNEXPECTED: Problem = { type: 'about:blank', title: 'common.unexpected', code: 'common.unexpected' };

/**
 * A form's submission, for any domain: the draft kept on the device (personal fields only on
 * opt-in, else for this tab; every stored draft expires), one Idempotency-Key per body until
 * the server confirms (so a request whose answer was lost is never stored twice), retries while
 * offline or on 408/429/5xx honouring Retry-After, the server's 422 problems mapped to fields
 * by JSON pointer with their message parameters, and "sent" only on the server's confirmation.
 */
export function createSubmissionStore<D extends object, B, R>(options: SubmissionStoreOptions<D, B, R>): SubmissionStore<D, R> {
  const scheduler = options.scheduler ?? defaultScheduler;
  const device = options.storage ?? null;
  const session = options.sessionStorage ?? null;
  const key = options.storageKey;
  const personal = new Set<keyof D>(options.personal ?? []);
  const maxAge = options.maxAgeMs ?? WEEK_MS;
  const clears = options.clears ?? ((field, pointer) => pointer === `#/${String(field)}` || pointer.startsWith(`#/${String(field)}/`));

  const restored = restore();
  /** The request last sent: its key stays while its body does. */
  let pending: { key: string; digest: string } | null = restored.pending;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;

  const $state = atom<SubmissionState<D, R>>({
    phase: 'editing',
    draft: restored.draft,
    errors: {},
    problem: null,
    failure: null,
    receipt: null,
    rememberPersonal: restored.rememberPersonal,
  });

  function restore(): { draft: D; pending: DeviceRecord<D>['pending']; rememberPersonal: boolean } {
    const now = scheduler.now();
    const stored = readRecord<DeviceRecord<D>>(device, key);
    const kept = readRecord<SessionRecord<D>>(session, key);
    // A record of the earlier format (no savedAt, the body itself) is read once and rewritten.
    const fresh = (savedAt: unknown) => savedAt === undefined || (typeof savedAt === 'number' && now - savedAt <= maxAge);
    const deviceDraft = stored && fresh(stored.savedAt) ? stored : null;
    const sessionDraft = kept && fresh(kept.savedAt) ? kept : null;
    if (stored && !deviceDraft) writeRecord(device, key, null);
    if (kept && !sessionDraft) writeRecord(session, key, null);
    return {
      draft: { ...options.initial(), ...(deviceDraft?.draft ?? {}), ...(sessionDraft?.personal ?? {}) },
      pending: pendingOf(deviceDraft?.pending),
      rememberPersonal: stored?.rememberPersonal ?? options.rememberPersonal ?? false,
    };
  }

  function split(draft: D, keepPersonal: boolean): { own: Partial<D>; private: Partial<D> } {
    const own: Partial<D> = {};
    const priv: Partial<D> = {};
    for (const field of Object.keys(draft) as (keyof D)[]) {
      if (personal.has(field) && !keepPersonal) priv[field] = draft[field];
      else own[field] = draft[field];
    }
    return { own, private: priv };
  }

  function persist(): void {
    const state = $state.get();
    if (state.phase === 'sent') {
      // Only the person's choice stays; the draft is gone.
      writeRecord(device, key, state.rememberPersonal ? { savedAt: scheduler.now(), draft: {}, pending: null, rememberPersonal: true } : null);
      writeRecord(session, key, null);
      return;
    }
    const parts = split(state.draft, state.rememberPersonal);
    const savedAt = scheduler.now();
    writeRecord(device, key, { savedAt, draft: parts.own, pending, rememberPersonal: state.rememberPersonal } satisfies DeviceRecord<D>);
    writeRecord(session, key, Object.keys(parts.private).length > 0 ? ({ savedAt, personal: parts.private } satisfies SessionRecord<D>) : null);
  }

  function update(patch: Partial<SubmissionState<D, R>>): void {
    $state.set({ ...$state.get(), ...patch });
    persist();
  }

  function cancelTimer(): void {
    if (timer !== null) scheduler.clear(timer);
    timer = null;
  }

  async function attempt(): Promise<void> {
    const first = options.beforeSubmit?.();
    if (first) await first;
    const state = $state.get();
    if (state.phase === 'sent') return;
    const validation = options.validate(state.draft);
    if (!validation.ok) {
      cancelTimer();
      update({ phase: 'editing', errors: Object.fromEntries(validation.errors.map((e) => [e.pointer, e])), failure: null });
      return;
    }
    // The same body keeps its key, so a request that reached the server before the answer was
    // lost is not stored twice; a changed body is a new request with a new key.
    const digest = bodyDigest(JSON.stringify(validation.body));
    if (!pending || pending.digest !== digest) pending = { key: newIdempotencyKey(), digest };
    const idempotencyKey = pending.key;
    update({ phase: 'sending', errors: {}, problem: null });
    try {
      const receipt = await options.send(validation.body, idempotencyKey);
      pending = null;
      update({ phase: 'sent', receipt, failure: null });
      options.onSent?.(receipt);
    } catch (error) {
      if (isRetryable(error)) {
        const attempts = (state.failure?.attempts ?? 0) + 1;
        const delay = retryDelay(attempts, isProblemError(error) ? error.retryAfter : null, options.random);
        const kind: FailureKind =
          isNetworkError(error) ? 'offline' : isProblemError(error) && error.status === 429 ? 'rate-limited' : 'server';
        update({ phase: 'waiting', failure: { kind, attempts, retryAt: scheduler.now() + delay } });
        cancelTimer();
        timer = scheduler.set(() => {
          timer = null;
          void run();
        }, delay);
      } else if (isProblemError(error)) {
        const errors = error.problem.errors ?? [];
        update({
          phase: 'editing',
          failure: null,
          errors: Object.fromEntries(
            errors.map((e) => [e.pointer, { pointer: e.pointer, code: e.code, ...(e.params ? { params: e.params } : {}) } satisfies FieldError]),
          ),
          problem: errors.length > 0 ? null : error.problem,
        });
      } else {
        update({ phase: 'editing', failure: null, problem: UNEXPECTED });
      }
    }
  }

  function run(): Promise<void> {
    if (inFlight) return inFlight;
    inFlight = attempt().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    $state,
    setField(field, value) {
      const state = $state.get();
      if (state.phase === 'sent') return;
      const draft = { ...state.draft, [field]: value };
      const errors = { ...state.errors };
      for (const pointer of Object.keys(errors)) if (clears(field, pointer)) delete errors[pointer];
      update({ draft, errors });
    },
    submit() {
      if ($state.get().phase === 'sent') return Promise.resolve();
      return run();
    },
    retryNow() {
      if ($state.get().phase !== 'waiting') return inFlight ?? Promise.resolve();
      cancelTimer();
      return run();
    },
    setRememberPersonal(on) {
      update({ rememberPersonal: on });
    },
    startNew() {
      cancelTimer();
      pending = null;
      update({ phase: 'editing', draft: options.initial(), errors: {}, problem: null, failure: null, receipt: null });
    },
    dispose() {
      cancelTimer();
    },
  };
}
