import { createHash, randomBytes } from 'node:crypto';
import {
  canResize,
  formatDateTime,
  freeSeats,
  icsCalendar,
  manageCodes,
  pickText,
  placeHold,
  placeSignup,
  promoteFromWaiting,
  resolveLocale,
  roleRefusal,
  volunteerHours,
  volunteeringMessages,
  waitingPositions,
  type BoardFilter,
  type FieldError,
  type Locale,
  type Opportunity,
  type OpportunityFields,
  type SeatCounts,
  type SeatHold,
  type Shift,
  type ShiftFields,
  type ShiftRole,
  type SignupFields,
  type SignupReceipt,
  type StaffSignup,
  type TalkootDecision,
  type TalkootProposal,
  type TalkootProposalFields,
  type VolunteeringMessageKey,
  translate,
  ifMatchSatisfied,
  type StaffShift,
  type StaffOpportunity,
} from '@kohtaamo/core';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { Rollback } from '../db/errors.js';
import { writeTransaction } from '../db/group-commit.js';
import { runIdempotent, type IdempotentOutcome, type IdempotentRequest } from '../http/idempotency.repository.js';
import { enqueueMail } from '../platform/mail/outbox.repository.js';
import type { VolunteeringOpportunityTable, VolunteeringProposalTable, VolunteeringShiftTable, VolunteeringSignupTable } from './volunteering.tables.js';

type Db = Kysely<Database> | Transaction<Database>;
type ShiftRow = Selectable<VolunteeringShiftTable>;
/** What a coordinator's shift edit came to (ADR 0051, 0060). */
export type ShiftEditOutcome =
  | { kind: 'ok'; shift: StaffShift }
  | { kind: 'notFound' }
  | { kind: 'closed' }
  | { kind: 'versionRequired' }
  | { kind: 'stale'; version: number }
  | { kind: 'invalid'; errors: FieldError[] };
/** What a coordinator's edit of an opportunity came to (ADR 0060). */
export type OpportunityEditOutcome =
  | { kind: 'ok'; opportunity: StaffOpportunity }
  | { kind: 'notFound' }
  | { kind: 'versionRequired' }
  | { kind: 'stale'; version: number };
type SignupRow = Selectable<VolunteeringSignupTable>;
type OpportunityRow = Selectable<VolunteeringOpportunityTable>;
type ProposalRow = Selectable<VolunteeringProposalTable>;

export const DEFAULT_HOLD_MINUTES = 10;

/** Where a page of the coordinators' opportunity list ended: its last opportunity's creation and id. */
export interface StaffOpportunityCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** The opaque `next` of a page of the coordinators' list (base64url of JSON [createdAt, id]). */
export function encodeStaffOpportunityCursor(cursor: StaffOpportunityCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), 'utf8').toString('base64url');
}

/** A cursor this server wrote, or null for any other text (the route answers 422 by `cursor`). */
export function decodeStaffOpportunityCursor(text: string): StaffOpportunityCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || createdAt.length > 64 || id.length === 0 || id.length > 128 || Number.isNaN(Date.parse(createdAt))) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}
const CITY = 'city';

export interface VolunteeringRepositoryOptions {
  readonly clock: () => Date;
  readonly kind: 'sqlite' | 'postgresql';
  /** Minutes a seat hold lasts. */
  readonly holdMinutes?: number;
  /** The manage link, with `{code}` for the code. */
  readonly manageUrl: (code: string) => string;
  /** Host for calendar UIDs ("osallistu.heinola.fi"). */
  readonly uidHost: string;
  /**
   * Where reads over every sign-up run (the public figures): on SQLite a connection in a worker
   * thread, so they never hold the event loop (db/sqlite-reader.ts); `db` when absent.
   */
  readonly reader?: Kysely<Database>;
}

export const newId = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;
/** The manage code's hash: 80 random bits need no key or stretching to resist guessing. */
export const codeHash = (code: string) => createHash('sha256').update(`kohtaamo-volunteering:${code}`).digest('hex');

type Content = Omit<OpportunityFields, 'kind' | 'area' | 'status'>;

function contentOf(fields: OpportunityFields): Content {
  const { kind: _k, area: _a, status: _s, ...content } = fields;
  return content;
}

export type SignupOutcome =
  | { kind: 'signed'; receipt: SignupReceipt }
  | { kind: 'notFound' }
  | { kind: 'closed' }
  | { kind: 'full' }
  | { kind: 'holdExpired' }
  | { kind: 'invalid'; errors: FieldError[] };

export type ManageOutcome = { kind: 'ok'; receipt: SignupReceipt } | { kind: 'unknown' } | { kind: 'closed' } | { kind: 'full' };

const text = (locale: Locale, key: VolunteeringMessageKey, params: Record<string, string | number> = {}) => translate(volunteeringMessages, locale, key, params);

function shiftFrom(row: ShiftRow, c: SeatCounts): StaffShift {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    capacity: row.capacity,
    minimumAttendees: row.minimum_attendees,
    waitingListCapacity: row.waiting_list_capacity,
    maxGroupSize: row.max_group_size,
    roles: JSON.parse(row.roles_json) as ShiftRole[],
    status: row.status as Shift['status'],
    attending: c.attending,
    waiting: c.waiting,
    held: c.held,
    version: row.version,
  };
}

