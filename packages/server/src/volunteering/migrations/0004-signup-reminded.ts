import type { Kysely, Migration } from 'kysely';

/**
 * A reminder per sign-up, not per shift: the reminder job marked a shift as reminded the first
 * time it saw the shift inside the reminder window, so whoever signed up (or moved up from the
 * waiting list) after that run never got a reminder, and a shift created inside the window was
 * marked before anyone could sign up. `reminded_at` marks each sign-up reminded; sign-ups of
 * shifts already reminded count as reminded. Literal values only: this migration is frozen.
 */
export const volunteeringSignupReminded: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('volunteering_signups').addColumn('reminded_at', 'text').execute();
    await db
      .updateTable('volunteering_signups' as never)
      .set({ reminded_at: 'before-0004' } as never)
      .where('shift_id' as never, 'in', (db as Kysely<{ volunteering_shifts: { id: string; reminder_sent_at: string | null } }>).selectFrom('volunteering_shifts').select('id').where('reminder_sent_at', 'is not', null) as never)
      .where('status' as never, '=', 'attending' as never)
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('volunteering_signups').dropColumn('reminded_at').execute();
  },
};
