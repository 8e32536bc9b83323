import * as v from 'valibot';

/**
 * People, organisations and grants (ADR 0015), shared by every domain.
 *
 * An organisation is the city or an association (a residents' or village association, a club).
 * A grant is (person, organisation, domain, scope, role): "handler of feedback category streets
 * for the city", "officer of budgeting round 2027", "coordinator of volunteering for Heinolan
 * Latu ry". Scope `*` is the whole domain within the organisation. The city's administrator
 * holds (city, platform, *, admin) and may do everything.
 */

/** The organisation every city server has, with this id (platform migration 0003). */
export const CITY_ORGANISATION = 'city';
/** The domain of grants about the platform itself (administration, organisations). */
export const PLATFORM_DOMAIN = 'platform';
/** The scope of a grant over the whole domain. */
export const ALL_SCOPES = '*';

export const ORGANISATION_KINDS = ['city', 'association'] as const;
export const OrganisationKindSchema = v.picklist(ORGANISATION_KINDS, 'common.invalid');
export type OrganisationKind = v.InferOutput<typeof OrganisationKindSchema>;

/** Organisation ids are slugs: "city", "heinolan-latu". */
export const OrganisationIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'common.invalid'));
/** Domains and roles are lower-case words: "feedback", "handler". */
export const GrantWordSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, 'common.invalid'));
/** A scope: "*" or an id inside the domain ("streets", "2027", "main-library"). */
export const GrantScopeSchema = v.pipe(v.string(), v.regex(/^(\*|[A-Za-z0-9][A-Za-z0-9._:-]{0,63})$/, 'common.invalid'));

export const OrganisationSchema = v.object({
  id: v.string(),
  name: v.string(),
  kind: OrganisationKindSchema,
});
export type Organisation = v.InferOutput<typeof OrganisationSchema>;

export const GrantSchema = v.object({
  id: v.string(),
  organisation: v.string(),
  domain: v.string(),
  scope: v.string(),
  role: v.string(),
  /** Where it came from: "admin" (command), "oidc" (the city's sign-in, renewed at each), "invitation", "migration". */
  source: v.string(),
});
export type Grant = v.InferOutput<typeof GrantSchema>;

/** How the caller is signed in: an admin-issued token or a sign-in session (OpenID Connect, invitation). */
export const StaffCredentialSchema = v.object({
  kind: v.picklist(['token', 'session']),
  /** When it stops working; null only for a token issued before tokens expired by default. */
  expiresAt: v.nullable(v.string()),
});
export type StaffCredential = v.InferOutput<typeof StaffCredentialSchema>;

/** An invitation the city (or a coordinator, for their own organisation) sends. */
export const InvitationInputSchema = v.object({
  email: v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.maxLength(254, 'common.invalid'), v.email('common.invalid')),
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'common.invalid'))),
  domain: GrantWordSchema,
  role: GrantWordSchema,
  scope: v.optional(GrantScopeSchema, ALL_SCOPES),
  lang: v.optional(v.picklist(['fi', 'sv', 'en'], 'common.invalid'), 'fi'),
});
export type InvitationInput = v.InferInput<typeof InvitationInputSchema>;

export const InvitationSchema = v.object({
  id: v.string(),
  email: v.string(),
  organisation: v.string(),
  domain: v.string(),
  role: v.string(),
  scope: v.string(),
  expiresAt: v.string(),
});
export type Invitation = v.InferOutput<typeof InvitationSchema>;

export const AcceptInvitationSchema = v.object({
  token: v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.maxLength(200, 'common.invalid')),
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'common.invalid'))),
});

/** What accepting an invitation gives: the person's first session token, shown once. */
export const InvitationAcceptedSchema = v.object({
  token: v.string(),
  expiresAt: v.string(),
  personId: v.string(),
  grant: GrantSchema,
});

export const OrganisationMemberSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  grants: v.array(GrantSchema),
});
export const OrganisationDetailSchema = v.object({
  organisation: OrganisationSchema,
  members: v.array(OrganisationMemberSchema),
  invitations: v.array(InvitationSchema),
});
export type OrganisationDetail = v.InferOutput<typeof OrganisationDetailSchema>;

/** The platform's paths for organisations and sign-in. */
export const ORGANISATION_PATHS = {
  organisation: (id: string) => `/api/v1/organisations/${encodeURIComponent(id)}`,
  invitations: (id: string) => `/api/v1/organisations/${encodeURIComponent(id)}/invitations`,
} as const;
