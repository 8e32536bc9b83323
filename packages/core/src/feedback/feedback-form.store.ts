import { atom, type ReadableAtom } from 'nanostores';
import { isRetryable, NetworkError, ProblemError, retryDelay } from '../http/errors.js';
import { newIdempotencyKey } from '../http/idempotency.js';
import type { FieldError } from '../http/problem.logic.js';
import type { Problem } from '../http/problem.schema.js';
import type { Locale } from '../i18n/locale.js';
import type { FeedbackApi } from './feedback.api.js';
import { emptyDraft, validateDraft, type DraftField, type FeedbackDraft } from './feedback-form.logic.js';
import type { FeedbackCategory, FeedbackReceipt } from './feedback.schema.js';

/**
 * editing: the person is typing (possibly with errors shown);
 * sending: a request is in flight;
 * waiting: the last attempt got no answer or a temporary failure, a retry is scheduled;
 * sent: the server confirmed, and the receipt is known.
 */
export type FeedbackFormPhase = 'editing' | 'sending' | 'waiting' | 'sent';

export type FailureKind = 'offline' | 'server' | 'rate-limited';

export interface FeedbackFormState {
  readonly phase: FeedbackFormPhase;
  readonly draft: FeedbackDraft;
  /** Field errors by JSON pointer, from the schema in the browser or from the server's 422. */
  readonly errors: Readonly<Record<string, FieldError>>;
  /** A problem that belongs to no field (a 409, an unknown category that vanished, …). */
  readonly problem: Problem | null;
  /** Why the last attempt failed for now, while phase is "waiting". */
  readonly failure: { readonly kind: FailureKind; readonly attempts: number; readonly retryAt: number } | null;
  readonly receipt: FeedbackReceipt | null;
}

/** The place a draft survives a reload or a closed tab: localStorage in a browser. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Scheduler {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const defaultScheduler: Scheduler = {
  set: (cb, ms) => setTimeout(cb, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface FeedbackFormOptions {
  readonly api: FeedbackApi;
  readonly lang?: () => Locale;
  readonly category?: string;
  readonly storage?: DraftStorage | null;
  /** Key under which the draft and its pending idempotency key are kept in storage. */
  readonly storageKey?: string;
  readonly scheduler?: Scheduler;
  readonly random?: () => number;
  /** The chosen category's definition (questions, notices), to check answers before sending. */
  readonly categoryOf?: (id: string) => FeedbackCategory | null;
  /** Called once with each receipt the server confirmed (to remember it on this device). */
  readonly onSent?: (receipt: FeedbackReceipt) => void;
}

export interface FeedbackFormStore {
  readonly $state: ReadableAtom<FeedbackFormState>;
  setField<K extends DraftField>(field: K, value: FeedbackDraft[K]): void;
  /** Validates and sends. Resolves when this attempt has an outcome; retries continue after. */
  submit(): Promise<void>;
  /** Sends a waiting submission at once (the person pressed "try now", or the browser went online). */
  retryNow(): Promise<void>;
  /** Starts a new, empty feedback after a sent one. */
  startNew(): void;
  /** Stops scheduled retries (the element left the page). */
  dispose(): void;
}

interface Persisted {
  draft: FeedbackDraft;
  pending: { key: string; body: string } | null;
}

/**
 * The feedback form's state and verbs. Nothing typed is lost: the draft is kept in storage on
 * every change; a failed send keeps the draft and retries with the same idempotency key for
 * as long as the body is unchanged; "sent" is reached only on the server's confirmation.
 */
