import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Free texts under moderation and strategy indicators (ADR 0033). `survey_texts` holds each
 * free text of a response with its own random id (never shown with the response's) and its
 * moderation state; `survey_indicators` the figures declared indicators; `survey_indicator_values`
 * their value in each published round. Existing responses' texts are copied in as pending.
 * Literal values only: this migration is frozen.
 */
export const surveysTextsIndicators: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('survey_texts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('response_id', 'text', (col) => col.notNull())
      .addColumn('question', 'text', (col) => col.notNull())
      .addColumn('lang', 'text', (col) => col.notNull())
      .addColumn('sample', 'text', (col) => col.notNull().check(sql`sample in ('sample', 'open')`))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull().defaultTo('pending').check(sql`state in ('pending', 'published', 'hidden')`))
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('received_on', 'text', (col) => col.notNull())
      .addColumn('moderated_on', 'text')
      .addColumn('moderated_by', 'text')
      .execute();
    await db.schema.createIndex('survey_texts_round_state_idx').on('survey_texts').columns(['round_id', 'state', 'id']).execute();
    await db.schema.createIndex('survey_texts_response_uq').on('survey_texts').columns(['response_id', 'question']).unique().execute();

    await db.schema
      .createTable('survey_indicators')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('survey_id', 'text', (col) => col.notNull())
      .addColumn('label_fi', 'text', (col) => col.notNull())
      .addColumn('label_sv', 'text', (col) => col.notNull())
      .addColumn('label_en', 'text', (col) => col.notNull())
      .addColumn('question', 'text', (col) => col.notNull())
      .addColumn('row_id', 'text')
      .addColumn('measure', 'text', (col) => col.notNull().check(sql`measure in ('mean', 'share', 'nps')`))
      .addColumn('values_json', 'text')
      .addColumn('target', 'double precision', (col) => col.notNull())
      .addColumn('target_year', 'integer', (col) => col.notNull())
      .addColumn('direction', 'text', (col) => col.notNull().defaultTo('higher').check(sql`direction in ('higher', 'lower')`))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('survey_indicators_survey_idx').on('survey_indicators').column('survey_id').execute();

    await db.schema
      .createTable('survey_indicator_values')
      .addColumn('indicator_id', 'text', (col) => col.notNull())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('estimate', 'double precision', (col) => col.notNull())
      .addColumn('ci_low', 'double precision')
      .addColumn('ci_high', 'double precision')
      .addColumn('n', 'integer', (col) => col.notNull())
      .addColumn('weighted', 'integer', (col) => col.notNull())
      .addColumn('computed_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('survey_indicator_values_pk', ['indicator_id', 'round_id'])
      .execute();

    // The texts of the responses stored before this migration: text questions and "other" texts.
    const versions = await sql<{ survey_id: string; version: number; definition_json: string }>`select survey_id, version, definition_json from survey_versions`.execute(db);
    for (const version of versions.rows) {
      const definition = JSON.parse(version.definition_json) as { pages: { sections: { questions: { id: string; type: string; other?: unknown }[] }[] }[] };
      const keys: string[] = [];
      for (const page of definition.pages) for (const section of page.sections) for (const q of section.questions) {
        if (q.type === 'short_text' || q.type === 'long_text') keys.push(q.id);
        else if (q.other) keys.push(`${q.id}.other`);
      }
      if (keys.length === 0) continue;
      const responses = await sql<{ id: string; round_id: string; mode: string; lang: string; answers_json: string; received_on: string }>`select id, round_id, mode, lang, answers_json, received_on from survey_responses where survey_id = ${version.survey_id} and version = ${version.version}`.execute(db);
      for (const r of responses.rows) {
        const answers = JSON.parse(r.answers_json) as Record<string, unknown>;
        for (const key of keys) {
          const a = answers[key];
          if (typeof a !== 'string' || a.trim() === '') continue;
          const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
          await sql`insert into survey_texts (id, round_id, response_id, question, lang, sample, text, state, version, received_on) values (${id}, ${r.round_id}, ${r.id}, ${key}, ${r.lang}, ${r.mode === 'web' ? 'open' : 'sample'}, ${a.trim()}, 'pending', 1, ${r.received_on})`.execute(db);
        }
      }
    }
  },
};
