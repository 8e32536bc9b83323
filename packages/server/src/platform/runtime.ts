import type { ModuleContext, DomainModule } from './module.js';
import { createOutboxWorker, smtpTransport, type OutboxWorker } from './mail/outbox.worker.js';
import type { PlatformConfig } from './platform.config.js';

/** The background work of a server process: the mailer, retention of every module, module jobs. */
export interface Runtime {
  readonly outbox: OutboxWorker;
  /** Runs every module's retention once now (also what the 6-hourly timer does). */
  runRetention(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/** How often retention runs in a server (6 h). */
export const RETENTION_INTERVAL_MS = 6 * 3600_000;

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

export function startRuntime(ctx: ModuleContext, modules: readonly DomainModule[], options: { retentionIntervalMs?: number } = {}): Runtime {
  const logger = { error: (m: string, e?: unknown) => ctx.logger.error(m, e ?? ''), info: (m: string) => console.error(m) };
  const outbox = createOutboxWorker({
    db: ctx.db,
    transport: ctx.platform.smtpUrl === null ? null : smtpTransport(ctx.platform.smtpUrl),
    from: ctx.platform.mailFrom,
    logger,
  });
  outbox.start();
  const timers: NodeJS.Timeout[] = [];
  const retention = () => runRetention(ctx, modules);
  void retention();
  timers.push(setInterval(() => void retention(), options.retentionIntervalMs ?? RETENTION_INTERVAL_MS));
  for (const module of modules) {
    for (const job of module.jobs ?? []) {
      const run = () => job.run(ctx).catch((error: unknown) => ctx.logger.error(`Job ${module.name}/${job.name} failed`, error));
      timers.push(setInterval(run, job.intervalMs));
    }
  }
  for (const timer of timers) timer.unref();
  return {
    outbox,
    runRetention: retention,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await outbox.stop();
    },
  };
}
