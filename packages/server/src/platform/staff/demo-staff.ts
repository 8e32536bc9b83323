import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { registerToken } from './staff.repository.js';

/** The demo's administrator, whose token comes from KOHTAAMO_DEMO_STAFF_TOKEN (honoured with --demo only). */
export const DEMO_STAFF = { name: 'Demo Pääkäyttäjä', email: 'demo.admin@kohtaamo.example' } as const;

/**
 * Adds the demo administrator and registers the given token for them (idempotent). Only the
 * demo calls this: a real server's staff and tokens come from the admin command.
 */
export async function seedDemoStaff(db: Kysely<Database>, token: string, now = new Date()): Promise<void> {
  await db
    .insertInto('staff_users')
    .values({
      id: 'demo-staff',
      name: DEMO_STAFF.name,
      email: DEMO_STAFF.email,
      role: 'admin',
      categories: '[]',
      created_at: now.toISOString(),
      disabled_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await registerToken(db, 'demo-staff', token, now);
}
