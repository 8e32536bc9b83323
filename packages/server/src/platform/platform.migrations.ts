import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The platform's own tables, oldest first: what every domain shares (idempotency keys, staff
 * and their tokens, API keys, the mail outbox, rate-limit counters). A migration that has run is
 * never edited: a change is a new migration. Literal values only, plain SQL that SQLite and
 * PostgreSQL both accept: one ADD COLUMN per ALTER TABLE (SQLite), every added NOT NULL column
 * has a default.
 *
 * `0001_baseline` is the platform's part of the pre-module schema (release 0.1), in the shape
 * it had there, so that such a database can be adopted without running anything (migrate.ts).
 */
export const platformMigrations: Readonly<Record<string, Migration>> = {
  '0001_baseline': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', 'text', (col) => col.notNull())
        .addColumn('key', 'text', (col) => col.notNull())
        .addColumn('request_hash', 'text', (col) => col.notNull())
        .addColumn('response_status', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_created_at_idx').on('idempotency_keys').column('created_at').execute();

      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('email', 'text', (col) => col.notNull().unique())
        .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('admin', 'handler')`))
        .addColumn('categories', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('disabled_at', 'text')
        .execute();

      await db.schema
        .createTable('staff_tokens')
        .addColumn('token_hash', 'text', (col) => col.primaryKey())
        .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_users.id'))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('staff_tokens_staff_id_idx').on('staff_tokens').column('staff_id').execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('key_hash', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('email_outbox')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('feedback_id', 'text')
        .addColumn('dedupe_key', 'text', (col) => col.notNull().unique())
        .addColumn('to_address', 'text', (col) => col.notNull())
        .addColumn('lang', 'text', (col) => col.notNull())
        .addColumn('subject', 'text', (col) => col.notNull())
        .addColumn('body_text', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (col) => col.notNull())
        .addColumn('claimed_until', 'text')
        .addColumn('claim_token', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('failed_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('email_outbox_due_idx').on('email_outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
      await db.schema.createIndex('email_outbox_feedback_id_idx').on('email_outbox').column('feedback_id').execute();

      // Fixed-window counters, one row per client key and window, shared by every server.
      await db.schema
        .createTable('rate_limit_hits')
        .addColumn('bucket', 'text', (col) => col.notNull())
        .addColumn('window_start', 'text', (col) => col.notNull())
        .addColumn('hits', 'integer', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('rate_limit_hits_pk', ['bucket', 'window_start'])
        .execute();
      await db.schema.createIndex('rate_limit_hits_expires_at_idx').on('rate_limit_hits').column('expires_at').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['rate_limit_hits', 'email_outbox', 'api_keys', 'staff_tokens', 'staff_users', 'idempotency_keys']) {
        await db.schema.dropTable(table).execute();
      }
    },
  },

  /**
   * The outbox serves every domain: a mail names its domain and the item it is about
   * (`subject_id`), so a domain's retention can remove its own queued mails. Mails queued by the
   * 0.1 release were all feedback replies.
   */
  '0002_outbox_any_domain': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('email_outbox').addColumn('domain', 'text', (col) => col.notNull().defaultTo('feedback')).execute();
      await db.schema.alterTable('email_outbox').addColumn('subject_id', 'text').execute();
      await sql`update email_outbox set subject_id = feedback_id`.execute(db);
      await db.schema.dropIndex('email_outbox_feedback_id_idx').execute();
      await db.schema.alterTable('email_outbox').dropColumn('feedback_id').execute();
      await db.schema.createIndex('email_outbox_subject_idx').on('email_outbox').columns(['domain', 'subject_id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('email_outbox_subject_idx').execute();
      await db.schema.alterTable('email_outbox').addColumn('feedback_id', 'text').execute();
      await sql`update email_outbox set feedback_id = subject_id where domain = 'feedback'`.execute(db);
      await db.schema.alterTable('email_outbox').dropColumn('subject_id').execute();
      await db.schema.alterTable('email_outbox').dropColumn('domain').execute();
      await db.schema.createIndex('email_outbox_feedback_id_idx').on('email_outbox').column('feedback_id').execute();
    },
  },

  /**
   * People, organisations and grants (ADR 0015). The city is the organisation "city"; every
   * member of staff of 0.1 is a person of the city, and their access becomes grants, so nobody
   * loses or gains anything: an admin gets (city, platform, *, admin), a handler one
   * (city, feedback, <category>, handler) per category. `staff_users.role` and `.categories`
   * stay as they were and are no longer read. Tokens get a kind ("token" from the admin command,
   * "session" from a sign-in); sign-ins through OpenID Connect and invitations get their tables.
   */
  '0003_people_grants': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('city', 'association')`))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('disabled_at', 'text')
        .execute();
      await sql`insert into organisations (id, name, kind, created_at, disabled_at) values ('city', 'Kaupunki', 'city', '2026-12-01T00:00:00.000Z', null)`.execute(db);

      await db.schema.alterTable('staff_users').addColumn('organisation_id', 'text', (col) => col.notNull().defaultTo('city')).execute();
      await db.schema.alterTable('staff_users').addColumn('oidc_subject', 'text').execute();
      await db.schema.createIndex('staff_users_oidc_subject_idx').on('staff_users').column('oidc_subject').unique().execute();
      await db.schema.alterTable('staff_tokens').addColumn('kind', 'text', (col) => col.notNull().defaultTo('token')).execute();

      await db.schema
        .createTable('grants')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('person_id', 'text', (col) => col.notNull().references('staff_users.id'))
        .addColumn('organisation_id', 'text', (col) => col.notNull().references('organisations.id'))
        .addColumn('domain', 'text', (col) => col.notNull())
        .addColumn('scope', 'text', (col) => col.notNull())
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('source', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('grants_person_idx').on('grants').column('person_id').execute();
      // One live grant per (person, organisation, domain, scope, role).
      await sql`create unique index grants_live_uq on grants (person_id, organisation_id, domain, scope, role) where revoked_at is null`.execute(db);

      const staff = await sql<{ id: string; role: string; categories: string; created_at: string }>`select id, role, categories, created_at from staff_users`.execute(db);
      for (const person of staff.rows) {
        let scopes: string[] = [];
        let domain = 'feedback';
        let role = 'handler';
        if (person.role === 'admin') {
          scopes = ['*'];
          domain = 'platform';
          role = 'admin';
        } else {
          try {
            const parsed: unknown = JSON.parse(person.categories);
            if (Array.isArray(parsed)) scopes = [...new Set(parsed.filter((x): x is string => typeof x === 'string'))];
          } catch {
            scopes = [];
          }
        }
        for (const scope of scopes) {
          await sql`insert into grants (id, person_id, organisation_id, domain, scope, role, source, created_at, revoked_at)
            values (${randomUUID()}, ${person.id}, 'city', ${domain}, ${scope}, ${role}, 'migration', ${person.created_at}, null)`.execute(db);
        }
      }

      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('token_hash', 'text', (col) => col.notNull().unique())
        .addColumn('email', 'text', (col) => col.notNull())
        .addColumn('name', 'text')
        .addColumn('organisation_id', 'text', (col) => col.notNull().references('organisations.id'))
        .addColumn('domain', 'text', (col) => col.notNull())
        .addColumn('scope', 'text', (col) => col.notNull())
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('lang', 'text', (col) => col.notNull())
        .addColumn('invited_by', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .addColumn('accepted_at', 'text')
        .addColumn('person_id', 'text')
        .execute();
      await db.schema.createIndex('invitations_organisation_idx').on('invitations').column('organisation_id').execute();

      // A sign-in under way at the city's OpenID Connect provider (state, PKCE verifier, nonce),
      // and after it the one-time code that hands its session to an embedded console.
      await db.schema
        .createTable('sign_ins')
        .addColumn('state', 'text', (col) => col.primaryKey())
        .addColumn('code_verifier', 'text', (col) => col.notNull())
        .addColumn('nonce', 'text', (col) => col.notNull())
        .addColumn('return_to', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .addColumn('handoff_hash', 'text')
        .addColumn('person_id', 'text')
        .execute();
      await db.schema.createIndex('sign_ins_handoff_idx').on('sign_ins').column('handoff_hash').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['sign_ins', 'invitations', 'grants']) await db.schema.dropTable(table).execute();
      await db.schema.alterTable('staff_tokens').dropColumn('kind').execute();
      await db.schema.dropIndex('staff_users_oidc_subject_idx').execute();
      await db.schema.alterTable('staff_users').dropColumn('oidc_subject').execute();
      await db.schema.alterTable('staff_users').dropColumn('organisation_id').execute();
      await db.schema.dropTable('organisations').execute();
    },
  },

  /**
   * Background work shared by several server processes on one database, and the server's
   * secrets. `platform_jobs` holds one row per named job (retention, clean-ups, a module's jobs):
   * a process runs a job only after taking its lease with a conditional UPDATE, so a job runs
   * once per interval across all processes. `server_secrets` holds secrets made once and
   * shared by every process (the HMAC key of the rate-limit counters). Mails may carry
   * attachments (an `.ics` invitation), stored with the mail as JSON.
   */
  '0004_jobs_and_secrets': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('platform_jobs')
        .addColumn('name', 'text', (col) => col.primaryKey())
        .addColumn('next_run_at', 'text', (col) => col.notNull())
        .addColumn('leased_until', 'text')
        .addColumn('lease_token', 'text')
        .addColumn('last_started_at', 'text')
        .addColumn('last_finished_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('runs', 'integer', (col) => col.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('server_secrets')
        .addColumn('name', 'text', (col) => col.primaryKey())
        .addColumn('value', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.alterTable('email_outbox').addColumn('attachments', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('email_outbox').dropColumn('attachments').execute();
      await db.schema.dropTable('server_secrets').execute();
      await db.schema.dropTable('platform_jobs').execute();
    },
  },
};
