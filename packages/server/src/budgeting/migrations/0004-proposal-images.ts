import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * A proposal may have one image (issue 9): uploaded first, as bytes with its metadata stripped
 * (platform/image-metadata.ts), then taken by the proposal the resident sends, which keeps its
 * id and the text alternative the proposer wrote. An image no proposal took is deleted after a
 * day by the module's job; one that a proposal took stays as long as the proposal (open data).
 * Literal values only: this migration is frozen.
 */
export const proposalImages: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('budgeting_proposal_images')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull().references('budgeting_rounds.id'))
      .addColumn('content_type', 'text', (col) => col.notNull().check(sql`content_type in ('image/jpeg', 'image/png', 'image/webp')`))
      .addColumn('byte_size', 'integer', (col) => col.notNull())
      .addColumn('data', postgres ? sql`bytea` : 'blob', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('budgeting_proposal_images_created_idx').on('budgeting_proposal_images').column('created_at').execute();
    await db.schema.alterTable('budgeting_proposals').addColumn('image_id', 'text').execute();
    await db.schema.alterTable('budgeting_proposals').addColumn('image_alt', 'text').execute();
    // One proposal per image: two sends racing for the same upload cannot both take it.
    await db.schema.createIndex('budgeting_proposals_image_idx').on('budgeting_proposals').column('image_id').unique().execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('budgeting_proposals_image_idx').execute();
    await db.schema.alterTable('budgeting_proposals').dropColumn('image_alt').execute();
    await db.schema.alterTable('budgeting_proposals').dropColumn('image_id').execute();
    await db.schema.dropTable('budgeting_proposal_images').execute();
  },
};
