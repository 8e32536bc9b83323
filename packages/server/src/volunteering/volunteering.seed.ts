import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { OpportunityInputSchema, ShiftInputSchema, type OpportunityInput, type ShiftInput } from '@kohtaamo/core';
import type { Database } from '../db/database.types.js';
import type { CityConfig } from '../platform/platform.config.js';
import { movePoint } from '@kohtaamo/core';
import { addGrant } from '../platform/auth/grants.js';
import { registerToken } from '../platform/staff/staff.repository.js';
import './volunteering.tables.js';

/** The demo association of the issue: the sign-up form on its own page. */
export const DEMO_ASSOCIATION = { id: 'heinolan-latu', name: 'Heinolan Latu ry' } as const;
/** Stable ids, so the demo page can name the shift it embeds. */
export const DEMO_IDS = { skiTrack: 'o-demo-latu-talkoot', skiShift: 's-demo-latu-1', skiShift2: 's-demo-latu-2', cityPark: 'o-demo-puistotalkoot', cityShift: 's-demo-puisto-1', proposal: 't-demo-proposal-1' } as const;

const DAY = 86_400_000;

/** The next Saturday at least `days` ahead, `hour` o'clock in Helsinki (UTC+2/+3: written as UTC−2, close enough for a demo). */
function saturday(now: Date, days: number, hour: number): Date {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7));
  d.setUTCHours(hour - 2, 0, 0, 0);
  return d;
}

/**
 * The volunteering demo, relative to `now` (idempotent): Heinolan Latu ry's ski-track talkoot
 * with two shifts (one nearly full, with a waiting list), the city's park talkoot approved from
 * a resident's proposal, and one proposal waiting for the city. Places near the city's map centre.
 */
export async function seedVolunteeringDemo(db: Kysely<Database>, city: CityConfig, now: Date): Promise<void> {
  if (await db.selectFrom('volunteering_opportunities').select('id').where('id', '=', DEMO_IDS.skiTrack).executeTakeFirst()) return;
  if (!(await db.selectFrom('organisations').select('id').where('id', '=', DEMO_ASSOCIATION.id).executeTakeFirst())) {
    await db.insertInto('organisations').values({ ...DEMO_ASSOCIATION, kind: 'association', created_at: now.toISOString(), disabled_at: null }).execute();
  }
  const centre = city.mapCentre ? { lat: city.mapCentre.lat, lon: city.mapCentre.lon } : null;
  const at = (north: number, east: number) => (centre ? movePoint(centre, north, east) : {});
  const town = city.name.split(/\s+/)[0] ?? city.name;
  const iso = now.toISOString();

  const insertOpportunity = async (id: string, organisation: string, input: OpportunityInput) => {
    const f = v.parse(OpportunityInputSchema, input);
    const { kind, area, status, ...content } = f;
    await db.insertInto('volunteering_opportunities').values({ id, organisation_id: organisation, kind, status, area, content_json: JSON.stringify(content), created_at: iso, updated_at: iso }).execute();
  };
  const insertShift = async (id: string, opportunity: string, input: ShiftInput) => {
    const s = v.parse(ShiftInputSchema, input);
    await db
      .insertInto('volunteering_shifts')
      .values({ id, opportunity_id: opportunity, starts_at: s.startsAt, ends_at: s.endsAt, capacity: s.capacity, minimum_attendees: s.minimumAttendees, waiting_list_capacity: s.waitingListCapacity, max_group_size: s.maxGroupSize, roles_json: JSON.stringify(s.roles), status: 'open', reminder_sent_at: null, created_at: iso })
      .execute();
  };

  const skiStart = saturday(now, 7, 10);
  await insertOpportunity(DEMO_IDS.skiTrack, DEMO_ASSOCIATION.id, {
    kind: 'talkoot',
    title: { fi: 'Latupohjien raivaustalkoot', sv: 'Röjningstalko för skidspåren', en: 'Ski track clearing work party' },
    description: {
      fi: 'Raivataan risut ja kaatuneet puut latupohjilta ennen lumia. Latu tarjoaa makkarat ja kahvit.',
      sv: 'Vi röjer ris och fallna träd från skidspåren före snön. Latu bjuder på korv och kaffe.',
      en: 'We clear branches and fallen trees from the ski tracks before the snow. Latu offers sausages and coffee.',
    },
    themes: ['nature', 'sports'],
    area: 'keskusta',
    location: { name: 'Urheilupuiston latukeskus', address: `Urheilukatu 1, ${town}`, ...at(800, 600) },
    contact: { name: 'Heinolan Latu ry', email: 'talkoot@heinolanlatu.example' },
    whatToBring: { fi: 'Työhanskat ja säänmukaiset vaatteet.', sv: 'Arbetshandskar och kläder efter vädret.', en: 'Work gloves and clothes for the weather.' },
    supplies: [{ item: 'raivaussahat', quantity: 6 }, { item: 'haravat', quantity: 10 }],
    accessibility: { fi: 'Maasto on epätasaista. Kahvipiste on esteetön.', sv: 'Terrängen är ojämn. Kaffepunkten är tillgänglig.', en: 'The ground is uneven. The coffee point is step-free.' },
    suitability: { under18: true, english: true, remote: false },
  });
  await insertShift(DEMO_IDS.skiShift, DEMO_IDS.skiTrack, {
    startsAt: skiStart.toISOString(),
    endsAt: new Date(skiStart.getTime() + 3 * 3_600_000).toISOString(),
    capacity: 12,
    minimumAttendees: 4,
    waitingListCapacity: 6,
    maxGroupSize: 4,
    roles: [
      { id: 'raivaus', name: { fi: 'Raivaaja', sv: 'Röjare', en: 'Clearer' }, minimumAge: 15 },
      { id: 'moottorisaha', name: { fi: 'Moottorisahan käyttäjä', sv: 'Motorsågsförare', en: 'Chainsaw operator' }, minimumAge: 18 },
      { id: 'lapset', name: { fi: 'Lasten latukoulun apuohjaaja', sv: 'Hjälpledare i barnens skidskola', en: 'Assistant at the children’s ski school' }, minimumAge: 18, criminalRecordCheck: true },
    ],
  });
  await insertShift(DEMO_IDS.skiShift2, DEMO_IDS.skiTrack, {
    startsAt: new Date(skiStart.getTime() + 7 * DAY).toISOString(),
    endsAt: new Date(skiStart.getTime() + 7 * DAY + 3 * 3_600_000).toISOString(),
    capacity: 3,
    waitingListCapacity: 2,
    maxGroupSize: 2,
  });

  await insertOpportunity(DEMO_IDS.cityPark, 'city', {
    kind: 'talkoot',
    title: { fi: 'Puistotalkoot rannassa', sv: 'Parktalko vid stranden', en: 'Park work party by the shore' },
    description: { fi: 'Kerätään roskat rantapuistosta. Kaupunki tuo säkit ja roskapihdit.', sv: 'Vi plockar skräp i strandparken. Staden tar med säckar och skräpplockare.', en: 'We pick litter in the shore park. The city brings bags and pickers.' },
    themes: ['environment', 'neighbourhood'],
    area: 'keskusta',
    location: { name: 'Rantapuisto', address: town, ...at(-300, 200) },
    contact: { name: town, email: 'vapaaehtoistyo@kaupunki.example' },
    supplies: [{ item: 'roskasäkit', quantity: 40 }, { item: 'roskapihdit', quantity: 20 }],
    suitability: { under18: true, english: false, remote: false },
  });
  const parkStart = saturday(now, 14, 12);
  await insertShift(DEMO_IDS.cityShift, DEMO_IDS.cityPark, {
    startsAt: parkStart.toISOString(),
    endsAt: new Date(parkStart.getTime() + 2 * 3_600_000).toISOString(),
    capacity: 30,
    waitingListCapacity: 10,
    maxGroupSize: 8,
  });

  await db
    .insertInto('volunteering_proposals')
    .values({
      id: DEMO_IDS.proposal,
      status: 'proposed',
      what: 'Kevätsiivous Kylpyläntien leikkipuistossa',
      description: 'Asukkaat haluavat siivota leikkipuiston hiekat ja risut ennen kesää.',
      where_text: 'Kylpyläntien leikkipuisto',
      area: 'keskusta',
      lat: null,
      lon: null,
      starts_at: new Date(now.getTime() + 21 * DAY).toISOString(),
      ends_at: new Date(now.getTime() + 21 * DAY + 3 * 3_600_000).toISOString(),
      expected_people: 15,
      supplies_json: JSON.stringify([{ item: 'roskapussit', quantity: 20 }, { item: 'haravat', quantity: 8 }]),
      proposer_name: 'Asukasyhdistyksen hallitus',
      proposer_email: 'asukkaat@example.fi',
      organisation_name: 'Kylpyläntien asukkaat',
      lang: 'fi',
      decline_reason: null,
      decided_by: null,
      decided_at: null,
      opportunity_id: null,
      anonymised_at: null,
      created_at: iso,
    })
    .execute();
}

