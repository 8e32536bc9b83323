import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Participatory budgeting (issue 9): rounds with phase dates, budgets with their frozen rules,
 * proposals and their review, the rules' change log, voting codes (hashes only), and the two
 * records of a vote that share nothing (ADR 0011): participation (who voted, the day) and
 * ballots (what was voted, a random id, the receipt code).
 *
 * `budgeting_ballots` is WITHOUT ROWID on SQLite, so rows are stored in the order of their
 * random primary key, not in the order they came; PostgreSQL's heap keeps arrival order, and
 * the module rewrites the table in key order (CLUSTER) when the vote closes. Literal values
 * only: this migration is frozen.
 */
export const budgetingBase: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('budgeting_rounds')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('title_fi', 'text', (col) => col.notNull())
      .addColumn('title_sv', 'text', (col) => col.notNull())
      .addColumn('title_en', 'text', (col) => col.notNull())
      .addColumn('description_fi', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('description_sv', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('description_en', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('proposals_open_at', 'text', (col) => col.notNull())
      .addColumn('proposals_close_at', 'text', (col) => col.notNull())
      .addColumn('voting_open_at', 'text', (col) => col.notNull())
      .addColumn('voting_close_at', 'text', (col) => col.notNull())
      .addColumn('results_at', 'text', (col) => col.notNull())
      .addColumn('implementation_at', 'text', (col) => col.notNull())
      .addColumn('voter_may_vote_in', 'text', (col) => col.notNull().defaultTo('one').check(sql`voter_may_vote_in in ('one', 'all')`))
      .addColumn('closed_at', 'text')
      .addColumn('results_published_at', 'text')
      .addColumn('registry_purged_at', 'text')
      .addColumn('tally_requested_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('budgeting_budgets')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull().references('budgeting_rounds.id'))
      .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('area', 'theme')`))
      .addColumn('name_fi', 'text', (col) => col.notNull())
      .addColumn('name_sv', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('amount', 'integer', (col) => col.notNull().check(sql`amount > 0`))
      .addColumn('rules_json', 'text')
      .addColumn('setting_json', 'text')
      .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('budgeting_budgets_round_idx').on('budgeting_budgets').column('round_id').execute();

    await db.schema
      .createTable('budgeting_proposals')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull().references('budgeting_rounds.id'))
      .addColumn('budget_id', 'text', (col) => col.notNull().references('budgeting_budgets.id'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('lang', 'text', (col) => col.notNull().check(sql`lang in ('fi', 'sv', 'en')`))
      .addColumn('estimated_cost', 'integer', (col) => col.notNull())
      .addColumn('address', 'text')
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('submitted').check(sql`status in ('submitted', 'feasible', 'rejected', 'merged')`))
      .addColumn('cost_estimate', 'integer')
      .addColumn('public_reason', 'text')
      .addColumn('merged_into', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewer_id', 'text')
      .addColumn('implementation_status', 'text', (col) =>
        col.check(sql`implementation_status is null or implementation_status in ('not-started', 'planning', 'in-progress', 'done', 'cancelled')`),
      )
      .addColumn('implementation_progress', 'integer')
      .addColumn('implementation_note', 'text')
      .addColumn('implementation_updated_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('budgeting_proposals_round_idx').on('budgeting_proposals').columns(['round_id', 'budget_id', 'status']).execute();

    // The log's order is its id: a sequence (rows made in the same millisecond keep their order).
    await db.schema
      .createTable('budgeting_rules_log')
      .addColumn('id', postgres ? 'serial' : 'integer', (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('budget_id', 'text')
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (col) => col.notNull().check(sql`action in ('set', 'projects-updated', 'refused')`))
      .addColumn('detail', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('budgeting_rules_log_round_idx').on('budgeting_rules_log').columns(['round_id', 'at']).execute();

    await db.schema
      .createTable('budgeting_voting_codes')
      .addColumn('code_hash', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull().references('budgeting_rounds.id'))
      .addColumn('issued_on', 'text', (col) => col.notNull())
      .addColumn('issued_by', 'text')
      .execute();

    // Who voted. The primary key is the one-ballot rule: one row per voter and slot (the
    // budget, or the whole round when a voter may vote in one budget only).
    await db.schema
      .createTable('budgeting_participation')
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('slot', 'text', (col) => col.notNull())
      .addColumn('voter_key', 'text', (col) => col.notNull())
      .addColumn('voted_on', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('budgeting_participation_pk', ['round_id', 'slot', 'voter_key'])
      .execute();

    // What was voted: nothing of the voter, no time, no sequence; a random key.
    let ballots = db.schema
      .createTable('budgeting_ballots')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('budget_id', 'text', (col) => col.notNull())
      .addColumn('choices_json', 'text', (col) => col.notNull())
      .addColumn('receipt_code', 'text', (col) => col.notNull().unique());
    if (!postgres) ballots = ballots.modifyEnd(sql`without rowid`);
    await ballots.execute();
    await db.schema.createIndex('budgeting_ballots_budget_idx').on('budgeting_ballots').column('budget_id').execute();

    await db.schema
      .createTable('budgeting_results')
      .addColumn('budget_id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('result_json', 'text', (col) => col.notNull())
      .addColumn('computed_at', 'text', (col) => col.notNull())
      .execute();
  },
};
