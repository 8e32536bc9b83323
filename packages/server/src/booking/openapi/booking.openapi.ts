import {
  ApproveSchema,
  BOOKING_FREE_PATH,
  BOOKING_PATHS,
  BlockInputSchema,
  BookingRequestSchema,
  DenySchema,
  ROUND_PATHS,
  RescheduleSchema,
  SeasonAllocationSchema,
  SeasonApplicationSchema,
  SeasonRoundInputSchema,
  SeriesRequestSchema,
} from '@kohtaamo/core';
import * as v from 'valibot';
import { COMMON_PROBLEMS, jsonContent, jsonSchemaOf, problemResponse, STAFF_AUTH_PROBLEMS, STAFF_SECURITY } from '../../openapi/openapi.document.js';
import type { ModuleOpenApi } from '../../platform/module.js';
import { UnitRegisterSchema } from '../booking.register.js';

const P = BOOKING_PATHS;
const S = P.staff;
const lang = { $ref: '#/components/parameters/AcceptLanguage' };
const anyJson = { 'application/json': { schema: { type: 'object' } } };
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const query = (name: string, description: string, required = false) => ({ name, in: 'query', required, description, schema: { type: 'string' } });
const resourceId = path('resourceId', 'A bookable resource ("heinola-library-room-1").');
const bookingId = path('bookingId', 'A booking id ("b" and 16 hex digits).');
const spaceId = path('spaceId', 'A space id.');
const blockId = path('blockId', 'A block id ("k" and 16 hex digits).');
const unitId = path('unitId', 'A unit id ("heinola-library").');
const roundId = path('seasonRoundId', 'A round id ("r" and 16 hex digits).');
const code = { name: 'Manage-Code', in: 'header', required: true, description: 'The manage code from the confirmation (only its hash is stored).', schema: { type: 'string' } };

const NOT_FOUND = problemResponse('No such booking, resource, space or block.');
const RULE = problemResponse('A booking rule refused it (type …/booking/rule): `code` "booking.rule.<rule>", errors[] with the JSON pointer, params and the text in the reader\'s language.');
const CONFLICT = problemResponse('The time is taken (type …/booking/conflict), also across a space and its sub-spaces, buffers included.');
// One answer for a missing booking and a wrong code: it does not tell whether the id exists.
const BAD_CODE = problemResponse('No such booking, or the manage code does not fit it (the same answer for both).');
const MANAGE_LIMIT = problemResponse('Too many manage-code requests from this client (scope booking-manage).');

type Op = { summary: string; description?: string; body?: string; ok: [string, string, string | null]; params?: unknown[]; extra?: Record<string, unknown>; content?: Record<string, unknown> };
function op(operationId: string, o: Op, staff = false) {
  return {
    tags: [staff ? 'booking-staff' : 'booking'],
    operationId,
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    ...(staff ? { security: STAFF_SECURITY } : {}),
    parameters: [...(o.params ?? []), lang],
    ...(o.body ? { requestBody: { required: true, content: jsonContent(o.body) } } : {}),
    responses: { [o.ok[0]]: { description: o.ok[1], content: o.content ?? (o.ok[2] ? jsonContent(o.ok[2]) : anyJson) }, ...o.extra, ...(staff ? STAFF_AUTH_PROBLEMS : COMMON_PROBLEMS) },
  };
}
const text = (type: string) => ({ [type]: { schema: { type: 'string' } } });

