import * as v from 'valibot';

/**
 * Staff identity, shared by every domain: who is signed in. What a person may do in a domain
 * is that domain's business (feedback: the categories a handler handles).
 */

export const STAFF_ROLES = ['admin', 'handler'] as const;
export const StaffRoleSchema = v.picklist(STAFF_ROLES);
export type StaffRole = v.InferOutput<typeof StaffRoleSchema>;

/** The signed-in member of staff (GET /api/v1/staff/me). */
export const StaffUserSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  role: StaffRoleSchema,
  /** Category ids a handler handles; an admin handles every category (the list is then empty). */
  categories: v.array(v.string()),
});
export type StaffUser = v.InferOutput<typeof StaffUserSchema>;
export const StaffUserListSchema = v.object({ items: v.array(StaffUserSchema) });

export const StaffRefSchema = v.object({ id: v.string(), name: v.string() });
export type StaffRef = v.InferOutput<typeof StaffRefSchema>;

/** The platform's staff paths; each domain's staff API lives under its own prefix. */
export const STAFF_IDENTITY_PATHS = {
  me: '/api/v1/staff/me',
  users: '/api/v1/staff/users',
} as const;
