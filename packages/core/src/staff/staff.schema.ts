import * as v from 'valibot';
import { GrantSchema, OrganisationSchema, StaffCredentialSchema } from './grant.schema.js';

/**
 * Staff identity, shared by every domain: who is signed in. What a person may do in a domain
 * is that domain's business (feedback: the categories a handler handles).
 */

export const STAFF_ROLES = ['admin', 'handler'] as const;
export const StaffRoleSchema = v.picklist(STAFF_ROLES);
export type StaffRole = v.InferOutput<typeof StaffRoleSchema>;

/**
 * A member of staff (GET /api/v1/staff/me, /api/v1/staff/users). What they may do is in
 * `grants`; `role` and `categories` are the 0.1 view kept for the inbox element until it reads
 * grants (deprecated): `role` is "admin" for the city's administrator, "handler" otherwise;
 * `categories` are the scopes of their city feedback handler grants.
 */
export const StaffUserSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  role: StaffRoleSchema,
  /** Category ids a handler handles; an admin handles every category (the list is then empty). */
  categories: v.array(v.string()),
  /** The person's own organisation (the city, or an association). */
  organisation: v.optional(OrganisationSchema),
  /** What they may do (ADR 0015). */
  grants: v.optional(v.array(GrantSchema)),
  /** How this request is signed in (GET /api/v1/staff/me only). */
  credential: v.optional(StaffCredentialSchema),
});
export type StaffUser = v.InferOutput<typeof StaffUserSchema>;
export const StaffUserListSchema = v.object({ items: v.array(StaffUserSchema) });

export const StaffRefSchema = v.object({ id: v.string(), name: v.string() });
export type StaffRef = v.InferOutput<typeof StaffRefSchema>;

/** The platform's staff paths (a module of their own: a console's sign-in needs them, not the schemas). */
export { STAFF_IDENTITY_PATHS } from './staff-paths.js';
