import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';

/**
 * Publishes a feedback the way moderation does (visibility 'published' with a public text), by a
 * direct update: for tests of the public side that must not depend on the staff API.
 */
export async function publishFeedback(db: Kysely<Database>, trackingCode: string, publicMessage?: string): Promise<void> {
  const row = await db.selectFrom('feedback').select(['message']).where('tracking_code', '=', trackingCode).executeTakeFirstOrThrow();
  await db
    .updateTable('feedback')
    .set({ visibility: 'published', public_message: publicMessage ?? row.message })
    .where('tracking_code', '=', trackingCode)
    .execute();
}
