import { randomUUID } from 'node:crypto';
import { PLATFORM_DOMAIN, type Grant, type Invitation, type Locale } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { t } from '../../http/problem.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import { newSecret, sha256Hex } from '../staff/secrets.js';
import { addPerson, findStaffByEmail, normaliseEmail } from '../staff/staff.repository.js';
import { issueCredential, type Principal } from './credentials.js';
import { addGrant, isCityAdmin } from './grants.js';

/**
 * Invitations: the city (or an organisation's coordinator, for their own organisation) invites
 * a person by email to a grant. The link carries a 256-bit token, stored only as its SHA-256,
 * that works once and expires (KOHTAAMO_INVITATION_DAYS). The mail goes through the platform
 * outbox in the same transaction as the invitation. Accepting creates the person (or finds them
 * by email) and their grant, and gives a first session.
 */

export interface InvitationSettings {
  readonly days: number;
  readonly sessionHours: number;
  /** The page the link opens, `?invitation=<token>` added. */
  readonly consoleUrl: string;
  readonly cityName: string;
}

export type InviteOutcome = { kind: 'ok'; invitation: Invitation } | { kind: 'forbidden' };

export async function createInvitation(
  db: Kysely<Database>,
  inviter: Principal,
  organisation: { id: string; name: string },
  input: { email: string; name?: string | undefined; domain: string; role: string; scope: string; lang: Locale },
  settings: InvitationSettings,
  now = new Date(),
): Promise<InviteOutcome> {
  // Only the city's administrator gives platform roles other than an organisation's coordinator.
  if (input.domain === PLATFORM_DOMAIN && input.role !== 'coordinator' && !inviter.grants.some(isCityAdmin)) return { kind: 'forbidden' };
  const token = newSecret('kin');
  const expiresAt = new Date(now.getTime() + settings.days * 86_400_000).toISOString();
  const invitation: Invitation = {
    id: randomUUID(),
    email: normaliseEmail(input.email),
    organisation: organisation.id,
    domain: input.domain,
    role: input.role,
    scope: input.scope,
    expiresAt,
  };
  const url = new URL(settings.consoleUrl);
  url.searchParams.set('invitation', token);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('invitations')
      .values({
        id: invitation.id,
        token_hash: sha256Hex(token),
        email: invitation.email,
        name: input.name?.trim() || null,
        organisation_id: organisation.id,
        domain: input.domain,
        scope: input.scope,
        role: input.role,
        lang: input.lang,
        invited_by: inviter.person.id,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        accepted_at: null,
        person_id: null,
      })
      .execute();
    const params = {
      city: settings.cityName,
      organisation: organisation.name,
      role: input.role,
      domain: input.domain,
      link: url.href,
      expires: new Intl.DateTimeFormat(input.lang === 'en' ? 'en-GB' : `${input.lang}-FI`, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(expiresAt)),
    };
    await enqueueMail(
      trx,
      {
        domain: PLATFORM_DOMAIN,
        subjectId: invitation.id,
        dedupeKey: `invitation:${invitation.id}`,
        to: invitation.email,
        lang: input.lang,
        subject: t(input.lang, 'staff.invitation.mail.subject', params),
        bodyText: t(input.lang, 'staff.invitation.mail.body', params),
      },
      now,
    );
  });
  return { kind: 'ok', invitation };
}

export type AcceptOutcome = { kind: 'ok'; token: string; expiresAt: string; personId: string; grant: Grant } | { kind: 'invalid' };

/** Accepts an invitation once: the person and grant are made, and a first session is issued. */
export async function acceptInvitation(db: Kysely<Database>, token: string, name: string | undefined, sessionHours: number, now = new Date()): Promise<AcceptOutcome> {
  return db.transaction().execute(async (trx): Promise<AcceptOutcome> => {
    const row = await trx.selectFrom('invitations').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst();
    if (!row || row.accepted_at !== null || row.expires_at <= now.toISOString()) return { kind: 'invalid' };
    const org = await trx.selectFrom('organisations').select('disabled_at').where('id', '=', row.organisation_id).executeTakeFirst();
    if (!org || org.disabled_at !== null) return { kind: 'invalid' };
    let person = await findStaffByEmail(trx, row.email);
    if (person?.disabled_at) return { kind: 'invalid' };
    // Single use, also when two accept at once: only the one whose UPDATE finds it unaccepted goes on.
    const claimed = await trx.updateTable('invitations').set({ accepted_at: now.toISOString() }).where('id', '=', row.id).where('accepted_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows ?? 0n) !== 1) return { kind: 'invalid' };
    person ??= await addPerson(trx, { name: name?.trim() || row.name || row.email, email: row.email, organisation: row.organisation_id }, now);
    await trx.updateTable('invitations').set({ person_id: person.id }).where('id', '=', row.id).execute();
    const grant = await addGrant(trx, { personId: person.id, organisation: row.organisation_id, domain: row.domain, scope: row.scope, role: row.role, source: 'invitation' }, now);
    const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
    const session = await issueCredential(trx, person.id, 'session', expiresAt, now);
    return { kind: 'ok', token: session, expiresAt: expiresAt.toISOString(), personId: person.id, grant };
  });
}

/** Open invitations of an organisation (not accepted, not expired). */
export async function openInvitations(db: Kysely<Database>, organisation: string, now = new Date()): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitations')
    .select(['id', 'email', 'organisation_id', 'domain', 'role', 'scope', 'expires_at'])
    .where('organisation_id', '=', organisation)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, organisation: r.organisation_id, domain: r.domain, role: r.role, scope: r.scope, expiresAt: r.expires_at }));
}
