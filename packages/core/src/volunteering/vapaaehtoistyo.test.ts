import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { OpportunitySchema } from './opportunity.schema.js';
import { areaOfAddress, isPublishedTask, opportunityOfTask, taskOfOpportunity, tasksOfPage, themeOf, VapaaehtoistyoTaskSchema } from './vapaaehtoistyo.js';

const task = {
  id: 48213,
  organization: 771,
  organizationName: 'Heinolan SPR-osasto',
  title: 'Ystävätoiminnan vapaaehtoinen',
  description: 'Tule ikäihmisen ystäväksi.',
  address: 'Kauppakatu 10, 18100 Heinola',
  addressCoordinates: { lat: 61.2036, lng: 26.0352 },
  themes: ['Ikäihmiset', { name: 'Ystävätoiminta' }],
  timeStampStartTask: 1780736400,
  timeStampEndTask: 1780747200,
  noActualTime: false,
  contactDetails: 'Maija Meikäläinen, 040 123 4567',
  timeStampPublicationDate: 1778000000,
  status: 'published',
  somethingNew: 'ignored',
};

test('a portal task becomes a read-only board opportunity, seconds to ISO instants', () => {
  const parsed = v.parse(VapaaehtoistyoTaskSchema, task);
  const o = opportunityOfTask(parsed, { importedAt: '2026-12-01T00:00:00.000Z', areaOf: () => 'keskusta', taskUrl: (id) => `https://vapaaehtoistyo.fi/fi/task/${id}` });
  assert.ok(v.safeParse(OpportunitySchema, o).success);
  assert.equal(o.id, 'vet-48213');
  assert.equal(o.source, 'vapaaehtoistyo');
  assert.equal(o.startsAt, '2026-06-06T09:00:00.000Z');
  assert.equal(o.endsAt, '2026-06-06T12:00:00.000Z');
  assert.equal(o.kind, 'talkoot');
  assert.deepEqual(o.themes, ['elderly', 'other']);
  assert.deepEqual([o.location.lat, o.location.lon], [61.2036, 26.0352]);
  assert.equal(o.externalUrl, 'https://vapaaehtoistyo.fi/fi/task/48213');
  const ongoing = opportunityOfTask(v.parse(VapaaehtoistyoTaskSchema, { ...task, noActualTime: true, addressCoordinates: '61.2, 26.0' }), { importedAt: 'x' });
  assert.equal(ongoing.startsAt, null);
  assert.equal(ongoing.kind, 'ongoing');
  assert.equal(ongoing.location.lat, 61.2);
});

test('pages: arrays or wrapped lists; unreadable tasks are skipped and counted; status decides publication', () => {
  assert.equal(tasksOfPage([task]).tasks.length, 1);
  assert.deepEqual(tasksOfPage({ data: [task, { id: 1 }] }).skipped, 1);
  assert.equal(tasksOfPage({ nothing: true }).tasks.length, 0);
  assert.equal(isPublishedTask(v.parse(VapaaehtoistyoTaskSchema, { ...task, status: 'draft' })), false);
  assert.equal(isPublishedTask(v.parse(VapaaehtoistyoTaskSchema, { ...task, status: 1 })), true);
  assert.equal(themeOf('Luonto ja ympäristö'), 'environment');
});

test('our opportunity exported in the portal shape round-trips through the importer', () => {
  const o = opportunityOfTask(v.parse(VapaaehtoistyoTaskSchema, task), { importedAt: 'x', areaOf: () => 'keskusta' });
  const out = taskOfOpportunity(o, { url: 'https://osallistu.heinola.fi/x' });
  assert.ok(v.safeParse(VapaaehtoistyoTaskSchema, out).success);
  assert.equal(out.timeStampStartTask, task.timeStampStartTask);
  assert.equal(out.timeStampEndTask, task.timeStampEndTask);
  assert.equal(out.noActualTime, false);
  const back = opportunityOfTask(v.parse(VapaaehtoistyoTaskSchema, out), { importedAt: 'x', areaOf: () => 'keskusta' });
  assert.equal(back.startsAt, o.startsAt);
  assert.deepEqual([back.location.lat, back.location.lon], [o.location.lat, o.location.lon]);
});

test('without an areaOf, a task’s area is the city’s area its address names, else elsewhere in the city: never a made-up id the board would show', () => {
  assert.equal(areaOfAddress('Jyränkönkoski, Heinola'), 'jyranko');
  assert.equal(areaOfAddress('Vierumäki'), 'vierumaki');
  assert.equal(areaOfAddress('Torget, Centrum'), 'keskusta');
  assert.equal(areaOfAddress('Kauppakatu 10, 18100 Heinola'), 'muu');
  assert.equal(areaOfAddress('Alusinkatu 3'), 'muu', 'a name inside a word is not the area');
  assert.equal(areaOfAddress(null), 'muu');
  const o = opportunityOfTask(v.parse(VapaaehtoistyoTaskSchema, { ...task, address: 'Tommolantie 5, Heinola' }), { importedAt: 'x' });
  assert.equal(o.area, 'tommola');
  assert.ok(v.safeParse(OpportunitySchema, o).success);
});
