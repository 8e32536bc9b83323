import { ALL_SCOPES, CITY_ORGANISATION, PLATFORM_DOMAIN } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { addGrant } from '../auth/grants.js';
import { registerToken } from './staff.repository.js';

/** The demo's administrator, whose token comes from KOHTAAMO_DEMO_STAFF_TOKEN (honoured with --demo only). */
export const DEMO_STAFF = { name: 'Demo Pääkäyttäjä', email: 'demo.admin@kohtaamo.example' } as const;

/**
 * Adds the demo administrator and registers the given token for them (idempotent; the token
 * expires like any other, `tokenDays` after this start). Only the demo calls this: a real
 * server's staff and tokens come from the admin command.
 */
export async function seedDemoStaff(db: Kysely<Database>, token: string, now = new Date(), tokenDays = 90): Promise<void> {
  await db
    .insertInto('staff_users')
    .values({
      id: 'demo-staff',
      name: DEMO_STAFF.name,
      email: DEMO_STAFF.email,
      role: 'handler',
      categories: '[]',
      created_at: now.toISOString(),
      disabled_at: null,
      organisation_id: CITY_ORGANISATION,
      oidc_subject: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await addGrant(db, { personId: 'demo-staff', organisation: CITY_ORGANISATION, domain: PLATFORM_DOMAIN, scope: ALL_SCOPES, role: 'admin', source: 'admin' }, now);
  await registerToken(db, 'demo-staff', token, new Date(now.getTime() + tokenDays * 86_400_000), now);
}
