import { generateTrackingCode, mulberry32 } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { HEINOLA_CATEGORY_UNITS } from './handling/handling.seed.js';

const PREFIX = 'demo-recent-';
const DAY = 86_400_000;

/** Published demo reports dated relative to the start, so "the last 90 days" (Open311's default) is never empty. */
const RECENT: readonly {
  category: string;
  lang: 'fi' | 'sv' | 'en';
  message: string;
  address: string;
  daysAgo: number;
  status: 'allocated' | 'in_handling' | 'done';
  reply?: string;
}[] = [
  { category: 'streets', lang: 'fi', message: 'Suojatien maalaukset ovat kuluneet lähes näkymättömiin koulun kohdalla.', address: 'Kirkkokatu 5', daysAgo: 2, status: 'allocated' },
  { category: 'library', lang: 'sv', message: 'Bokautomaten i huvudbiblioteket tar inte emot lånekort sedan i går.', address: 'Kauppakatu 1', daysAgo: 9, status: 'in_handling' },
  {
    category: 'environment',
    lang: 'en',
    message: 'Someone has left old tyres in the woods beside the jogging track.',
    address: 'Tommolansaari',
    daysAgo: 24,
    status: 'done',
    reply: 'Thank you. The tyres have been collected and taken to recycling.',
  },
];

/**
 * Seeds a few published reports received in the last weeks, relative to `now` (the demo's
 * other reports are fixed in 2025 for the tests): idempotent by their ids.
 */
export async function seedRecentDemo(db: Kysely<Database>, now: Date): Promise<number> {
  const random = mulberry32(8_2026);
  const codeBytes = (array: Uint8Array) => {
    for (let i = 0; i < array.length; i++) array[i] = Math.floor(random() * 256);
    return array;
  };
  const categories = new Set((await db.selectFrom('feedback_categories').select('id').execute()).map((c) => c.id));
  let added = 0;
  for (const [index, item] of RECENT.entries()) {
    const code = generateTrackingCode(codeBytes);
    if (!categories.has(item.category)) continue;
    const id = `${PREFIX}${index}`;
    const created = new Date(now.getTime() - item.daysAgo * DAY);
    const first = item.status === 'allocated' ? null : new Date(created.getTime() + DAY);
    const closed = item.status === 'done' ? new Date(created.getTime() + 3 * DAY) : null;
    const updated = closed ?? first ?? created;
    const result = await db
      .insertInto('feedback')
      .values({
        id,
        tracking_code: code,
        category_id: item.category,
        message: item.message,
        address: item.address,
        contact_name: null,
        contact_email: null,
        contact_phone: null,
        contact_consent: 0,
        lang: item.lang,
        status: item.status,
        reply_text: item.reply ?? null,
        replied_at: item.reply && closed ? closed.toISOString() : null,
        created_at: created.toISOString(),
        updated_at: updated.toISOString(),
        unit_id: HEINOLA_CATEGORY_UNITS[item.category] ?? null,
        visibility: 'published',
        public_message: item.message,
        first_response_at: first?.toISOString() ?? null,
        closed_at: closed?.toISOString() ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (result === undefined) continue; // seeded before
    added++;
    // The history: received, then allocated (at once) or in handling (at the first response), then done.
    const history: { status: string; at: Date; reply: string | null }[] = [{ status: 'received', at: created, reply: null }];
    if (item.status === 'allocated') history.push({ status: 'allocated', at: created, reply: null });
    if (first) history.push({ status: 'in_handling', at: first, reply: null });
    if (closed) history.push({ status: 'done', at: closed, reply: item.reply ?? null });
    for (const [n, entry] of history.entries()) {
      await db
        .insertInto('feedback_history')
        .values({ id: `${id}-${n}`, feedback_id: id, status: entry.status, at: entry.at.toISOString(), actor_id: null, actor_name: n === 0 ? null : 'Heinolan kaupunki', public_reply: entry.reply })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  return added;
}
