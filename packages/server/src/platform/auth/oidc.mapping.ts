import { ALL_SCOPES, CITY_ORGANISATION, GrantScopeSchema, GrantWordSchema, OrganisationIdSchema } from '@kohtaamo/core';
import * as v from 'valibot';

/**
 * How the city's provider's groups become grants (KOHTAAMO_OIDC_GRANTS), a JSON object from
 * group name to the grants it gives; organisation defaults to "city", scope to "*":
 *
 *   {"kohtaamo-admins": [{"domain": "platform", "role": "admin"}],
 *    "palaute-katu":    [{"domain": "feedback", "role": "handler", "scope": "streets"},
 *                        {"domain": "feedback", "role": "handler", "scope": "parks"}]}
 *
 * The grants of a sign-in are exactly those of the person's groups at that moment: a group taken
 * away at the provider is a grant revoked at the next sign-in (grants given by an admin stay).
 */
const MappedGrantSchema = v.object({
  organisation: v.optional(OrganisationIdSchema, CITY_ORGANISATION),
  domain: GrantWordSchema,
  role: GrantWordSchema,
  scope: v.optional(GrantScopeSchema, ALL_SCOPES),
});
const GroupGrantsSchema = v.record(v.pipe(v.string(), v.minLength(1)), v.array(MappedGrantSchema));

export type MappedGrant = v.InferOutput<typeof MappedGrantSchema>;
export type GroupGrants = Readonly<Record<string, readonly MappedGrant[]>>;

export function parseGroupGrants(json: string): GroupGrants {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('not JSON');
  }
  const parsed = v.safeParse(GroupGrantsSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`${path ? `${path}: ` : ''}expected {"group": [{"domain", "role", "scope"?, "organisation"?}]}`);
  }
  return parsed.output;
}

/** The groups of a claims set: an array of strings, or one space/comma-separated string. */
export function groupsOf(claims: Readonly<Record<string, unknown>>, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** The grants the given groups give, without duplicates. */
export function grantsForGroups(mapping: GroupGrants, groups: readonly string[]): MappedGrant[] {
  const seen = new Map<string, MappedGrant>();
  for (const group of groups) {
    for (const grant of mapping[group] ?? []) seen.set(`${grant.organisation} ${grant.domain} ${grant.scope} ${grant.role}`, grant);
  }
  return [...seen.values()];
}
