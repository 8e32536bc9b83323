import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  SpaceTree,
  bookingIcsCalendar,
  canStillCancel,
  compileOpeningHours,
  crockfordCodes,
  formatWall,
  occupancyOf,
  priceOf,
  validateBooking,
  type BookingStatus,
  type BookingUnit,
  type BookingViolation,
  type CompiledOpeningHours,
  type FormField,
  type Occupancy,
  type Resource,
  type Space,
} from '@kohtaamo/core';
import { materialiseSeries } from '@kohtaamo/core/booking-series';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { Rollback } from '../db/errors.js';
import { writeTransaction } from '../db/group-commit.js';
import { enqueueMail } from '../platform/mail/outbox.repository.js';
import { runIdempotent, type IdempotentRequest } from '../http/idempotency.repository.js';
import { renderMail } from '../platform/mail/mail-template.js';
import { bookingServerMessages } from './booking.messages.js';
import type { BookingBookingTable } from './booking.tables.js';
import { confirmedTimes, type ResourceTimes } from './booking.figures.js';

/**
 * The booking module's storage (issue 12, ADR 0029). Every write that takes time on a space
 * (a booking, a change, a series, a block) runs its check and its insert in one transaction:
 *  - SQLite: the transaction is BEGIN IMMEDIATE (db/database.ts), one writer at a time, so the
 *    check sees every committed booking and nothing can come in between;
 *  - PostgreSQL: an exclusion constraint on `booking_occupancy` (same leaf space, overlapping
 *    milliseconds) refuses the second of two overlapping inserts even when both passed the
 *    check at once; where btree_gist was not available, advisory locks per leaf space (taken
 *    in sorted order) serialise the check and the insert instead.
 */
export const MANAGE_CODES = crockfordCodes(12);
/**
 * What a booking mail tells: each has its own subject and body (booking.messages.ts). `approved`
 * is the confirmation of a request staff approved. The manage code is stored only hashed (ADR
 * 0057) but derived from the booking's id (or its series') with the server secret, so that mail,
 * the move's and the cancellation's repeat the request's code and link; for a code that was not derived so (made before, or the
 * secret changed since), it has no code and no link and says where they are (the request's mail).
 */
type MailEvent = 'received' | 'confirmed' | 'approved' | 'denied' | 'cancelled' | 'moved';
/** The path of the manage page by the booking's language: /varaus/{id}, /bokning/{id}, /booking/{id}. */
export const MANAGE_PAGES: Readonly<Record<string, string>> = { fi: 'varaus', sv: 'bokning', en: 'booking' };

export type BookingRow = Selectable<BookingBookingTable>;

export interface Register {
  readonly units: BookingUnit[];
  readonly spaces: Space[];
  readonly resources: Resource[];
  readonly tree: SpaceTree;
}

export interface BookInput {
  readonly resourceId: string;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly email: string;
  readonly phone?: string | undefined;
  readonly organisation?: string | undefined;
  readonly purpose?: string | undefined;
  readonly description?: string | undefined;
  readonly attendees?: number | undefined;
  readonly discountGroup?: string | undefined;
  readonly lang: 'fi' | 'sv' | 'en';
  /** Staff booking on someone's behalf: their person id; the resident-only rules do not apply. */
  readonly onBehalfBy?: string | null;
}

export type BookOutcome =
  | { kind: 'notFound' }
  | { kind: 'violation'; violation: BookingViolation }
  | { kind: 'created'; booking: BookingRow; manageCode: string };

export type SeriesOutcome =
  | { kind: 'notFound' }
  | { kind: 'invalidRule'; message: string }
  | {
      kind: 'created';
      seriesId: string;
      manageCode: string;
      accepted: BookingRow[];
      rejected: { date: string; start: string; end: string; rule: string; params: Record<string, string | number> }[];
    };

export interface BookingDeps {
  readonly db: Kysely<Database>;
  readonly kind: 'sqlite' | 'postgresql';
  readonly clock: () => Date;
  /** The key of person hashes (the server secret); a fixed one when none is set. */
  readonly secret: string;
  readonly publicUrl: string | null;
  readonly cityName: string;
  /**
   * Where reads over every booking run (the public figures): on SQLite a connection in a worker
   * thread, so they never hold the event loop (db/sqlite-reader.ts); `db` when absent.
   */
  readonly reader?: Kysely<Database>;
}

const json = <T>(text: string) => JSON.parse(text) as T;
const iso = (ms: number) => new Date(ms).toISOString();
export const hashCode = (code: string) => createHash('sha256').update(`booking:${code}`).digest('hex');

