import { randomUUID } from 'node:crypto';
import { generateTrackingCode } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

/** Two units and two categories routed to them, for the signals tests. */
export async function seedSignalsFixtures(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('units')
    .values([
      { id: 'u-streets', name_fi: 'Katupalvelut', name_sv: 'Gatutjänster', name_en: 'Street services', email: null, acknowledgement_fi: null, acknowledgement_sv: null, acknowledgement_en: null },
      { id: 'u-parks', name_fi: 'Viheralueet', name_sv: 'Grönområden', name_en: 'Green areas', email: null, acknowledgement_fi: null, acknowledgement_sv: null, acknowledgement_en: null },
    ])
    .execute();
  await db
    .insertInto('feedback_categories')
    .values([
      { id: 'streets', name_fi: 'Kadut', name_sv: 'Gator', name_en: 'Streets', description_fi: '', description_sv: '', description_en: '', sort_order: 1, unit_id: 'u-streets' },
      { id: 'parks', name_fi: 'Puistot', name_sv: 'Parker', name_en: 'Parks', description_fi: '', description_sv: '', description_en: '', sort_order: 2, unit_id: 'u-parks' },
    ])
    .execute();
}

export interface ReportRow {
  readonly category: string;
  readonly unit?: string | null;
  readonly createdAt: string;
  readonly firstResponseAt?: string | null;
  readonly closedAt?: string | null;
  readonly status?: string;
  readonly email?: string | null;
  readonly consent?: boolean;
  readonly lang?: string;
  readonly message?: string;
  readonly replyText?: string | null;
  readonly trackingCode?: string;
}

/** Inserts one feedback row as the staff slice would have left it; returns its id and code. */
export async function insertReport(db: Kysely<Database>, row: ReportRow): Promise<{ id: string; trackingCode: string }> {
  const id = randomUUID();
  const trackingCode = row.trackingCode ?? generateTrackingCode();
  await db
    .insertInto('feedback')
    .values({
      id,
      tracking_code: trackingCode,
      category_id: row.category,
      message: row.message ?? 'Katuvalo ei toimi Kauppakadulla, soita 040 123 4567.',
      address: 'Kauppakatu 1',
      contact_name: 'Testi Asukas',
      contact_email: row.email === undefined ? 'asukas@example.fi' : row.email,
      contact_phone: '040 123 4567',
      contact_consent: row.consent === false ? 0 : 1,
      lang: row.lang ?? 'fi',
      status: row.status ?? (row.closedAt ? 'done' : row.firstResponseAt ? 'in_handling' : 'received'),
      reply_text: row.replyText ?? null,
      replied_at: row.replyText ? (row.firstResponseAt ?? row.createdAt) : null,
      created_at: row.createdAt,
      updated_at: row.closedAt ?? row.firstResponseAt ?? row.createdAt,
      unit_id: row.unit === undefined ? (row.category === 'parks' ? 'u-parks' : 'u-streets') : row.unit,
      first_response_at: row.firstResponseAt ?? null,
      closed_at: row.closedAt ?? null,
    })
    .execute();
  return { id, trackingCode };
}
