import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { createOutboxWorker, smtpTransport, type OutboxWorker } from './email-outbox.worker.js';
import { startRetentionJob } from './retention.js';
import type { SignalsConfig } from './signals.config.js';

/** The background work of the signals slice in a server process: the mailer and the retention job. */
export interface SignalsRuntime {
  readonly outbox: OutboxWorker;
  stop(): Promise<void>;
}

export function startSignalsRuntime(db: Kysely<Database>, config: SignalsConfig): SignalsRuntime {
  const logger = { error: (m: string, e?: unknown) => console.error(m, e ?? ''), info: (m: string) => console.error(m) };
  const outbox = createOutboxWorker({
    db,
    transport: config.smtpUrl === null ? null : smtpTransport(config.smtpUrl),
    from: config.mailFrom,
    logger,
  });
  outbox.start();
  const retention = config.retentionDays === null ? null : startRetentionJob(db, { retentionDays: config.retentionDays, logger });
  return {
    outbox,
    async stop() {
      retention?.stop();
      await outbox.stop();
    },
  };
}
