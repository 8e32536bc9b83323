import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/database.types.js';
import { claimDue, markFailed, markSent, storedAttachments } from './outbox.repository.js';

/** What the worker needs of a mail transport (nodemailer's Transporter has it). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers?: Record<string, string>;
    attachments?: { filename: string; contentType: string; content: Buffer }[];
  }): Promise<unknown>;
  close?(): void;
}

export interface OutboxWorkerOptions {
  readonly db: Kysely<Database>;
  /** The database kind: PostgreSQL claims rows FOR UPDATE SKIP LOCKED. */
  readonly kind?: 'sqlite' | 'postgresql';
  /** null: nothing is sent, the outbox keeps the mails (a notice is logged once). */
  readonly transport: MailTransport | null;
  readonly from: string;
  readonly clock?: () => Date;
  /** How often the outbox is looked at (10 s). */
  readonly pollMs?: number;
  /** How long a claim holds a row (5 min): a crashed worker's rows are retried after it. */
  readonly leaseMs?: number;
  /** First retry delay (30 s), doubled each attempt up to `maxRetryMs` (1 h). */
  readonly retryBaseMs?: number;
  readonly maxRetryMs?: number;
  /** Attempts before a mail is given up (10). */
  readonly maxAttempts?: number;
  readonly batchSize?: number;
  readonly logger?: { error(message: string, error?: unknown): void; info?(message: string): void };
}

export interface OutboxWorker {
  /** One round: claims due mails and tries each once. Returns how many were sent. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Delay before attempt `attempts + 1`: base · 2^(attempts − 1), at most `max`. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** A nodemailer transport for SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS). */
export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url);
}

/**
 * Sends the outbox's mails. Any number of servers may run one against the same database:
 * rows are claimed (see claimDue) before sending, and a sent row is never claimed again. A
 * mail is sent at least once; twice only if a server dies between the SMTP server's "OK" and
 * the row's update, and not before its claim has run out.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const clock = options.clock ?? (() => new Date());
  const pollMs = options.pollMs ?? 10_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const baseMs = options.retryBaseMs ?? 30_000;
  const maxRetryMs = options.maxRetryMs ?? 60 * 60_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const batchSize = options.batchSize ?? 20;
  const logger = options.logger ?? { error: (m: string, e?: unknown) => console.error(m, e) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function round(): Promise<number> {
    const transport = options.transport;
    if (transport === null) return 0;
    const rows = await claimDue(options.db, clock(), batchSize, leaseMs, options.kind ?? 'sqlite');
    let sent = 0;
    for (const row of rows) {
      try {
        await transport.sendMail({
          from: options.from,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          headers: { 'Content-Language': row.lang, 'Auto-Submitted': 'auto-generated' },
          ...(row.attachments === null ? {} : { attachments: storedAttachments(row) }),
        });
        if (await markSent(options.db, row, clock())) sent++;
      } catch (error) {
        const now = clock();
        const giveUp = row.attempts >= maxAttempts;
        const reason = error instanceof Error ? error.message : String(error);
        await markFailed(options.db, row, reason, new Date(now.getTime() + retryDelayMs(row.attempts, baseMs, maxRetryMs)), giveUp, now).catch(
          (e: unknown) => logger.error('Email outbox: could not record a failed attempt', e),
        );
        logger.error(`Email outbox: sending mail ${row.id} failed (attempt ${row.attempts}${giveUp ? ', given up' : ''}): ${reason}`);
      }
    }
    return sent;
  }

  const worker: OutboxWorker = {
    runOnce() {
      running ??= round().finally(() => (running = undefined));
      return running;
    },
    start() {
      if (options.transport === null) {
        logger.info?.('Kohtaamo: NOTICE: SMTP_URL is not set; reply emails stay in the outbox and are not sent.');
        return;
      }
      stopped = false;
      const tick = () => {
        worker
          .runOnce()
          .catch((error: unknown) => logger.error('Email outbox: a round failed', error))
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, pollMs);
            timer?.unref?.();
          });
      };
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      options.transport?.close?.();
    },
  };
  return worker;
}
