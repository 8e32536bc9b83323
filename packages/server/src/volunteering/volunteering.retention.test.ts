/**
 * Retention of volunteering's personal data (issue 11, ADR 0026), run as the platform runs it
 * (`runRetention` over the module, the period from KOHTAAMO_RETENTION_DAYS or the module's
 * default of 30 days): each sign-up loses its name, contact, age, guardian, manage code and who
 * saw a record extract, and its mails leave the outbox, that many days after its shift ended;
 * status, group size, check-in and hours stay, so the open figures do not change and carry no
 * person. Talkoot proposals, decided or not, lose the proposer's name and e-mail and their mails
 * that many days after the proposed day (ADR 0099: an undecided one is not kept for ever, and can
 * no longer be decided); an approved proposal's public opportunity never names the resident who
 * proposed it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type Opportunity, type SignupReceipt, type TalkootProposal } from '@kohtaamo/core';
import { moduleContext } from '../app.js';
import { loadPlatformConfig } from '../platform/platform.config.js';
import { runRetention } from '../platform/runtime.js';
import { createVolunteeringModule } from './volunteering.module.js';
import { expectStatus, LATU, opportunityWithShift, orgPath, person, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
const P = VOLUNTEERING_PATHS;
const DAY = 86_400_000;

/** Runs the platform's retention of the volunteering module at `at`, with the operator's environment `env`. */
async function retention(at: Date, env: Record<string, string> = {}): Promise<number> {
  const modules = [createVolunteeringModule({ clock: () => at })];
  const platform = loadPlatformConfig(env);
  const ctx = moduleContext({ db: h.database.handle, config: { origins: [] }, modules, platform, clock: () => at });
  return (await runRetention(ctx, modules)).volunteering ?? 0;
}

const signupRow = (id: string) => h.database.handle.db.selectFrom('volunteering_signups').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const mailsAbout = async (id: string) => (await h.database.handle.db.selectFrom('email_outbox').select(['to_address']).where('subject_id', '=', id).execute()).length;
type Figures = { items: { area: string; month: string; volunteers: number; hours: number; talkoot: number }[] };
const figuresOf = async (month: string) => ((await expectStatus(h.call('GET', P.figures), 200)) as Figures).items.filter((f) => f.month === month);

