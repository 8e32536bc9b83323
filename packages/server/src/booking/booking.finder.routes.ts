import {
  BOOKING_FREE_PATH,
  BookingIdSchema,
  PROBLEM_TYPES,
  PURPOSES,
  createAvailability,
  dayNumber,
  finderRows,
  leavesMeet,
  matchesFinder,
  parseWall,
  startOfDay,
} from '@kohtaamo/core';
import type { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../http/app-env.js';
import { problem, t } from '../http/problem.js';
import { queryParams } from '../http/validation.js';
import type { BookingRepository } from './booking.repository.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What is free when: a Helsinki date and time, a length, and the finder's filter. */
export const FreeQuerySchema = v.object({
  date: v.pipe(v.string('common.invalid'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'common.invalid')),
  time: v.optional(v.pipe(v.string('common.invalid'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'common.invalid')), '00:00'),
  minutes: v.optional(v.pipe(v.string('common.invalid'), v.regex(/^\d{1,4}$/, 'common.invalid')), '60'),
  unit: v.optional(BookingIdSchema),
  purpose: v.optional(v.picklist(PURPOSES, 'common.invalid')),
  minCapacity: v.optional(v.pipe(v.string('common.invalid'), v.regex(/^\d{1,5}$/, 'common.invalid'))),
  minArea: v.optional(v.pipe(v.string('common.invalid'), v.regex(/^\d{1,6}$/, 'common.invalid'))),
  stepFree: v.optional(v.picklist(['true', 'false'], 'common.invalid')),
  accessibleToilet: v.optional(v.picklist(['true', 'false'], 'common.invalid')),
  inductionLoop: v.optional(v.picklist(['true', 'false'], 'common.invalid')),
});

/**
 * GET /api/v1/booking/free (ADR 0041): every active resource that matches the filter and has a
 * free start for `minutes` on `date`, at `time` or later that day, each with its first such
 * start (`exact` when it is the time asked). One query reads the occupancy of every leaf in the
 * day; each resource's answer is core's availability (the same search as its first free time,
 * with its opening hours, slot grid, buffers and booking window). Times only: no personal data.
 */
export function finderRoutes(app: Hono<AppEnv>, deps: { repository: BookingRepository; clock: () => Date }): void {
  const { repository, clock } = deps;

  app.get(BOOKING_FREE_PATH, queryParams(FreeQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const minutes = Number(q.minutes);
    const day = dayNumber(q.date);
    if (!Number.isFinite(day) || minutes < 5 || minutes > 1440) {
      const locale = c.get('locale');
      return problem(c, { status: 422, type: PROBLEM_TYPES.validation, title: t(locale, 'booking.range'), detail: t(locale, 'booking.range'), code: 'booking.range', errors: [{ pointer: minutes < 5 || minutes > 1440 ? '#/minutes' : '#/date', code: 'booking.range', detail: t(locale, 'booking.range') }] });
    }
    const from = parseWall(`${q.date}T${q.time}`);
    const dayEnd = startOfDay(day + 1);
    const reg = await repository.register();
    const rows = finderRows(reg.spaces, reg.resources).filter((row) =>
      matchesFinder(row, {
        unitId: q.unit,
        purpose: q.purpose,
        minCapacity: q.minCapacity ? Number(q.minCapacity) : 0,
        minAreaM2: q.minArea ? Number(q.minArea) : 0,
        stepFree: q.stepFree === 'true',
        accessibleToilet: q.accessibleToilet === 'true',
        inductionLoop: q.inductionLoop === 'true',
      }),
    );
    const leavesOf = new Map(rows.map((r) => [r.resource.id, reg.tree.leavesOfAll(r.resource.spaceIds)]));
    const allLeaves = [...new Set([...leavesOf.values()].flat())];
    // Buffers reach at most a day either side; a booking reaches past the day by its length.
    const occupied = await repository.occupiedNear(allLeaves, from - DAY, dayEnd + DAY);
    const now = clock().getTime();
    const items: { resourceId: string; start: string; end: string; exact: boolean }[] = [];
    for (const { resource } of rows) {
      const rules = resource.rules;
      if (minutes < rules.minMinutes || minutes > rules.maxMinutes) continue;
      const leaves = leavesOf.get(resource.id)!;
      const busy = occupied.filter((o) => leavesMeet(o.leaves, leaves));
      const availability = createAvailability({ rules, hours: repository.hoursOf(resource), busy, now });
      const slot = availability.firstFree(from, minutes, dayEnd - minutes * MINUTE);
      if (!slot || slot.start >= dayEnd) continue;
      items.push({ resourceId: resource.id, start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString(), exact: slot.start === from });
    }
    items.sort((a, b) => a.start.localeCompare(b.start) || a.resourceId.localeCompare(b.resourceId));
    c.header('Cache-Control', 'no-cache');
    return c.json({ date: q.date, time: q.time, minutes, items });
  });
}
