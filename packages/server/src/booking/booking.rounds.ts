import { randomBytes } from 'node:crypto';
import {
  bookingIcsCalendar,
  bookingViolationText,
  dayNumber,
  isoDate,
  parseTime,
  translate,
  weekdayOf,
  type BookingViolation,
  type Locale,
  type SeasonAllocation,
  type SeasonApplication,
  type SeasonRoundInput,
} from '@kohtaamo/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { writeTransaction } from '../db/group-commit.js';
import { enqueueMail, type OutgoingMail } from '../platform/mail/outbox.repository.js';
import { renderMail } from '../platform/mail/mail-template.js';
import { bookingServerMessages } from './booking.messages.js';
import type { BookingRepository, BookingRow } from './booking.repository.js';
import type { BookingApplicationTable, BookingRoundTable } from './booking.tables.js';

/**
 * Seasonal application rounds (issue 12, ADR 0040). A round is allocated exactly once: the
 * allocation claims it (open → allocating) with a conditional update inside a write
 * transaction, so of two handlers pressing "allocate" at once one wins and the other is told
 * the round is allocated already. Each accepted application then becomes a weekly series made
 * by the booking repository's series code in its own transaction, with the same no-overlap
 * guarantee as every booking (ADR 0029): an occurrence taken by an earlier accepted series, a
 * booking or a block is rejected with its rule, the rest of the series stands.
 */
type RoundRow = Selectable<BookingRoundTable>;
type ApplicationRow = Selectable<BookingApplicationTable>;

const newId = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;
const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function roundView(row: RoundRow, now: number) {
  return {
    id: row.id,
    unitId: row.unit_id,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    deadline: row.deadline_at,
    status: row.status,
    open: row.status === 'open' && Date.parse(row.deadline_at) > now,
    allocatedAt: row.allocated_at,
  };
}

export function applicationView(row: ApplicationRow) {
  return {
    id: row.id,
    roundId: row.round_id,
    resourceId: row.resource_id,
    weekday: Number(row.weekday),
    start: row.start_time,
    end: row.end_time,
    organisation: row.organisation,
    name: row.name,
    email: row.email,
    phone: row.phone,
    purpose: row.purpose,
    status: row.status,
    reason: row.reason,
    seriesId: row.series_id,
    acceptedCount: Number(row.accepted_count),
    rejectedOccurrences: JSON.parse(row.rejected_occurrences) as { date: string; start: string; end: string; rule: string; params: Record<string, string | number> }[],
    createdAt: row.created_at,
  };
}

type Occurrence = ReturnType<typeof applicationView>['rejectedOccurrences'][number];

/** A refused occurrence with its rule's text in `locale` (the console and the decision mail show it). */
export function occurrenceWithText(locale: Locale, o: Occurrence) {
  return { ...o, detail: bookingViolationText(locale, { rule: o.rule as BookingViolation['rule'], params: o.params, pointer: '/start' }) };
}