export function createFeedbackFormStore(options: FeedbackFormOptions): FeedbackFormStore {
  const scheduler = options.scheduler ?? defaultScheduler;
  const storage = options.storage ?? null;
  const storageKey = options.storageKey ?? 'kohtaamo:feedback-form';
  const lang = options.lang ?? (() => 'fi' as Locale);

  const restored = restore();
  let pending: Persisted['pending'] = restored?.pending ?? null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;

  const $state = atom<FeedbackFormState>({
    phase: 'editing',
    draft: restored?.draft ?? emptyDraft(options.category ?? ''),
    errors: {},
    problem: null,
    failure: null,
    receipt: null,
  });

  function restore(): Persisted | null {
    if (!storage) return null;
    try {
      const raw = storage.getItem(storageKey);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Persisted;
      return { draft: { ...emptyDraft(options.category ?? ''), ...parsed.draft }, pending: parsed.pending ?? null };
    } catch {
      return null;
    }
  }

  function persist(): void {
    if (!storage) return;
    try {
      const state = $state.get();
      if (state.phase === 'sent') storage.removeItem(storageKey);
      else storage.setItem(storageKey, JSON.stringify({ draft: state.draft, pending } satisfies Persisted));
    } catch {
      // Storage full or forbidden (private mode): the draft still lives in memory.
    }
  }

  function update(patch: Partial<FeedbackFormState>): void {
    $state.set({ ...$state.get(), ...patch });
    persist();
  }

  function cancelTimer(): void {
    if (timer !== null) scheduler.clear(timer);
    timer = null;
  }

  async function attempt(): Promise<void> {
    const state = $state.get();
    const validation = validateDraft(state.draft, lang(), options.categoryOf?.(state.draft.category) ?? null);
    if (!validation.ok) {
      cancelTimer();
      update({ phase: 'editing', errors: Object.fromEntries(validation.errors.map((e) => [e.pointer, e])), failure: null });
      return;
    }
    const body = JSON.stringify(validation.submission);
    // The same body keeps its key, so a request that reached the server before the answer was
    // lost is not stored twice; a changed body is a new request with a new key.
    if (!pending || pending.body !== body) pending = { key: newIdempotencyKey(), body };
    const key = pending.key;
    update({ phase: 'sending', errors: {}, problem: null });
    try {
      const receipt = await options.api.submit(validation.submission, key);
      pending = null;
      update({ phase: 'sent', receipt, failure: null });
      options.onSent?.(receipt);
    } catch (error) {
      if (isRetryable(error)) {
        const attempts = (state.failure?.attempts ?? 0) + 1;
        const delay = retryDelay(attempts, error instanceof ProblemError ? error.retryAfter : null, options.random);
        const kind: FailureKind =
          error instanceof NetworkError ? 'offline' : error instanceof ProblemError && error.status === 429 ? 'rate-limited' : 'server';
        update({ phase: 'waiting', failure: { kind, attempts, retryAt: scheduler.now() + delay } });
        cancelTimer();
        timer = scheduler.set(() => {
          timer = null;
          void run();
        }, delay);
      } else if (error instanceof ProblemError) {
        const errors = error.problem.errors ?? [];
        update({
          phase: 'editing',
          failure: null,
          errors: Object.fromEntries(errors.map((e) => [e.pointer, { pointer: e.pointer, code: e.code }])),
          problem: errors.length > 0 ? null : error.problem,
        });
      } else {
        update({
          phase: 'editing',
          failure: null,
          problem: { type: 'about:blank', title: 'common.unexpected', code: 'common.unexpected' },
        });
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
      for (const pointer of Object.keys(errors)) {
        if (pointer === `#/${field}` || errorBelongsTo(pointer, field)) delete errors[pointer];
      }
      update({ draft, errors });
    },
    submit() {
      const phase = $state.get().phase;
      if (phase === 'sent') return Promise.resolve();
      return run();
    },
    retryNow() {
      if ($state.get().phase !== 'waiting') return inFlight ?? Promise.resolve();
      cancelTimer();
      return run();
    },
    startNew() {
      cancelTimer();
      pending = null;
      const category = options.category ?? '';
      update({ phase: 'editing', draft: emptyDraft(category), errors: {}, problem: null, failure: null, receipt: null });
    },
    dispose() {
      cancelTimer();
    },
  };
}

function errorBelongsTo(pointer: string, field: DraftField): boolean {
  switch (field) {
    case 'address':
    case 'lat':
    case 'lon':
      return pointer.startsWith('#/location');
    case 'attributes':
      return pointer.startsWith('#/attributes') || pointer === '#/category';
    case 'photos':
      return pointer.startsWith('#/photos');
    case 'name':
    case 'email':
    case 'phone':
    case 'consent':
      return pointer === `#/contact/${field}` || (field === 'email' && pointer === '#/contact');
    case 'wantsContact':
      return pointer.startsWith('#/contact');
    default:
      return pointer === `#/${field}`;
  }
}