/**
 * Whether a manage code fits a booking's stored hash, compared in constant time. A missing row
 * or a malformed code is hashed and compared all the same (against a hash no code has), so the
 * answer takes as long whether the booking exists or not; the routes answer both with one 404.
 */
export function codeFits(storedHash: string | null | undefined, code: string): boolean {
  const normal = MANAGE_CODES.normalize(code);
  const given = Buffer.from(hashCode(normal ?? code), 'hex');
  const stored = storedHash && /^[0-9a-f]{64}$/.test(storedHash) ? Buffer.from(storedHash, 'hex') : Buffer.alloc(32);
  return timingSafeEqual(given, stored) && normal !== null && Boolean(storedHash);
}
const newId = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;

export function unitFromRow(row: Selectable<Database['booking_units']>): BookingUnit {
  return {
    id: row.id,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    address: row.address,
    ...(row.lat !== null && row.lon !== null ? { location: { lat: Number(row.lat), lon: Number(row.lon) } } : {}),
    openingHours: json(row.opening_hours),
  };
}

export function spaceFromRow(row: Selectable<Database['booking_spaces']>): Space {
  return {
    id: row.id,
    unitId: row.unit_id,
    parentId: row.parent_id,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    areaM2: Number(row.area_m2),
    capacity: Number(row.capacity),
    purposes: json(row.purposes),
    accessibility: json(row.accessibility),
    access: row.access as Space['access'],
  };
}

export function resourceFromRow(row: Selectable<Database['booking_resources']>): Resource {
  const definition = json<Omit<Resource, 'id' | 'unitId' | 'name' | 'active'>>(row.definition);
  return { id: row.id, unitId: row.unit_id, name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en }, active: row.active === 1, ...definition };
}

