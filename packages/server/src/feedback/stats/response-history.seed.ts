import { generateTrackingCode, mulberry32 } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { HEINOLA_CATEGORY_UNITS } from '../handling/handling.seed.js';

/** How the demo's past reports are spread: categories with their share and their typical pace. */
const CATEGORY_MIX: readonly { id: string; weight: number; firstHours: number; closeHours: number }[] = [
  { id: 'streets', weight: 34, firstHours: 20, closeHours: 70 },
  { id: 'parks', weight: 22, firstHours: 30, closeHours: 110 },
  { id: 'environment', weight: 12, firstHours: 45, closeHours: 160 },
  { id: 'sports', weight: 10, firstHours: 16, closeHours: 60 },
  { id: 'library', weight: 9, firstHours: 8, closeHours: 30 },
  { id: 'youth', weight: 5, firstHours: 24, closeHours: 80 },
  { id: 'other', weight: 8, firstHours: 36, closeHours: 120 },
];

const REPLIES = {
  fi: 'Kiitos palautteesta. Asia on korjattu.',
  sv: 'Tack för responsen. Saken är åtgärdad.',
  en: 'Thank you for your feedback. The matter has been fixed.',
} as const;

const HISTORY_ID_PREFIX = 'demo-history-';
const DAYS = 84;

/** A log-normal delay around `medianHours` (spread σ = 0.9): a few reports take much longer. */
function delayHours(random: () => number, medianHours: number): number {
  const u = Math.max(random(), 1e-9);
  const v = random();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return medianHours * Math.exp(0.9 * normal);
}

/**
 * The demo's past: about 12 weeks of anonymous reports with their history (received, in
 * handling, done with a public reply), so the response-time figures show something real.
 * They carry no contact details and are hidden from the public list (they are figures, not
 * stories). Idempotent: skipped when the history is already there. Returns the rows added.
 */
export async function seedResponseHistory(db: Kysely<Database>, options: { now?: Date } = {}): Promise<number> {
  const existing = await db.selectFrom('feedback').select('id').where('id', '=', `${HISTORY_ID_PREFIX}0000`).executeTakeFirst();
  if (existing) return 0;
  const categories = new Set((await db.selectFrom('feedback_categories').select('id').execute()).map((c) => c.id));
  const mix = CATEGORY_MIX.filter((c) => categories.has(c.id));
  if (mix.length === 0) return 0;
  const now = options.now ?? new Date();
  const random = mulberry32(20_260_101);
  const codeBytes = (array: Uint8Array) => {
    for (let i = 0; i < array.length; i++) array[i] = Math.floor(random() * 256);
    return array;
  };
  const totalWeight = mix.reduce((sum, c) => sum + c.weight, 0);
  const pick = () => {
    let r = random() * totalWeight;
    for (const c of mix) if ((r -= c.weight) < 0) return c;
    return mix[0]!;
  };
  const hour = 3_600_000;
  let n = 0;
  return db.transaction().execute(async (trx) => {
    for (let day = DAYS; day >= 1; day--) {
      const date = new Date(now.getTime() - day * 24 * hour);
      const weekday = date.getUTCDay();
      const count = weekday === 0 || weekday === 6 ? Math.floor(random() * 2) : 1 + Math.floor(random() * 4);
      for (let i = 0; i < count; i++) {
        const category = pick();
        const created = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 5 + Math.floor(random() * 13), Math.floor(random() * 60)));
        // One in twelve is left waiting (the backlog), the rest are answered and most closed.
        const neglected = random() < 1 / 12;
        const first = new Date(created.getTime() + delayHours(random, category.firstHours) * hour);
        const closed = new Date(first.getTime() + delayHours(random, category.closeHours) * hour);
        const answered = !neglected && first <= now;
        const done = answered && closed <= now;
        const lang = (['fi', 'fi', 'fi', 'fi', 'sv', 'en'] as const)[Math.floor(random() * 6)]!;
        const id = `${HISTORY_ID_PREFIX}${String(n).padStart(4, '0')}`;
        n++;
        const status = done ? 'done' : answered ? 'in_handling' : 'received';
        const createdAt = created.toISOString();
        const firstAt = answered ? first.toISOString() : null;
        const closedAt = done ? closed.toISOString() : null;
        await trx
          .insertInto('feedback')
          .values({
            id,
            tracking_code: generateTrackingCode(codeBytes),
            category_id: category.id,
            message: 'Demo: an earlier report (figures only).',
            address: null,
            contact_name: null,
            contact_email: null,
            contact_phone: null,
            contact_consent: 0,
            lang,
            status,
            reply_text: done ? REPLIES[lang] : null,
            replied_at: closedAt,
            created_at: createdAt,
            updated_at: closedAt ?? firstAt ?? createdAt,
            unit_id: HEINOLA_CATEGORY_UNITS[category.id] ?? null,
            visibility: 'hidden',
            first_response_at: firstAt,
            closed_at: closedAt,
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
        const history: { status: string; at: string; reply: string | null }[] = [{ status: 'received', at: createdAt, reply: null }];
        if (firstAt) history.push({ status: 'in_handling', at: firstAt, reply: null });
        if (closedAt) history.push({ status: 'done', at: closedAt, reply: REPLIES[lang] });
        for (const [index, entry] of history.entries()) {
          await trx
            .insertInto('feedback_history')
            .values({
              id: `${id}-${index}`,
              feedback_id: id,
              status: entry.status,
              at: entry.at,
              actor_id: null,
              actor_name: index === 0 ? null : 'Heinolan kaupunki',
              public_reply: entry.reply,
            })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      }
    }
    return n;
  });
}
