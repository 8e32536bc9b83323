import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The resident side of feedback: where (a WGS84 point besides the address), the answers to the
 * category's extra questions (Open311 attributes), the questions and notices themselves,
 * photos, and the residents who follow a report ("this is mine too").
 *
 * Portable choices:
 * - coordinates are `double precision` (PostgreSQL float8; REAL affinity in SQLite): `real`
 *   would be float4 on PostgreSQL, about a metre of error at Heinola's latitude;
 * - answers, a question's values and a notice's trigger are JSON text (read whole, never queried);
 * - a photo's bytes are base64 text, not bytea/blob: one column type both databases accept
 *   through one Kysely type, at a third more space; a photo is at most a few megabytes.
 */
export const feedbackResident: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('feedback').addColumn('lat', 'double precision').execute();
    await db.schema.alterTable('feedback').addColumn('lon', 'double precision').execute();
    await db.schema.alterTable('feedback').addColumn('attributes', 'text').execute();
    await db.schema.createIndex('feedback_lat_lon_idx').on('feedback').columns(['lat', 'lon']).execute();

    await db.schema
      .createTable('feedback_category_attributes')
      .addColumn('category_id', 'text', (col) => col.notNull().references('feedback_categories.id'))
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('datatype', 'text', (col) =>
        col.notNull().check(sql`datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')`),
      )
      .addColumn('variable', 'integer', (col) => col.notNull().defaultTo(1).check(sql`variable in (0, 1)`))
      .addColumn('required', 'integer', (col) => col.notNull().defaultTo(0).check(sql`required in (0, 1)`))
      .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('description_fi', 'text', (col) => col.notNull())
      .addColumn('description_sv', 'text', (col) => col.notNull())
      .addColumn('description_en', 'text', (col) => col.notNull())
      .addColumn('values_json', 'text', (col) => col.notNull().defaultTo('[]'))
      .addPrimaryKeyConstraint('feedback_category_attributes_pk', ['category_id', 'code'])
      .execute();

    await db.schema
      .createTable('feedback_category_notices')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('category_id', 'text', (col) => col.notNull().references('feedback_categories.id'))
      .addColumn('text_fi', 'text', (col) => col.notNull())
      .addColumn('text_sv', 'text', (col) => col.notNull())
      .addColumn('text_en', 'text', (col) => col.notNull())
      .addColumn('blocking', 'integer', (col) => col.notNull().defaultTo(0).check(sql`blocking in (0, 1)`))
      // Shown only when this attribute's answer is one of these keys (null: always shown).
      .addColumn('when_attribute', 'text')
      .addColumn('when_values_json', 'text')
      .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('feedback_category_notices_category_idx')
      .on('feedback_category_notices')
      .column('category_id')
      .execute();

    await db.schema
      .createTable('feedback_photos')
      .addColumn('id', 'text', (col) => col.primaryKey())
      // Null from the upload until a submission takes the photo.
      .addColumn('feedback_id', 'text', (col) => col.references('feedback.id'))
      .addColumn('content_type', 'text', (col) => col.notNull().check(sql`content_type in ('image/jpeg', 'image/png', 'image/webp')`))
      .addColumn('byte_size', 'integer', (col) => col.notNull())
      .addColumn('data_base64', 'text', (col) => col.notNull())
      .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
      // 1 when moderation hid the photo: never served again.
      .addColumn('hidden', 'integer', (col) => col.notNull().defaultTo(0).check(sql`hidden in (0, 1)`))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('feedback_photos_feedback_id_idx').on('feedback_photos').column('feedback_id').execute();

    await db.schema
      .createTable('feedback_followers')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('feedback_id', 'text', (col) => col.notNull().references('feedback.id'))
      // For updates by email when the resident asked for them; never public.
      .addColumn('email', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('feedback_followers_feedback_id_idx').on('feedback_followers').column('feedback_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feedback_followers').execute();
    await db.schema.dropTable('feedback_photos').execute();
    await db.schema.dropTable('feedback_category_notices').execute();
    await db.schema.dropTable('feedback_category_attributes').execute();
    await db.schema.dropIndex('feedback_lat_lon_idx').execute();
    for (const column of ['attributes', 'lon', 'lat']) await db.schema.alterTable('feedback').dropColumn(column).execute();
  },
};