/** The public view of a booking (for its owner with the code, and for staff). */
export function bookingView(row: BookingRow) {
  return {
    id: row.id,
    resourceId: row.resource_id,
    unitId: row.unit_id,
    seriesId: row.series_id,
    status: row.status as BookingStatus,
    start: row.start_at,
    end: row.end_at,
    name: row.name,
    email: row.email,
    phone: row.phone,
    organisation: row.organisation,
    purpose: row.purpose,
    attendees: row.attendees,
    priceCents: Number(row.price_cents),
    lang: row.lang,
    onBehalf: row.on_behalf_by !== null,
    denyReason: row.deny_reason,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}

export function createBookingRepository(deps: BookingDeps) {
  const { db, kind, clock } = deps;
  let guard: string | null = null;
  const hoursMemo = new Map<string, { text: string; hours: CompiledOpeningHours }>();

  function personKey(email: string): string {
    return createHmac('sha256', deps.secret).update(`booking-person:${email.trim().toLowerCase()}`).digest('hex');
  }

  function hoursOf(resource: Resource): CompiledOpeningHours {
    const text = JSON.stringify(resource.openingHours);
    const hit = hoursMemo.get(resource.id);
    if (hit && hit.text === text) return hit.hours;
    const hours = compileOpeningHours(resource.openingHours);
    hoursMemo.set(resource.id, { text, hours });
    return hours;
  }

  async function register(from: Kysely<Database> | Transaction<Database> = db): Promise<Register> {
    const [units, spaces, resources] = await Promise.all([
      from.selectFrom('booking_units').selectAll().orderBy('id').execute(),
      from.selectFrom('booking_spaces').selectAll().orderBy('id').execute(),
      from.selectFrom('booking_resources').selectAll().orderBy('id').execute(),
    ]);
    const spaceList = spaces.map(spaceFromRow);
    return { units: units.map(unitFromRow), spaces: spaceList, resources: resources.map(resourceFromRow), tree: new SpaceTree(spaceList) };
  }

  async function resourceOf(trx: Kysely<Database> | Transaction<Database>, resourceId: string) {
    const row = await trx.selectFrom('booking_resources').selectAll().where('id', '=', resourceId).executeTakeFirst();
    if (!row) return null;
    const resource = resourceFromRow(row);
    const spaces = (await trx.selectFrom('booking_spaces').selectAll().where('unit_id', '=', resource.unitId).execute()).map(spaceFromRow);
    const tree = new SpaceTree(spaces);
    const leaves = tree.leavesOfAll(resource.spaceIds);
    const capacity = resource.spaceIds.reduce((sum, id) => sum + (tree.get(id)?.capacity ?? 0), 0);
    return { resource, tree, leaves, capacity, hours: hoursOf(resource) };
  }

  async function occupancyGuard(): Promise<string> {
    if (guard === null) {
      const row = await db.selectFrom('booking_occupancy_guard').select('guard').executeTakeFirst();
      guard = row?.guard ?? 'transaction';
    }
    return guard;
  }

  /** On PostgreSQL without the exclusion constraint: lock the leaf spaces (sorted: no deadlock between two writers). */
  async function lockLeaves(trx: Transaction<Database>, leaves: readonly string[]): Promise<void> {
    if (kind !== 'postgresql' || (await occupancyGuard()) === 'exclusion') return;
    for (const leaf of [...leaves].sort()) await sql`select pg_advisory_xact_lock(hashtextextended(${`booking-leaf:${leaf}`}, 0))`.execute(trx);
  }

  /** Occupancies on these leaves meeting [from, to), and the person's active bookings of the resource. */
  async function occupiedNear(trx: Transaction<Database> | Kysely<Database>, leaves: readonly string[], from: number, to: number, exclude: string | null): Promise<Occupancy[]> {
    if (leaves.length === 0) return [];
    let query = trx
      .selectFrom('booking_occupancy as o')
      .leftJoin('booking_blocks as k', 'k.id', 'o.owner_id')
      .select(['o.owner_id', 'o.leaf_id', 'o.start_ms', 'o.end_ms', 'k.id as block_id'])
      .where('o.leaf_id', 'in', [...leaves])
      .where('o.start_ms', '<', to)
      .where('o.end_ms', '>', from);
    if (exclude) query = query.where('o.owner_id', '<>', exclude);
    const rows = await query.execute();
    const byOwner = new Map<string, { start: number; end: number; leaves: string[]; block: boolean }>();
    for (const r of rows) {
      const hit = byOwner.get(r.owner_id);
      if (hit) hit.leaves.push(r.leaf_id);
      else byOwner.set(r.owner_id, { start: Number(r.start_ms), end: Number(r.end_ms), leaves: [r.leaf_id], block: r.block_id !== null });
    }
    return [...byOwner.entries()].map(([id, o]) => ({ id, start: o.start, end: o.end, leaves: o.leaves.sort(), kind: o.block ? 'block' : 'booking' }));
  }

  async function activeOfPerson(trx: Transaction<Database>, resourceId: string, key: string, now: number, exclude: string | null): Promise<Occupancy[]> {
    let q = trx
      .selectFrom('booking_bookings')
      .select(['id', 'start_at'])
      .where('resource_id', '=', resourceId)
      .where('person_key', '=', key)
      .where('status', 'in', ['pending', 'confirmed'])
      .where('start_at', '>', iso(now));
    if (exclude) q = q.where('id', '<>', exclude);
    // Leaves [] so they count towards the limit and never clash.
    return (await q.execute()).map((r) => ({ id: r.id, start: 0, end: 0, leaves: [], kind: 'booking' as const, personKey: key, bookingStart: Date.parse(r.start_at) }));
  }

  async function insertOccupancy(trx: Transaction<Database>, ownerId: string, leaves: readonly string[], start: number, end: number): Promise<void> {
    await trx.insertInto('booking_occupancy').values(leaves.map((leaf) => ({ owner_id: ownerId, leaf_id: leaf, start_ms: start, end_ms: end }))).execute();
  }

  function isExclusionViolation(error: unknown): boolean {
    return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23P01';
  }

  const fieldsOf = (input: BookInput): Partial<Record<FormField, unknown>> => ({
    name: input.name,
    email: input.email,
    phone: input.phone,
    organisation: input.organisation,
    purpose: input.purpose,
    description: input.description,
    attendees: input.attendees,
  });

  function mailFor(row: BookingRow, resource: Resource, unitName: string, code: string | null, event: MailEvent) {
    const lang = row.lang as 'fi' | 'sv' | 'en';
    const start = Date.parse(row.start_at);
    const end = Date.parse(row.end_at);
    const when = `${formatWall(start).replace('T', ' ')}–${formatWall(end).slice(11)}`;
    // The manage page in the booking's language (served by the demo routes); the code only in the fragment.
    const link = deps.publicUrl && code ? `${deps.publicUrl}/${MANAGE_PAGES[lang] ?? 'varaus'}/${row.id}#code=${code}` : '';
    const body = code && (event === 'approved' || event === 'moved' || event === 'cancelled') ? (`booking.mail.${event}Code.body` as const) : (`booking.mail.${event}.body` as const);
    const mail = renderMail(bookingServerMessages, { subject: `booking.mail.${event === 'approved' ? 'confirmed' : event}.subject`, body }, lang, {
      name: row.name ?? '',
      space: resource.name[lang],
      unit: unitName,
      when,
      code: code ?? '',
      link,
      reason: row.deny_reason ?? '',
      city: deps.cityName,
    });
    // Every mail but a denial carries the booking's one event (uid `<id>@kohtaamo`), its SEQUENCE the
    // booking's version: a move updates the entry a calendar already has, a cancellation (METHOD:CANCEL,
    // STATUS:CANCELLED) removes it.
    const method = event === 'cancelled' ? 'CANCEL' : 'PUBLISH';
    const attachments =
      event !== 'denied'
        ? [
            {
              filename: 'varaus.ics',
              contentType: `text/calendar; method=${method}; charset=utf-8`,
              content: bookingIcsCalendar({
                method,
                stamp: clock().getTime(),
                events: [
                  {
                    uid: `${row.id}@kohtaamo`,
                    start,
                    end,
                    summary: `${resource.name[lang]}, ${unitName}`,
                    location: unitName,
                    ...(link ? { url: link } : {}),
                    status: event === 'cancelled' ? 'CANCELLED' : row.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
                    sequence: Number(row.version),
                  },
                ],
              }),
            },
          ]
        : [];
    return { domain: 'booking', subjectId: row.id, dedupeKey: `booking:${row.id}:${event}:${row.version}`, to: row.email ?? '', ...mail, attachments };
  }

  async function unitName(trx: Transaction<Database> | Kysely<Database>, unitId: string, lang: 'fi' | 'sv' | 'en'): Promise<string> {
    const row = await trx.selectFrom('booking_units').select(['name_fi', 'name_sv', 'name_en']).where('id', '=', unitId).executeTakeFirst();
    return row ? row[`name_${lang}`] : unitId;
  }

  /**
   * The manage code of a booking (or of a series): derived from its id with the server secret
   * (HMAC-SHA-256), and stored only hashed. Nobody can compute it from the database alone, yet
   * the server can mail it again when staff approve a request (ADR 0057).
   */
  function codeOf(id: string): string {
    const bytes = createHmac('sha256', deps.secret).update(`booking-manage-code:${id}`).digest();
    let at = 0;
    return MANAGE_CODES.generate((a) => {
      for (let i = 0; i < a.length; i++) a[i] = bytes[at++ % bytes.length]!;
      return a;
    });
  }

  /**
   * A booking, at most once per Idempotency-Key (ADR 0004, the platform's keys): a retry after
   * a lost answer gets the same booking. The manage code is derived from the booking's id with
   * the server secret (codeOf), so the stored answer holds no code and a replay derives it again.
   */
  async function book(input: BookInput, idempotency: IdempotentRequest | null = null): Promise<BookOutcome | { kind: 'replay'; body: string; manageCode: string } | { kind: 'mismatch' }> {
    try {
      const outcome = await runIdempotent(db, idempotency, async (trx) => {
        const result = await bookIn(trx, input);
        return { result, response: { status: 201, body: result.kind === 'created' ? JSON.stringify(bookingView(result.booking)) : '{}' } };
      }, { clock });
      if (outcome.kind === 'mismatch') return { kind: 'mismatch' };
      if (outcome.kind === 'replay') return { kind: 'replay', body: outcome.response.body, manageCode: codeOf(String((JSON.parse(outcome.response.body) as { id?: unknown }).id ?? '')) };
      return outcome.result;
    } catch (error) {
      if (error instanceof Rollback) return error.outcome as BookOutcome;
      if (isExclusionViolation(error)) return { kind: 'violation', violation: { rule: 'conflict.booking', params: {}, pointer: '/start' } };
      throw error;
    }
  }

  async function bookIn(trx: Transaction<Database>, input: BookInput): Promise<BookOutcome> {
    {
      return await (async (): Promise<BookOutcome> => {
        const found = await resourceOf(trx, input.resourceId);
        if (!found) return { kind: 'notFound' };
        const { resource, leaves, capacity, hours } = found;
        await lockLeaves(trx, leaves);
        const now = clock().getTime();
        const key = personKey(input.email);
        // The per-person limit on PostgreSQL: one writer per person and resource at a time, so two
        // bookings sent at once cannot both see the count below the limit (SQLite: BEGIN IMMEDIATE).
        if (kind === 'postgresql' && resource.rules.maxActivePerPerson !== null) await sql`select pg_advisory_xact_lock(hashtextextended(${`booking-person:${resource.id}:${key}`}, 0))`.execute(trx);
        const mine = occupancyOf(input.start, input.end, resource.rules);
        const occupied = [...(await occupiedNear(trx, leaves, mine.start, mine.end, null)), ...(await activeOfPerson(trx, resource.id, key, now, null))];
        const staff = Boolean(input.onBehalfBy);
        const violation = validateBooking(
          { resource, hours, leaves, capacity, now, occupied },
          { start: input.start, end: input.end, personKey: key, fields: fieldsOf(input), ...(input.attendees !== undefined ? { attendees: input.attendees } : {}), staff },
        );
        if (violation) throw new Rollback<BookOutcome>({ kind: 'violation', violation });
        const id = newId('b');
        const code = codeOf(id);
        const at = clock().toISOString();
        const row: BookingRow = {
          id,
          resource_id: resource.id,
          unit_id: resource.unitId,
          series_id: null,
          status: resource.rules.handlingRequired && !staff ? 'pending' : 'confirmed',
          start_at: iso(input.start),
          end_at: iso(input.end),
          name: input.name,
          email: input.email,
          phone: input.phone ?? null,
          organisation: input.organisation ?? null,
          purpose: input.purpose ?? null,
          description: input.description ?? null,
          attendees: input.attendees ?? null,
          discount_group: input.discountGroup ?? null,
          price_cents: priceOf(resource, (input.end - input.start) / 60_000, input.discountGroup),
          lang: input.lang,
          person_key: key,
          manage_code_hash: hashCode(code),
          on_behalf_by: input.onBehalfBy ?? null,
          handled_by: null,
          handled_at: null,
          deny_reason: null,
          version: 1,
          created_at: at,
          updated_at: at,
          anonymised_at: null,
        };
        await trx.insertInto('booking_bookings').values(row).execute();
        await insertOccupancy(trx, id, leaves, mine.start, mine.end);
        await enqueueMail(trx, mailFor(row, resource, await unitName(trx, resource.unitId, input.lang), code, row.status === 'pending' ? 'received' : 'confirmed'), clock());
        return { kind: 'created', booking: row, manageCode: code };
      })();
    }
  }

  async function series(input: Omit<BookInput, 'start' | 'end'> & { start: string; durationMinutes: number; rrule: string }): Promise<SeriesOutcome> {
    try {
      return await writeTransaction(db, async (trx): Promise<SeriesOutcome> => {
        const found = await resourceOf(trx, input.resourceId);
        if (!found) return { kind: 'notFound' };
        const { resource, leaves, capacity, hours } = found;
        await lockLeaves(trx, leaves);
        const now = clock().getTime();
        const key = personKey(input.email);
        const staff = Boolean(input.onBehalfBy);
        // The whole span of the series: read once, then add each accepted occurrence.
        const occupied = [...(await occupiedNear(trx, leaves, now - 86_400_000, now + 800 * 86_400_000, null))];
        const seriesId = newId('s');
        const code = codeOf(seriesId);
        const accepted: BookingRow[] = [];
        let result;
        try {
          result = materialiseSeries(
            { start: input.start, durationMinutes: input.durationMinutes, rrule: input.rrule },
            (o) =>
              validateBooking(
                { resource, hours, leaves, capacity, now, occupied },
                // A series counts as one booking towards the active limit: the person key is left out.
                { start: o.start, end: o.end, fields: fieldsOf({ ...input, start: o.start, end: o.end }), ...(input.attendees !== undefined ? { attendees: input.attendees } : {}), staff },
              ),
            (o) => occupied.push({ ...occupancyOf(o.start, o.end, resource.rules), leaves, kind: 'booking' }),
          );
        } catch (error) {
          return { kind: 'invalidRule', message: error instanceof Error ? error.message : String(error) };
        }
        const at = clock().toISOString();
        const status = resource.rules.handlingRequired && !staff ? 'pending' : 'confirmed';
        for (const o of result.accepted) {
          const row: BookingRow = {
            id: newId('b'),
            resource_id: resource.id,
            unit_id: resource.unitId,
            series_id: seriesId,
            status,
            start_at: iso(o.start),
            end_at: iso(o.end),
            name: input.name,
            email: input.email,
            phone: input.phone ?? null,
            organisation: input.organisation ?? null,
            purpose: input.purpose ?? null,
            description: input.description ?? null,
            attendees: input.attendees ?? null,
            discount_group: input.discountGroup ?? null,
            price_cents: priceOf(resource, input.durationMinutes, input.discountGroup),
            lang: input.lang,
            person_key: key,
            manage_code_hash: hashCode(code),
            on_behalf_by: input.onBehalfBy ?? null,
            handled_by: null,
            handled_at: null,
            deny_reason: null,
            version: 1,
            created_at: at,
            updated_at: at,
            anonymised_at: null,
          };
          await trx.insertInto('booking_bookings').values(row).execute();
          const occ = occupancyOf(o.start, o.end, resource.rules);
          await insertOccupancy(trx, row.id, leaves, occ.start, occ.end);
          accepted.push(row);
        }
        return {
          kind: 'created',
          seriesId,
          manageCode: code,
          accepted,
          rejected: result.rejected.map((r) => ({ date: r.date, start: iso(r.start), end: iso(r.end), rule: r.violation.rule, params: { ...r.violation.params } })),
        };
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome as SeriesOutcome;
      if (isExclusionViolation(error)) return { kind: 'invalidRule', message: 'conflict' };
      throw error;
    }
  }

  type Change =
    | { kind: 'notFound' }
    | { kind: 'badCode' }
    | { kind: 'deadline' }
    | { kind: 'state'; status: string }
    | { kind: 'violation'; violation: BookingViolation }
    | { kind: 'stale'; version: number }
    | { kind: 'ok'; booking: BookingRow };

  /** Runs a change of one booking in a transaction, after checking the code (resident) or nothing (staff). */
  async function changeBooking(
    id: string,
    who: { code: string } | { staff: string },
    work: (trx: Transaction<Database>, row: BookingRow) => Promise<Change>,
    options: { expectVersion?: number } = {},
  ): Promise<Change> {
    try {
      return await writeTransaction(db, async (trx) => {
        const row = await trx.selectFrom('booking_bookings').selectAll().where('id', '=', id).executeTakeFirst();
        if ('code' in who && !codeFits(row?.manage_code_hash, who.code)) return { kind: row ? 'badCode' : 'notFound' } as Change;
        if (!row) return { kind: 'notFound' } as Change;
        if (options.expectVersion !== undefined && Number(row.version) !== options.expectVersion) return { kind: 'stale', version: Number(row.version) } as Change;
        return work(trx, row);
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome as Change;
      if (isExclusionViolation(error)) return { kind: 'violation', violation: { rule: 'conflict.booking', params: {}, pointer: '/start' } };
      throw error;
    }
  }

  async function setStatus(trx: Transaction<Database>, row: BookingRow, status: BookingStatus, extra: Partial<BookingRow> = {}): Promise<BookingRow> {
    const at = clock().toISOString();
    const next = { ...row, ...extra, status, version: Number(row.version) + 1, updated_at: at };
    await trx
      .updateTable('booking_bookings')
      .set({ ...extra, status, version: next.version, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    if (status === 'cancelled' || status === 'denied') await trx.deleteFrom('booking_occupancy').where('owner_id', '=', row.id).execute();
    return next;
  }

  /**
   * A mail about a booking after it was made. The approval, the move and the cancellation repeat
   * the booking's code and manage link when the stored hash is of the code derived from the
   * booking's (or its series') id; a code made otherwise cannot be known again, and the mail says
   * where it is instead. A denial has nothing left to manage.
   */
  async function mailAbout(trx: Transaction<Database>, row: BookingRow, event: Exclude<MailEvent, 'received' | 'confirmed'>) {
    if (!row.email) return;
    const found = await resourceOf(trx, row.resource_id);
    if (!found) return;
    const derived = event === 'denied' ? '' : codeOf(row.series_id ?? row.id);
    const code = derived && codeFits(row.manage_code_hash, derived) ? derived : null;
    await enqueueMail(trx, mailFor(row, found.resource, await unitName(trx, row.unit_id, row.lang as 'fi'), code, event), clock());
  }

  return {
    register,
    cityName: deps.cityName,
    resourceOf: (resourceId: string) => resourceOf(db, resourceId),
    occupiedNear: (leaves: readonly string[], from: number, to: number) => occupiedNear(db, leaves, from, to, null),
    book,
    series,
    personKey,
    hoursOf,

    async booking(id: string): Promise<BookingRow | undefined> {
      return db.selectFrom('booking_bookings').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Checks a manage code against a booking; the row when it fits. */
    async withCode(id: string, code: string): Promise<BookingRow | 'badCode' | undefined> {
      const row = await db.selectFrom('booking_bookings').selectAll().where('id', '=', id).executeTakeFirst();
      if (!codeFits(row?.manage_code_hash, code)) return row ? 'badCode' : undefined;
      return row;
    },

    cancel(id: string, who: { code: string } | { staff: string }): Promise<Change> {
      return changeBooking(id, who, async (trx, row) => {
        if (row.status !== 'pending' && row.status !== 'confirmed') return { kind: 'state', status: row.status };
        const found = await resourceOf(trx, row.resource_id);
        if ('code' in who && found && !canStillCancel(found.resource.rules, Date.parse(row.start_at), clock().getTime())) return { kind: 'deadline' };
        const next = await setStatus(trx, row, 'cancelled');
        await mailAbout(trx, next, 'cancelled');
        return { kind: 'ok', booking: next };
      });
    },

    /** Moves a booking to a new time (the resident with the code, before the deadline). */
    reschedule(id: string, who: { code: string } | { staff: string }, start: number, end: number): Promise<Change> {
      return changeBooking(id, who, async (trx, row) => {
        if (row.status !== 'pending' && row.status !== 'confirmed') return { kind: 'state', status: row.status };
        const found = await resourceOf(trx, row.resource_id);
        if (!found) return { kind: 'notFound' };
        const { resource, leaves, capacity, hours } = found;
        const now = clock().getTime();
        if ('code' in who && !canStillCancel(resource.rules, Date.parse(row.start_at), now)) return { kind: 'deadline' };
        await lockLeaves(trx, leaves);
        const mine = occupancyOf(start, end, resource.rules);
        const occupied = [
          ...(await occupiedNear(trx, leaves, mine.start, mine.end, row.id)),
          ...(row.person_key ? await activeOfPerson(trx, resource.id, row.person_key, now, row.id) : []),
        ];
        const violation = validateBooking(
          { resource, hours, leaves, capacity, now, occupied },
          { start, end, personKey: row.person_key, replaces: row.id, staff: 'staff' in who, fields: { name: row.name, email: row.email, phone: row.phone, organisation: row.organisation, purpose: row.purpose, description: row.description, attendees: row.attendees } },
        );
        if (violation) throw new Rollback<Change>({ kind: 'violation', violation });
        await trx.deleteFrom('booking_occupancy').where('owner_id', '=', row.id).execute();
        await insertOccupancy(trx, row.id, leaves, mine.start, mine.end);
        const status = resource.rules.handlingRequired && !('staff' in who) ? 'pending' : (row.status as BookingStatus);
        const next = await setStatus(trx, row, status, { start_at: iso(start), end_at: iso(end), price_cents: priceOf(resource, (end - start) / 60_000, row.discount_group ?? undefined) });
        await mailAbout(trx, next, 'moved');
        return { kind: 'ok', booking: next };
      });
    },

    approve(id: string, staffId: string, version?: number): Promise<Change> {
      return changeBooking(
        id,
        { staff: staffId },
        async (trx, row) => {
          if (row.status !== 'pending') return { kind: 'state', status: row.status };
          const next = await setStatus(trx, row, 'confirmed', { handled_by: staffId, handled_at: clock().toISOString() });
          await mailAbout(trx, next, 'approved');
          return { kind: 'ok', booking: next };
        },
        version === undefined ? {} : { expectVersion: version },
      );
    },

    deny(id: string, staffId: string, reason: string, version?: number): Promise<Change> {
      return changeBooking(
        id,
        { staff: staffId },
        async (trx, row) => {
          if (row.status !== 'pending') return { kind: 'state', status: row.status };
          const next = await setStatus(trx, row, 'denied', { handled_by: staffId, handled_at: clock().toISOString(), deny_reason: reason });
          await mailAbout(trx, next, 'denied');
          return { kind: 'ok', booking: next };
        },
        version === undefined ? {} : { expectVersion: version },
      );
    },

    /** A staff block on a space (and so on all its leaves); refused over a live booking. */
    async block(input: { spaceId: string; start: number; end: number; reason: string; by: string | null }): Promise<{ kind: 'notFound' } | { kind: 'conflict'; with: string[] } | { kind: 'ok'; id: string }> {
      try {
        return await writeTransaction(db, async (trx) => {
          const space = await trx.selectFrom('booking_spaces').selectAll().where('id', '=', input.spaceId).executeTakeFirst();
          if (!space) return { kind: 'notFound' as const };
          const spaces = (await trx.selectFrom('booking_spaces').selectAll().where('unit_id', '=', space.unit_id).execute()).map(spaceFromRow);
          const leaves = new SpaceTree(spaces).leavesOf(space.id);
          await lockLeaves(trx, leaves);
          const clash = await occupiedNear(trx, leaves, input.start, input.end, null);
          if (clash.length > 0) return { kind: 'conflict' as const, with: clash.map((c) => c.id!) };
          const id = newId('k');
          await trx
            .insertInto('booking_blocks')
            .values({ id, unit_id: space.unit_id, space_id: space.id, start_at: iso(input.start), end_at: iso(input.end), reason: input.reason, created_by: input.by, created_at: clock().toISOString() })
            .execute();
          await insertOccupancy(trx, id, leaves, input.start, input.end);
          return { kind: 'ok' as const, id };
        });
      } catch (error) {
        if (isExclusionViolation(error)) return { kind: 'conflict', with: [] };
        throw error;
      }
    },

    async unblock(id: string): Promise<boolean> {
      return writeTransaction(db, async (trx) => {
        const gone = await trx.deleteFrom('booking_blocks').where('id', '=', id).executeTakeFirst();
        await trx.deleteFrom('booking_occupancy').where('owner_id', '=', id).execute();
        return Number(gone.numDeletedRows) > 0;
      });
    },

    /** The blocks of a unit meeting [from, to), by start. */
    async blocksOf(unitId: string, from: number, to: number) {
      const rows = await db
        .selectFrom('booking_blocks')
        .select(['id', 'space_id', 'start_at', 'end_at', 'reason'])
        .where('unit_id', '=', unitId)
        .where('start_at', '<', iso(to))
        .where('end_at', '>', iso(from))
        .orderBy('start_at')
        .execute();
      return rows.map((r) => ({ id: r.id, spaceId: r.space_id, start: r.start_at, end: r.end_at, reason: r.reason ?? '' }));
    },

    async blockUnit(id: string): Promise<string | null> {
      return (await db.selectFrom('booking_blocks').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;
    },

    async bookingUnit(id: string): Promise<string | null> {
      return (await db.selectFrom('booking_bookings').select('unit_id').where('id', '=', id).executeTakeFirst())?.unit_id ?? null;
    },

    /** The staff queue: bookings of the units in scope, oldest first, keyset pages. */
    async queue(options: { units: 'all' | readonly string[]; status?: string; unit?: string; resource?: string; cursor?: string; limit: number; from?: string; to?: string }) {
      let q = db.selectFrom('booking_bookings').selectAll();
      if (options.units !== 'all') q = q.where('unit_id', 'in', options.units.length ? [...options.units] : ['\u0000']);
      if (options.unit) q = q.where('unit_id', '=', options.unit);
      if (options.resource) q = q.where('resource_id', '=', options.resource);
      if (options.status) q = q.where('status', '=', options.status);
      if (options.from) q = q.where('start_at', '>=', options.from);
      if (options.to) q = q.where('start_at', '<', options.to);
      const total = Number((await q.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
      let page = q.orderBy('created_at').orderBy('id').limit(options.limit + 1);
      if (options.cursor) {
        const [at, id] = Buffer.from(options.cursor, 'base64url').toString().split('|');
        page = page.where((eb) => eb.or([eb('created_at', '>', at!), eb.and([eb('created_at', '=', at!), eb('id', '>', id!)])]));
      }
      const rows = await page.execute();
      const more = rows.length > options.limit;
      const items = rows.slice(0, options.limit);
      const last = items[items.length - 1];
      return { items: items.map(bookingView), total, next: more && last ? Buffer.from(`${last.created_at}|${last.id}`).toString('base64url') : null };
    },

    /**
     * Confirmed bookings overlapping two instants, one string of times per resource, for the
     * public figures: read on the reader (booking.figures.ts).
     */
    confirmedTimes(from: number, to: number): Promise<ResourceTimes[]> {
      return confirmedTimes(deps.reader ?? db, kind, iso(from), iso(to));
    },
  };
}

export type BookingRepository = ReturnType<typeof createBookingRepository>;

/** Retention: personal data of bookings that ended before the cutoff goes; times and spaces stay for the figures. */
export async function anonymiseBookingsBefore(db: Kysely<Database>, cutoff: Date, now: Date): Promise<number> {
  const result = await db
    .updateTable('booking_bookings')
    .set({ name: null, email: null, phone: null, organisation: null, purpose: null, description: null, person_key: null, manage_code_hash: null, anonymised_at: now.toISOString() })
    .where('end_at', '<', cutoff.toISOString())
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  // Seasonal applications (ADR 0040): contacts go once the round's season has ended before the cutoff.
  const ended = db.selectFrom('booking_rounds').select('id').where('period_end', '<', cutoff.toISOString().slice(0, 10));
  const applications = await db
    .updateTable('booking_applications')
    .set({ name: null, email: null, phone: null, purpose: null, anonymised_at: now.toISOString() })
    .where('round_id', 'in', ended)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) + Number(applications.numUpdatedRows);
}
