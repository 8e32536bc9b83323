import { formatWall, parseWall, type Resource, type Space } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { CityConfig } from '../platform/platform.config.js';
import type { BookingRepository } from './booking.repository.js';
import { upsertUnitRegister } from './booking.register.js';

/**
 * The demo's shared living rooms (issue 12): the city library with its open café, reading
 * hall and two meeting rooms; the youth space HeiMo; a school gym whose halves can be booked
 * alone or together in the evenings. Names come from the city's name; places lie around the
 * city's map centre. Idempotent: the register is upserted, demo bookings made once.
 */
const place = (city: CityConfig) => city.name.split(/\s+/)[0]?.replace(/n$/, '') ?? city.name;
const genitive = (city: CityConfig) => city.name.split(/\s+/)[0] ?? city.name;

const access = (stepFree = true, toilet = true, loop = false) => ({ stepFree, accessibleToilet: toilet, inductionLoop: loop });
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const LIBRARY_HOURS: Resource['openingHours'] = {
  periods: [
    { kind: 'normal', name: 'all year', spans: [{ weekdays: [1, 2, 3, 4], start: '09:00', end: '20:00' }, { weekdays: [5], start: '09:00', end: '18:00' }, { weekdays: [6], start: '10:00', end: '15:00' }] },
    { kind: 'normal', name: 'summer', start: '2027-06-01', end: '2027-08-15', spans: [{ weekdays: [1, 2, 3, 4, 5], start: '10:00', end: '18:00' }] },
  ],
};
const YOUTH_HOURS: Resource['openingHours'] = { periods: [{ kind: 'normal', spans: [{ weekdays: [2, 3, 4], start: '14:00', end: '21:00' }, { weekdays: [5], start: '16:00', end: '01:00' }] }] };
const GYM_HOURS: Resource['openingHours'] = { periods: [{ kind: 'normal', spans: [{ weekdays: [1, 2, 3, 4, 5], start: '17:00', end: '22:00' }, { weekdays: [6, 7], start: '09:00', end: '21:00' }] }] };

