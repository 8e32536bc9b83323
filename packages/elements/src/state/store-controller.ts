import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Re-renders its host whenever a nanostores atom changes, while the host is connected (an ESM
 * stand-in for @nanostores/lit, which ships CommonJS only). The host may give the store later,
 * or swap it for another one.
 */
export class StoreController<T> implements ReactiveController {
  #store: ReadableAtom<T> | null;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    store: ReadableAtom<T> | null = null,
  ) {
    this.#store = store;
    host.addController(this);
  }

  get store(): ReadableAtom<T> | null {
    return this.#store;
  }

  /** Follows another store from now on; the old one is no longer listened to. */
  setStore(store: ReadableAtom<T>): void {
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = store;
    if (this.#connected) this.#subscribe();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #subscribe(): void {
    if (this.#store && !this.#unsubscribe) this.#unsubscribe = this.#store.listen(() => this.host.requestUpdate());
  }
}
