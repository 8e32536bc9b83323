import { randomUUID } from 'node:crypto';
import { feedbackMessages, mergeCatalogs, resolveLocale, signalsMessages, translate } from '@kohtaamo/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, EmailOutboxTable } from '../db/database.types.js';

const catalogs = mergeCatalogs(feedbackMessages, signalsMessages);

export type OutboxRow = Selectable<EmailOutboxTable>;

export interface EnqueueOptions {
  readonly now?: Date;
}

/**
 * Puts "the city replied" in the outbox, in the same transaction as the reply itself, so the
 * mail is sent if and only if the reply is committed. Only for a resident who gave an email
 * address AND consented to be contacted. Returns true when a mail was queued; a second call for
 * the same reply queues nothing (the dedupe key is the reply's history row).
 */
export async function enqueueReplyNotification(
  trx: Transaction<Database> | Kysely<Database>,
  feedbackId: string,
  options: EnqueueOptions = {},
): Promise<boolean> {
  const now = (options.now ?? new Date()).toISOString();
  const feedback = await trx
    .selectFrom('feedback as f')
    .innerJoin('feedback_categories as c', 'c.id', 'f.category_id')
    .select([
      'f.id',
      'f.tracking_code',
      'f.contact_email',
      'f.contact_consent',
      'f.lang',
      'f.status',
      'f.reply_text',
      'f.replied_at',
      'f.anonymised_at',
      'c.name_fi',
      'c.name_sv',
      'c.name_en',
    ])
    .where('f.id', '=', feedbackId)
    .executeTakeFirst();
  if (!feedback || !feedback.contact_email || feedback.contact_consent !== 1 || feedback.anonymised_at !== null) return false;
  const history = await trx
    .selectFrom('feedback_history')
    .select(['id', 'public_reply', 'status'])
    .where('feedback_id', '=', feedbackId)
    .where('public_reply', 'is not', null)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const reply = history?.public_reply ?? feedback.reply_text;
  if (!reply) return false;
  const dedupeKey = history ? `reply:${history.id}` : `reply:${feedback.id}:${feedback.replied_at ?? now}`;
  const lang = resolveLocale(feedback.lang);
  const code = feedback.tracking_code;
  const category = { fi: feedback.name_fi, sv: feedback.name_sv, en: feedback.name_en }[lang];
  const status = translate(catalogs, lang, `feedback.status.${history?.status ?? feedback.status}`);
  const result = await trx
    .insertInto('email_outbox')
    .values({
      id: randomUUID(),
      feedback_id: feedback.id,
      dedupe_key: dedupeKey,
      to_address: feedback.contact_email,
      lang,
      subject: translate(catalogs, lang, 'signals.email.reply.subject', { code }),
      body_text: translate(catalogs, lang, 'signals.email.reply.body', { code, category, status, reply }),
      created_at: now,
      next_attempt_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * Claims up to `limit` due rows for `leaseMs`: a row is due when unsent, not given up, its next
 * attempt has come and no live claim holds it. The UPDATE re-checks the claim condition on
 * each row, so two servers never claim one row at once (PostgreSQL re-evaluates the WHERE of
 * a row another transaction changed; SQLite runs one writer at a time).
 */
export async function claimDue(db: Kysely<Database>, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
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
  return db
    .updateTable('email_outbox')
    .set((eb) => ({
      claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
      claim_token: token,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
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
