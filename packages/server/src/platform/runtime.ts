import type { ModuleContext, DomainModule } from './module.js';
import { deleteExpiredKeys } from '../http/idempotency.repository.js';
import { runIfDue } from './jobs/jobs.repository.js';
import { createOutboxWorker, smtpTransport, type MailTransport, type OutboxWorker } from './mail/outbox.worker.js';
import type { PlatformConfig } from './platform.config.js';
import { deleteExpiredHits } from './rate-limit/rate-limit.js';

/**
 * The background work of a server process: the mailer, every module's retention, the
 * platform's clean-ups and the modules' jobs. Any number of processes may run it against one
 * database: the mailer claims mails row by row (outbox.repository.ts), and every other job runs
 * only in the process that takes its lease (jobs/jobs.repository.ts), once per interval in all.
 */
export interface Runtime {
  readonly outbox: OutboxWorker;
  /** Looks at every job once now and runs those that are due and free; resolves when done. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** How often retention runs (6 h), across all processes. */
export const RETENTION_INTERVAL_MS = 6 * 3600_000;
/** How often expired rate-limit counters and idempotency keys are removed (10 min), across all processes. */
export const CLEAN_UP_INTERVAL_MS = 10 * 60_000;

/** The platform's job names in `platform_jobs`; a module's job is "<module>/<job>". */
export const RETENTION_JOB = 'platform/retention';
export const CLEAN_UP_JOB = 'platform/clean-up';

/** The retention period in force for a module: the operator's KOHTAAMO_RETENTION_DAYS, else its default; null = off. */
export function retentionDaysFor(platform: PlatformConfig, module: DomainModule): number | null {
  if (!module.retention) return null;
  return platform.retentionDays === undefined ? module.retention.defaultDays : platform.retentionDays;
}

/** Runs each module's retention once; returns what each anonymised. Errors are logged, not thrown. */
export async function runRetention(ctx: ModuleContext, modules: readonly DomainModule[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  const now = ctx.clock();
  for (const module of modules) {
    const days = retentionDaysFor(ctx.platform, module);
    if (days === null || !module.retention) continue;
    try {
      result[module.name] = await module.retention.run(ctx.db, { cutoff: new Date(now.getTime() - days * 86_400_000), now });
    } catch (error) {
      ctx.logger.error(`Retention of ${module.name} failed`, error);
    }
  }
  return result;
}

/** Removes what has expired and need not be removed by each request: rate-limit windows, idempotency keys. */
export async function cleanUp(ctx: ModuleContext): Promise<{ rateLimitWindows: number; idempotencyKeys: number }> {
  const now = ctx.clock();
  return {
    rateLimitWindows: await deleteExpiredHits(ctx.db, now),
    idempotencyKeys: await deleteExpiredKeys(ctx.db, () => now),
  };
}

interface Job {
  readonly name: string;
  readonly intervalMs: number;
  run(): Promise<void>;
}

export interface RuntimeOptions {
  /** The mail transport; by default SMTP to `platform.smtpUrl` (none when unset). */
  readonly transport?: MailTransport | null;
  /** Where a line goes when this process ran a job (stderr by default). */
  readonly info?: (message: string) => void;
}

export function startRuntime(ctx: ModuleContext, modules: readonly DomainModule[], options: RuntimeOptions = {}): Runtime {
  const info = options.info ?? ((m: string) => console.error(m));
  const logger = { error: (m: string, e?: unknown) => ctx.logger.error(m, e ?? ''), info };
  const outbox = createOutboxWorker({
    db: ctx.db,
    kind: ctx.kind,
    transport: options.transport !== undefined ? options.transport : ctx.platform.smtpUrl === null ? null : smtpTransport(ctx.platform.smtpUrl),
    from: ctx.platform.mailFrom,
    pollMs: ctx.platform.outboxPollMs,
    clock: ctx.clock,
    logger,
  });
  outbox.start();

  const jobs: Job[] = [
    {
      name: RETENTION_JOB,
      intervalMs: RETENTION_INTERVAL_MS,
      async run() {
        const result = await runRetention(ctx, modules);
        info(`Kohtaamo: retention ran: ${Object.entries(result).map(([m, n]) => `${m} ${n}`).join(', ') || 'nothing to do'}`);
      },
    },
    { name: CLEAN_UP_JOB, intervalMs: CLEAN_UP_INTERVAL_MS, run: async () => void (await cleanUp(ctx)) },
    ...modules.flatMap((module) =>
      (module.jobs ?? []).map((job): Job => ({ name: `${module.name}/${job.name}`, intervalMs: job.intervalMs, run: () => job.run(ctx) })),
    ),
  ];

  let ticking: Promise<void> | undefined;
  const tick = () => {
    ticking ??= (async () => {
      for (const job of jobs) {
        try {
          await runIfDue(ctx.db, job.name, { now: ctx.clock, intervalMs: job.intervalMs }, job.run);
        } catch (error) {
          ctx.logger.error(`Job ${job.name} failed`, error);
        }
      }
    })().finally(() => (ticking = undefined));
    return ticking;
  };
  void tick().then(() => info(`Kohtaamo: background jobs: ${jobs.length}, looked at every ${ctx.platform.jobsPollMs / 1000} s by this process`));
  const timer = setInterval(() => void tick(), ctx.platform.jobsPollMs);
  timer.unref();
  return {
    outbox,
    tick,
    async stop() {
      clearInterval(timer);
      await ticking?.catch(() => undefined);
      await outbox.stop();
    },
  };
}
