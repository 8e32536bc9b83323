import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Photos are stored as bytes (BLOB on SQLite, bytea on PostgreSQL) instead of base64 text, a
 * third larger and decoded on every read: existing rows are converted here, in chunks, and the
 * text column goes. Followers ("this is mine too") keep the language they followed in, so the
 * updates they now get by email are written in it ('fi' for those who followed before).
 * Frozen: literal values only.
 */
export const feedbackPhotoBytes: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema.alterTable('feedback_photos').addColumn('data', postgres ? sql`bytea` : 'blob').execute();
    const photos = db as unknown as Kysely<{ feedback_photos: { id: string; data_base64: string; data: Buffer | null } }>;
    for (;;) {
      const rows = await photos.selectFrom('feedback_photos').select(['id', 'data_base64']).where('data', 'is', null).limit(100).execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        await photos.updateTable('feedback_photos').set({ data: Buffer.from(row.data_base64, 'base64') }).where('id', '=', row.id).execute();
      }
    }
    await db.schema.alterTable('feedback_photos').dropColumn('data_base64').execute();

    await db.schema.alterTable('feedback_followers').addColumn('lang', 'text', (col) => col.notNull().defaultTo('fi')).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('feedback_followers').dropColumn('lang').execute();
    await db.schema.alterTable('feedback_photos').addColumn('data_base64', 'text', (col) => col.notNull().defaultTo('')).execute();
    const photos = db as unknown as Kysely<{ feedback_photos: { id: string; data_base64: string; data: Buffer | null } }>;
    const rows = await photos.selectFrom('feedback_photos').select(['id', 'data']).execute();
    for (const row of rows) {
      await photos.updateTable('feedback_photos').set({ data_base64: Buffer.from(row.data ?? Buffer.alloc(0)).toString('base64') }).where('id', '=', row.id).execute();
    }
    await db.schema.alterTable('feedback_photos').dropColumn('data').execute();
  },
};
