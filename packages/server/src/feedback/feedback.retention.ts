import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { deleteMailsAbout } from '../platform/mail/outbox.repository.js';

export interface RetentionResult {
  readonly anonymised: number;
  readonly cutoff: string;
}

/** The text left in place of a resident's own words. */
export const ANONYMISED_MESSAGE = '';

/**
 * Anonymises the feedback received more than `retentionDays` ago: the resident's contact
 * details, own text, address, map pin, answers, photos, followers' addresses, queued mails and
 * the text of internal notes are removed; category, unit, status, times and the city's public reply stay, so the
 * response-time figures do not change. `public_message` (staff-redacted) stays only when the
 * feedback was published. Idempotent: anonymised rows are marked `anonymised_at` and skipped.
 */
export async function anonymiseExpired(db: Kysely<Database>, options: { retentionDays: number; now?: Date }): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  return anonymiseOlderThan(db, new Date(now.getTime() - options.retentionDays * 86_400_000), now);
}

/** Anonymises the feedback received before `cutoffDate` (see anonymiseExpired). */
export async function anonymiseOlderThan(db: Kysely<Database>, cutoffDate: Date, now: Date): Promise<RetentionResult> {
  const cutoff = cutoffDate.toISOString();
  const anonymised = await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('feedback')
      .select('id')
      .where('created_at', '<', cutoff)
      .where('anonymised_at', 'is', null)
      .execute();
    // Photos uploaded but never sent with a feedback, as old: gone.
    await trx.deleteFrom('feedback_photos').where('feedback_id', 'is', null).where('created_at', '<', cutoff).execute();
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await trx.deleteFrom('feedback_photos').where('feedback_id', 'in', chunk).execute();
      await trx.updateTable('feedback_followers').set({ email: null }).where('feedback_id', 'in', chunk).execute();
      await deleteMailsAbout(trx, 'feedback', chunk);
      // Internal notes often quote the resident: their text goes too (who wrote one and when stays).
      await trx.updateTable('feedback_notes').set({ text: '' }).where('feedback_id', 'in', chunk).execute();
      await trx
        .updateTable('feedback')
        .set((eb) => ({
          message: ANONYMISED_MESSAGE,
          address: null,
          contact_name: null,
          contact_email: null,
          contact_phone: null,
          contact_consent: 0,
          lat: null,
          lon: null,
          attributes: null,
          public_message: eb.case().when('visibility', '=', 'published').then(eb.ref('public_message')).else(null).end(),
          anonymised_at: now.toISOString(),
        }))
        .where('id', 'in', chunk)
        .execute();
    }
    return ids.length;
  });
  return { anonymised, cutoff };
}

/** How long a photo uploaded but never sent with a feedback is kept (a day): nobody can see it, nothing refers to it. */
export const UNATTACHED_PHOTO_MS = 86_400_000;

/**
 * Deletes the photos uploaded before `before` that no feedback took (the resident gave up, or
 * sent without them): the module's job `unattached-photos` runs it hourly with a day's margin.
 */
export async function deleteUnattachedPhotos(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('feedback_photos').where('feedback_id', 'is', null).where('created_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
