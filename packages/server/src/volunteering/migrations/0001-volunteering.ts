import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Volunteering (issue 11): opportunities of organisations, shifts with capacity and waiting
 * list, seat holds, sign-ups (manage codes only hashed), talkoot proposals and tasks imported
 * from vapaaehtoistyo.fi. Literal values only: this migration is frozen.
 */
export const volunteeringBase: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('volunteering_opportunities')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('organisation_id', 'text', (col) => col.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('talkoot', 'ongoing')`))
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('draft', 'published', 'cancelled')`))
      .addColumn('area', 'text', (col) => col.notNull())
      .addColumn('content_json', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('volunteering_opportunities_org_idx').on('volunteering_opportunities').column('organisation_id').execute();

    await db.schema
      .createTable('volunteering_shifts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('opportunity_id', 'text', (col) => col.notNull().references('volunteering_opportunities.id'))
      .addColumn('starts_at', 'text', (col) => col.notNull())
      .addColumn('ends_at', 'text', (col) => col.notNull())
      .addColumn('capacity', 'integer', (col) => col.notNull().check(sql`capacity > 0`))
      .addColumn('minimum_attendees', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('waiting_list_capacity', 'integer', (col) => col.notNull().defaultTo(0).check(sql`waiting_list_capacity >= 0`))
      .addColumn('max_group_size', 'integer', (col) => col.notNull().defaultTo(1).check(sql`max_group_size >= 1`))
      .addColumn('roles_json', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('open').check(sql`status in ('open', 'cancelled')`))
      .addColumn('reminder_sent_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('volunteering_shifts_opportunity_idx').on('volunteering_shifts').columns(['opportunity_id', 'starts_at']).execute();
    await db.schema.createIndex('volunteering_shifts_start_idx').on('volunteering_shifts').column('starts_at').execute();

    await db.schema
      .createTable('volunteering_holds')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('shift_id', 'text', (col) => col.notNull().references('volunteering_shifts.id'))
      .addColumn('seats', 'integer', (col) => col.notNull().check(sql`seats > 0`))
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('volunteering_holds_shift_idx').on('volunteering_holds').columns(['shift_id', 'expires_at']).execute();

    await db.schema
      .createTable('volunteering_signups')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('shift_id', 'text', (col) => col.notNull().references('volunteering_shifts.id'))
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('attending', 'waiting', 'cancelled')`))
      .addColumn('group_size', 'integer', (col) => col.notNull().check(sql`group_size > 0`))
      .addColumn('queued_at', 'text', (col) => col.notNull())
      .addColumn('queue_no', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('phone', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('age', 'integer')
      .addColumn('role_id', 'text')
      .addColumn('guardian_name', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('guardian_consent_at', 'text')
      .addColumn('lang', 'text', (col) => col.notNull().defaultTo('fi').check(sql`lang in ('fi', 'sv', 'en')`))
      .addColumn('manage_code_hash', 'text', (col) => col.unique())
      .addColumn('sequence', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('checked_in', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('hours', 'double precision')
      .addColumn('hours_approved', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('record_seen_at', 'text')
      .addColumn('record_seen_by', 'text')
      .addColumn('anonymised_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('volunteering_signups_shift_idx').on('volunteering_signups').columns(['shift_id', 'status', 'queue_no']).execute();
    await db.schema.createIndex('volunteering_signups_order_idx').on('volunteering_signups').columns(['shift_id', 'queue_no']).unique().execute();

    await db.schema
      .createTable('volunteering_proposals')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('proposed').check(sql`status in ('proposed', 'approved', 'declined')`))
      .addColumn('what', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('where_text', 'text', (col) => col.notNull())
      .addColumn('area', 'text', (col) => col.notNull())
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      .addColumn('starts_at', 'text', (col) => col.notNull())
      .addColumn('ends_at', 'text', (col) => col.notNull())
      .addColumn('expected_people', 'integer', (col) => col.notNull())
      .addColumn('supplies_json', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('proposer_name', 'text', (col) => col.notNull())
      .addColumn('proposer_email', 'text', (col) => col.notNull())
      .addColumn('organisation_name', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('lang', 'text', (col) => col.notNull().defaultTo('fi'))
      .addColumn('decline_reason', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('opportunity_id', 'text')
      .addColumn('anonymised_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('volunteering_imported')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('external_id', 'text', (col) => col.notNull().unique())
      .addColumn('area', 'text', (col) => col.notNull())
      .addColumn('starts_at', 'text')
      .addColumn('opportunity_json', 'text', (col) => col.notNull())
      .addColumn('imported_at', 'text', (col) => col.notNull())
      .execute();
  },
};
