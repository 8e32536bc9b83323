import { atom, type ReadableAtom } from 'nanostores';
import type { DraftStorage } from './feedback-form.store.js';
import type { FeedbackStatus } from './feedback.schema.js';
import { TRACKING_CODE_PATTERN } from './tracking-code.js';
import { REMEMBERED_STORAGE_KEY } from './remembered-reports.key.js';

export { REMEMBERED_STORAGE_KEY };

/** A report sent from this device, as remembered in its storage. */
export interface RememberedReport {
  readonly trackingCode: string;
  readonly createdAt: string;
  /** The status and reply time last shown to the resident (null: never looked at since sending). */
  readonly seenStatus: string | null;
  readonly seenReplyAt: string | null;
}

/** Most reports remembered; the oldest are forgotten first. */
export const REMEMBERED_MAX = 20;

/** Whether the current status has news the resident has not seen: a reply, or a status change. */
export function hasUnseenUpdate(report: RememberedReport, current: Pick<FeedbackStatus, 'status' | 'reply'>): boolean {
  if (current.reply && current.reply.repliedAt !== report.seenReplyAt) return true;
  return (report.seenStatus ?? 'received') !== current.status;
}

export interface RememberedReportsStore {
  readonly $reports: ReadableAtom<readonly RememberedReport[]>;
  remember(report: { trackingCode: string; createdAt: string }): void;
  /** Marks a report's status and reply as seen. */
  markSeen(trackingCode: string, status: Pick<FeedbackStatus, 'status' | 'reply'>): void;
  forget(trackingCode: string): void;
  /** Reads storage again (another form or tab added a report). */
  refresh(): void;
}

function parse(raw: string | null): RememberedReport[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (r): r is RememberedReport =>
        typeof r === 'object' && r !== null && typeof r.trackingCode === 'string' && TRACKING_CODE_PATTERN.test(r.trackingCode) && typeof r.createdAt === 'string',
    ).map((r) => ({ trackingCode: r.trackingCode, createdAt: r.createdAt, seenStatus: r.seenStatus ?? null, seenReplyAt: r.seenReplyAt ?? null }));
  } catch {
    return [];
  }
}

/**
 * The tracking codes sent from this device, newest first, kept in the injected storage
 * (localStorage in a browser). Storage that fails (private mode, full) leaves the list in memory.
 */
export function createRememberedReportsStore(storage: DraftStorage | null, key = REMEMBERED_STORAGE_KEY): RememberedReportsStore {
  const read = (): RememberedReport[] => {
    try {
      return parse(storage?.getItem(key) ?? null);
    } catch {
      return [];
    }
  };
  const $reports = atom<readonly RememberedReport[]>(read());
  const save = (reports: RememberedReport[]) => {
    $reports.set(reports);
    try {
      storage?.setItem(key, JSON.stringify(reports));
    } catch {
      // kept in memory only
    }
  };
  // Another tab (or form) may have added one: always start from what storage holds now.
  const current = () => (storage ? read() : [...$reports.get()]);
  return {
    $reports,
    remember({ trackingCode, createdAt }) {
      const rest = current().filter((r) => r.trackingCode !== trackingCode);
      save([{ trackingCode, createdAt, seenStatus: null, seenReplyAt: null }, ...rest].slice(0, REMEMBERED_MAX));
    },
    markSeen(trackingCode, status) {
      save(
        current().map((r) =>
          r.trackingCode === trackingCode ? { ...r, seenStatus: status.status, seenReplyAt: status.reply?.repliedAt ?? null } : r,
        ),
      );
    },
    forget(trackingCode) {
      save(current().filter((r) => r.trackingCode !== trackingCode));
    },
    refresh() {
      if (storage) $reports.set(read());
    },
  };
}
