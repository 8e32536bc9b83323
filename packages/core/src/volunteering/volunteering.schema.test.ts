import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { OpportunityInputSchema, ShiftInputSchema } from './opportunity.schema.js';
import { TalkootDecisionSchema, TalkootProposalSubmissionSchema } from './proposal.schema.js';
import { ManageCodeSchema, manageCodes } from './signup.schema.js';
import { SignupSubmissionSchema } from './signup-submission.schema.js';

const issues = (r: v.SafeParseResult<v.GenericSchema>) => (r.issues ?? []).map((i) => `${v.getDotPath(i)}:${i.message}`);

test('an opportunity needs Finnish texts; translations, supplies and suitability have defaults', () => {
  const ok = v.safeParse(OpportunityInputSchema, {
    kind: 'talkoot',
    title: { fi: 'Roskatalkoot' },
    description: { fi: 'Kerätään roskat puistosta.' },
    themes: ['environment'],
    area: 'keskusta',
    location: { name: 'Kirkkopuisto', lat: 61.2, lon: 26.03 },
    contact: { name: 'Liisa', email: 'latu@example.fi' },
  });
  assert.ok(ok.success, issues(ok).join());
  assert.deepEqual(ok.output.suitability, { under18: false, english: false, remote: false });
  assert.equal(ok.output.title.sv, '');
  assert.equal(ok.output.status, 'published');
  const bad = v.safeParse(OpportunityInputSchema, { kind: 'x', title: { fi: '' }, description: { fi: 'x' }, themes: ['nope'], area: 'Keskusta!', location: { name: 'x' }, contact: { name: 'y', email: 'no' } });
  assert.deepEqual(issues(bad).sort(), ['area:common.invalid', 'contact.email:common.invalid', 'kind:common.invalid', 'themes.0:common.invalid', 'title.fi:common.required'].sort());
});

test('a shift: end after start, minimum within capacity, roles once each', () => {
  const base = { startsAt: '2026-06-06T07:00:00Z', endsAt: '2026-06-06T10:00:00Z', capacity: 10 };
  const ok = v.parse(ShiftInputSchema, { ...base, roles: [{ id: 'kahvi', name: { fi: 'Kahvinkeitto' }, minimumAge: 15 }, { id: 'lapset', name: { fi: 'Lasten ohjaus' }, criminalRecordCheck: true }] });
  assert.equal(ok.maxGroupSize, 1);
  assert.equal(ok.roles[0]!.criminalRecordCheck, false);
  assert.equal(ok.roles[1]!.criminalRecordCheck, true);
  assert.deepEqual(issues(v.safeParse(ShiftInputSchema, { ...base, endsAt: base.startsAt })), ['endsAt:volunteering.shift.endBeforeStart']);
  assert.deepEqual(issues(v.safeParse(ShiftInputSchema, { ...base, minimumAttendees: 11 })), ['minimumAttendees:volunteering.shift.minimumAboveCapacity']);
  assert.deepEqual(issues(v.safeParse(ShiftInputSchema, { ...base, roles: [{ id: 'a', name: { fi: 'A' } }, { id: 'a', name: { fi: 'B' } }] })), ['roles:volunteering.shift.duplicateRole']);
  assert.deepEqual(issues(v.safeParse(ShiftInputSchema, { ...base, capacity: 0 })), ['capacity:volunteering.number.tooSmall']);
});

test('a minor signs up only with a guardian’s name and consent', () => {
  const adult = { name: 'Aino', email: 'aino@example.fi', age: 30 };
  assert.ok(v.safeParse(SignupSubmissionSchema, adult).success);
  assert.deepEqual(issues(v.safeParse(SignupSubmissionSchema, { ...adult, age: 15 })).sort(), ['guardianConsent:volunteering.guardian.consentRequired', 'guardianName:volunteering.guardian.nameRequired']);
  assert.ok(v.safeParse(SignupSubmissionSchema, { ...adult, age: 15, guardianName: 'Maija', guardianConsent: true }).success);
  assert.deepEqual(issues(v.safeParse(SignupSubmissionSchema, { ...adult, email: 'x' })), ['email:volunteering.email.invalid']);
});

test('manage codes: 80 random bits, read back however they are typed', () => {
  const code = manageCodes.generate();
  assert.match(code, /^([0-9A-Z]{4}-){4}[0-9A-Z]$/);
  assert.equal(v.parse(ManageCodeSchema, code.toLowerCase().replace(/-/g, ' ')), code);
  assert.equal(v.safeParse(ManageCodeSchema, code.slice(0, -1) + (code.endsWith('0') ? '1' : '0')).success, false);
});

test('a talkoot proposal and the city’s decision', () => {
  const p = v.safeParse(TalkootProposalSubmissionSchema, { what: 'Rantatalkoot', description: 'Siivotaan ranta', where: 'Tähtiniemen uimaranta', area: 'tahtiniemi', startsAt: '2026-05-20T14:00:00Z', endsAt: '2026-05-20T17:00:00Z', expectedPeople: 12, supplies: [{ item: 'roskapussit', quantity: 20 }, { item: 'roskapihdit', quantity: 12 }], proposerName: 'Pekka', proposerEmail: 'pekka@example.fi' });
  assert.ok(p.success, issues(p).join());
  assert.ok(v.safeParse(TalkootDecisionSchema, { decision: 'approve' }).success);
  assert.deepEqual(issues(v.safeParse(TalkootDecisionSchema, { decision: 'decline', reason: '' })), ['reason:common.required']);
});