function opportunityFrom(row: OpportunityRow, orgName: string, shifts: StaffShift[]): StaffOpportunity {
  const content = JSON.parse(row.content_json) as Content;
  const open = shifts.filter((s) => s.status === 'open');
  return {
    id: row.id,
    organisation: row.organisation_id,
    organisationName: orgName,
    kind: row.kind as Opportunity['kind'],
    title: content.title,
    description: content.description,
    themes: content.themes,
    area: row.area,
    location: { name: content.location.name, address: content.location.address, ...(content.location.lat !== undefined ? { lat: content.location.lat } : {}), ...(content.location.lon !== undefined ? { lon: content.location.lon } : {}) },
    contact: { name: content.contact.name, ...(content.contact.email ? { email: content.contact.email } : {}), ...(content.contact.phone ? { phone: content.contact.phone } : {}) },
    whatToBring: content.whatToBring,
    supplies: content.supplies,
    accessibility: content.accessibility,
    suitability: content.suitability,
    status: row.status as Opportunity['status'],
    source: 'local',
    startsAt: open[0]?.startsAt ?? null,
    endsAt: open.length > 0 ? open.map((s) => s.endsAt).sort().at(-1)! : null,
    shifts,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** A board cursor that is not one the server gave: the request is refused (422, pointer `#/cursor`). */
export class InvalidBoardCursorError extends Error {}

/** The board's order: the first start (an ISO instant), then the id; opportunities without times last. */
interface BoardKey {
  readonly key: string;
  readonly id: string;
}
/** The key of an opportunity without times: after every ISO instant ("~" follows the digits). */
const UNDATED = '~';
const byBoardKey = (a: BoardKey, b: BoardKey) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const encodeBoardCursor = (k: BoardKey) => Buffer.from(JSON.stringify([k.key, k.id])).toString('base64url');
function decodeBoardCursor(cursor: string): BoardKey {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return { key: value[0], id: value[1] };
  } catch {
    // falls through
  }
  throw new InvalidBoardCursorError();
}
/** Board pages read at most this many rounds of candidates: a page of a rare filter may come short, with `next` set. */
const BOARD_ROUNDS = 5;

export function createVolunteeringRepository(db: Kysely<Database>, options: VolunteeringRepositoryOptions) {
  const { clock, kind } = options;
  const holdMs = (options.holdMinutes ?? DEFAULT_HOLD_MINUTES) * 60_000;

  /** The shift row, locked against other writers of its seats until the transaction ends (PostgreSQL; SQLite has one writer). */
  async function lockShift(trx: Transaction<Database>, shiftId: string): Promise<ShiftRow | undefined> {
    let q = trx.selectFrom('volunteering_shifts').selectAll().where('id', '=', shiftId);
    if (kind === 'postgresql') q = q.forUpdate();
    return q.executeTakeFirst();
  }

  async function countsOf(q: Db, shift: ShiftRow, now: Date): Promise<SeatCounts> {
    const sums = await q
      .selectFrom('volunteering_signups')
      .select(['status', (eb) => eb.fn.sum<number>('group_size').as('people')])
      .where('shift_id', '=', shift.id)
      .where('status', 'in', ['attending', 'waiting'])
      .groupBy('status')
      .execute();
    const held = await q
      .selectFrom('volunteering_holds')
      .select((eb) => eb.fn.sum<number>('seats').as('seats'))
      .where('shift_id', '=', shift.id)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    const of = (s: string) => Number(sums.find((r) => r.status === s)?.people ?? 0);
    return { capacity: shift.capacity, waitingListCapacity: shift.waiting_list_capacity, attending: of('attending'), waiting: of('waiting'), held: Number(held?.seats ?? 0) };
  }

  /** Attending, waiting and held seats of many shifts at once (a board page's): three index reads, not three per shift. */
  async function seatCountsOf(shiftIds: readonly string[], now: Date): Promise<Map<string, { attending: number; waiting: number; held: number }>> {
    const counts = new Map<string, { attending: number; waiting: number; held: number }>();
    if (shiftIds.length === 0) return counts;
    const of = (id: string) => counts.get(id) ?? (counts.set(id, { attending: 0, waiting: 0, held: 0 }), counts.get(id)!);
    const sums = await db
      .selectFrom('volunteering_signups')
      .select(['shift_id', 'status', (eb) => eb.fn.sum<number>('group_size').as('people')])
      .where('shift_id', 'in', [...shiftIds])
      .where('status', 'in', ['attending', 'waiting'])
      .groupBy(['shift_id', 'status'])
      .execute();
    for (const r of sums) of(r.shift_id)[r.status === 'attending' ? 'attending' : 'waiting'] = Number(r.people);
    const held = await db
      .selectFrom('volunteering_holds')
      .select(['shift_id', (eb) => eb.fn.sum<number>('seats').as('seats')])
      .where('shift_id', 'in', [...shiftIds])
      .where('expires_at', '>', now.toISOString())
      .groupBy('shift_id')
      .execute();
    for (const r of held) of(r.shift_id).held = Number(r.seats);
    return counts;
  }

  async function shiftView(q: Db, row: ShiftRow, now: Date): Promise<StaffShift> {
    return shiftFrom(row, await countsOf(q, row, now));
  }

  async function opportunityView(q: Db, row: OpportunityRow, orgName: string, now: Date): Promise<StaffOpportunity> {
    const shiftRows = await q.selectFrom('volunteering_shifts').selectAll().where('opportunity_id', '=', row.id).orderBy('starts_at').orderBy('id').execute();
    return opportunityFrom(row, orgName, await Promise.all(shiftRows.map((s) => shiftView(q, s, now))));
  }

  async function orgNames(q: Db): Promise<Map<string, string>> {
    return new Map((await q.selectFrom('organisations').select(['id', 'name']).execute()).map((r) => [r.id, r.name]));
  }

  async function opportunityById(q: Db, id: string): Promise<StaffOpportunity | null> {
    const row = await q.selectFrom('volunteering_opportunities').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return opportunityView(q, row, (await orgNames(q)).get(row.organisation_id) ?? row.organisation_id, clock());
  }

  async function receiptOf(q: Db, signup: SignupRow, shift: ShiftRow): Promise<SignupReceipt> {
    let position: number | undefined;
    if (signup.status === 'waiting') position = waitingPositions(await waitingQueue(q, shift.id)).get(signup.id);
    return {
      id: signup.id,
      shiftId: shift.id,
      opportunityId: shift.opportunity_id,
      status: signup.status as SignupReceipt['status'],
      ...(position !== undefined ? { position } : {}),
      groupSize: signup.group_size,
      name: signup.name,
      email: signup.email,
      startsAt: shift.starts_at,
      endsAt: shift.ends_at,
    };
  }

  async function waitingQueue(q: Db, shiftId: string): Promise<{ id: string; groupSize: number }[]> {
    const rows = await q
      .selectFrom('volunteering_signups')
      .select(['id', 'group_size'])
      .where('shift_id', '=', shiftId)
      .where('status', '=', 'waiting')
      .orderBy('queue_no')
      .execute();
    return rows.map((r) => ({ id: r.id, groupSize: r.group_size }));
  }

  type MailKind = 'confirmation' | 'waiting' | 'promoted' | 'change' | 'cancellation' | 'reminder';

  /** Queues a mail about a sign-up with its calendar entry, in the transaction of the change it tells about. */
  async function mailSignup(trx: Db, mailKind: MailKind, signup: SignupRow, shift: ShiftRow, code: string | null, now: Date): Promise<void> {
    if (!signup.email) return;
    const opp = await trx.selectFrom('volunteering_opportunities').selectAll().where('id', '=', shift.opportunity_id).executeTakeFirstOrThrow();
    const org = await trx.selectFrom('organisations').select('name').where('id', '=', opp.organisation_id).executeTakeFirst();
    const content = JSON.parse(opp.content_json) as Content;
    const locale = resolveLocale(signup.lang);
    const title = pickText(content.title, locale);
    const when = `${formatDateTime(shift.starts_at, locale)}–${formatDateTime(shift.ends_at, locale).split(/ klo | kl\. |, /).at(-1)}`;
    const place = [content.location.name, content.location.address].filter(Boolean).join(', ');
    const manageUrl = code ? options.manageUrl(code) : '';
    const statusKey: Record<MailKind, VolunteeringMessageKey> = {
      confirmation: 'volunteering.mail.status.attending',
      waiting: 'volunteering.mail.status.waiting',
      promoted: 'volunteering.mail.status.promoted',
      change: 'volunteering.mail.status.change',
      cancellation: 'volunteering.mail.status.cancellation',
      reminder: 'volunteering.mail.status.reminder',
    };
    const subjectKey: Record<MailKind, VolunteeringMessageKey> = {
      confirmation: 'volunteering.mail.confirmation.subject',
      waiting: 'volunteering.mail.waiting.subject',
      promoted: 'volunteering.mail.promoted.subject',
      change: 'volunteering.mail.change.subject',
      cancellation: 'volunteering.mail.cancellation.subject',
      reminder: 'volunteering.mail.reminder.subject',
    };
    const position = signup.status === 'waiting' ? (waitingPositions(await waitingQueue(trx, shift.id)).get(signup.id) ?? 0) : 0;
    const body = text(locale, 'volunteering.mail.body', {
      name: signup.name,
      status: text(locale, statusKey[mailKind], { position }),
      title,
      when,
      place,
      people: text(locale, 'volunteering.mail.people', { people: signup.group_size }),
      manageUrl: manageUrl || '—',
      organisation: org?.name ?? '',
    });
    const cancelled = mailKind === 'cancellation';
    const ics = icsCalendar({
      stamp: now,
      timeZone: 'Europe/Helsinki',
      method: cancelled ? 'CANCEL' : 'PUBLISH',
      events: [
        {
          uid: `${signup.id}@${options.uidHost}`,
          start: new Date(shift.starts_at),
          end: new Date(shift.ends_at),
          summary: title,
          description: [pickText(content.description, locale), manageUrl].filter(Boolean).join('\n\n'),
          ...(place ? { location: place } : {}),
          ...(content.location.lat !== undefined && content.location.lon !== undefined ? { geo: { lat: content.location.lat, lon: content.location.lon } } : {}),
          ...(manageUrl ? { url: manageUrl } : {}),
          ...(content.contact.email ? { organizer: { name: org?.name ?? content.contact.name, email: content.contact.email } } : {}),
          status: cancelled ? 'CANCELLED' : signup.status === 'waiting' ? 'TENTATIVE' : 'CONFIRMED',
          sequence: signup.sequence,
          ...(cancelled ? {} : { alarmMinutesBefore: 120 }),
        },
      ],
    });
    await enqueueMail(
      trx,
      {
        domain: 'volunteering',
        subjectId: signup.id,
        dedupeKey: `volunteering:${signup.id}:${mailKind}:${signup.sequence}`,
        to: signup.email,
        lang: locale,
        subject: text(locale, subjectKey[mailKind], { title, when }),
        bodyText: body,
        attachments: [{ filename: 'vapaaehtoistyo.ics', contentType: `text/calendar; method=${cancelled ? 'CANCEL' : 'PUBLISH'}; charset=utf-8`, content: ics }],
      },
      now,
    );
  }

  /** Moves waiting sign-ups that fit into the free seats, and tells them. Inside the shift's lock. */
  async function promote(trx: Transaction<Database>, shift: ShiftRow, now: Date): Promise<string[]> {
    const free = freeSeats(await countsOf(trx, shift, now));
    if (free <= 0) return [];
    const promoted = promoteFromWaiting(free, await waitingQueue(trx, shift.id));
    for (const id of promoted) {
      await trx.updateTable('volunteering_signups').set((eb) => ({ status: 'attending', sequence: eb('sequence', '+', 1), updated_at: now.toISOString() })).where('id', '=', id).execute();
      const row = await trx.selectFrom('volunteering_signups').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      await mailSignup(trx, 'promoted', row, shift, null, now);
    }
    return promoted;
  }

  const isClosed = (shift: ShiftRow, now: Date) => shift.status !== 'open' || Date.parse(shift.starts_at) <= now.getTime();

  return {
    countsOf: (shift: ShiftRow) => countsOf(db, shift, clock()),

    /**
     * One page of the board (issue 13, ADR 0081): published opportunities whose open shifts have
     * not all ended, soonest first by their first open shift still to come (within the dates
     * asked for), then those without open shifts ("ongoing"), merged with the tasks imported
     * from vapaaehtoistyo.fi; keyset pages on (first start, id). Each opportunity carries its
     * open shifts that have not ended, with their seat counts read for the whole page at once: the
     * board never reads the history of shifts or sign-ups. Filters kept in the content (theme,
     * suitability) are applied to the candidates read, at most BOARD_ROUNDS rounds a request,
     * so a page may come short with `next` set.
     */
    async board(filter: BoardFilter, page: { limit?: number; cursor?: string | undefined } = {}): Promise<{ items: Opportunity[]; next: string | null }> {
      const limit = page.limit ?? 50;
      let after: BoardKey | null = page.cursor ? decodeBoardCursor(page.cursor) : null;
      const now = clock();
      const nowIso = now.toISOString();
      const fromMs = filter.from ? Date.parse(`${filter.from}T00:00:00+02:00`) - 3_600_000 : -Infinity;
      const toMs = filter.to ? Date.parse(`${filter.to}T23:59:59+02:00`) : Infinity;
      const endsFrom = new Date(Math.max(now.getTime(), fromMs)).toISOString();
      const n = limit + 1;
      type Candidate = BoardKey & ({ source: 'local' } | { source: 'imported'; opportunity: Opportunity });

      // Opportunities with an open shift still to come (in the dates): by their first such start.
      const dated = async (k: BoardKey | null): Promise<Candidate[]> => {
        if (k?.key === UNDATED) return [];
        let q = db
          .selectFrom('volunteering_shifts as s')
          .innerJoin('volunteering_opportunities as o', 'o.id', 's.opportunity_id')
          .select(['s.opportunity_id as id', (eb) => eb.fn.min<string>('s.starts_at').as('key')])
          .where('s.status', '=', 'open')
          .where('s.ends_at', '>=', endsFrom)
          .where('o.status', '=', 'published');
        if (Number.isFinite(toMs)) q = q.where('s.starts_at', '<=', new Date(toMs).toISOString());
        if (filter.organisation) q = q.where('o.organisation_id', '=', filter.organisation);
        if (filter.area) q = q.where('o.area', '=', filter.area);
        let grouped = q.groupBy('s.opportunity_id');
        if (k) grouped = grouped.having((eb) => eb.or([eb(eb.fn.min('s.starts_at'), '>', k.key), eb.and([eb(eb.fn.min('s.starts_at'), '=', k.key), eb('s.opportunity_id', '>', k.id)])]));
        const rows = await grouped.orderBy('key').orderBy('id').limit(n).execute();
        return rows.map((r) => ({ key: r.key, id: r.id, source: 'local' as const }));
      };
      // Published opportunities without any open shift: ongoing, after every dated one.
      const undated = async (k: BoardKey | null): Promise<Candidate[]> => {
        let q = db
          .selectFrom('volunteering_opportunities as o')
          .select('o.id')
          .where('o.status', '=', 'published')
          .where((eb) => eb.not(eb.exists(eb.selectFrom('volunteering_shifts as s').select('s.id').whereRef('s.opportunity_id', '=', 'o.id').where('s.status', '=', 'open'))));
        if (filter.organisation) q = q.where('o.organisation_id', '=', filter.organisation);
        if (filter.area) q = q.where('o.area', '=', filter.area);
        if (k?.key === UNDATED) q = q.where('o.id', '>', k.id);
        const rows = await q.orderBy('o.id').limit(n).execute();
        return rows.map((r) => ({ key: UNDATED, id: r.id, source: 'local' as const }));
      };
      // Tasks imported from vapaaehtoistyo.fi (as many as the portal lists for the city).
      const importing = !filter.organisation || filter.organisation.startsWith('vapaaehtoistyo-');
      const keyOfImported = sql<string>`coalesce(starts_at, ${UNDATED})`;
      const imported = async (k: BoardKey | null): Promise<Candidate[]> => {
        if (!importing) return [];
        let q = db.selectFrom('volunteering_imported').select(['id', keyOfImported.as('key'), 'opportunity_json']);
        if (filter.area) q = q.where('area', '=', filter.area);
        if (k) q = q.where((eb) => eb.or([eb(keyOfImported, '>', k.key), eb.and([eb(keyOfImported, '=', k.key), eb('id', '>', k.id)])]));
        const rows = await q.orderBy(keyOfImported).orderBy('id').limit(n).execute();
        return rows.map((r) => ({ key: r.key, id: r.id, source: 'imported' as const, opportunity: JSON.parse(r.opportunity_json) as Opportunity }));
      };

      const suits = (o: Pick<Opportunity, 'themes' | 'suitability'>) =>
        !(filter.theme && !o.themes.includes(filter.theme)) && !(filter.under18 && !o.suitability.under18) && !(filter.english && !o.suitability.english) && !(filter.remote && !o.suitability.remote);
      const importedShows = (o: Opportunity) => {
        if (filter.organisation && o.organisation !== filter.organisation) return false;
        if (o.endsAt !== null && Date.parse(o.endsAt) < now.getTime()) return false;
        if (o.startsAt === null) return true;
        if (o.shifts.length > 0) return o.shifts.some((s) => Date.parse(s.endsAt) >= fromMs && Date.parse(s.startsAt) <= toMs);
        return Date.parse(o.endsAt ?? o.startsAt) >= fromMs && Date.parse(o.startsAt) <= toMs;
      };

      const accepted: Candidate[] = [];
      const rows = new Map<string, OpportunityRow>();
      let exhausted = false;
      for (let round = 0; round < BOARD_ROUNDS && accepted.length <= limit; round++) {
        const lists = await Promise.all([dated(after), undated(after), imported(after)]);
        const merged = lists.flat().sort(byBoardKey).slice(0, n);
        const localIds = merged.filter((c) => c.source === 'local').map((c) => c.id);
        if (localIds.length > 0) for (const r of await db.selectFrom('volunteering_opportunities').selectAll().where('id', 'in', localIds).execute()) rows.set(r.id, r);
        let read = 0;
        for (const c of merged) {
          read++;
          after = { key: c.key, id: c.id };
          const row = rows.get(c.id);
          const shows = c.source === 'imported' ? importedShows(c.opportunity) && suits(c.opportunity) : row !== undefined && suits(JSON.parse(row.content_json) as Content);
          if (shows) accepted.push(c);
          if (accepted.length > limit) break;
        }
        if (read === merged.length && lists.every((l) => l.length < n)) {
          exhausted = true;
          break;
        }
      }
      const shown = accepted.slice(0, limit);
      const next = accepted.length > limit ? encodeBoardCursor(shown.at(-1)!) : exhausted || after === null ? null : encodeBoardCursor(after);

      // The page's local opportunities with their shifts still to come and those shifts' seat counts.
      const local = shown.filter((c) => c.source === 'local').map((c) => rows.get(c.id)!);
      const views = new Map<string, Opportunity>();
      if (local.length > 0) {
        const ids = local.map((r) => r.id);
        // Read on (status, ends_at): the open shifts still to come are few beside the history.
        const shiftRows = await db.selectFrom('volunteering_shifts').selectAll().where('status', '=', 'open').where('ends_at', '>=', nowIso).where('opportunity_id', 'in', ids).orderBy('starts_at').orderBy('id').execute();
        const counts = await seatCountsOf(shiftRows.map((s) => s.id), now);
        const names = new Map((await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', [...new Set(local.map((r) => r.organisation_id))]).execute()).map((r) => [r.id, r.name]));
        for (const r of local) {
          const shifts = shiftRows.filter((s) => s.opportunity_id === r.id).map((s) => shiftFrom(s, { capacity: s.capacity, waitingListCapacity: s.waiting_list_capacity, ...(counts.get(s.id) ?? { attending: 0, waiting: 0, held: 0 }) }));
          views.set(r.id, opportunityFrom(r, names.get(r.organisation_id) ?? r.organisation_id, shifts));
        }
      }
      return { items: shown.map((c) => (c.source === 'imported' ? c.opportunity : views.get(c.id)!)), next };
    },

    async opportunity(id: string, publishedOnly = true): Promise<Opportunity | null> {
      const imported = await db.selectFrom('volunteering_imported').select('opportunity_json').where('id', '=', id).executeTakeFirst();
      if (imported) return JSON.parse(imported.opportunity_json) as Opportunity;
      const o = await opportunityById(db, id);
      if (!o || (publishedOnly && o.status === 'draft')) return null;
      return o;
    },

    async shift(id: string): Promise<Shift | null> {
      const row = await db.selectFrom('volunteering_shifts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? shiftView(db, row, clock()) : null;
    },

    shiftRow: (id: string) => db.selectFrom('volunteering_shifts').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The opportunity id a shift, sign-up or opportunity id belongs to: a grant's scope. */
    async scopeOfShift(shiftId: string): Promise<string | null> {
      return (await db.selectFrom('volunteering_shifts').select('opportunity_id').where('id', '=', shiftId).executeTakeFirst())?.opportunity_id ?? null;
    },
    async scopeOfSignup(signupId: string): Promise<string | null> {
      return (
        (await db.selectFrom('volunteering_signups as u').innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id').select('s.opportunity_id').where('u.id', '=', signupId).executeTakeFirst())?.opportunity_id ?? null
      );
    },
    organisationNames: () => orgNames(db),
    async organisationOf(opportunityId: string): Promise<string | null> {
      return (await db.selectFrom('volunteering_opportunities').select('organisation_id').where('id', '=', opportunityId).executeTakeFirst())?.organisation_id ?? null;
    },

    /** Holds seats while the form is filled in. Only attending seats are held; a full shift answers 'waiting' with no hold. */
    async hold(shiftId: string, seats: number): Promise<{ kind: 'held'; hold: SeatHold } | { kind: 'notFound' } | { kind: 'closed' } | { kind: 'full' } | { kind: 'tooLarge'; max: number }> {
      const now = clock();
      try {
        return await writeTransaction(db, async (trx) => {
          const shift = await lockShift(trx, shiftId);
          if (!shift) throw new Rollback({ kind: 'notFound' as const });
          if (isClosed(shift, now)) throw new Rollback({ kind: 'closed' as const });
          if (seats > shift.max_group_size) throw new Rollback({ kind: 'tooLarge' as const, max: shift.max_group_size });
          await trx.deleteFrom('volunteering_holds').where('shift_id', '=', shiftId).where('expires_at', '<=', now.toISOString()).execute();
          const placed = placeHold(await countsOf(trx, shift, now), seats);
          if (placed === 'refused') throw new Rollback({ kind: 'full' as const });
          const id = newId('h');
          const expiresAt = new Date(now.getTime() + holdMs).toISOString();
          if (placed === 'attending') await trx.insertInto('volunteering_holds').values({ id, shift_id: shiftId, seats, expires_at: expiresAt, created_at: now.toISOString() }).execute();
          return { kind: 'held' as const, hold: { holdId: placed === 'attending' ? id : '', shiftId, seats, expiresAt, outcome: placed } };
        });
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as { kind: 'notFound' } | { kind: 'closed' } | { kind: 'full' } | { kind: 'tooLarge'; max: number };
        throw error;
      }
    },

    async release(holdId: string): Promise<boolean> {
      const result = await db.deleteFrom('volunteering_holds').where('id', '=', holdId).executeTakeFirst();
      return Number(result.numDeletedRows ?? 0n) > 0;
    },

    /**
     * Signs up: in one transaction holding the shift's lock (BEGIN IMMEDIATE on SQLite, FOR UPDATE
     * on PostgreSQL), the seats are counted and the sign-up placed, so N concurrent sign-ups for
     * the last seats give exactly the capacity as attending (ADR 0026).
     */
    async signUp(shiftId: string, fields: SignupFields, idempotency: IdempotentRequest | null): Promise<IdempotentOutcome<SignupOutcome>> {
      const now = clock();
      try {
        return await runIdempotent(
          db,
          idempotency,
          async (trx) => {
            const shift = await lockShift(trx, shiftId);
            if (!shift) throw new Rollback({ kind: 'notFound' });
            if (isClosed(shift, now)) throw new Rollback({ kind: 'closed' });
            const errors: FieldError[] = [];
            if (fields.groupSize > shift.max_group_size) errors.push({ pointer: '#/groupSize', code: 'volunteering.group.tooLarge', params: { max: shift.max_group_size } });
            const roles = JSON.parse(shift.roles_json) as ShiftRole[];
            const role = fields.role ? roles.find((r) => r.id === fields.role) : undefined;
            if (fields.role && !role) errors.push({ pointer: '#/role', code: 'common.invalid' });
            const refusal = roleRefusal(role, fields.age);
            if (refusal) errors.push({ pointer: '#/age', code: refusal.key, params: refusal.params });
            const opp = await trx.selectFrom('volunteering_opportunities').select('content_json').where('id', '=', shift.opportunity_id).executeTakeFirstOrThrow();
            if (fields.age < 18 && !(JSON.parse(opp.content_json) as Content).suitability.under18) {
              errors.push({ pointer: '#/age', code: 'volunteering.number.tooSmall', params: { min: 18 } });
            }
            if (errors.length > 0) throw new Rollback({ kind: 'invalid', errors });
            let ownHold = 0;
            if (fields.holdId) {
              const hold = await trx.selectFrom('volunteering_holds').selectAll().where('id', '=', fields.holdId).executeTakeFirst();
              if (hold && hold.shift_id === shiftId && hold.expires_at > now.toISOString()) {
                ownHold = hold.seats;
                await trx.deleteFrom('volunteering_holds').where('id', '=', hold.id).execute();
              }
            }
            const counts = await countsOf(trx, shift, now);
            // The hold was deleted above: its seats count as free for this sign-up only.
            const placed = placeSignup({ ...counts, held: counts.held + ownHold }, fields.groupSize, ownHold);
            if (placed === 'refused') throw new Rollback({ kind: 'full' });
            const code = manageCodes.generate();
            const last = await trx.selectFrom('volunteering_signups').select((eb) => eb.fn.max('queue_no').as('n')).where('shift_id', '=', shiftId).executeTakeFirst();
            const row: SignupRow = {
              id: newId('u'),
              reminded_at: null,
              shift_id: shiftId,
              status: placed,
              group_size: fields.groupSize,
              queued_at: now.toISOString(),
              queue_no: Number(last?.n ?? 0) + 1,
              name: fields.name,
              email: fields.email,
              phone: fields.phone,
              age: fields.age,
              role_id: role?.id ?? null,
              guardian_name: fields.age < 18 ? fields.guardianName : '',
              guardian_consent_at: fields.age < 18 && fields.guardianConsent ? now.toISOString() : null,
              lang: fields.lang,
              manage_code_hash: codeHash(code),
              sequence: 0,
              checked_in: 0,
              hours: null,
              hours_approved: 0,
              record_seen_at: null,
              record_seen_by: null,
              anonymised_at: null,
              created_at: now.toISOString(),
              updated_at: now.toISOString(),
            };
            await trx.insertInto('volunteering_signups').values(row).execute();
            await mailSignup(trx, placed === 'attending' ? 'confirmation' : 'waiting', row, shift, code, now);
            const receipt = { ...(await receiptOf(trx, row, shift)), manageCode: code, manageUrl: options.manageUrl(code) };
            return { result: { kind: 'signed', receipt } as SignupOutcome, response: { status: 201, body: JSON.stringify(receipt) } };
          },
          { clock },
        );
      } catch (error) {
        if (error instanceof Rollback) return { kind: 'done', result: error.outcome as SignupOutcome, response: { status: 0, body: '' } };
        throw error;
      }
    },

    async byCode(code: string): Promise<SignupReceipt | null> {
      const signup = await db.selectFrom('volunteering_signups').selectAll().where('manage_code_hash', '=', codeHash(code)).executeTakeFirst();
      if (!signup) return null;
      const shift = await db.selectFrom('volunteering_shifts').selectAll().where('id', '=', signup.shift_id).executeTakeFirstOrThrow();
      return receiptOf(db, signup, shift);
    },

    /** Changes the group size (manage link). More people only if they fit; fewer free seats for the waiting list. */
    async change(code: string, groupSize: number): Promise<ManageOutcome | { kind: 'tooLarge'; max: number }> {
      const now = clock();
      try {
        return await writeTransaction(db, async (trx) => {
          const found = await trx.selectFrom('volunteering_signups').select('shift_id').where('manage_code_hash', '=', codeHash(code)).executeTakeFirst();
          if (!found) throw new Rollback({ kind: 'unknown' as const });
          const shift = (await lockShift(trx, found.shift_id))!;
          const signup = await trx.selectFrom('volunteering_signups').selectAll().where('manage_code_hash', '=', codeHash(code)).executeTakeFirstOrThrow();
          if (signup.status === 'cancelled' || isClosed(shift, now)) throw new Rollback({ kind: 'closed' as const });
          if (groupSize > shift.max_group_size) throw new Rollback({ kind: 'tooLarge' as const, max: shift.max_group_size });
          if (!canResize(await countsOf(trx, shift, now), signup.status as 'attending' | 'waiting', signup.group_size, groupSize)) throw new Rollback({ kind: 'full' as const });
          await trx.updateTable('volunteering_signups').set({ group_size: groupSize, sequence: signup.sequence + 1, updated_at: now.toISOString() }).where('id', '=', signup.id).execute();
          const updated = { ...signup, group_size: groupSize, sequence: signup.sequence + 1 };
          await mailSignup(trx, 'change', updated, shift, code, now);
          await promote(trx, shift, now);
          return { kind: 'ok' as const, receipt: await receiptOf(trx, updated, shift) };
        });
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as ManageOutcome;
        throw error;
      }
    },

    /** Cancels (manage link): the seats go to the first on the waiting list who fit. */
    async cancel(code: string): Promise<ManageOutcome & { promoted?: string[] }> {
      const now = clock();
      try {
        return await writeTransaction(db, async (trx) => {
          const found = await trx.selectFrom('volunteering_signups').select('shift_id').where('manage_code_hash', '=', codeHash(code)).executeTakeFirst();
          if (!found) throw new Rollback({ kind: 'unknown' as const });
          const shift = (await lockShift(trx, found.shift_id))!;
          const signup = await trx.selectFrom('volunteering_signups').selectAll().where('manage_code_hash', '=', codeHash(code)).executeTakeFirstOrThrow();
          if (signup.status === 'cancelled') return { kind: 'ok' as const, receipt: await receiptOf(trx, signup, shift), promoted: [] };
          if (Date.parse(shift.ends_at) <= now.getTime()) throw new Rollback({ kind: 'closed' as const });
          const updated = { ...signup, status: 'cancelled', sequence: signup.sequence + 1 };
          await trx.updateTable('volunteering_signups').set({ status: 'cancelled', sequence: updated.sequence, updated_at: now.toISOString() }).where('id', '=', signup.id).execute();
          await mailSignup(trx, 'cancellation', updated, shift, null, now);
          const promoted = await promote(trx, shift, now);
          return { kind: 'ok' as const, receipt: await receiptOf(trx, updated, shift), promoted };
        });
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as ManageOutcome;
        throw error;
      }
    },

    /** The shifts among the person's own sign-ups (by their manage codes) that overlap a shift. */
    async overlaps(shiftId: string, codes: readonly string[]): Promise<{ shiftId: string; opportunityId: string; title: Opportunity['title']; startsAt: string; endsAt: string }[]> {
      const shift = await db.selectFrom('volunteering_shifts').selectAll().where('id', '=', shiftId).executeTakeFirst();
      if (!shift || codes.length === 0) return [];
      const rows = await db
        .selectFrom('volunteering_signups as u')
        .innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id')
        .innerJoin('volunteering_opportunities as o', 'o.id', 's.opportunity_id')
        .select(['s.id', 's.opportunity_id', 's.starts_at', 's.ends_at', 'o.content_json'])
        .where('u.manage_code_hash', 'in', codes.map(codeHash))
        .where('u.status', 'in', ['attending', 'waiting'])
        .where('s.id', '!=', shiftId)
        .where('s.starts_at', '<', shift.ends_at)
        .where('s.ends_at', '>', shift.starts_at)
        .execute();
      return rows.map((r) => ({ shiftId: r.id, opportunityId: r.opportunity_id, title: (JSON.parse(r.content_json) as Content).title, startsAt: r.starts_at, endsAt: r.ends_at }));
    },

    // ── staff ──

    /**
     * The organisation's opportunities (the city's: every organisation's), newest first, in
     * keyset pages on (created_at, id) descending: `after` is the last one of the page before
     * (decodeStaffOpportunityCursor), so an opportunity made or removed meanwhile neither repeats
     * nor skips one, as an offset would. `total` counts them all.
     */
    async staffOpportunities(organisation: string, page: { limit: number; after?: StaffOpportunityCursor | undefined }): Promise<{ items: StaffOpportunity[]; total: number; next: string | null }> {
      const names = await orgNames(db);
      let q = db.selectFrom('volunteering_opportunities');
      if (organisation !== CITY) q = q.where('organisation_id', '=', organisation);
      const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
      let rows = q.selectAll();
      const after = page.after;
      if (after) rows = rows.where((eb) => eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]));
      const read = await rows.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
      const shown = read.slice(0, page.limit);
      const items = await Promise.all(shown.map((r) => opportunityView(db, r, names.get(r.organisation_id) ?? r.organisation_id, clock())));
      const last = shown.at(-1);
      return { items, total, next: read.length > page.limit && last ? encodeStaffOpportunityCursor({ createdAt: last.created_at, id: last.id }) : null };
    },

    async createOpportunity(organisation: string, fields: OpportunityFields, id = newId('o')): Promise<StaffOpportunity> {
      const now = clock().toISOString();
      await db
        .insertInto('volunteering_opportunities')
        .values({ id, organisation_id: organisation, kind: fields.kind, status: fields.status, area: fields.area, content_json: JSON.stringify(contentOf(fields)), created_at: now, updated_at: now })
        .execute();
      return (await opportunityById(db, id))!;
    },

    /**
     * Edits an opportunity's own fields (ADR 0060). `ifMatch` is the If-Match header: the version
     * the coordinator's edit was made on, compared in the transaction that holds the
     * opportunity's row (PostgreSQL: FOR UPDATE; SQLite has one writer), so of any number of edits
     * made on one version exactly one saves and the others are stale. Its shifts have versions of
     * their own: adding or editing a shift leaves the opportunity's version as it is.
     */
    async updateOpportunity(id: string, fields: OpportunityFields, ifMatch: string | undefined): Promise<OpportunityEditOutcome> {
      const now = clock();
      try {
        return await writeTransaction(db, async (trx) => {
          let q = trx.selectFrom('volunteering_opportunities').select(['id', 'version']).where('id', '=', id);
          if (kind === 'postgresql') q = q.forUpdate();
          const row = await q.executeTakeFirst();
          if (!row) throw new Rollback({ kind: 'notFound' as const });
          const match = ifMatchSatisfied(ifMatch, row.version);
          if (match === null) throw new Rollback({ kind: 'versionRequired' as const });
          if (!match) throw new Rollback({ kind: 'stale' as const, version: row.version });
          await trx
            .updateTable('volunteering_opportunities')
            .set({ kind: fields.kind, status: fields.status, area: fields.area, content_json: JSON.stringify(contentOf(fields)), updated_at: now.toISOString(), version: row.version + 1 })
            .where('id', '=', id)
            .execute();
          return { kind: 'ok' as const, opportunity: (await opportunityById(trx, id))! };
        });
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as Exclude<OpportunityEditOutcome, { kind: 'ok' }>;
        throw error;
      }
    },

    async addShift(opportunityId: string, fields: ShiftFields, id = newId('s')): Promise<StaffShift> {
      const row: ShiftRow = {
        id,
        opportunity_id: opportunityId,
        starts_at: new Date(fields.startsAt).toISOString(),
        ends_at: new Date(fields.endsAt).toISOString(),
        capacity: fields.capacity,
        minimum_attendees: fields.minimumAttendees,
        waiting_list_capacity: fields.waitingListCapacity,
        max_group_size: fields.maxGroupSize,
        roles_json: JSON.stringify(fields.roles),
        status: 'open',
        reminder_sent_at: null,
        created_at: clock().toISOString(),
        version: 1,
      };
      await db.insertInto('volunteering_shifts').values(row).execute();
      await db.updateTable('volunteering_opportunities').set({ updated_at: clock().toISOString() }).where('id', '=', opportunityId).execute();
      return shiftView(db, row, clock());
    },

    /**
     * Edits a shift (ADR 0051) in one transaction holding the shift's lock, the same lock every
     * sign-up, change and cancellation takes, so no sign-up slips in between the counting and the
     * change: places below those attending, waiting list places below those waiting, a largest
     * group below a group signed up, or removing a role someone signed up for are refused by the
     * field; a started shift is closed. Changed times mail every active sign-up its updated
     * calendar entry (the next SEQUENCE); more places promote the waiting list.
     */
    /**
     * `ifMatch` is the If-Match header: the version the coordinator's edit was made on (ADR 0060).
     * It is compared under the shift's lock, so of two edits made on the same version one saves
     * and the other is stale, on SQLite and PostgreSQL alike.
     */
    async updateShift(shiftId: string, fields: ShiftFields, ifMatch: string | undefined): Promise<ShiftEditOutcome> {
      const now = clock();
      try {
        return await writeTransaction(db, async (trx) => {
          const shift = await lockShift(trx, shiftId);
          if (!shift) throw new Rollback({ kind: 'notFound' as const });
          const match = ifMatchSatisfied(ifMatch, shift.version);
          if (match === null) throw new Rollback({ kind: 'versionRequired' as const });
          if (!match) throw new Rollback({ kind: 'stale' as const, version: shift.version });
          if (isClosed(shift, now)) throw new Rollback({ kind: 'closed' as const });
          const startsAt = new Date(fields.startsAt).toISOString();
          const endsAt = new Date(fields.endsAt).toISOString();
          const counts = await countsOf(trx, shift, now);
          const active = await trx.selectFrom('volunteering_signups').selectAll().where('shift_id', '=', shiftId).where('status', 'in', ['attending', 'waiting']).execute();
          const errors: FieldError[] = [];
          if (startsAt !== shift.starts_at && Date.parse(startsAt) <= now.getTime()) errors.push({ pointer: '#/startsAt', code: 'volunteering.shift.startInPast' });
          if (fields.capacity < counts.attending) errors.push({ pointer: '#/capacity', code: 'volunteering.shift.capacityBelowAttending', params: { attending: counts.attending } });
          if (fields.waitingListCapacity < counts.waiting) errors.push({ pointer: '#/waitingListCapacity', code: 'volunteering.shift.waitingBelowWaiting', params: { waiting: counts.waiting } });
          const largest = Math.max(0, ...active.map((u) => u.group_size));
          if (fields.maxGroupSize < largest) errors.push({ pointer: '#/maxGroupSize', code: 'volunteering.shift.groupBelowSignup', params: { max: largest } });
          const oldRoles = JSON.parse(shift.roles_json) as ShiftRole[];
          oldRoles.forEach((role) => {
            if (!fields.roles.some((r) => r.id === role.id) && active.some((u) => u.role_id === role.id)) errors.push({ pointer: '#/roles', code: 'volunteering.shift.roleInUse', params: { role: role.name.fi } });
          });
          if (errors.length > 0) throw new Rollback({ kind: 'invalid' as const, errors });
          const set = {
            starts_at: startsAt,
            ends_at: endsAt,
            capacity: fields.capacity,
            minimum_attendees: fields.minimumAttendees,
            waiting_list_capacity: fields.waitingListCapacity,
            max_group_size: fields.maxGroupSize,
            roles_json: JSON.stringify(fields.roles),
            version: shift.version + 1,
            // A moved shift is reminded of again.
            ...(startsAt !== shift.starts_at ? { reminder_sent_at: null } : {}),
          };
          await trx.updateTable('volunteering_shifts').set(set).where('id', '=', shiftId).execute();
          await trx.updateTable('volunteering_opportunities').set({ updated_at: now.toISOString() }).where('id', '=', shift.opportunity_id).execute();
          const updated: ShiftRow = { ...shift, ...set };
          if (startsAt !== shift.starts_at || endsAt !== shift.ends_at) {
            for (const u of active) {
              await trx.updateTable('volunteering_signups').set({ sequence: u.sequence + 1, updated_at: now.toISOString() }).where('id', '=', u.id).execute();
              if (u.anonymised_at === null) await mailSignup(trx, 'change', { ...u, sequence: u.sequence + 1 }, updated, null, now);
            }
          }
          await promote(trx, updated, now);
          return { kind: 'ok' as const, shift: await shiftView(trx, updated, now) };
        });
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as Exclude<ShiftEditOutcome, { kind: 'ok' }>;
        throw error;
      }
    },

    async staffSignups(shiftId: string): Promise<StaffSignup[]> {
      const rows = await db.selectFrom('volunteering_signups').selectAll().where('shift_id', '=', shiftId).orderBy('queue_no').execute();
      const positions = waitingPositions(rows.filter((r) => r.status === 'waiting').map((r) => ({ id: r.id, groupSize: r.group_size })));
      return rows.map((r) => staffView(r, positions.get(r.id)));
    },

    async signupsOfOpportunity(opportunityId: string): Promise<(StaffSignup & { startsAt: string; endsAt: string })[]> {
      const shifts = await db.selectFrom('volunteering_shifts').selectAll().where('opportunity_id', '=', opportunityId).orderBy('starts_at').execute();
      const out: (StaffSignup & { startsAt: string; endsAt: string })[] = [];
      for (const s of shifts) for (const u of await this.staffSignups(s.id)) out.push({ ...u, startsAt: s.starts_at, endsAt: s.ends_at });
      return out;
    },

    async updateSignup(signupId: string, change: { checkedIn?: boolean | undefined; hours?: number | undefined; hoursApproved?: boolean | undefined; recordCheckSeen?: boolean | undefined }, staffName: string): Promise<StaffSignup | null | 'recordCheckNotRequired'> {
      const now = clock().toISOString();
      if (change.recordCheckSeen === true) {
        // Law 148/2014: that an extract was seen is recorded only for a role that needs one.
        const row = await db.selectFrom('volunteering_signups as u').innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id').select(['u.role_id', 's.roles_json']).where('u.id', '=', signupId).executeTakeFirst();
        if (!row) return null;
        const role = (JSON.parse(row.roles_json) as ShiftRole[]).find((r) => r.id === row.role_id);
        if (!role?.criminalRecordCheck) return 'recordCheckNotRequired';
      }
      const set: Partial<SignupRow> = { updated_at: now };
      if (change.checkedIn !== undefined) set.checked_in = change.checkedIn ? 1 : 0;
      if (change.hours !== undefined) set.hours = change.hours;
      if (change.hoursApproved !== undefined) set.hours_approved = change.hoursApproved ? 1 : 0;
      if (change.recordCheckSeen === true) Object.assign(set, { record_seen_at: now, record_seen_by: staffName });
      if (change.recordCheckSeen === false) Object.assign(set, { record_seen_at: null, record_seen_by: null });
      const result = await db.updateTable('volunteering_signups').set(set).where('id', '=', signupId).executeTakeFirst();
      if (Number(result.numUpdatedRows ?? 0n) === 0) return null;
      return staffView(await db.selectFrom('volunteering_signups').selectAll().where('id', '=', signupId).executeTakeFirstOrThrow(), undefined);
    },

    /**
     * A coordinator's message to the people of a shift: one mail per sign-up (attending, or the
     * waiting list too) through the platform outbox, each about its sign-up, so retention removes
     * it with the sign-up's personal data. Returns how many were queued.
     */
    async messageShift(shiftId: string, message: { subject: string; body: string; to: 'attending' | 'all' }, organisationName: string): Promise<number> {
      const now = clock();
      const messageId = newId('m');
      const statuses = message.to === 'all' ? ['attending', 'waiting'] : ['attending'];
      return writeTransaction(db, async (trx) => {
        const rows = await trx.selectFrom('volunteering_signups').select(['id', 'email', 'lang']).where('shift_id', '=', shiftId).where('status', 'in', statuses).where('anonymised_at', 'is', null).execute();
        let queued = 0;
        for (const r of rows) {
          if (!r.email) continue;
          const ok = await enqueueMail(
            trx,
            { domain: 'volunteering', subjectId: r.id, dedupeKey: `volunteering:message:${messageId}:${r.id}`, to: r.email, lang: r.lang, subject: message.subject, bodyText: `${message.body}\n\n${organisationName}` },
            now,
          );
          if (ok) queued++;
        }
        return queued;
      });
    },

    /**
     * The organisation's volunteering mails not yet delivered (the city's: every volunteering
     * mail, proposals' decisions too): what waits in the outbox when no SMTP is configured, or
     * is being retried.
     */
    async outbox(organisation: string): Promise<{ id: string; to: string; subject: string; createdAt: string; attempts: number; lastError: string | null; failed: boolean }[]> {
      let q = db
        .selectFrom('email_outbox as m')
        .leftJoin('volunteering_signups as u', 'u.id', 'm.subject_id')
        .leftJoin('volunteering_shifts as s', 's.id', 'u.shift_id')
        .leftJoin('volunteering_opportunities as o', 'o.id', 's.opportunity_id')
        .select(['m.id', 'm.to_address', 'm.subject', 'm.created_at', 'm.attempts', 'm.last_error', 'm.failed_at'])
        .where('m.domain', '=', 'volunteering')
        .where('m.sent_at', 'is', null);
      if (organisation !== CITY) q = q.where('o.organisation_id', '=', organisation);
      const rows = await q.orderBy('m.created_at', 'desc').orderBy('m.id').limit(500).execute();
      return rows.map((r) => ({ id: r.id, to: r.to_address, subject: r.subject, createdAt: r.created_at, attempts: r.attempts, lastError: r.last_error, failed: r.failed_at !== null }));
    },

    // ── proposals ──

    async propose(fields: TalkootProposalFields, idempotency: IdempotentRequest | null): Promise<IdempotentOutcome<TalkootProposal>> {
      const now = clock().toISOString();
      return runIdempotent(
        db,
        idempotency,
        async (trx) => {
          const row: ProposalRow = {
            id: newId('t'),
            status: 'proposed',
            what: fields.what,
            description: fields.description,
            where_text: fields.where,
            area: fields.area,
            lat: fields.lat ?? null,
            lon: fields.lon ?? null,
            starts_at: new Date(fields.startsAt).toISOString(),
            ends_at: new Date(fields.endsAt).toISOString(),
            expected_people: fields.expectedPeople,
            supplies_json: JSON.stringify(fields.supplies),
            proposer_name: fields.proposerName,
            proposer_email: fields.proposerEmail,
            organisation_name: fields.organisationName,
            lang: fields.lang,
            decline_reason: null,
            decided_by: null,
            decided_at: null,
            opportunity_id: null,
            anonymised_at: null,
            created_at: now,
          };
          await trx.insertInto('volunteering_proposals').values(row).execute();
          const result = proposalView(row);
          return { result, response: { status: 201, body: JSON.stringify(result) } };
        },
        { clock },
      );
    },

    async proposals(): Promise<TalkootProposal[]> {
      return (await db.selectFrom('volunteering_proposals').selectAll().orderBy('created_at', 'desc').limit(1000).execute()).map(proposalView);
    },

    /** Approves (a city talkoot opportunity with one shift is made) or declines with a reason; tells the proposer. */
    async decide(id: string, decision: TalkootDecision, staffName: string): Promise<{ kind: 'ok'; proposal: TalkootProposal } | { kind: 'notFound' } | { kind: 'decided' } | { kind: 'expired' }> {
      const now = clock();
      try {
        return await writeTransaction(db, async (trx) => {
          // One decision per proposal: the row is locked until this one commits (PostgreSQL; SQLite
          // runs one writer at a time), so a second coordinator's decision sees it decided (409).
          let read = trx.selectFrom('volunteering_proposals').selectAll().where('id', '=', id);
          if (kind === 'postgresql') read = read.forUpdate();
          const row = await read.executeTakeFirst();
          if (!row) throw new Rollback({ kind: 'notFound' as const });
          if (row.status !== 'proposed') throw new Rollback({ kind: 'decided' as const });
          // Left undecided past its day and the retention period (ADR 0099): no one to answer.
          if (row.anonymised_at !== null) throw new Rollback({ kind: 'expired' as const });
          const locale = resolveLocale(row.lang);
          let opportunityId: string | null = null;
          if (decision.decision === 'approve') {
            opportunityId = newId('o');
            const content: Content = {
              title: { fi: row.what, sv: '', en: '' },
              description: { fi: row.description, sv: '', en: '' },
              themes: ['environment', 'neighbourhood'],
              location: { name: row.where_text, address: '', ...(row.lat !== null ? { lat: row.lat } : {}), ...(row.lon !== null ? { lon: row.lon } : {}) },
              // The association named in the proposal, else the city, which runs it: the resident
              // who proposed it is never published (on the board, in the portal export), and the
              // opportunity is not theirs for retention to blank later. A coordinator edits the contact.
              contact: { name: row.organisation_name || ((await trx.selectFrom('organisations').select('name').where('id', '=', CITY).executeTakeFirst())?.name ?? '') },
              whatToBring: { fi: '', sv: '', en: '' },
              supplies: JSON.parse(row.supplies_json) as Content['supplies'],
              accessibility: { fi: '', sv: '', en: '' },
              suitability: { under18: true, english: false, remote: false },
            };
            await trx
              .insertInto('volunteering_opportunities')
              .values({ id: opportunityId, organisation_id: CITY, kind: 'talkoot', status: 'published', area: row.area, content_json: JSON.stringify(content), created_at: now.toISOString(), updated_at: now.toISOString() })
              .execute();
            const capacity = decision.capacity ?? Math.max(row.expected_people, 1);
            await trx
              .insertInto('volunteering_shifts')
              .values({ id: newId('s'), opportunity_id: opportunityId, starts_at: row.starts_at, ends_at: row.ends_at, capacity, minimum_attendees: 0, waiting_list_capacity: Math.ceil(capacity / 2), max_group_size: 10, roles_json: '[]', status: 'open', reminder_sent_at: null, created_at: now.toISOString() })
              .execute();
          }
          const update = {
            status: decision.decision === 'approve' ? 'approved' : 'declined',
            decline_reason: decision.decision === 'decline' ? decision.reason : null,
            decided_by: staffName,
            decided_at: now.toISOString(),
            opportunity_id: opportunityId,
          };
          await trx.updateTable('volunteering_proposals').set(update).where('id', '=', id).execute();
          const subject =
            decision.decision === 'approve'
              ? text(locale, 'volunteering.proposal.approved', { what: row.what })
              : text(locale, 'volunteering.proposal.declined', { what: row.what, reason: decision.reason });
          await enqueueMail(trx, { domain: 'volunteering', subjectId: id, dedupeKey: `volunteering:proposal:${id}:decision`, to: row.proposer_email, lang: locale, subject: subject.slice(0, 200), bodyText: subject }, now);
          return { kind: 'ok' as const, proposal: proposalView({ ...row, ...update }) };
        });
      } catch (error) {
        if (error instanceof Rollback) return error.outcome as { kind: 'notFound' } | { kind: 'decided' };
        throw error;
      }
    },

    // ── jobs, retention, figures ──

    /** Drops expired holds and gives their seats to the waiting list. */
    async sweepHolds(): Promise<number> {
      const now = clock();
      const expired = await db.selectFrom('volunteering_holds').select('shift_id').where('expires_at', '<=', now.toISOString()).groupBy('shift_id').execute();
      for (const { shift_id } of expired) {
        await writeTransaction(db, async (trx) => {
          const shift = await lockShift(trx, shift_id);
          await trx.deleteFrom('volunteering_holds').where('shift_id', '=', shift_id).where('expires_at', '<=', now.toISOString()).execute();
          if (shift && !isClosed(shift, now)) await promote(trx, shift, now);
        });
      }
      return expired.length;
    },

    /** Queues reminders of shifts starting within `hours`; each shift is claimed once, whatever the number of processes. */
    /**
     * One reminder per attending sign-up of an open shift that starts within `hours`: also to
     * whoever signed up or moved up from the waiting list after an earlier run, once each.
     */
    async sendReminders(hours: number): Promise<number> {
      const now = clock();
      const until = new Date(now.getTime() + hours * 3_600_000).toISOString();
      const due = await db
        .selectFrom('volunteering_signups as u')
        .innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id')
        .select(['u.id', 'u.shift_id'])
        .where('s.status', '=', 'open')
        .where('s.starts_at', '>', now.toISOString())
        .where('s.starts_at', '<=', until)
        .where('u.status', '=', 'attending')
        .where('u.reminded_at', 'is', null)
        .where('u.anonymised_at', 'is', null)
        .execute();
      let sent = 0;
      for (const { id, shift_id: shiftId } of due) {
        sent += await writeTransaction(db, async (trx) => {
          const claimed = await trx
            .updateTable('volunteering_signups')
            .set({ reminded_at: now.toISOString() })
            .where('id', '=', id)
            .where('reminded_at', 'is', null)
            .where('status', '=', 'attending')
            .executeTakeFirst();
          if (Number(claimed.numUpdatedRows ?? 0n) === 0) return 0;
          const shift = await trx.selectFrom('volunteering_shifts').selectAll().where('id', '=', shiftId).executeTakeFirstOrThrow();
          const signup = await trx.selectFrom('volunteering_signups').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
          await trx.updateTable('volunteering_shifts').set({ reminder_sent_at: now.toISOString() }).where('id', '=', shiftId).where('reminder_sent_at', 'is', null).execute();
          await mailSignup(trx, 'reminder', signup, shift, null, now);
          return 1;
        });
      }
      return sent;
    },

    /** Figures per area and Helsinki month: volunteers (people attending), hours (approved, else the shift's length), talkoot held. */
    async figures(): Promise<{ area: string; month: string; volunteers: number; hours: number; talkoot: number }[]> {
      // Summed in the database per (shift, group size, hours approved or not), not sign-up by
      // sign-up in JavaScript: at city scale (issue 13) there are hundreds of thousands of
      // sign-ups and a few thousand shifts. Unapproved hours are the shift's length per person,
      // rounded per sign-up (volunteerHours), so they are summed per group size to stay exact.
      const approved = sql<number>`case when u.hours_approved = 1 and u.hours is not null then 1 else 0 end`;
      const rows = await (options.reader ?? db)
        .selectFrom('volunteering_signups as u')
        .innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id')
        .innerJoin('volunteering_opportunities as o', 'o.id', 's.opportunity_id')
        .select([
          'o.id as opportunity',
          'o.area',
          'o.kind',
          's.starts_at',
          's.ends_at',
          'u.group_size',
          approved.as('approved'),
          sql<number | string>`count(*)`.as('signups'),
          sql<number | string | null>`sum(u.hours)`.as('hours'),
        ])
        .where('u.status', '=', 'attending')
        .where('s.status', '=', 'open')
        .groupBy(['s.id', 'o.id', 'o.area', 'o.kind', 's.starts_at', 's.ends_at', 'u.group_size', approved])
        .execute();
      const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' });
      const cells = new Map<string, { area: string; month: string; volunteers: number; hours: number; talkoot: Set<string> }>();
      for (const r of rows) {
        const m = month.format(new Date(r.starts_at)).slice(0, 7);
        const key = `${r.area}\u0000${m}`;
        const cell = cells.get(key) ?? { area: r.area, month: m, volunteers: 0, hours: 0, talkoot: new Set<string>() };
        const signups = Number(r.signups);
        cell.volunteers += r.group_size * signups;
        cell.hours += Number(r.approved) === 1 ? Number(r.hours) : signups * volunteerHours(r.starts_at, r.ends_at, r.group_size);
        if (r.kind === 'talkoot') cell.talkoot.add(r.opportunity);
        cells.set(key, cell);
      }
      return [...cells.values()]
        .map((c) => ({ area: c.area, month: c.month, volunteers: c.volunteers, hours: Math.round(c.hours * 4) / 4, talkoot: c.talkoot.size }))
        .sort((a, b) => (a.month === b.month ? (a.area < b.area ? -1 : 1) : a.month < b.month ? -1 : 1));
    },
  };
}

function staffView(r: SignupRow, position: number | undefined): StaffSignup {
  return {
    id: r.id,
    shiftId: r.shift_id,
    status: r.status as StaffSignup['status'],
    ...(position !== undefined ? { position } : {}),
    name: r.name,
    email: r.email,
    phone: r.phone,
    groupSize: r.group_size,
    age: r.age,
    role: r.role_id,
    guardianName: r.guardian_name,
    checkedIn: r.checked_in === 1,
    hours: r.hours,
    hoursApproved: r.hours_approved === 1,
    recordCheck: r.record_seen_at && r.record_seen_by ? { seenAt: r.record_seen_at, seenBy: r.record_seen_by } : null,
    createdAt: r.created_at,
  };
}

function proposalView(r: ProposalRow): TalkootProposal {
  return {
    id: r.id,
    status: r.status as TalkootProposal['status'],
    what: r.what,
    description: r.description,
    where: r.where_text,
    area: r.area,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    expectedPeople: r.expected_people,
    supplies: JSON.parse(r.supplies_json) as TalkootProposal['supplies'],
    organisationName: r.organisation_name,
    declineReason: r.decline_reason,
    opportunityId: r.opportunity_id,
    createdAt: r.created_at,
  };
}

/**
 * Anonymises sign-ups of shifts that ended before `cutoff`: name, contact, age, guardian, manage
 * code and who saw a record extract go; the status, group size, check-in and hours stay for
 * the figures. Proposals whose proposed day ended before `cutoff`, decided or not, lose their
 * proposer's name and email (an undecided one can then no longer be decided: ADR 0099). The
 * queued or sent mails of both leave the outbox. Idempotent.
 */
export async function anonymiseVolunteering(db: Kysely<Database>, cutoff: Date, now: Date): Promise<number> {
  const c = cutoff.toISOString();
  return writeTransaction(db, async (trx) => {
    const ids = (
      await trx
        .selectFrom('volunteering_signups as u')
        .innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id')
        .select('u.id')
        .where('u.anonymised_at', 'is', null)
        .where('s.ends_at', '<', c)
        .execute()
    ).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await trx
        .updateTable('volunteering_signups')
        .set({ name: '', email: '', phone: '', age: null, guardian_name: '', manage_code_hash: null, record_seen_by: null, anonymised_at: now.toISOString() })
        .where('id', 'in', chunk)
        .execute();
      await trx.deleteFrom('email_outbox').where('domain', '=', 'volunteering').where('subject_id', 'in', chunk).execute();
    }
    const proposals = (
      await trx
        .selectFrom('volunteering_proposals')
        .select('id')
        .where('anonymised_at', 'is', null)
        .where('ends_at', '<', c)
        .execute()
    ).map((r) => r.id);
    for (let i = 0; i < proposals.length; i += 500) {
      const chunk = proposals.slice(i, i + 500);
      await trx.updateTable('volunteering_proposals').set({ proposer_name: '', proposer_email: '', anonymised_at: now.toISOString() }).where('id', 'in', chunk).execute();
      // The decision mailed to the proposer (its address, and the reason) goes with them.
      await trx.deleteFrom('email_outbox').where('domain', '=', 'volunteering').where('subject_id', 'in', chunk).execute();
    }
    return ids.length + proposals.length;
  });
}

export type VolunteeringRepository = ReturnType<typeof createVolunteeringRepository>;
