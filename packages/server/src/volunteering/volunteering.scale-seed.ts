/**
 * City-scale volunteering for measuring (issue 13): associations' work parties (talkoot) with
 * a shift most weeks over `years` years, and `size` sign-ups on them, reproducible from a seed
 * (ids and manage-code hashes included). Each shift keeps its promises as the repository does:
 * attending seats within its capacity, a waiting list within its own, arrival order numbered
 * 1, 2, … per shift; some cancelled, past shifts checked in with hours approved. Sign-ups of
 * shifts older than a year are anonymised, as retention would. Multi-row inserts of 400, 25 per
 * transaction. Run through `npm run seed:scale`.
 */
import { mulberry32, OpportunityInputSchema, ShiftInputSchema } from '@kohtaamo/core';
import type { Insertable, Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import type { ScaleSeedOptions } from '../platform/module.js';
import type { VolunteeringShiftTable, VolunteeringSignupTable } from './volunteering.tables.js';
import './volunteering.tables.js';

const DAY = 86_400_000;
const ASSOCIATIONS = 12;
const BATCH = 400;
const BATCHES_PER_TRANSACTION = 25;
const AREAS = ['keskusta', 'ita', 'lansi', 'pohjoinen', 'etela'];
const NAMES = ['Aino', 'Eero', 'Helmi', 'Juho', 'Kerttu', 'Lauri', 'Maija', 'Oskari', 'Saga', 'Viljami', 'Elsa', 'Noah'];

/** Writes `size` sign-ups (exactly) over weekly shifts of 12 associations. Does nothing when the generator's first association exists. */
export async function seedVolunteeringAtScale(db: Kysely<Database>, options: ScaleSeedOptions): Promise<{ shifts: number; signups: number }> {
  if (await db.selectFrom('organisations').select('id').where('id', '=', 'scale-assoc-1').executeTakeFirst()) return { shifts: 0, signups: 0 };
  const random = mulberry32(options.seed ^ 0x7a1c_0f5e);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 256).toString(16).padStart(2, '0')).join('');
  const iso = options.now.toISOString();
  const start = options.now.getTime() - options.years * 365 * DAY;
  // About 22 sign-ups a shift: as many shifts as that needs, spread over the associations and the years.
  const shiftCount = Math.max(1, Math.ceil(options.size / 22));
  const perAssociation = Math.ceil(shiftCount / ASSOCIATIONS);
  const spacing = (options.years * 365 * DAY) / perAssociation;

  const opportunities: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (let a = 1; a <= ASSOCIATIONS; a++) {
      const org = `scale-assoc-${a}`;
      await trx.insertInto('organisations').values({ id: org, name: `Kaupunginosayhdistys ${a} ry`, kind: 'association', created_at: new Date(start).toISOString(), disabled_at: null }).execute();
      const f = v.parse(OpportunityInputSchema, {
        kind: 'talkoot',
        status: 'published',
        title: { fi: `Korttelitalkoot ${a}`, sv: `Kvarterstalko ${a}`, en: `Block work party ${a}` },
        description: { fi: 'Siivotaan puistot ja pihat yhdessä, kahvit tarjolla.', sv: 'Vi städar parker och gårdar tillsammans, kaffe bjuds.', en: 'We tidy the parks and yards together, coffee served.' },
        themes: ['neighbourhood'],
        area: AREAS[a % AREAS.length],
        location: { name: `Korttelipuisto ${a}`, address: `Puistotie ${a}` },
        contact: { name: `Kaupunginosayhdistys ${a} ry`, email: `talkoot${a}@yhdistys.example` },
      });
      const { kind, area, status, ...content } = f;
      const id = `o-scale-${a}`;
      opportunities.push(id);
      await trx.insertInto('volunteering_opportunities').values({ id, organisation_id: org, kind, status, area, content_json: JSON.stringify(content), created_at: iso, updated_at: iso }).execute();
    }
  });

  let written = 0;
  let shifts = 0;
  let batches: Insertable<VolunteeringSignupTable>[][] = [];
  let batch: Insertable<VolunteeringSignupTable>[] = [];
  const flush = async () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    const pending = batches;
    batches = [];
    if (pending.length === 0) return;
    await db.transaction().execute(async (trx) => {
      for (const b of pending) await trx.insertInto('volunteering_signups').values(b).execute();
    });
    options.progress?.(written);
  };
  const shiftRows: Insertable<VolunteeringShiftTable>[] = [];
  for (let s = 0; s < shiftCount && written < options.size; s++) {
    const a = s % ASSOCIATIONS;
    const k = Math.floor(s / ASSOCIATIONS);
    const startsAt = new Date(start + k * spacing + a * 3_600_000 * 5 + 7 * 3_600_000);
    const shift = v.parse(ShiftInputSchema, {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      capacity: 15 + Math.floor(random() * 16),
      waitingListCapacity: 5 + Math.floor(random() * 6),
      maxGroupSize: 4,
    });
    const id = `s-scale-${String(s + 1).padStart(7, '0')}`;
    const past = startsAt.getTime() < options.now.getTime();
    shiftRows.push({ id, opportunity_id: opportunities[a]!, starts_at: shift.startsAt, ends_at: shift.endsAt, capacity: shift.capacity, minimum_attendees: shift.minimumAttendees, waiting_list_capacity: shift.waitingListCapacity, max_group_size: shift.maxGroupSize, roles_json: JSON.stringify(shift.roles), status: 'open', reminder_sent_at: past ? shift.startsAt : null, created_at: new Date(startsAt.getTime() - 30 * DAY).toISOString() });
    shifts++;
    // Sign-ups in order of arrival: attending while seats last, then the waiting list; a few cancel.
    const remaining = options.size - written;
    const wanted = s === shiftCount - 1 ? remaining : Math.min(remaining, Math.round(22 * (0.6 + random() * 0.8)));
    let seats = 0;
    let waiting = 0;
    const anonymised = startsAt.getTime() < options.now.getTime() - 365 * DAY;
    for (let q = 1; q <= wanted; q++) {
      const group = random() < 0.8 ? 1 : 2 + Math.floor(random() * 3);
      let status: string;
      if (random() < 0.08) status = 'cancelled';
      else if (seats + group <= shift.capacity) status = 'attending';
      else if (waiting + group <= shift.waitingListCapacity) status = 'waiting';
      else status = 'cancelled'; // turned away: recorded as a cancelled attempt
      if (status === 'attending') seats += group;
      if (status === 'waiting') waiting += group;
      const queuedAt = new Date(startsAt.getTime() - (1 + random() * 20) * DAY).toISOString();
      const name = NAMES[Math.floor(random() * NAMES.length)]!;
      const code = hex(32);
      batch.push({
        id: hex(16),
        shift_id: id,
        status,
        group_size: group,
        queued_at: queuedAt,
        queue_no: q,
        name: anonymised ? '' : `${name} ${q}`,
        email: anonymised ? '' : `${name.toLowerCase()}.${code.slice(0, 8)}@example.fi`,
        phone: '',
        age: null,
        role_id: null,
        guardian_name: '',
        guardian_consent_at: null,
        lang: random() < 0.9 ? 'fi' : random() < 0.5 ? 'sv' : 'en',
        manage_code_hash: anonymised ? null : code,
        sequence: 0,
        checked_in: past && status === 'attending' && random() < 0.85 ? 1 : 0,
        hours: past && status === 'attending' ? 3 : null,
        hours_approved: past && status === 'attending' ? 1 : 0,
        record_seen_at: null,
        record_seen_by: null,
        anonymised_at: anonymised ? new Date(startsAt.getTime() + 365 * DAY).toISOString() : null,
        created_at: queuedAt,
        updated_at: queuedAt,
      });
      written++;
      if (batch.length === BATCH) {
        batches.push(batch);
        batch = [];
        if (batches.length === BATCHES_PER_TRANSACTION) {
          // Shifts before their sign-ups.
          await insertShifts(db, shiftRows.splice(0));
          await flush();
        }
      }
    }
  }
  await insertShifts(db, shiftRows.splice(0));
  await flush();
  return { shifts, signups: written };
}

async function insertShifts(db: Kysely<Database>, rows: Insertable<VolunteeringShiftTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('volunteering_shifts').values(rows.slice(i, i + 200)).execute();
}