const rules = (over: Partial<Resource['rules']> = {}): Resource['rules'] => ({
  slotMinutes: 30,
  minMinutes: 60,
  maxMinutes: 240,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  bookableDaysAhead: 90,
  minLeadMinutes: 60,
  maxActivePerPerson: 3,
  handlingRequired: false,
  cancellationDeadlineHours: 24,
  ...over,
});
const free = { centsPerHour: 0, discountGroups: [] };
const form = { fields: ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees'] as Resource['form']['fields'], required: ['name', 'email'] as Resource['form']['required'] };

export function demoRegister(city: CityConfig) {
  const c = city.mapCentre ?? { lat: 61.2054, lon: 26.0380 };
  const name = place(city);
  const gen = genitive(city);
  const space = (id: string, unitId: string, parentId: string | null, n: ReturnType<typeof text>, areaM2: number, capacity: number, purposes: Space['purposes'], acc: 'open' | 'bookable', a = access()): Space => ({
    id,
    unitId,
    parentId,
    name: n,
    areaM2,
    capacity,
    purposes,
    accessibility: a,
    access: acc,
  });
  const library = {
    unit: { name: text(`${gen} kirjasto`, `${name} bibliotek`, `${name} Library`), address: 'Kirkkokatu 5', location: { lat: c.lat + 0.001, lon: c.lon - 0.002 }, openingHours: LIBRARY_HOURS },
    spaces: [
      space('library-ground', 'library', null, text('Katutaso', 'Gatuplan', 'Ground floor'), 640, 150, ['meeting-place'], 'open'),
      space('library-cafe', 'library', 'library-ground', text('Kirjastokahvila', 'Bibliotekskafé', 'Library café'), 140, 40, ['cafe', 'meeting-place'], 'open', access(true, true, true)),
      space('library-hall', 'library', 'library-ground', text('Lukusali', 'Läsesal', 'Reading hall'), 380, 80, ['study', 'meeting-place'], 'open', access(true, true, true)),
      space('library-stage', 'library', 'library-ground', text('Tapahtumalava', 'Evenemangsscen', 'Event stage'), 120, 60, ['event'], 'bookable'),
      space('library-rooms', 'library', null, text('Kokoushuoneet', 'Mötesrum', 'Meeting rooms'), 70, 18, [], 'bookable'),
      space('library-room-1', 'library', 'library-rooms', text('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö'), 30, 8, ['meeting-room'], 'bookable', access(true, true, true)),
      space('library-room-2', 'library', 'library-rooms', text('Kokoushuone Kymi', 'Mötesrum Kymi', 'Meeting room Kymi'), 40, 10, ['meeting-room', 'workshop'], 'bookable'),
    ],
    resources: [
      {
        id: 'library-room-1',
        unitId: 'library',
        spaceIds: ['library-room-1'],
        name: text('Kokoushuone Jyränkö', 'Mötesrum Jyränkö', 'Meeting room Jyränkö'),
        description: text('8 hengen kokoushuone, näyttö ja induktiosilmukka.', 'Mötesrum för 8, skärm och induktionsslinga.', 'Room for 8, screen and induction loop.'),
        active: true,
        rules: rules(),
        price: free,
        form,
        openingHours: LIBRARY_HOURS,
      },
      {
        id: 'library-room-2',
        unitId: 'library',
        spaceIds: ['library-room-2'],
        name: text('Kokoushuone Kymi', 'Mötesrum Kymi', 'Meeting room Kymi'),
        active: true,
        rules: rules({ bufferAfterMinutes: 15 }),
        price: { centsPerHour: 1500, discountGroups: [{ id: 'association', name: text('Yhdistys', 'Förening', 'Association'), percent: 100 }] },
        form,
        openingHours: LIBRARY_HOURS,
      },
      {
        id: 'library-rooms-both',
        unitId: 'library',
        spaceIds: ['library-rooms'],
        name: text('Molemmat kokoushuoneet', 'Båda mötesrummen', 'Both meeting rooms'),
        active: true,
        rules: rules({ handlingRequired: true, maxMinutes: 480 }),
        price: free,
        form,
        openingHours: LIBRARY_HOURS,
      },
      {
        id: 'library-stage',
        unitId: 'library',
        spaceIds: ['library-stage'],
        name: text('Tapahtumalava', 'Evenemangsscen', 'Event stage'),
        active: true,
        rules: rules({ handlingRequired: true, bookableDaysAhead: 180, minLeadMinutes: 7 * 24 * 60 }),
        price: free,
        form: { fields: [...form.fields, 'description'], required: ['name', 'email', 'organisation', 'description'] as Resource['form']['required'] },
        openingHours: LIBRARY_HOURS,
      },
    ] as Resource[],
  };
  const youth = {
    unit: { name: text('Nuorisotila HeiMo', 'Ungdomslokalen HeiMo', 'Youth space HeiMo'), address: 'Savontie 10', location: { lat: c.lat - 0.002, lon: c.lon + 0.003 }, openingHours: YOUTH_HOURS },
    spaces: [
      space('heimo-lounge', 'youth-space', null, text('Olohuone', 'Vardagsrum', 'Lounge'), 160, 50, ['youth', 'meeting-place'], 'open'),
      space('heimo-studio', 'youth-space', null, text('Musiikkistudio', 'Musikstudio', 'Music studio'), 25, 6, ['youth', 'workshop'], 'bookable', access(false, false, false)),
    ],
    resources: [
      {
        id: 'heimo-studio',
        unitId: 'youth-space',
        spaceIds: ['heimo-studio'],
        name: text('HeiMon musiikkistudio', 'HeiMos musikstudio', 'HeiMo music studio'),
        active: true,
        rules: rules({ maxMinutes: 180, maxActivePerPerson: 2 }),
        price: free,
        form,
        openingHours: YOUTH_HOURS,
      },
    ] as Resource[],
  };
  const school = {
    unit: { name: text('Kirkonkylän koulu', 'Kyrkbyns skola', 'Kirkonkylä School'), address: 'Koulukatu 2', location: { lat: c.lat + 0.004, lon: c.lon + 0.001 }, openingHours: GYM_HOURS },
    spaces: [
      space('school-gym', 'school', null, text('Liikuntasali', 'Idrottssal', 'Gym'), 600, 80, ['sports'], 'bookable'),
      space('school-gym-a', 'school', 'school-gym', text('Liikuntasali, A-puoli', 'Idrottssal, A-sidan', 'Gym, half A'), 300, 40, ['sports'], 'bookable'),
      space('school-gym-b', 'school', 'school-gym', text('Liikuntasali, B-puoli', 'Idrottssal, B-sidan', 'Gym, half B'), 300, 40, ['sports'], 'bookable'),
    ],
    resources: [
      { id: 'school-gym', unitId: 'school', spaceIds: ['school-gym'], name: text('Koko liikuntasali', 'Hela idrottssalen', 'Whole gym'), active: true, rules: rules({ handlingRequired: true, bookableDaysAhead: 365, maxActivePerPerson: null }), price: { centsPerHour: 2500, discountGroups: [{ id: 'association', name: text('Yhdistys', 'Förening', 'Association'), percent: 100 }, { id: 'youth', name: text('Nuoret', 'Unga', 'Youth'), percent: 50 }] }, form, openingHours: GYM_HOURS },
      { id: 'school-gym-a', unitId: 'school', spaceIds: ['school-gym-a'], name: text('Liikuntasali, A-puoli', 'Idrottssal, A-sidan', 'Gym, half A'), active: true, rules: rules({ bookableDaysAhead: 365, maxActivePerPerson: null }), price: free, form, openingHours: GYM_HOURS },
      { id: 'school-gym-b', unitId: 'school', spaceIds: ['school-gym-b'], name: text('Liikuntasali, B-puoli', 'Idrottssal, B-sidan', 'Gym, half B'), active: true, rules: rules({ bookableDaysAhead: 365, maxActivePerPerson: null }), price: free, form, openingHours: GYM_HOURS },
    ] as Resource[],
  };
  return { library, 'youth-space': youth, school };
}

/** Seeds the demo register and a few bookings around now (a pending one for the console). */
export async function seedBookingDemo(db: Kysely<Database>, repository: BookingRepository, city: CityConfig, now: Date): Promise<void> {
  for (const [unitId, register] of Object.entries(demoRegister(city))) {
    const outcome = await upsertUnitRegister(db, unitId, register, now);
    if (outcome !== 'ok') throw new Error(`booking demo: ${outcome.pointer} ${outcome.detail}`);
  }
  await seedRounds(db, now);
  const any = await db.selectFrom('booking_bookings').select('id').limit(1).executeTakeFirst();
  if (any) return;
  // Demo bookings on the next weekdays, on the hour, where the rules allow them.
  const today = formatWall(now.getTime()).slice(0, 10);
  const base = parseWall(`${today}T00:00`);
  const at = (days: number, hhmm: string) => parseWall(`${formatWall(base + days * 86_400_000).slice(0, 10)}T${hhmm}`);
  const people = [
    { name: 'Aino Demo', email: 'aino@example.fi', organisation: 'Heinolan Latu ry' },
    { name: 'Bertil Demo', email: 'bertil@example.fi', organisation: 'Seniorikerho' },
  ];
  for (let d = 2; d <= 9; d++) {
    const p = people[d % 2]!;
    await repository.book({ resourceId: 'library-room-1', start: at(d, '10:00'), end: at(d, '12:00'), ...p, lang: 'fi', onBehalfBy: 'demo' });
    await repository.book({ resourceId: 'school-gym-a', start: at(d, '18:00'), end: at(d, '19:30'), ...p, lang: 'fi', onBehalfBy: 'demo' });
  }
  // Two requests that need handling, for the staff console (demo/staff-tilat.html): each on the
  // first day from the fifth on that its space is open and free then (weekends, holidays).
  const requests = [
    { resourceId: 'library-rooms-both', from: '13:00', to: '16:00', name: 'Cecilia Demo', email: 'cecilia@example.fi', organisation: 'Kaupunginosayhdistys', purpose: 'Asukasilta', lang: 'sv' as const },
    { resourceId: 'school-gym', from: '20:00', to: '22:00', name: 'Daniel Demo', email: 'daniel@example.fi', organisation: 'Sählyseura', lang: 'en' as const },
  ];
  for (const { from, to, ...request } of requests) {
    for (let d = 5; d < 20; d++) if ((await repository.book({ ...request, start: at(d, from), end: at(d, to) })).kind === 'created') break;
  }
}

/**
 * Two seasonal rounds of the school (ADR 0040, 0053), once: the spring season's applications
 * closed yesterday and wait for staff to allocate them in the console (two associations want
 * the same Tuesday evening), and the autumn season takes applications for a month more.
 */
async function seedRounds(db: Kysely<Database>, now: Date): Promise<void> {
  const any = await db.selectFrom('booking_rounds').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const day = 86_400_000;
  const date = (ms: number) => formatWall(ms).slice(0, 10);
  const t = now.getTime();
  const at = now.toISOString();
  const spring = { id: 'r0000000000de0001', name: 'Kevätkausi / Vårsäsong / Spring season', start: date(t + 21 * day), end: date(t + 105 * day), deadline: new Date(t - day).toISOString() };
  const autumn = { id: 'r0000000000de0002', name: 'Syyskausi / Höstsäsong / Autumn season', start: date(t + 150 * day), end: date(t + 270 * day), deadline: new Date(t + 30 * day).toISOString() };
  for (const r of [spring, autumn]) {
    await db
      .insertInto('booking_rounds')
      .values({ id: r.id, unit_id: 'school', name: r.name, period_start: r.start, period_end: r.end, deadline_at: r.deadline, status: 'open', created_by: null, created_at: at, allocated_by: null, allocated_at: null })
      .execute();
  }
  const applications = [
    { id: 'a0000000000de0001', resource: 'school-gym-a', weekday: 2, start: '18:00', end: '19:30', organisation: 'Heinolan Sähly ry', name: 'Sanna Demo', email: 'sanna@example.fi', purpose: 'Junioreiden harjoitukset', lang: 'fi' },
    { id: 'a0000000000de0002', resource: 'school-gym-a', weekday: 2, start: '18:30', end: '20:00', organisation: 'Kuntoilijat ry', name: 'Kalle Demo', email: 'kalle@example.fi', purpose: null, lang: 'fi' },
    { id: 'a0000000000de0003', resource: 'school-gym-b', weekday: 4, start: '19:00', end: '20:30', organisation: 'Schackklubben', name: 'Stina Demo', email: 'stina@example.fi', purpose: 'Schack och pingis', lang: 'sv' },
  ];
  for (const [i, a] of applications.entries()) {
    await db
      .insertInto('booking_applications')
      .values({
        id: a.id,
        round_id: spring.id,
        resource_id: a.resource,
        weekday: a.weekday,
        start_time: a.start,
        end_time: a.end,
        organisation: a.organisation,
        name: a.name,
        email: a.email,
        phone: null,
        purpose: a.purpose,
        lang: a.lang,
        status: 'submitted',
        reason: null,
        series_id: null,
        accepted_count: 0,
        rejected_occurrences: '[]',
        created_at: new Date(t - (10 - i) * day).toISOString(),
        anonymised_at: null,
      })
      .execute();
  }
}
