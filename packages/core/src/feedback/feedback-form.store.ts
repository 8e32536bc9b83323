import { atom, type ReadableAtom } from 'nanostores';
import { newIdempotencyKey } from '../http/idempotency.js';
import { defaultScheduler, type DraftStorage, type Scheduler } from '../forms/draft-storage.js';
import { createSubmissionStore, type SubmissionPhase, type SubmissionState, type SubmissionStore } from '../forms/submission.store.js';
import type { Locale } from '../i18n/locale.js';
import type { FeedbackApi } from './feedback.api.js';
import type { FeedbackResidentApi } from './feedback-resident.api.js';
import type { NearbyFeedback } from './feedback-resident.schema.js';
import { emptyDraft, type DraftField, type FeedbackDraft } from './feedback-form.logic.js';
import type { validateDraft } from './feedback-form.validate.js';
import type { FeedbackCategory, FeedbackReceipt } from './feedback.schema.js';
import type { FeedbackSubmission } from './feedback-submission.schema.js';
import { PHOTO_MAX_BYTES, PHOTO_MAX_COUNT, sniffImageType } from './image-type.js';

export type { DraftStorage, Scheduler } from '../forms/draft-storage.js';
export type { FailureKind } from '../forms/submission.store.js';

export type FeedbackFormPhase = SubmissionPhase;
export type FeedbackFormState = SubmissionState<FeedbackDraft, FeedbackReceipt>;

/** The draft fields that hold personal data: kept on the device only when the resident opts in. */
export const FEEDBACK_PERSONAL_FIELDS = ['name', 'email', 'phone'] as const satisfies readonly DraftField[];

/** A chosen photo: a File in a browser (its name is shown), any Blob elsewhere. */
export type PhotoFile = Blob & { readonly name?: string };

/** The resident parts beside the draft: photo uploads, similar reports nearby, "this is mine too". */
export interface FeedbackResidentState {
  /** Photos being uploaded now. */
  readonly uploading: number;
  /** Why the last photo was refused, as a message key with its parameters. */
  readonly photoError: { readonly code: string; readonly params?: Readonly<Record<string, string | number>> } | null;
  /** Open reports of the same topic near the pin. */
  readonly nearby: readonly NearbyFeedback[];
  /** The report the resident followed instead of sending a new one. */
  readonly followed: { readonly code: string } | null;
  /** The tracking code being followed now ("" when none). */
  readonly following: string;
}

export interface FeedbackFormOptions {
  readonly api: FeedbackApi;
  /** Photos, nearby reports and following; without it those actions do nothing. */
  readonly resident?: FeedbackResidentApi;
  readonly lang?: () => Locale;
  readonly category?: string;
  /** Where the draft is kept on the device (localStorage). */
  readonly storage?: DraftStorage | null;
  /** Where contact details are kept without the resident's opt-in (sessionStorage: this tab only). */
  readonly sessionStorage?: DraftStorage | null;
  /** Key under which the draft and its pending idempotency key are kept in storage. */
  readonly storageKey?: string;
  readonly scheduler?: Scheduler;
  readonly random?: () => number;
  /** The chosen category's definition (questions, notices), to check answers before sending. */
  readonly categoryOf?: (id: string) => FeedbackCategory | null;
  /** Called once with each receipt the server confirmed (to remember it on this device). */
  readonly onSent?: (receipt: FeedbackReceipt) => void;
  /** Called with each report the resident followed (to remember it on this device). */
  readonly onFollowed?: (trackingCode: string) => void;
  /** Largest photo accepted before uploading, in bytes. */
  readonly photoMaxBytes?: () => number;
  /**
   * Imports the draft's checks (the submission schema, the answers' rules) the first time the
   * person sends: a widget passes its own lazy part that carries them; by default core imports
   * feedback-form.validate.ts. A failed import rejects `submit()` and keeps the draft as it is.
   */
  readonly validation?: () => Promise<typeof validateDraft>;
}

export interface FeedbackFormStore extends SubmissionStore<FeedbackDraft, FeedbackReceipt> {
  readonly $resident: ReadableAtom<FeedbackResidentState>;
  /** Checks and uploads photos one by one; each uploaded one joins the draft. A submit waits for them. */
  addPhotos(files: readonly PhotoFile[]): Promise<void>;
  removePhoto(id: string): void;
  /** "This is mine too": follows a similar report (one idempotency key per press). */
  follow(trackingCode: string): Promise<void>;
}

/** Waits this long after the pin or the topic last changed before asking for similar reports. */
export const NEARBY_DELAY_MS = 400;

const EMPTY_RESIDENT: FeedbackResidentState = { uploading: 0, photoError: null, nearby: [], followed: null, following: '' };

/**
 * The feedback form's state and verbs, on the generic submission store (forms/): nothing typed
 * is lost, a failed send retries under the same idempotency key while the body is unchanged,
 * and "sent" comes only with the server's confirmation. Photos, similar reports near the pin and
 * "this is mine too" are actions of this store, not state inside the element.
 */
