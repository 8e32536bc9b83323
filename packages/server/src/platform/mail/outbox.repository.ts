import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, EmailOutboxTable } from '../../db/database.types.js';

export type OutboxRow = Selectable<EmailOutboxTable>;

/** A mail a module puts in the outbox. */
export interface OutgoingMail {
  /** The module ("feedback"); with `subjectId`, what its retention removes. */
  readonly domain: string;
  readonly subjectId: string | null;
  /** One mail per event ("reply:<history id>"): a second enqueue with the key is a no-op. */
  readonly dedupeKey: string;
  readonly to: string;
  readonly lang: string;
  readonly subject: string;
  readonly bodyText: string;
  /** Files sent with the mail (an `.ics` invitation); stored with it, so a retry sends the same. */
  readonly attachments?: readonly MailAttachment[];
}

/** A file attached to a mail. */
export interface MailAttachment {
  /** "kutsu.ics" */
  readonly filename: string;
  /** "text/calendar; method=REQUEST; charset=utf-8" */
  readonly contentType: string;
  /** Text (UTF-8) or bytes. */
  readonly content: string | Uint8Array;
}

/** How attachments are stored in `email_outbox.attachments` (JSON). */
interface StoredAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly contentBase64: string;
}

/** The attachments of a stored mail, as they were queued (bytes). */
export function storedAttachments(row: Pick<OutboxRow, 'attachments'>): { filename: string; contentType: string; content: Buffer }[] {
  if (row.attachments === null) return [];
  return (JSON.parse(row.attachments) as StoredAttachment[]).map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') }));
}

/**
 * Puts a mail in the outbox. Call it inside the transaction of the change the mail tells about,
 * so the mail is sent if and only if that change is committed. Returns true when queued, false
 * when a mail with the same dedupe key is already there.
 */
export async function enqueueMail(trx: Transaction<Database> | Kysely<Database>, mail: OutgoingMail, now: Date = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const result = await trx
    .insertInto('email_outbox')
    .values({
      id: randomUUID(),
      domain: mail.domain,
      subject_id: mail.subjectId,
      dedupe_key: mail.dedupeKey,
      to_address: mail.to,
      lang: mail.lang,
      subject: mail.subject,
      body_text: mail.bodyText,
      attachments:
        mail.attachments && mail.attachments.length > 0
          ? JSON.stringify(
              mail.attachments.map(
                (a): StoredAttachment => ({
                  filename: a.filename,
                  contentType: a.contentType,
                  contentBase64: (typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content)).toString('base64'),
                }),
              ),
            )
          : null,
      created_at: at,
      next_attempt_at: at,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Removes a module's queued mails about some of its items (its retention calls this). */
export async function deleteMailsAbout(trx: Transaction<Database> | Kysely<Database>, domain: string, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await trx.deleteFrom('email_outbox').where('domain', '=', domain).where('subject_id', 'in', subjectIds).execute();
}

/**
 * Claims up to `limit` due rows for `leaseMs`: a row is due when unsent, not given up, its next
 * attempt has come and no live claim holds it. The UPDATE re-checks the claim condition on
 * each row, so two servers never claim one row at once (PostgreSQL re-evaluates the WHERE of
 * a row another transaction changed; SQLite runs one writer at a time). On PostgreSQL the rows
 * are picked `FOR UPDATE SKIP LOCKED`: a second server skips the rows the first is claiming and
 * takes the next ones, instead of waiting for them and coming back empty-handed.
 */
export async function claimDue(db: Kysely<Database>, now: Date, limit: number, leaseMs: number, kind: 'sqlite' | 'postgresql' = 'sqlite'): Promise<OutboxRow[]> {
  const nowIso = now.toISOString();
  const token = randomUUID();
  const due = db
    .selectFrom('email_outbox')
    .select('id')
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('next_attempt_at', '<=', nowIso)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
    .orderBy('created_at')
    .limit(limit);
  const picked = kind === 'postgresql' ? due.forUpdate().skipLocked() : due;
  return db
    .updateTable('email_outbox')
    .set((eb) => ({
      claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
      claim_token: token,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', picked)
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
    .returningAll()
    .execute();
}

/** Marks a claimed row sent; false if the claim was lost meanwhile (then another worker has it). */
export async function markSent(db: Kysely<Database>, row: OutboxRow, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('email_outbox')
    .set({ sent_at: now.toISOString(), claimed_until: null, last_error: null })
    .where('id', '=', row.id)
    .where('claim_token', '=', row.claim_token)
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a failed attempt: tried again at `retryAt`, or given up when `giveUp`. */
export async function markFailed(db: Kysely<Database>, row: OutboxRow, error: string, retryAt: Date, giveUp: boolean, now: Date): Promise<void> {
  await db
    .updateTable('email_outbox')
    .set({
      last_error: error.slice(0, 1000),
      next_attempt_at: retryAt.toISOString(),
      claimed_until: null,
      ...(giveUp ? { failed_at: now.toISOString() } : {}),
    })
    .where('id', '=', row.id)
    .where('claim_token', '=', row.claim_token)
    .execute();
}
