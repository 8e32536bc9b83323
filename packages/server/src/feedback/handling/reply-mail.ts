import { feedbackMessages, mergeCatalogs, resolveLocale, signalsMessages, translate, type FeedbackMessageKey } from '@kohtaamo/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { enqueueMail } from '../../platform/mail/outbox.repository.js';

const catalogs = mergeCatalogs(feedbackMessages, signalsMessages);

export interface EnqueueOptions {
  readonly now?: Date;
  /** Who signs the mail (the city's name, from configuration). */
  readonly cityName?: string;
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
  const status = translate(catalogs, lang, `feedback.status.${history?.status ?? feedback.status}` as FeedbackMessageKey);
  const city = options.cityName ?? '';
  return enqueueMail(
    trx,
    {
      domain: 'feedback',
      subjectId: feedback.id,
      dedupeKey,
      to: feedback.contact_email,
      lang,
      subject: translate(catalogs, lang, 'signals.email.reply.subject', { code }),
      bodyText: translate(catalogs, lang, 'signals.email.reply.body', { code, category, status, reply, city }),
    },
    options.now ?? new Date(),
  );
}