/** The booking module's part of /openapi.json. */
export function bookingOpenApi(): ModuleOpenApi {
  return {
    tags: [
      { name: 'booking', description: 'Space booking: the register of spaces (open data), availability, bookings with a manage code, busy feeds, figures' },
      { name: 'booking-staff', description: 'Handling bookings, blocks, bookings on behalf, the register of a unit' },
    ],
    paths: {
      [P.units]: { get: op('listBookingUnits', { summary: 'Units with their spaces and resources (open data)', ok: ['200', 'The register: { items: [unit with spaces and resources] }. Each active resource with spaces has `finder`: { areaM2, capacity, purposes, stepFree, accessibleToilet, inductionLoop }, what the space finder filters on (its own spaces\' size and capacity; purposes of its spaces and the leaves under them; accessibility only when every leaf has it).', null] }) },
      [`${P.spaces}.csv`]: { get: op('bookingSpacesCsv', { summary: 'The space register as CSV (open data)', ok: ['200', 'One row per space; `leaf` marks the spaces the figures count.', null], content: text('text/csv') }) },
      [P.resources]: {
        get: op('listBookingResources', {
          summary: 'Bookable resources, filtered',
          params: [query('unit', 'A unit id.'), query('purpose', 'A purpose (meeting-room, sports, …).'), query('minCapacity', 'At least this many people.'), query('stepFree', '"true": step-free spaces only.')],
          ok: ['200', '{ items }', null],
        }),
      },
      [`${P.resources}/{resourceId}`]: { get: op('getBookingResource', { summary: 'One resource with its rules, opening hours and leaf spaces', params: [resourceId], ok: ['200', 'The resource.', null], extra: { '404': NOT_FOUND } }) },
      [`${P.resources}/{resourceId}/availability`]: {
        get: op('getBookingAvailability', {
          summary: 'The calendar of a resource: grid cells per day (free, busy, closed, outside) and free slots',
          params: [resourceId, query('from', 'First Helsinki date, YYYY-MM-DD.', true), query('days', 'Days, 1–62 (default 1).'), query('minutes', 'Length of the booking the slots must fit (default: the minimum).')],
          ok: ['200', '{ days: [{ date, cells }], slots }', null],
          extra: { '404': NOT_FOUND, '422': RULE },
        }),
      },
      [`${P.resources}/{resourceId}/first-free`]: {
        get: op('getBookingFirstFree', { summary: 'The first free time of a length', params: [resourceId, query('minutes', 'Length in minutes.', true), query('from', 'From this instant (default now).')], ok: ['200', '{ slot: { start, end } | null }', null], extra: { '404': NOT_FOUND } }),
      },
      [`${P.resources}/{resourceId}/busy.ics`]: {
        get: op('getBookingBusyFeed', { summary: 'iCalendar feed of the busy times of a resource (no personal data)', params: [resourceId], ok: ['200', 'text/calendar', null], content: text('text/calendar'), extra: { '404': NOT_FOUND } }),
      },
      [P.bookings]: {
        post: op('createBooking', {
          summary: 'Book a resource',
          description: 'The rules are applied in a fixed order (core BOOKING_RULES); the first that fails is answered. A resource that requires handling answers status "pending". The answer carries the manage code once; a confirmation mail with an .ics goes through the outbox.',
          params: [{ $ref: '#/components/parameters/IdempotencyKey' }],
          body: 'BookingRequest',
          ok: ['201', 'Booked (confirmed or pending), with the manage code. Sent again with the same Idempotency-Key and body: the same booking and code (header Idempotent-Replayed), never a second booking; another body under the key: 422.', null],
          extra: { '404': NOT_FOUND, '409': CONFLICT, '422': RULE, '429': problemResponse('Too many bookings from this client (scope booking).') },
        }),
      },
      '/api/v1/booking/series': {
        post: op('createBookingSeries', {
          summary: 'Book a recurring series (RRULE, Helsinki wall-clock time)',
          description: 'Each occurrence is checked like a booking; the accepted ones are stored, the rejected ones are listed with the rule that refused them.',
          body: 'BookingSeriesRequest',
          ok: ['201', '{ seriesId, manageCode, accepted, rejected }', null],
          extra: { '404': NOT_FOUND, '422': RULE },
        }),
      },
      [`${P.bookings}/{bookingId}`]: { get: op('getBooking', { summary: 'A booking, with its manage code', params: [bookingId, code], ok: ['200', 'The booking.', null], extra: { '404': BAD_CODE, '429': MANAGE_LIMIT } }) },
      [`${P.bookings}/{bookingId}/booking.ics`]: { get: op('getBookingIcs', { summary: 'A booking as .ics', params: [bookingId, code], ok: ['200', 'text/calendar', null], content: text('text/calendar'), extra: { '404': BAD_CODE, '429': MANAGE_LIMIT } }) },
      [`${P.bookings}/{bookingId}/cancel`]: { post: op('cancelBooking', { summary: 'Cancel a booking (before the cancellation deadline)', params: [bookingId, code], ok: ['200', 'Cancelled.', null], extra: { '404': BAD_CODE, '429': MANAGE_LIMIT, '409': problemResponse('Past the deadline, or already cancelled.') } }) },
      [`${P.bookings}/{bookingId}/reschedule`]: {
        post: op('rescheduleBooking', { summary: 'Move a booking to another time', params: [bookingId, code], body: 'BookingReschedule', ok: ['200', 'Moved.', null], extra: { '404': BAD_CODE, '429': MANAGE_LIMIT, '409': CONFLICT, '422': RULE } }),
      },
      [P.figures]: {
        get: op('getBookingFigures', { summary: 'm² of open-access space (leaf spaces only), meeting places, utilisation per space and month (open data)', params: [query('from', 'First month, YYYY-MM (default January this year).'), query('months', 'Months, 1–36 (default 12).')], ok: ['200', '{ area, utilisation, months, units: [{ id, name }], spaces: [{ id, unitId, name, access, areaM2, purposes }] } (leaf spaces; no personal data). Computed off the request path (the bookings read on the reader, the utilisation in a worker thread) and kept until the data change; ETag (304 on If-None-Match), Cache-Control: public, max-age=300.', null] }),
      },
      [`${P.figures}.csv`]: { get: op('getBookingFiguresCsv', { summary: 'Utilisation per space and month as CSV', params: [query('from', 'YYYY-MM'), query('months', '1–36')], ok: ['200', 'CSV; kept and sent with an ETag as the JSON figures.', null], content: text('text/csv') }) },

      [BOOKING_FREE_PATH]: {
        get: op('findFreeBookingResources', {
          summary: 'What is free when: resources with a free start of a length on a day, at a time or later (the space finder)',
          description: 'Each active resource that matches the filter and has a free start for `minutes` on `date` from `time` on, with its first such start (`exact` when it is the time asked); opening hours, slot grid, buffers and the booking window apply. Times only, no personal data.',
          params: [
            query('date', 'A Helsinki date, YYYY-MM-DD.', true),
            query('time', 'Helsinki wall-clock time HH:MM (default 00:00).'),
            query('minutes', 'Length of the booking, 5–1440 (default 60).'),
            query('unit', 'A unit id.'),
            query('purpose', 'A purpose (meeting-room, sports, …).'),
            query('minCapacity', 'At least this many people.'),
            query('minArea', 'At least this many m².'),
            query('stepFree', '"true": step-free spaces only.'),
            query('accessibleToilet', '"true": spaces with an accessible toilet only.'),
            query('inductionLoop', '"true": spaces with an induction loop only.'),
          ],
          ok: ['200', '{ date, time, minutes, items: [{ resourceId, start, end, exact }] }', null],
          extra: { '422': problemResponse('A date, time or length that is not valid (pointer to the query parameter).') },
        }),
      },

      [`${S}/bookings`]: {
        get: op('listBookingQueue', { summary: 'Bookings of the caller\'s units (the handling queue), oldest first', params: [query('unit', 'A unit id (the scope of a handler\'s grant).'), query('resource', 'A resource id.'), query('status', 'pending, confirmed, denied or cancelled.'), query('date', 'Bookings starting on this Helsinki date.'), query('cursor', 'From `next` of the previous page.'), query('limit', '1–100 (25).')], ok: ['200', '{ items, total, next }', null] }, true),
      },
      [`${S}/bookings/{bookingId}`]: { get: op('getStaffBooking', { summary: 'One booking (ETag: its version)', params: [bookingId], ok: ['200', 'The booking.', null], extra: { '404': NOT_FOUND } }, true) },
      [`${S}/bookings/{bookingId}/approve`]: { post: op('approveBooking', { summary: 'Approve a pending booking', params: [bookingId], body: 'BookingApprove', ok: ['200', 'Confirmed; the resident is mailed.', null], extra: { '404': NOT_FOUND, '409': problemResponse('Not pending, or changed meanwhile (version).') } }, true) },
      [`${S}/bookings/{bookingId}/deny`]: { post: op('denyBooking', { summary: 'Deny a pending booking with a reason', params: [bookingId], body: 'BookingDeny', ok: ['200', 'Denied; the resident is mailed the reason.', null], extra: { '404': NOT_FOUND, '409': problemResponse('Not pending, or changed meanwhile (version).') } }, true) },
      [`${S}/bookings/{bookingId}/cancel`]: { post: op('staffCancelBooking', { summary: 'Cancel a booking (no deadline for staff)', params: [bookingId], ok: ['200', 'Cancelled.', null], extra: { '404': NOT_FOUND, '409': problemResponse('Already cancelled or denied.') } }, true) },
      [`${S}/resources/{resourceId}/bookings`]: { post: op('bookOnBehalf', { summary: 'Book on someone\'s behalf (the resident-only rules do not apply); an Idempotency-Key makes a retry return the same booking', params: [resourceId, { $ref: '#/components/parameters/IdempotencyKey' }], body: 'BookingRequest', ok: ['201', 'Booked, confirmed.', null], extra: { '404': NOT_FOUND, '409': CONFLICT, '422': RULE } }, true) },
      [`${S}/resources/{resourceId}/series`]: { post: op('seriesOnBehalf', { summary: 'A recurring series on someone\'s behalf (an association\'s weekly slot)', params: [resourceId], body: 'BookingSeriesRequest', ok: ['201', '{ seriesId, accepted, rejected }', null], extra: { '404': NOT_FOUND, '422': RULE } }, true) },
      [`${S}/spaces/{spaceId}/blocks`]: { post: op('blockSpace', { summary: 'Close a space (and its sub-spaces) for a time', params: [spaceId], body: 'BookingBlock', ok: ['201', '{ id }', null], extra: { '404': NOT_FOUND, '409': CONFLICT } }, true) },
      [`${S}/blocks`]: { get: op('listBlocks', { summary: 'The blocks of a unit on a Helsinki date (the console\'s day view)', params: [query('unit', 'A unit id.', true), query('date', 'YYYY-MM-DD', true)], ok: ['200', '{ items: [{ id, spaceId, start, end, reason }] }', null] }, true) },
      [`${S}/blocks/{blockId}`]: { delete: { ...op('unblockSpace', { summary: 'Remove a block', params: [blockId], ok: ['204', 'Removed.', null], extra: { '404': NOT_FOUND } }, true), responses: { '204': { description: 'Removed.' }, '404': NOT_FOUND, ...STAFF_AUTH_PROBLEMS } } },
      [ROUND_PATHS.rounds]: { get: op('listOpenRounds', { summary: 'Seasonal application rounds open for applications (open data)', ok: ['200', '{ items: [{ id, unitId, name, periodStart, periodEnd, deadline, status, open }] }', null] }) },
      [`${ROUND_PATHS.rounds}/{seasonRoundId}/applications`]: {
        post: op('applyForSlot', { summary: 'An association applies for a weekly slot of a resource of the round\'s unit, until the deadline', params: [roundId], body: 'SeasonApplication', ok: ['201', '{ id, roundId, status }', null], extra: { '404': problemResponse('No such round.'), '409': problemResponse('The application period has ended.'), '422': problemResponse('A resource of another unit (#/resourceId), an end before the start (#/end), or an invalid field.') } }),
      },
      [`${S}/units/{unitId}/rounds`]: { post: op('createRound', { summary: 'Open a seasonal application round for a unit: a period and a deadline before it', params: [unitId], body: 'SeasonRound', ok: ['201', 'The round.', null], extra: { '404': NOT_FOUND, '422': problemResponse('The period or the deadline is not valid (#/periodEnd; #/deadline: not before the season, or already past).') } }, true) },
      [`${S}/rounds`]: { get: op('listRounds', { summary: 'Rounds of the caller\'s units', params: [query('unit', 'A unit id.')], ok: ['200', '{ items }', null] }, true) },
      [`${S}/rounds/{seasonRoundId}/applications`]: { get: op('listApplications', { summary: 'A round and its applications (with the allocation\'s outcome once allocated: each refused occurrence with its rule and text)', params: [roundId], ok: ['200', '{ round, items }', null], extra: { '404': problemResponse('No such round.') } }, true) },
      [`${S}/rounds/{seasonRoundId}/allocate`]: {
        post: op('allocateRound', { summary: 'Allocate a round, once, after its deadline: accepted applications become weekly series over the period (each refused occurrence with its rule and text), rejected ones keep their reason; each applicant is mailed the decision through the outbox (an .ics of the times given)', params: [roundId], body: 'SeasonAllocation', ok: ['200', '{ items: applications with status, seriesId, acceptedCount, rejectedOccurrences }', null], extra: { '404': problemResponse('No such round.'), '409': problemResponse('Before the deadline, or allocated already (also by a concurrent request).'), '422': problemResponse('An unknown application (#/decisions/i/applicationId) or a rejection without a reason (#/decisions/i/reason).') } }, true),
      },
      [`${S}/units/{unitId}`]: { put: op('putBookingUnit', { summary: 'Write a unit\'s register: the unit, its spaces (a tree) and its resources', params: [unitId], body: 'BookingUnitRegister', ok: ['200', '{ unitId }', null], extra: { '422': RULE } }, true) },
    },
    schemas: {
      BookingRequest: jsonSchemaOf(BookingRequestSchema),
      BookingSeriesRequest: jsonSchemaOf(SeriesRequestSchema),
      BookingReschedule: jsonSchemaOf(RescheduleSchema),
      BookingApprove: jsonSchemaOf(ApproveSchema),
      BookingDeny: jsonSchemaOf(DenySchema),
      BookingBlock: jsonSchemaOf(v.omit(BlockInputSchema, ['spaceId'])),
      BookingUnitRegister: jsonSchemaOf(UnitRegisterSchema),
      SeasonRound: jsonSchemaOf(SeasonRoundInputSchema),
      SeasonApplication: jsonSchemaOf(SeasonApplicationSchema),
      SeasonAllocation: jsonSchemaOf(SeasonAllocationSchema),
    },
  };
}
