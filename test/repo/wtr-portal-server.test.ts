/**
 * The browser tests' stand-in of vapaaehtoistyo.fi (scripts/wtr-portal-server.mjs, issue 11)
 * serves the recorded tasks moved to today: recorded in May–July 2027, they would otherwise
 * fall off the board (the import skips ended tasks) once those days had passed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { recordedAsOf } from '../../scripts/wtr-portal-server.mjs';

type Task = { id: number | string; timeStampStartTask?: number | null; timeStampEndTask?: number | null; timeStampPublicationDate?: number | null };
type Recorded = { pages: Record<string, { data: Task[] }>; tasks: Record<string, Task> };
const recorded = JSON.parse(readFileSync(new URL('../../packages/server/src/volunteering/fixtures/vapaaehtoistyo.recorded.json', import.meta.url), 'utf8')) as Recorded;
const DAY = 86_400;

test('on the recording’s own day (20 May 2027) the stand-in serves the recording as it is', () => {
  assert.deepEqual(recordedAsOf(recorded, new Date('2027-05-20T15:00:00Z')), recorded);
});

test('on any other day every timestamp moves by the same whole days, nulls stay null, the rest is untouched', () => {
  for (const today of [new Date('2026-12-03T10:00:00Z'), new Date('2031-02-11T23:30:00Z')]) {
    const moved = recordedAsOf(recorded, today) as Recorded;
    const days = Math.round((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.UTC(2027, 4, 20)) / (DAY * 1000));
    const talkoot = moved.pages['1']!.data.find((t) => t.id === 48377)!;
    const original = recorded.pages['1']!.data.find((t) => t.id === 48377)!;
    assert.equal(talkoot.timeStampStartTask, original.timeStampStartTask! + days * DAY);
    assert.equal(talkoot.timeStampEndTask, original.timeStampEndTask! + days * DAY);
    assert.equal(moved.tasks['48377']!.timeStampStartTask, talkoot.timeStampStartTask, 'the task read alone says the same');
    // Still ahead of today, by as much as it was ahead of the recording's day (11 days).
    assert.equal(Math.floor((talkoot.timeStampStartTask! * 1000 - today.getTime()) / (DAY * 1000)), 10 + (today.getUTCHours() < 8 ? 1 : 0));
    const ongoing = moved.pages['1']!.data.find((t) => t.id === 48213)!;
    assert.equal(ongoing.timeStampStartTask, null);
    const strip = (r: Recorded) => JSON.stringify(r).replace(/"timeStamp\w+":\d+/g, '');
    assert.equal(strip(moved), strip(recorded));
  }
});