describe(`volunteering retention as the platform runs it (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('KOHTAAMO_RETENTION_DAYS=7: seven days after the shift the people’s data and mails go, counts, check-in and hours stay; the default is 30 days', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, {
      capacity: 10,
      maxGroupSize: 3,
      roles: [{ id: 'lapset', name: { fi: 'Lasten ohjaus' }, minimumAge: 18, criminalRecordCheck: true }],
    });
    const adult = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(70, { role: 'lapset', phone: '040 765 4321' })), 201)) as SignupReceipt;
    const minor = (await expectStatus(
      h.call('POST', `${P.shifts}/${shift.id}/signups`, person(71, { age: 15, groupSize: 2, guardianName: 'Huoltaja Hanna', guardianConsent: true })),
      201,
    )) as SignupReceipt;
    await expectStatus(h.as('latu', 'PATCH', `${orgPath(LATU)}/signups/${adult.id}`, { checkedIn: true, hours: 3, hoursApproved: true, recordCheckSeen: true }), 200);
    const before = await signupRow(adult.id);
    assert.equal(before.record_seen_by, 'Koordinaattori latu');
    assert.equal((await signupRow(minor.id)).guardian_name, 'Huoltaja Hanna');
    assert.ok((await mailsAbout(adult.id)) >= 1 && (await mailsAbout(minor.id)) >= 1, 'the confirmations are in the outbox');
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' }).format(new Date(shift.startsAt));
    const figuresBefore = await figuresOf(month);

    const end = Date.parse(shift.endsAt);
    // Six days after the shift: not yet, with 7 days configured (and not with the default of 30 at 29 days).
    assert.equal(await retention(new Date(end + 6 * DAY), { KOHTAAMO_RETENTION_DAYS: '7' }), 0);
    assert.equal(await retention(new Date(end + 29 * DAY)), 0);
    assert.equal((await signupRow(adult.id)).email, before.email);
    // Eight days after: gone.
    assert.ok((await retention(new Date(end + 8 * DAY), { KOHTAAMO_RETENTION_DAYS: '7' })) >= 2);
    for (const [id, groupSize] of [[adult.id, 1], [minor.id, 2]] as const) {
      const row = await signupRow(id);
      assert.deepEqual(
        [row.name, row.email, row.phone, row.age, row.guardian_name, row.manage_code_hash, row.record_seen_by],
        ['', '', '', null, '', null, null],
        `the personal data of ${id}`,
      );
      assert.ok(row.anonymised_at);
      assert.deepEqual([row.status, row.group_size], ['attending', groupSize]);
      assert.equal(await mailsAbout(id), 0, `the mails about ${id} left the outbox`);
    }
    const after = await signupRow(adult.id);
    assert.deepEqual([after.checked_in, after.hours, after.hours_approved, after.record_seen_at !== null], [before.checked_in, 3, before.hours_approved, true]);
    // The manage links stop working.
    assert.equal((await h.call('GET', `${P.signups}/${adult.manageCode}`)).status, 404);
    // The open figures are the same as before, and name no one.
    assert.deepEqual(await figuresOf(month), figuresBefore);
    assert.doesNotMatch(JSON.stringify(await expectStatus(h.call('GET', P.figures), 200)), /@|Huoltaja|Vapaaehtoinen/);
    // Off: nothing runs.
    assert.equal(await retention(new Date(end + 400 * DAY), { KOHTAAMO_RETENTION_DAYS: 'off' }), 0);
  });

  test('proposals, decided or not, lose the proposer’s name, e-mail and mails 30 days after the proposed day; an undecided one can then no longer be decided; the approved talkoot’s public page never names the resident', async () => {
    const starts = h.now.getTime() + 12 * DAY;
    const base = {
      what: 'Rantatalkoot',
      description: 'Siivotaan ranta',
      where: 'Tähtiniemen ranta',
      area: 'tahtiniemi',
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 2 * 3_600_000).toISOString(),
      expectedPeople: 12,
      proposerName: 'Pekka Ehdottaja',
      proposerEmail: 'pekka.ehdottaja@example.fi',
    };
    const approved = (await expectStatus(h.call('POST', P.proposals, base), 201)) as TalkootProposal;
    const declined = (await expectStatus(h.call('POST', P.proposals, { ...base, what: 'Yötalkoot' }), 201)) as TalkootProposal;
    const open = (await expectStatus(h.call('POST', P.proposals, { ...base, what: 'Avoimet talkoot' }), 201)) as TalkootProposal;
    const decided = (await expectStatus(h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: approved.id, decision: { decision: 'approve', capacity: 15 } }), 200)) as TalkootProposal;
    await expectStatus(h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: declined.id, decision: { decision: 'decline', reason: 'Rannalla on silloin uimakilpailut.' } }), 200);
    assert.ok((await mailsAbout(approved.id)) >= 1 && (await mailsAbout(declined.id)) >= 1, 'the decisions are mailed to the proposer');

    // The talkoot on the board: the city runs it; the resident who proposed it is not published.
    const page = (await expectStatus(h.call('GET', `${P.opportunities}/${decided.opportunityId}`), 200)) as Opportunity;
    assert.equal(page.organisation, 'city');
    assert.doesNotMatch(JSON.stringify(page), /Pekka|ehdottaja/i);
    assert.doesNotMatch(JSON.stringify(await expectStatus(h.call('GET', P.export), 200)), /Pekka|ehdottaja/i, 'nor in the export for vapaaehtoistyo.fi');

    const proposalRows = async () =>
      new Map(
        (await h.database.handle.db.selectFrom('volunteering_proposals').select(['id', 'proposer_name', 'proposer_email', 'anonymised_at']).where('id', 'in', [approved.id, declined.id, open.id]).execute()).map((r) => [r.id, r]),
      );
    // 29 days after the proposed day: every proposer is still there; the undecided one can still be answered.
    await retention(new Date(starts + 29 * DAY));
    for (const row of (await proposalRows()).values()) assert.deepEqual([row.proposer_email, row.anonymised_at], ['pekka.ehdottaja@example.fi', null], `kept: ${row.id}`);

    assert.ok((await retention(new Date(starts + 31 * DAY))) >= 3);
    const byId = await proposalRows();
    for (const id of [approved.id, declined.id, open.id]) {
      const row = byId.get(id)!;
      assert.deepEqual([row.proposer_name, row.proposer_email], ['', ''], `the proposer of ${id}`);
      assert.ok(row.anonymised_at);
      assert.equal(await mailsAbout(id), 0, `the mails about ${id} left the outbox`);
    }
    // The undecided one, past its day: no one left to answer, so it can no longer be decided.
    const late = await h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: open.id, decision: { decision: 'approve', capacity: 15 } });
    assert.equal(late.status, 409);
    assert.equal(((await late.json()) as { code: string }).code, 'volunteering.proposal.expired');
    const still = await h.database.handle.db.selectFrom('volunteering_proposals').select(['status']).where('id', '=', open.id).executeTakeFirstOrThrow();
    assert.equal(still.status, 'proposed');
  });
});
