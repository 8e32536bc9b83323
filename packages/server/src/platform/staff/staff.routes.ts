import { STAFF_PATHS } from '@kohtaamo/core';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { requireAdmin, requireStaff, type StaffEnv } from './staff-auth.js';
import { listStaff } from './staff.repository.js';

/** The staff paths the platform owns; every domain's staff routes live under its own prefixes. */
export const PLATFORM_STAFF_PATHS = [STAFF_PATHS.me, STAFF_PATHS.users] as const;

/**
 * - GET /api/v1/staff/me     the signed-in member of staff
 * - GET /api/v1/staff/users  active staff (admins only), e.g. for assigning work
 */
export function platformStaffRoutes(db: Kysely<Database>, clock: () => Date = () => new Date()): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const signedIn = requireStaff(db, clock);
  app.get(STAFF_PATHS.me, signedIn, (c) => c.json(c.get('staff')));
  app.get(STAFF_PATHS.users, signedIn, requireAdmin(), async (c) => {
    const items = (await listStaff(db)).filter((s) => !s.disabled).map(({ disabled: _d, ...s }) => s);
    return c.json({ items });
  });
  return app;
}
