import { atom, type ReadableAtom } from 'nanostores';

/** One page of a staff queue, as the server answers `?cursor=&limit=`. */
export interface QueuePage<T> {
  readonly items: readonly T[];
  /** How many items match the filters (on every page). */
  readonly total: number;
  /** The cursor of the next page, or null after the last. */
  readonly next: string | null;
}

/** The one item a handler has open, with the version its changes are made on (If-Match). */
export interface OpenItem<D> {
  readonly id: string;
  /** The item as last read or changed; null while the first read is on its way. */
  readonly detail: D | null;
  readonly loading: boolean;
  readonly error: unknown;
}

export interface QueueState<T, F, D> {
  readonly filters: F;
  /** Every item loaded so far, pages one after another. */
  readonly items: readonly T[];
  readonly total: number;
  readonly next: string | null;
  /** "first": the first page of these filters is loading; "more": a next page is. */
  readonly loading: 'idle' | 'first' | 'more';
  /** Why the last page failed (a NetworkError, a ProblemError), or null. */
  readonly error: unknown;
  readonly open: OpenItem<D> | null;
}

export interface QueueStoreOptions<T, F, D> {
  /** Reads one page; `cursor` null is the first. Must honour `signal`: superseded pages are aborted. */
  readonly list: (filters: F, cursor: string | null, signal: AbortSignal) => Promise<QueuePage<T>>;
  /** Reads one item in full. */
  readonly read: (id: string, signal: AbortSignal) => Promise<D>;
  readonly filters: F;
  readonly idOf: (item: T) => string;
  /** The row of the queue as a changed item makes it (status, assignee, version …). */
  readonly rowOf?: (detail: D, row: T) => T;
}

export interface QueueStore<T, F, D> {
  readonly $state: ReadableAtom<QueueState<T, F, D>>;
  /** New filters: the list starts again from its first page; a page still loading for the old ones is aborted. */
  setFilters(patch: Partial<F>): Promise<void>;
  /** Loads the first page again with the same filters. */
  reload(): Promise<void>;
  /** Loads the next page (nothing when there is none, or one is loading). */
  loadMore(): Promise<void>;
  /** Opens an item; opening another before it arrives aborts the first read. */
  open(id: string): Promise<D | null>;
  /** Reads the open item again (after a 412: someone else changed it). */
  refresh(): Promise<D | null>;
  close(): void;
  /**
   * Runs a change on the open item at the version it was read at (`run` sends it as If-Match);
   * the answer becomes the open item and its row. Errors (412 stale, 422 …) are the caller's.
   */
  change(run: (detail: D) => Promise<D>): Promise<D>;
  /** Aborts everything in flight (the element left the page). */
  dispose(): void;
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * A staff console's queue, for any domain: pages by opaque cursor with no cap, filters, the one
 * item open with its version, superseded requests aborted. Feedback's inbox uses it; budgeting,
 * volunteering and booking consoles reuse it with their own `list` and `read`.
 */
export function createQueueStore<T, F extends object, D>(options: QueueStoreOptions<T, F, D>): QueueStore<T, F, D> {
  const $state = atom<QueueState<T, F, D>>({
    filters: options.filters,
    items: [],
    total: 0,
    next: null,
    loading: 'idle',
    error: null,
    open: null,
  });
  const patch = (p: Partial<QueueState<T, F, D>>) => $state.set({ ...$state.get(), ...p });
  let listAbort: AbortController | null = null;
  let readAbort: AbortController | null = null;

  async function load(cursor: string | null): Promise<void> {
    listAbort?.abort();
    const abort = (listAbort = new AbortController());
    const filters = $state.get().filters;
    patch({ loading: cursor === null ? 'first' : 'more', error: null, ...(cursor === null ? { next: null } : {}) });
    try {
      const page = await options.list(filters, cursor, abort.signal);
      if (abort.signal.aborted) return;
      const items = cursor === null ? [...page.items] : [...$state.get().items, ...page.items];
      patch({ items, total: page.total, next: page.next, loading: 'idle' });
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      patch({ loading: 'idle', error });
    } finally {
      if (listAbort === abort) listAbort = null;
    }
  }

  async function read(id: string): Promise<D | null> {
    readAbort?.abort();
    const abort = (readAbort = new AbortController());
    const current = $state.get().open;
    patch({ open: { id, detail: current?.id === id ? current.detail : null, loading: true, error: null } });
    try {
      const detail = await options.read(id, abort.signal);
      if (abort.signal.aborted) return null;
      patch({ open: { id, detail, loading: false, error: null } });
      return detail;
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return null;
      const open = $state.get().open;
      patch({ open: { id, detail: open?.id === id ? open.detail : null, loading: false, error } });
      return null;
    } finally {
      if (readAbort === abort) readAbort = null;
    }
  }

  return {
    $state,
    setFilters(p) {
      patch({ filters: { ...$state.get().filters, ...p } });
      return load(null);
    },
    reload: () => load(null),
    loadMore() {
      const state = $state.get();
      if (state.next === null || state.loading !== 'idle') return Promise.resolve();
      return load(state.next);
    },
    open: (id) => read(id),
    refresh() {
      const open = $state.get().open;
      return open ? read(open.id) : Promise.resolve(null);
    },
    close() {
      readAbort?.abort();
      patch({ open: null });
    },
    async change(run) {
      const open = $state.get().open;
      if (!open?.detail) throw new Error('No item is open');
      const updated = await run(open.detail);
      // The handler may have opened another item meanwhile: only the changed one is replaced.
      const now = $state.get();
      patch({
        ...(now.open?.id === open.id ? { open: { id: open.id, detail: updated, loading: false, error: null } } : {}),
        items: options.rowOf ? now.items.map((row) => (options.idOf(row) === open.id ? options.rowOf!(updated, row) : row)) : now.items,
      });
      return updated;
    },
    dispose() {
      listAbort?.abort();
      readAbort?.abort();
    },
  };
}
