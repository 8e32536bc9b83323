import { feedbackMessages, mergeCatalogs, resolveLocale, signalsMessages, signalsReportMessages, translate, type FeedbackMessageKey } from '@kohtaamo/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { enqueueMail } from '../../platform/mail/outbox.repository.js';
import { renderMail } from '../../platform/mail/mail-template.js';
import { followerMailMessages } from './follower-mail.messages.js';
import { replyMailMessages } from './reply-mail.messages.js';

const catalogs = mergeCatalogs(feedbackMessages, signalsMessages, signalsReportMessages, followerMailMessages, replyMailMessages);

export interface EnqueueOptions {
  readonly now?: Date;
  /** Who signs the mail (the city's name, from configuration). */
  readonly cityName?: string;
}

/**
 * Puts "the city replied" in the outbox, in the same transaction as the reply itself, so the
 * mail is sent if and only if the reply is committed: to the resident who sent the feedback if
 * they gave an email address AND consented to be contacted, and to each follower ("this is mine
 * too") who gave an address, each in their own language. Returns true when a mail was queued; a
 * second call for the same reply queues nothing (the dedupe keys name the reply's history row).
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
  if (!feedback || feedback.anonymised_at !== null) return false;
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
  const event = history ? history.id : `${feedback.id}:${feedback.replied_at ?? now}`;
  const code = feedback.tracking_code;
  const city = options.cityName ?? '';
  // The parameters in a language: the category's name and the status are translated too.
  const params = (lang: string) => {
    const locale = resolveLocale(lang);
    return {
      code,
      category: { fi: feedback.name_fi, sv: feedback.name_sv, en: feedback.name_en }[locale],
      status: translate(catalogs, locale, `feedback.status.${history?.status ?? feedback.status}` as FeedbackMessageKey),
      reply,
      city,
    };
  };
  let queued = false;
  // The resident who sent it, if they gave an email AND consented to be contacted.
  if (feedback.contact_email && feedback.contact_consent === 1) {
    const mail = renderMail(catalogs, { subject: 'signals.email.reply.subject', body: 'signals.email.reply.body' }, feedback.lang, params(feedback.lang));
    queued = (await enqueueMail(trx, { domain: 'feedback', subjectId: feedback.id, dedupeKey: `reply:${event}`, to: feedback.contact_email, ...mail }, options.now ?? new Date())) || queued;
  }
  // Everyone who said "this is mine too" and gave an address for updates, in the language they
  // followed in; one mail per follower and reply (the dedupe key names both).
  const followers = await trx
    .selectFrom('feedback_followers')
    .select(['id', 'email', 'lang'])
    .where('feedback_id', '=', feedback.id)
    .where('email', 'is not', null)
    .orderBy('created_at')
    .execute();
  for (const follower of followers) {
    if (!follower.email || follower.email.toLowerCase() === feedback.contact_email?.toLowerCase()) continue;
    const mail = renderMail(catalogs, { subject: 'feedback.email.followed.subject', body: 'feedback.email.followed.body' }, follower.lang, params(follower.lang));
    queued = (await enqueueMail(trx, { domain: 'feedback', subjectId: feedback.id, dedupeKey: `follow:${event}:${follower.id}`, to: follower.email, ...mail }, options.now ?? new Date())) || queued;
  }
  return queued;
}