export function createFeedbackFormStore(options: FeedbackFormOptions): FeedbackFormStore {
  const scheduler = options.scheduler ?? defaultScheduler;
  const lang = options.lang ?? (() => 'fi' as Locale);
  const $resident = atom<FeedbackResidentState>(EMPTY_RESIDENT);
  const patchResident = (patch: Partial<FeedbackResidentState>) => $resident.set({ ...$resident.get(), ...patch });
  /** Settles when every photo chosen so far has been uploaded (or has failed). */
  let uploads: Promise<void> = Promise.resolve();
  let photoRuns = 0;
  /** The draft's checks, once imported (not on a cold page: only a person who sends needs them). */
  let check: typeof validateDraft | null = null;
  const loadCheck = options.validation ?? (async () => (await import('./feedback-form.validate.js')).validateDraft);

  const base = createSubmissionStore<FeedbackDraft, FeedbackSubmission, FeedbackReceipt>({
    initial: () => emptyDraft(options.category ?? ''),
    validate: (draft) => {
      const result = check!(draft, lang(), options.categoryOf?.(draft.category) ?? null);
      return result.ok ? { ok: true, body: result.submission } : result;
    },
    send: (body, key) => options.api.submit(body, key),
    storage: options.storage ?? null,
    sessionStorage: options.sessionStorage ?? null,
    storageKey: options.storageKey ?? 'kohtaamo:feedback-form',
    personal: FEEDBACK_PERSONAL_FIELDS,
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.random ? { random: options.random } : {}),
    clears: errorBelongsTo,
    ...(options.onSent ? { onSent: options.onSent } : {}),
    // A photo chosen just before pressing send is still uploading: send it with the feedback.
    // The checks are imported on the first send (rejects when they cannot be: nothing changes).
    beforeSubmit: () => {
      const photos = photoRuns > 0 ? uploads : undefined;
      if (check) return photos;
      return (photos ?? Promise.resolve()).then(async () => {
        check ??= await loadCheck();
      });
    },
  });

  // ── Similar reports near the pin ─────────────────────────────────────────────────────────
  let nearbyFor = '';
  let nearbyTimer: unknown = null;
  let nearbyAbort: AbortController | null = null;

  function watchNearby(state: FeedbackFormState): void {
    if (!options.resident || state.phase !== 'editing') return;
    const { draft } = state;
    const key = draft.category && draft.lat !== null && draft.lon !== null ? `${draft.category}|${draft.lat}|${draft.lon}` : '';
    if (key === nearbyFor) return;
    nearbyFor = key;
    stopNearby();
    if (!key) {
      if ($resident.get().nearby.length > 0) patchResident({ nearby: [] });
      return;
    }
    const resident = options.resident;
    nearbyTimer = scheduler.set(() => {
      nearbyTimer = null;
      const abort = (nearbyAbort = new AbortController());
      resident
        .nearby(draft.category, { lat: draft.lat!, lon: draft.lon! }, abort.signal)
        .then((items) => {
          if (!abort.signal.aborted) patchResident({ nearby: items });
        })
        .catch(() => {
          // Suggestions are a help, not a step: without them the form works as before.
        });
    }, NEARBY_DELAY_MS);
  }

  function stopNearby(): void {
    if (nearbyTimer !== null) scheduler.clear(nearbyTimer);
    nearbyTimer = null;
    nearbyAbort?.abort();
    nearbyAbort = null;
  }

  // Lives as long as the store: the draft's pin and topic drive the look-up.
  base.$state.subscribe(watchNearby);

  // ── Photos ───────────────────────────────────────────────────────────────────────────────
  async function uploadPhotos(files: readonly PhotoFile[]): Promise<void> {
    const resident = options.resident;
    if (!resident) return;
    const maxBytes = options.photoMaxBytes?.() ?? PHOTO_MAX_BYTES;
    patchResident({ photoError: null });
    const room = PHOTO_MAX_COUNT - base.$state.get().draft.photos.length;
    if (files.length > room) {
      patchResident({ photoError: { code: 'feedback.photo.tooMany', params: { count: PHOTO_MAX_COUNT } } });
      return;
    }
    for (const file of files) {
      if (file.size > maxBytes) {
        patchResident({ photoError: { code: 'feedback.photo.tooLarge', params: { mb: Math.round(maxBytes / 1024 / 1024) } } });
        continue;
      }
      // The same check as the server's: the first bytes, not the file name or its declared type.
      if (sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer())) === null) {
        patchResident({ photoError: { code: 'feedback.photo.type' } });
        continue;
      }
      patchResident({ uploading: $resident.get().uploading + 1 });
      try {
        const uploaded = await resident.uploadPhoto(file);
        base.setField('photos', [...base.$state.get().draft.photos, { id: uploaded.id, name: file.name ?? uploaded.id }]);
      } catch {
        patchResident({ photoError: { code: 'common.serverDown' } });
      } finally {
        patchResident({ uploading: $resident.get().uploading - 1 });
      }
    }
  }

  return {
    ...base,
    $resident,
    addPhotos(files) {
      photoRuns++;
      const run = uploadPhotos(files).finally(() => photoRuns--);
      uploads = Promise.allSettled([uploads, run]).then(() => undefined);
      return run;
    },
    removePhoto(id) {
      base.setField(
        'photos',
        base.$state.get().draft.photos.filter((p) => p.id !== id),
      );
    },
    async follow(trackingCode) {
      const resident = options.resident;
      if (!resident || $resident.get().following) return;
      patchResident({ following: trackingCode });
      try {
        const result = await resident.follow(trackingCode, {}, newIdempotencyKey());
        patchResident({ followed: { code: result.trackingCode } });
        options.onFollowed?.(result.trackingCode);
      } catch {
        // Nothing changed on the server that the resident must know of; the button stays.
      } finally {
        patchResident({ following: '' });
      }
    },
    startNew() {
      stopNearby();
      nearbyFor = '';
      $resident.set(EMPTY_RESIDENT);
      base.startNew();
    },
    dispose() {
      stopNearby();
      base.dispose();
    },
  };
}


function errorBelongsTo(field: DraftField, pointer: string): boolean {
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
