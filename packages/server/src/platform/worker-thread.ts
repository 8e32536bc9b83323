/**
 * One worker thread for a module's heavy computation (a tally, an export): the event loop only
 * posts the input and receives the output, so every other request, /healthz included, is served
 * meanwhile (issue 13, ADR 0055). Started on first use, let go (unref) while idle; a crash fails
 * the calls in flight and the next call starts a new thread.
 *
 * The worker's entry is a file of the server build beside the chunks (`<name>.js`, an entry of
 * scripts/build.mjs). From source (tests, `tsx`) it is the TypeScript file: Node 20 loads a
 * worker's entry before the --import hooks it inherits are ready, so a small bootstrap
 * registers tsx's loader first. The entry answers each message `{ id, ...input }` with
 * `{ id, ...output }` or `{ id, error }` (see `serveWorkerCalls`).
 */
import { existsSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';

export interface WorkerThread<I, O> {
  run(input: I): Promise<O>;
  close(): Promise<void>;
}

/** `built`: the entry of the build (URL of a .js file); `source`: its TypeScript source. */
export function createWorkerThread<I extends object, O>(built: URL, source: URL, label: string): WorkerThread<I, O> {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve(o: O): void; reject(e: Error): void }>();

  function start(): Worker {
    const w = existsSync(built)
      ? new Worker(built)
      : new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`, { eval: true });
    w.unref();
    w.on('message', (m: { id: number; error?: string }) => {
      const call = pending.get(m.id);
      if (!call) return;
      pending.delete(m.id);
      if (m.error !== undefined) call.reject(new Error(m.error));
      else call.resolve(m as O);
      if (pending.size === 0) w.unref();
    });
    const fail = (error: Error) => {
      if (worker === w) worker = null;
      for (const [id, call] of pending) {
        pending.delete(id);
        call.reject(error);
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the ${label} worker stopped (${code})`)));
    return w;
  }

  return {
    run(input) {
      worker ??= start();
      const w = worker;
      const id = ++next;
      return new Promise<O>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ ...input, id });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** In the worker's entry: answers each call with `compute(input)`'s output, or its error. */
export function serveWorkerCalls<I, O extends object>(compute: (input: I) => O | Promise<O>): void {
  parentPort!.on('message', async (message: I & { id: number }) => {
    try {
      parentPort!.postMessage({ ...(await compute(message)), id: message.id });
    } catch (error) {
      parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