/** The demo association's coordinator: sees and manages only Heinolan Latu ry's opportunities. */
export const DEMO_COORDINATOR = { id: 'demo-latu-coordinator', name: 'Liisa Latunen', email: 'liisa.latunen@heinolanlatu.example' } as const;

/**
 * Heinolan Latu ry's coordinator in the demo (idempotent), with a volunteering coordinator grant
 * for the association only. With `demoToken` (the demo's KOHTAAMO_DEMO_STAFF_TOKEN) the
 * coordinator signs in with that token followed by ".heinolan-latu": a demo convention, so a
 * try-out and the tests reach the association's console without the admin command.
 */
export async function seedVolunteeringCoordinator(db: Kysely<Database>, now: Date, demoToken: string | null): Promise<void> {
  if (!(await db.selectFrom('organisations').select('id').where('id', '=', DEMO_ASSOCIATION.id).executeTakeFirst())) {
    await db.insertInto('organisations').values({ ...DEMO_ASSOCIATION, kind: 'association', created_at: now.toISOString(), disabled_at: null }).execute();
  }
  await db
    .insertInto('staff_users')
    .values({ ...DEMO_COORDINATOR, role: 'handler', categories: '[]', created_at: now.toISOString(), disabled_at: null, organisation_id: DEMO_ASSOCIATION.id, oidc_subject: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await addGrant(db, { personId: DEMO_COORDINATOR.id, organisation: DEMO_ASSOCIATION.id, domain: 'volunteering', scope: '*', role: 'coordinator', source: 'admin' }, now);
  if (demoToken) await registerToken(db, DEMO_COORDINATOR.id, `${demoToken}.${DEMO_ASSOCIATION.id}`, new Date(now.getTime() + 90 * DAY), now);
}
