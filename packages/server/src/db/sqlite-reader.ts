/**
 * A read-only SQLite connection in a worker thread, as a Kysely instance. better-sqlite3 runs
 * every statement on the calling thread, so a long read (the figures of a year of feedback, an
 * export) would stop the event loop: every other request, /healthz included, would wait for
 * it. Queries sent here run on the worker's own connection (WAL lets it read beside the
 * writer, seeing what was committed when each statement began) while the event loop serves.
 * Queries only: no transactions, no writes (the connection is opened read-only).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Database } from './database.types.js';

// Plain CommonJS run with `eval`, so the worker needs no file of its own in src/ or dist/.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: workerData.timeout });
// Long reads touch many pages: map the file (no read call per page) and keep more of it.
db.pragma('mmap_size = 1073741824');
db.pragma('cache_size = -32768');
const statements = new Map();
parentPort.on('message', (m) => {
  try {
    let statement = statements.get(m.sql);
    if (statement === undefined) {
      statement = db.prepare(m.sql);
      if (statements.size > 200) statements.clear();
      statements.set(m.sql, statement);
    }
    if (!statement.reader) throw new Error('the SQLite reader runs only queries that return rows');
    parentPort.postMessage({ id: m.id, rows: statement.all(...m.parameters) });
  } catch (error) {
    parentPort.postMessage({ id: m.id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

interface Pending {
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

class ReaderWorker {
  #worker: Worker | null = null;
  #next = 0;
  readonly #pending = new Map<number, Pending>();

  constructor(
    private readonly file: string,
    private readonly timeoutMs: number,
  ) {}

  #start(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, module: createRequire(import.meta.url).resolve('better-sqlite3'), timeout: this.timeoutMs },
    });
    worker.unref();
    worker.on('message', (m: { id: number; rows?: unknown[]; error?: { message: string; code?: string } }) => {
      const pending = this.#pending.get(m.id);
      if (!pending) return;
      this.#pending.delete(m.id);
      if (m.error) pending.reject(Object.assign(new Error(m.error.message), m.error.code ? { code: m.error.code } : {}));
      else pending.resolve(m.rows ?? []);
      if (this.#pending.size === 0) worker.unref();
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const [id, pending] of this.#pending) {
        this.#pending.delete(id);
        pending.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the SQLite reader thread stopped (exit code ${code})`)));
    return worker;
  }

  /** Queries sent and not answered yet. */
  get pending(): number {
    return this.#pending.size;
  }

  query(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    this.#worker ??= this.#start();
    const worker = this.#worker;
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // Keeps the process alive only while a query is under way.
      worker.ref();
      worker.postMessage({ id, sql, parameters });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }
}

/** A few reader threads; each query goes to the one with the fewest waiting. */
class ReaderPool {
  constructor(private readonly workers: readonly ReaderWorker[]) {}
  query(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    let best = this.workers[0]!;
    for (const worker of this.workers) if (worker.pending < best.pending) best = worker;
    return best.query(sql, parameters);
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

class ReaderConnection implements DatabaseConnection {
  constructor(private readonly worker: ReaderPool) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.worker.query(compiled.sql, compiled.parameters)) as R[] };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the SQLite reader does not stream');
  }
}

class ReaderDriver implements Driver {
  readonly #connection: ReaderConnection;
  constructor(private readonly worker: ReaderPool) {
    this.#connection = new ReaderConnection(worker);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error('the SQLite reader runs no transactions');
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.worker.close();
  }
}

/**
 * Kysely over read-only connections to `file` in `threads` worker threads, each started at its
 * first query. Three by default: a long computation (two years of figures, two statements at a
 * time) on two does not hold up a short one (a list's count) sent meanwhile.
 */
export function openSqliteReader(file: string, timeoutMs: number, threads = 3): Kysely<Database> {
  const worker = new ReaderPool(Array.from({ length: Math.max(1, threads) }, () => new ReaderWorker(file, timeoutMs)));
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ReaderDriver(worker),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
  return new Kysely<Database>({ dialect });
}
