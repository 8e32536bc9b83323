import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link LazyModule} has: nothing yet, loading, the module, or a failure to retry. */
export type LazyState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * A part of a widget that is not needed for its first render (a form's sending and checking, a
 * console's open item, a confirmation view), as a module imported later (issue 7, docs/adr/0061):
 * the cold page downloads only what draws the widget; the rest comes while the person reads.
 *
 * - `prefetch` (default on): the import starts after the host's first render, when the browser is
 *   idle, so the part is normally there before it is used, also if the network drops later.
 * - `get()` imports it now (once; again after a failure) and re-renders the host when it settles.
 * - While `state` is `loading` the host shows a busy notice; when `failed`, a retry (a failed
 *   dynamic import is not cached by the browser: calling `get()` again fetches it again).
 */
export class LazyModule<M> implements ReactiveController {
  #module: M | undefined;
  #pending: Promise<M> | undefined;
  #state: LazyState = 'idle';
  #prefetched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The import (`() => import('./x.form.js')`); a test may swap it. */
    public load: () => Promise<M>,
    private readonly options: { readonly prefetch?: boolean } = {},
  ) {
    host.addController(this);
  }

  get state(): LazyState {
    return this.#state;
  }

  /** The module, once loaded. */
  get value(): M | undefined {
    return this.#module;
  }

  /** Imports the module (once); rejects when the import fails, and a later call tries again. */
  get(): Promise<M> {
    if (this.#module !== undefined) return Promise.resolve(this.#module);
    if (!this.#pending) {
      this.#state = 'loading';
      this.#pending = this.load().then(
        (module) => {
          this.#module = module;
          this.#state = 'ready';
          this.host.requestUpdate();
          return module;
        },
        (error: unknown) => {
          this.#pending = undefined;
          this.#state = 'failed';
          this.host.requestUpdate();
          throw error;
        },
      );
    }
    return this.#pending;
  }

  hostUpdated(): void {
    if (this.#prefetched || this.options.prefetch === false) return;
    this.#prefetched = true;
    const start = (): void => void this.get().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }
}

/** What a person does first with a widget: focus a field (by key or pointer), press one, type. */
const FIRST_TOUCH = ['focusin', 'pointerdown', 'input'];

/**
 * Loads the API client's write path (ky, a lazy chunk: docs/adr/0082, 0083) when a person first
 * touches a widget that sends: a field focused, a pointer pressed, an input. A send then does not
 * wait a round trip for it (2.1 s on DevTools' Slow 3G, 0.6 s on Fast 3G: `npm run bench:writes`),
 * nor fails for it when the line drops while the form is filled in. A person who only reads never
 * downloads it (not on idle: most views of a form send nothing). The listeners are on the host
 * element, so they outlive a move in the page. Here, beside LazyModule, so that the widgets that
 * load parts lazily (every one that sends) pay no file of its own for it; the import is dynamic,
 * so a widget that draws without the server (the talkoot proposal form) keeps the client off its
 * cold page.
 */
export class PrepareWrites {
  constructor(
    host: EventTarget,
    /** The load: the client's write path, the same module http.ts imports at a write (a test may swap it). */
    load: () => Promise<unknown> = () => import('@kohtaamo/core/http/writes'),
  ) {
    const touched = (): void => {
      for (const type of FIRST_TOUCH) host.removeEventListener(type, touched);
      // A failed load is tried again at the first write, which reports it as a NetworkError.
      void load().catch(() => undefined);
    };
    for (const type of FIRST_TOUCH) host.addEventListener(type, touched, { passive: true });
  }
}

/**
 * Calls `then` once, at the first touch of `host` (a field focused, a pointer pressed, an input):
 * for a lazy part that the first view does not draw but the first interaction needs (the status
 * widget's lookup, docs/adr/0085), so a person who only looks downloads none of it.
 */
export function atFirstTouch(host: EventTarget, then: () => void): void {
  const touched = (): void => {
    for (const type of FIRST_TOUCH) host.removeEventListener(type, touched);
    then();
  };
  for (const type of FIRST_TOUCH) host.addEventListener(type, touched, { passive: true });
}