const intlOf = (lang: Locale) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
const dateText = (lang: Locale, date: string) => new Intl.DateTimeFormat(intlOf(lang), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/**
 * The decision mail of one application (ADR 0053), in the applicant's language: accepted with
 * the count of weekly times, each refused date with its rule's text and an .ics of the times
 * given; accepted with no time left; or rejected with the staff's reason.
 */
export function decisionMail(a: ApplicationRow, round: RoundRow, names: { space: string; unit: string; city: string }, series: { code: string; accepted: BookingRow[] } | null): OutgoingMail | null {
  if (!a.email) return null;
  const lang = (['fi', 'sv', 'en'].includes(a.lang) ? a.lang : 'fi') as Locale;
  const first = firstWeekday(round.period_start, Number(a.weekday));
  const refused = (JSON.parse(a.rejected_occurrences) as Occurrence[]).map((o) => `- ${dateText(lang, o.date)}: ${occurrenceWithText(lang, o).detail}`);
  const kind = a.status === 'rejected' ? 'rejected' : Number(a.accepted_count) > 0 ? 'accepted' : 'none';
  const mail = renderMail(bookingServerMessages, { subject: `booking.mail.round.${kind}.subject`, body: `booking.mail.round.${kind}.body` }, lang, {
    name: a.name ?? '',
    organisation: a.organisation ?? '',
    round: round.name,
    space: names.space,
    unit: names.unit,
    weekday: new Intl.DateTimeFormat(intlOf(lang), { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${first}T12:00:00Z`)),
    time: `${a.start_time}–${a.end_time}`,
    count: Number(a.accepted_count),
    from: dateText(lang, round.period_start),
    to: dateText(lang, round.period_end),
    refused: refused.length ? `\n${translate(bookingServerMessages, lang, 'booking.mail.round.refused')}\n${refused.join('\n')}\n` : '',
    reason: a.reason ?? '',
    code: series?.code ?? '',
    city: names.city,
  });
  const times = series?.accepted ?? [];
  return {
    domain: 'booking',
    subjectId: a.id,
    dedupeKey: `round-decision:${a.id}`,
    to: a.email,
    lang: mail.lang,
    subject: mail.subject,
    bodyText: mail.bodyText,
    ...(times.length
      ? {
          attachments: [
            {
              filename: 'vuorot.ics',
              contentType: 'text/calendar; method=PUBLISH; charset=utf-8',
              content: bookingIcsCalendar({
                method: 'PUBLISH',
                stamp: Date.parse(round.allocated_at ?? new Date().toISOString()),
                events: times.map((b) => ({
                  uid: `${b.id}@kohtaamo`,
                  start: Date.parse(b.start_at),
                  end: Date.parse(b.end_at),
                  summary: `${names.space}, ${names.unit}`,
                  location: names.unit,
                  status: 'CONFIRMED' as const,
                  sequence: Number(b.version),
                })),
              }),
            },
          ],
        }
      : {}),
  };
}

export type ApplyOutcome = { kind: 'notFound' } | { kind: 'closed' } | { kind: 'invalid'; pointer: string } | { kind: 'created'; application: ApplicationRow };
export type AllocateOutcome =
  | { kind: 'notFound' }
  | { kind: 'early' }
  | { kind: 'state'; status: string }
  | { kind: 'invalid'; pointer: string; code: string }
  | { kind: 'ok'; applications: ApplicationRow[] };

/** The first date on or after `from` that falls on an ISO weekday. */
export function firstWeekday(from: string, weekday: number): string {
  let day = dayNumber(from);
  while (weekdayOf(day) !== weekday) day++;
  return isoDate(day);
}

export function createRoundRepository(deps: { db: Kysely<Database>; clock: () => Date; bookings: BookingRepository }) {
  const { db, clock, bookings } = deps;

  return {
    /**
     * Opens a round. Refused by the field, as the console refuses it: a season that ends before it
     * starts or lasts over a year, a deadline not before the season, a deadline already past.
     */
    async create(unitId: string, input: SeasonRoundInput, by: string): Promise<{ kind: 'notFound' } | { kind: 'invalid'; pointer: string; code: string } | { kind: 'ok'; round: RoundRow }> {
      const unit = await db.selectFrom('booking_units').select('id').where('id', '=', unitId).executeTakeFirst();
      if (!unit) return { kind: 'notFound' };
      if (input.periodEnd < input.periodStart || dayNumber(input.periodEnd) - dayNumber(input.periodStart) > 366) return { kind: 'invalid', pointer: '/periodEnd', code: 'booking.round.period' };
      const deadline = Date.parse(input.deadline);
      if (deadline >= Date.parse(`${input.periodStart}T00:00:00Z`)) return { kind: 'invalid', pointer: '/deadline', code: 'booking.round.deadlineLate' };
      if (deadline <= clock().getTime()) return { kind: 'invalid', pointer: '/deadline', code: 'booking.round.deadlinePast' };
      const round: RoundRow = {
        id: newId('r'),
        unit_id: unitId,
        name: input.name,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        deadline_at: new Date(input.deadline).toISOString(),
        status: 'open',
        created_by: by,
        created_at: clock().toISOString(),
        allocated_by: null,
        allocated_at: null,
      };
      await db.insertInto('booking_rounds').values(round).execute();
      return { kind: 'ok', round };
    },

    round: (id: string) => db.selectFrom('booking_rounds').selectAll().where('id', '=', id).executeTakeFirst(),

    async rounds(filter: { unit?: string; openOnly?: boolean }): Promise<RoundRow[]> {
      let q = db.selectFrom('booking_rounds').selectAll();
      if (filter.unit) q = q.where('unit_id', '=', filter.unit);
      if (filter.openOnly) q = q.where('status', '=', 'open').where('deadline_at', '>', clock().toISOString());
      return q.orderBy('deadline_at').orderBy('id').execute();
    },

    applications: (roundId: string) => db.selectFrom('booking_applications').selectAll().where('round_id', '=', roundId).orderBy('created_at').orderBy('id').execute(),

    async apply(roundId: string, input: SeasonApplication, lang: string): Promise<ApplyOutcome> {
      const round = await db.selectFrom('booking_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
      if (!round) return { kind: 'notFound' };
      if (round.status !== 'open' || Date.parse(round.deadline_at) <= clock().getTime()) return { kind: 'closed' };
      const resource = await db.selectFrom('booking_resources').select(['id', 'unit_id']).where('id', '=', input.resourceId).executeTakeFirst();
      if (!resource || resource.unit_id !== round.unit_id) return { kind: 'invalid', pointer: '/resourceId' };
      if (parseTime(input.end) <= parseTime(input.start)) return { kind: 'invalid', pointer: '/end' };
      const application: ApplicationRow = {
        id: newId('a'),
        round_id: roundId,
        resource_id: input.resourceId,
        weekday: input.weekday,
        start_time: input.start,
        end_time: input.end,
        organisation: input.organisation,
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        purpose: input.purpose ?? null,
        lang: input.lang ?? lang,
        status: 'submitted',
        reason: null,
        series_id: null,
        accepted_count: 0,
        rejected_occurrences: '[]',
        created_at: clock().toISOString(),
        anonymised_at: null,
      };
      await db.insertInto('booking_applications').values(application).execute();
      return { kind: 'created', application };
    },

    /** Allocates a round once (see the file's comment); the decisions in priority order. */
    async allocate(roundId: string, allocation: SeasonAllocation, staffId: string): Promise<AllocateOutcome> {
      const round = await db.selectFrom('booking_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
      if (!round) return { kind: 'notFound' };
      const rows = new Map((await db.selectFrom('booking_applications').selectAll().where('round_id', '=', roundId).execute()).map((a) => [a.id, a]));
      const seen = new Set<string>();
      for (const [i, d] of allocation.decisions.entries()) {
        if (!rows.has(d.applicationId) || seen.has(d.applicationId)) return { kind: 'invalid', pointer: `/decisions/${i}/applicationId`, code: 'common.invalid' };
        if (!d.accept && !d.reason) return { kind: 'invalid', pointer: `/decisions/${i}/reason`, code: 'common.required' };
        seen.add(d.applicationId);
      }
      if (round.status !== 'open') return { kind: 'state', status: round.status };
      if (Date.parse(round.deadline_at) > clock().getTime()) return { kind: 'early' };
      // The claim: one allocation of a round, whoever else presses the button at the same time.
      const claimed = await writeTransaction(db, async (trx) => {
        const result = await trx.updateTable('booking_rounds').set({ status: 'allocating', allocated_by: staffId }).where('id', '=', roundId).where('status', '=', 'open').executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      });
      if (!claimed) return { kind: 'state', status: 'allocated' };

      const decided: ApplicationRow[] = [];
      const made = new Map<string, { code: string; accepted: BookingRow[] }>();
      for (const d of allocation.decisions) {
        const a = rows.get(d.applicationId)!;
        if (!d.accept) {
          decided.push({ ...a, status: 'rejected', reason: d.reason ?? '' });
          continue;
        }
        const first = firstWeekday(round.period_start, Number(a.weekday));
        const outcome = await bookings.series({
          resourceId: a.resource_id,
          start: `${first}T${a.start_time}`,
          durationMinutes: parseTime(a.end_time) - parseTime(a.start_time),
          rrule: `FREQ=WEEKLY;BYDAY=${BYDAY[Number(a.weekday)]};UNTIL=${round.period_end.replace(/-/g, '')}`,
          name: a.name ?? '',
          email: a.email ?? '',
          ...(a.organisation ? { organisation: a.organisation } : {}),
          ...(a.phone ? { phone: a.phone } : {}),
          ...(a.purpose ? { purpose: a.purpose } : {}),
          lang: a.lang as 'fi' | 'sv' | 'en',
          onBehalfBy: staffId,
        });
        if (outcome.kind !== 'created') {
          decided.push({ ...a, status: 'rejected', reason: outcome.kind === 'invalidRule' ? outcome.message : 'notFound' });
          continue;
        }
        made.set(a.id, { code: outcome.manageCode, accepted: outcome.accepted });
        decided.push({ ...a, status: 'accepted', series_id: outcome.seriesId, accepted_count: outcome.accepted.length, rejected_occurrences: JSON.stringify(outcome.rejected) });
      }
      // The decision mails go with the decisions, in the same transaction (the outbox sends them).
      const allocatedAt = clock().toISOString();
      const mails = await decisionMails(db, { ...round, allocated_at: allocatedAt }, decided, made, bookings);
      await writeTransaction(db, async (trx) => {
        for (const mail of mails) await enqueueMail(trx, mail, clock());
        for (const a of decided) {
          await trx
            .updateTable('booking_applications')
            .set({ status: a.status, reason: a.reason, series_id: a.series_id, accepted_count: a.accepted_count, rejected_occurrences: a.rejected_occurrences })
            .where('id', '=', a.id)
            .execute();
        }
        await trx.updateTable('booking_rounds').set({ status: 'allocated', allocated_at: allocatedAt }).where('id', '=', roundId).execute();
      });
      return { kind: 'ok', applications: decided };
    },
  };
}
export type RoundRepository = ReturnType<typeof createRoundRepository>;

/** The decision mails of an allocation, with each resource's and unit's name in the applicant's language. */
async function decisionMails(
  db: Kysely<Database> | Transaction<Database>,
  round: RoundRow,
  decided: readonly ApplicationRow[],
  made: ReadonlyMap<string, { code: string; accepted: BookingRow[] }>,
  bookings: BookingRepository,
): Promise<OutgoingMail[]> {
  const unit = await db.selectFrom('booking_units').select(['name_fi', 'name_sv', 'name_en']).where('id', '=', round.unit_id).executeTakeFirst();
  const mails: OutgoingMail[] = [];
  for (const a of decided) {
    const lang = (['fi', 'sv', 'en'].includes(a.lang) ? a.lang : 'fi') as Locale;
    const resource = (await bookings.resourceOf(a.resource_id))?.resource;
    const names = { space: resource?.name[lang] ?? a.resource_id, unit: unit?.[`name_${lang}`] ?? round.unit_id, city: bookings.cityName };
    const mail = decisionMail(a, round, names, made.get(a.id) ?? null);
    if (mail) mails.push(mail);
  }
  return mails;
}
