/**
 * Mails of volunteering through the platform outbox to a real SMTP server on loopback (issue 11):
 * confirmation, change, cancellation and the reminder job before the shift, each with an .ics
 * that ical.js reads as a valid VEVENT at the shift's instants; the cancellation's replaces the
 * event (same UID, higher SEQUENCE, METHOD:CANCEL). Reminders are queued once per sign-up, late ones included.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { VOLUNTEERING_PATHS, type SignupReceipt } from '@kohtaamo/core';
import { platformDefaults } from '../app.js';
import { startInbox, type Inbox } from '../platform/mail/mail-message.test-helper.js';
import { createOutboxWorker, smtpTransport } from '../platform/mail/outbox.worker.js';
import { DEMO_CITY } from '../platform/platform.config.js';
import { volunteeringRepositoryFor } from './volunteering.module.js';
import { expectStatus, LATU, opportunityWithShift, person, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

let h: VolunteeringHarness;
let inbox: Inbox;
before(async () => {
  h = await startVolunteering();
  inbox = await startInbox();
});
after(async () => {
  await inbox?.close();
  await h?.close();
});

async function deliver(): Promise<void> {
  const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), clock: () => h.now, from: 'Heinolan Latu ry <no-reply@heinola.example>', logger: { error: () => undefined } });
  while ((await worker.runOnce()) > 0);
  await worker.stop();
}

function icsOf(raw: string): string {
  const part = /filename=vapaaehtoistyo\.ics[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(raw)?.[1] ?? '';
  return Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8');
}

function eventOf(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), 'Europe/Helsinki');
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
  return { component, event, method: component.getFirstPropertyValue('method') };
}

describe(`volunteering mails with .ics over loopback SMTP (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('confirmation, change, cancellation and a reminder each arrive with a calendar event ical.js reads', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 5, maxGroupSize: 3 }, 'Latupohjien raivaustalkoot');
    const a = (await expectStatus(h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(1, { lang: 'en', email: 'aino@example.fi', name: 'Aino' })), 201)) as SignupReceipt;
    const b = (await expectStatus(h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(2, { email: 'bertil@example.fi', name: 'Bertil', lang: 'sv' })), 201)) as SignupReceipt;
    await expectStatus(h.call('PATCH', `${VOLUNTEERING_PATHS.signups}/${a.manageCode}`, { groupSize: 2 }), 200);
    await expectStatus(h.call('POST', `${VOLUNTEERING_PATHS.signups}/${a.manageCode}/cancel`), 200);
    await deliver();
    const toAino = inbox.mails.filter((m) => m.to.includes('aino@example.fi'));
    assert.deepEqual(
      toAino.map((m) => m.subject.split(':')[0]),
      ['You’re in', 'Your sign-up changed', 'Sign-up cancelled'],
    );
    assert.match(toAino[0]!.raw, /Content-Type: text\/calendar; ?method=PUBLISH/i);
    assert.ok(toAino[0]!.raw.includes(encodeURIComponent(a.manageCode!)) || /kohtaamo-manage=/.test(toAino[0]!.raw), 'the manage link is in the mail');
    const [confirmed, changed, cancelled] = toAino.map((m) => eventOf(icsOf(m.raw)));
    for (const e of [confirmed!, changed!, cancelled!]) {
      assert.equal(e.event.uid, `${a.id}@osallistu.heinola.example`);
      assert.equal(e.event.summary, 'Latupohjien raivaustalkoot');
      assert.equal(e.event.startDate.toJSDate().toISOString(), shift.startsAt);
      assert.equal(e.event.endDate.toJSDate().toISOString(), shift.endsAt);
      assert.equal(e.event.startDate.zone.tzid, 'Europe/Helsinki');
    }
    assert.deepEqual([confirmed!.event.sequence, changed!.event.sequence, cancelled!.event.sequence], [0, 1, 2]);
    assert.equal(cancelled!.method, 'CANCEL');
    assert.equal(cancelled!.component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'), 'CANCELLED');

    // The reminder job, a day before: once per shift even if run twice.
    h.now = new Date(Date.parse(shift.startsAt) - 20 * 3_600_000);
    const { repository } = volunteeringRepositoryFor({ db: h.database.handle.db, kind: h.database.kind, clock: () => h.now, platform: platformDefaults({ city: DEMO_CITY, publicUrl: 'https://osallistu.heinola.example' }), env: {} }, { manageUrl: 'https://latu.example/#kohtaamo-manage={code}' });
    assert.equal(await repository.sendReminders(24), 1);
    assert.equal(await repository.sendReminders(24), 0);
    const before = inbox.mails.length;
    await deliver();
    const reminders = inbox.mails.slice(before);
    assert.equal(reminders.length, 1);
    assert.deepEqual(reminders[0]!.to, ['bertil@example.fi']);
    assert.match(reminders[0]!.subject, /^Påminnelse: Latupohjien raivaustalkoot/);
    const reminder = eventOf(icsOf(reminders[0]!.raw));
    assert.equal(reminder.event.uid, `${b.id}@osallistu.heinola.example`);
    assert.equal(reminder.event.startDate.toJSDate().toISOString(), shift.startsAt);
    assert.equal(reminder.component.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('action'), 'DISPLAY');

    // Whoever signs up after that run (inside the reminder window) gets a reminder of their own at
    // the next run, and the earlier one is not reminded twice (the job marked the whole shift
    // reminded before, so a late sign-up never got one).
    await expectStatus(h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(3, { email: 'celia@example.fi', name: 'Celia', lang: 'fi' })), 201);
    assert.equal(await repository.sendReminders(24), 1);
    assert.equal(await repository.sendReminders(24), 0);
    const beforeLate = inbox.mails.length;
    await deliver();
    const late = inbox.mails.slice(beforeLate).filter((m) => /^(Påminnelse|Muistutus|Reminder)/.test(m.subject));
    assert.deepEqual(late.map((m) => m.to), [['celia@example.fi']]);
    ICAL.TimezoneService.remove('Europe/Helsinki');
  });
});
