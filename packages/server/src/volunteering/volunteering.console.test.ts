/**
 * What the coordinators' console needs beyond the lists (issue 11): a message to the people of a
 * shift goes through the platform outbox, one mail per sign-up; with no SMTP configured the mails
 * wait there, and each coordinator sees only their own organisation's waiting mails (the city all).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type OutboxList, type ShiftMessageReceipt } from '@kohtaamo/core';
import { expectStatus, LATU, opportunityWithShift, orgPath, OTHER, person, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
const P = VOLUNTEERING_PATHS;

describe(`volunteering console: shift messages and the outbox (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a coordinator mails the people of their shift through the outbox; the mails wait there without SMTP, seen only by their organisation and the city', async () => {
    const latu = await opportunityWithShift(h, 'latu', LATU, { capacity: 2, waitingListCapacity: 3 }, 'Latun talkoot');
    const other = await opportunityWithShift(h, 'other', OTHER, { capacity: 5 }, 'Kylän talkoot');
    for (let i = 0; i < 3; i++) await expectStatus(h.call('POST', `${P.shifts}/${latu.shift.id}/signups`, person(40 + i)), 201);
    await expectStatus(h.call('POST', `${P.shifts}/${other.shift.id}/signups`, person(50)), 201);

    const message = { subject: 'Kokoontuminen siirtyy', body: 'Tavataan latukeskuksen pihalla klo 9.45.' };
    const attending = (await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/shifts/${latu.shift.id}/messages`, message), 201)) as ShiftMessageReceipt;
    assert.equal(attending.queued, 2, 'the two attending');
    assert.equal(attending.smtpConfigured, false);
    const all = (await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/shifts/${latu.shift.id}/messages`, { ...message, to: 'all' }), 201)) as ShiftMessageReceipt;
    assert.equal(all.queued, 3, 'the waiting list too');

    // Field errors with pointers; another organisation's shift is not found; another path is refused.
    const invalid = await h.as('latu', 'POST', `${orgPath(LATU)}/shifts/${latu.shift.id}/messages`, { subject: '', body: 'x' });
    assert.equal(invalid.status, 422);
    assert.equal(invalid.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(((await invalid.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer), ['#/subject']);
    assert.equal((await h.as('latu', 'POST', `${orgPath(LATU)}/shifts/${other.shift.id}/messages`, message)).status, 404);
    assert.equal((await h.as('latu', 'POST', `${orgPath(OTHER)}/shifts/${other.shift.id}/messages`, message)).status, 403);

    const own = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/outbox`), 200)) as OutboxList;
    assert.equal(own.smtpConfigured, false);
    assert.equal(own.items.filter((m) => m.subject === message.subject).length, 5);
    assert.ok(own.items.every((m) => !m.to.includes('50@')), 'no mail of another organisation');
    assert.ok(own.items.some((m) => /Latun talkoot/.test(m.subject)), 'the sign-up confirmations wait too');
    const city = (await expectStatus(h.as('city', 'GET', `${orgPath('city')}/outbox`), 200)) as OutboxList;
    assert.ok(city.total > own.total, 'the city sees every organisation’s');
    assert.equal((await h.as('latu', 'GET', `${orgPath(OTHER)}/outbox`)).status, 403);
  });
});
