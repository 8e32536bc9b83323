import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Surveys (issue 10): surveys and their frozen versions, rounds, responses, invitation tokens,
 * server drafts and help offers. Responses, token use and help offers share no column but the
 * round id (ADR 0024); `survey_responses` is WITHOUT ROWID on SQLite so that rows are stored in
 * the order of their random key, not of arrival. Literal values only: this migration is frozen.
 */
export const surveysBase: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema.createTable('surveys').addColumn('id', 'text', (col) => col.primaryKey()).addColumn('created_at', 'text', (col) => col.notNull()).execute();

    await db.schema
      .createTable('survey_versions')
      .addColumn('survey_id', 'text', (col) => col.notNull().references('surveys.id'))
      .addColumn('version', 'integer', (col) => col.notNull().check(sql`version >= 1`))
      .addColumn('definition_json', 'text', (col) => col.notNull())
      .addColumn('fingerprint', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('created_by', 'text')
      .addPrimaryKeyConstraint('survey_versions_pk', ['survey_id', 'version'])
      .execute();

    await db.schema
      .createTable('survey_rounds')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('survey_id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('title_fi', 'text', (col) => col.notNull())
      .addColumn('title_sv', 'text', (col) => col.notNull())
      .addColumn('title_en', 'text', (col) => col.notNull())
      .addColumn('modes', 'text', (col) => col.notNull())
      .addColumn('web_limit', 'text', (col) => col.notNull().defaultTo('one-per-browser').check(sql`web_limit in ('one-per-browser', 'many')`))
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft').check(sql`status in ('draft', 'open', 'closed')`))
      .addColumn('closes_at', 'text')
      .addColumn('opened_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('margins_json', 'text')
      .addColumn('results_json', 'text')
      .addColumn('results_published_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addForeignKeyConstraint('survey_rounds_version_fk', ['survey_id', 'version'], 'survey_versions', ['survey_id', 'version'])
      .execute();
    await db.schema.createIndex('survey_rounds_survey_idx').on('survey_rounds').column('survey_id').execute();

    let responses = db.schema
      .createTable('survey_responses')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('survey_id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('mode', 'text', (col) => col.notNull().check(sql`mode in ('web', 'invitation', 'interviewer', 'import')`))
      .addColumn('lang', 'text', (col) => col.notNull().check(sql`lang in ('fi', 'sv', 'en')`))
      .addColumn('answers_json', 'text', (col) => col.notNull())
      .addColumn('received_on', 'text', (col) => col.notNull())
      .addColumn('respondent_id', 'text');
    if (!postgres) responses = responses.modifyEnd(sql`without rowid`);
    await responses.execute();
    await db.schema.createIndex('survey_responses_round_idx').on('survey_responses').columns(['round_id', 'mode']).execute();
    // One response per vendor respondent and round (NULLs, the web's, never collide).
    await db.schema.createIndex('survey_responses_respondent_uq').on('survey_responses').columns(['round_id', 'respondent_id']).unique().execute();

    await db.schema
      .createTable('survey_tokens')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('issued_on', 'text', (col) => col.notNull())
      .addColumn('used_on', 'text')
      .execute();

    await db.schema
      .createTable('survey_drafts')
      .addColumn('code_hash', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('answers_json', 'text', (col) => col.notNull())
      .addColumn('page', 'text')
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('updated_on', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('survey_drafts_expires_idx').on('survey_drafts').column('expires_at').execute();

    await db.schema
      .createTable('survey_help_offers')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('lang', 'text', (col) => col.notNull().check(sql`lang in ('fi', 'sv', 'en')`))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('consent_on', 'text', (col) => col.notNull())
      .addColumn('created_on', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('survey_help_offers_round_idx').on('survey_help_offers').columns(['round_id', 'created_on']).execute();
  },
};
