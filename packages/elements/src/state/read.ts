import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a {@link Read} is: not run yet, on its way, its value here, or failed (see `error`). */
export type ReadStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * One read of a widget from the server, as its host draws it (docs/adr/0085): what @lit/task did
 * for these widgets in a few hundred bytes instead of ~900 gzipped.
 *
 * - `run()` reads (with the last arguments, or new ones); a run still on its way is aborted, and
 *   only the newest run's answer or failure is kept. `abort()` aborts one on its way.
 * - With `args`, the host's every update compares them (item by item, `===`) with the last run's,
 *   and runs again when one changed: the first update runs it.
 * - `value` is the last answer; it stays while a new run is pending (so a view can keep the last
 *   figures in view) and is cleared by a failure. `error` is the last failure.
 */
export class Read<A extends readonly unknown[], T> implements ReactiveController {
  status: ReadStatus = 'initial';
  value: T | undefined;
  error: unknown;
  #last: A | undefined;
  #abort: AbortController | undefined;
  #run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: (args: A, signal: AbortSignal) => Promise<T>,
    private readonly args?: () => A,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.args?.();
    const last = this.#last;
    if (args && !(last && last.length === args.length && args.every((arg, i) => arg === last[i]))) void this.run(args);
  }

  /** Reads now; resolves when this run is settled (whether or not a newer one replaced it). */
  async run(args: A | undefined = this.#last ?? this.args?.()): Promise<void> {
    this.#last = args;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const run = ++this.#run;
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const value = await this.read(args as A, abort.signal);
      if (run !== this.#run) return;
      this.value = value;
      this.error = undefined;
      this.status = 'complete';
    } catch (error) {
      if (run !== this.#run) return;
      this.value = undefined;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Aborts the run on its way (its failure becomes `error`, as any other). */
  abort(): void {
    if (this.status === 'pending') this.#abort?.abort();
  }
}
