import { randomUUID } from 'node:crypto';
import type { FeedbackStatusValue, Locale, LocalizedText } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { seedResidentDemo } from './feedback-resident.seed.js';
import { HEINOLA_CATEGORY_UNITS, routeSeededCategories, seedReplyTemplates, seedUnits } from './handling/handling.seed.js';

export interface SeedCategory {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

/** Heinola's feedback categories, in the order the form lists them. */
export const HEINOLA_CATEGORIES: readonly SeedCategory[] = [
  {
    id: 'streets',
    name: { fi: 'Kadut ja liikenne', sv: 'Gator och trafik', en: 'Streets and traffic' },
    description: {
      fi: 'Katujen kunto ja kunnossapito, talvikunnossapito, katuvalaistus ja liikennejärjestelyt.',
      sv: 'Gatornas skick och underhåll, vinterunderhåll, gatubelysning och trafikarrangemang.',
      en: 'Street condition and maintenance, winter maintenance, street lighting and traffic arrangements.',
    },
  },
  {
    id: 'parks',
    name: { fi: 'Puistot ja viheralueet', sv: 'Parker och grönområden', en: 'Parks and green areas' },
    description: {
      fi: 'Puistot, leikkipaikat, kaupunkimetsät, istutukset ja uimarannat.',
      sv: 'Parker, lekplatser, stadsskogar, planteringar och badstränder.',
      en: 'Parks, playgrounds, urban forests, plantings and beaches.',
    },
  },
  {
    id: 'library',
    name: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' },
    description: {
      fi: 'Kaupunginkirjaston palvelut, aukioloajat, kokoelmat ja tapahtumat.',
      sv: 'Stadsbibliotekets tjänster, öppettider, samlingar och evenemang.',
      en: 'City library services, opening hours, collections and events.',
    },
  },
  {
    id: 'youth',
    name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' },
    description: {
      fi: 'Nuorisotilat, nuorten harrastukset ja tapahtumat sekä etsivä nuorisotyö.',
      sv: 'Ungdomslokaler, fritidsaktiviteter och evenemang för unga samt uppsökande ungdomsarbete.',
      en: 'Youth centres, hobbies and events for young people, and outreach youth work.',
    },
  },
  {
    id: 'sports',
    name: { fi: 'Liikuntapaikat', sv: 'Idrottsplatser', en: 'Sports facilities' },
    description: {
      fi: 'Uimahalli, urheilukentät, kuntoradat, ladut ja lähiliikuntapaikat.',
      sv: 'Simhall, idrottsplaner, motionsslingor, skidspår och närmotionsplatser.',
      en: 'Swimming hall, sports fields, fitness trails, ski tracks and outdoor exercise areas.',
    },
  },
  {
    id: 'environment',
    name: { fi: 'Jätehuolto ja ympäristö', sv: 'Avfallshantering och miljö', en: 'Waste and environment' },
    description: {
      fi: 'Roskaantuminen, kierrätyspisteet, ilmanlaatu, melu ja vesistöt.',
      sv: 'Nedskräpning, återvinningsstationer, luftkvalitet, buller och vattendrag.',
      en: 'Litter, recycling points, air quality, noise and waterways.',
    },
  },
  {
    id: 'other',
    name: { fi: 'Muu palaute', sv: 'Annan respons', en: 'Other feedback' },
    description: {
      fi: 'Palaute, joka ei sovi muihin aiheisiin.',
      sv: 'Respons som inte passar under de andra ämnena.',
      en: 'Feedback that does not fit the other topics.',
    },
  },
];

export interface SeedFeedback {
  readonly trackingCode: string;
  readonly category: string;
  readonly message: string;
  readonly address: string | null;
  readonly contact: { readonly name: string; readonly email: string | null; readonly phone: string | null } | null;
  readonly lang: Locale;
  readonly status: FeedbackStatusValue;
  readonly reply: { readonly text: string; readonly repliedAt: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Demo feedback in every status, with fixed, valid tracking codes that the demo page lists so
 * a visitor can try the status look-up. The contact details are invented (example.fi) and are
 * there to show that no public answer ever carries them.
 */
export const DEMO_FEEDBACK: readonly SeedFeedback[] = [
  {
    trackingCode: 'T1E0-2025-C',
    category: 'streets',
    message: 'Kauppakadun ja Savontien risteyksessä on syvä kuoppa keskellä suojatietä. Pyörällä siihen on helppo ajaa pimeällä.',
    address: 'Kauppakatu / Savontie',
    contact: null,
    lang: 'fi',
    status: 'received',
    reply: null,
    createdAt: '2025-05-12T06:41:00.000Z',
    updatedAt: '2025-05-12T06:41:00.000Z',
  },
  {
    trackingCode: 'HE1N-2025-A',
    category: 'sports',
    message: 'Harjun kuntoradan valot eivät ole syttyneet iltaisin viikkoon. Rata on pimeänä jo kuudelta.',
    address: 'Harjun kuntorata',
    contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@example.fi', phone: null },
    lang: 'fi',
    status: 'allocated',
    reply: null,
    createdAt: '2025-05-08T15:20:00.000Z',
    updatedAt: '2025-05-09T07:05:00.000Z',
  },
  {
    trackingCode: 'K1RJ-2025-7',
    category: 'library',
    message: 'Kunde biblioteket ha söndagsöppet också på sommaren? Många barnfamiljer skulle komma då.',
    address: null,
    contact: { name: 'Elin Esimerkki', email: null, phone: '040 123 4567' },
    lang: 'sv',
    status: 'in_handling',
    reply: {
      text: 'Tack för förslaget! Vi utreder sommarens öppettider och berättar om besluten på bibliotekets webbplats i juni.',
      repliedAt: '2025-04-30T10:15:00.000Z',
    },
    createdAt: '2025-04-27T18:02:00.000Z',
    updatedAt: '2025-04-30T10:15:00.000Z',
  },
  {
    trackingCode: 'PARK-2025-B',
    category: 'parks',
    message: 'Kaupunginpuiston leikkipaikan keinun ketju on katkennut ja roikkuu lasten korkeudella.',
    address: 'Kaupunginpuisto, leikkipaikka',
    contact: { name: 'Matti Virtanen', email: 'matti.virtanen@example.fi', phone: '050 765 4321' },
    lang: 'fi',
    status: 'done',
    reply: {
      text: 'Kiitos ilmoituksesta! Rikkoutunut keinu poistettiin käytöstä samana päivänä, ja uusi ketju vaihdettiin 6.5. Leikkipaikka on taas turvallinen.',
      repliedAt: '2025-05-06T11:30:00.000Z',
    },
    createdAt: '2025-05-02T13:45:00.000Z',
    updatedAt: '2025-05-06T11:30:00.000Z',
  },
  {
    trackingCode: 'N0RT-2025-2',
    category: 'youth',
    message: 'Could the youth centre stay open until midnight on Fridays and Saturdays all year?',
    address: null,
    contact: null,
    lang: 'en',
    status: 'rejected',
    reply: {
      text: 'Thank you for the suggestion. Longer opening hours are not possible within this year’s budget, but the youth centre will be open until 23:00 on Fridays from September.',
      repliedAt: '2025-03-20T09:00:00.000Z',
    },
    createdAt: '2025-03-11T17:30:00.000Z',
    updatedAt: '2025-03-20T09:00:00.000Z',
  },
];

export interface SeedResult {
  readonly categories: number;
  readonly feedback: number;
}

/** Adds Heinola's categories. Idempotent: a category already there is left as it is. */
export async function seedCategories(db: Kysely<Database>): Promise<number> {
  // The units come first: a category names the unit that answers it.
  await seedUnits(db);
  let added = 0;
  for (const [index, category] of HEINOLA_CATEGORIES.entries()) {
    const result = await db
      .insertInto('feedback_categories')
      .values({
        id: category.id,
        name_fi: category.name.fi,
        name_sv: category.name.sv,
        name_en: category.name.en,
        description_fi: category.description.fi,
        description_sv: category.description.sv,
        description_en: category.description.en,
        sort_order: (index + 1) * 10,
        unit_id: HEINOLA_CATEGORY_UNITS[category.id] ?? null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  await routeSeededCategories(db);
  return added;
}

/**
 * Seeds the demo: the categories and the demo feedback, in one transaction. Idempotent:
 * running it again adds nothing (rows are matched by category id and tracking code).
 */
export async function seedDemo(db: Kysely<Database>): Promise<SeedResult> {
  return db.transaction().execute(async (trx) => {
    const categories = await seedCategories(trx);
    await seedReplyTemplates(trx);
    let feedback = 0;
    for (const item of DEMO_FEEDBACK) {
      const id = randomUUID();
      const closed = item.status === 'done' || item.status === 'rejected';
      const result = await trx
        .insertInto('feedback')
        .values({
          id,
          tracking_code: item.trackingCode,
          category_id: item.category,
          message: item.message,
          address: item.address,
          contact_name: item.contact?.name ?? null,
          contact_email: item.contact?.email ?? null,
          contact_phone: item.contact?.phone ?? null,
          contact_consent: item.contact ? 1 : 0,
          lang: item.lang,
          status: item.status,
          reply_text: item.reply?.text ?? null,
          replied_at: item.reply?.repliedAt ?? null,
          created_at: item.createdAt,
          updated_at: item.updatedAt,
          unit_id: HEINOLA_CATEGORY_UNITS[item.category] ?? null,
          // The new one waits for moderation; the others have been reviewed and published.
          visibility: item.status === 'received' ? 'pending' : 'published',
          public_message: item.status === 'received' ? null : item.message,
          first_response_at: item.status === 'received' ? null : (item.reply?.repliedAt ?? item.updatedAt),
          closed_at: closed ? item.updatedAt : null,
        })
        .onConflict((oc) => oc.column('tracking_code').doNothing())
        .executeTakeFirst();
      const inserted = Number(result.numInsertedOrUpdatedRows ?? 0n);
      feedback += inserted;
      if (inserted > 0) {
        // The history: received at creation, then the present status at its last change.
        const history = [{ status: 'received', at: item.createdAt, reply: null as string | null }];
        if (item.status !== 'received') history.push({ status: item.status, at: item.reply?.repliedAt ?? item.updatedAt, reply: item.reply?.text ?? null });
        for (const [index, entry] of history.entries()) {
          await trx
            .insertInto('feedback_history')
            .values({
              id: randomUUID(),
              feedback_id: id,
              status: entry.status,
              at: entry.at,
              actor_id: null,
              actor_name: index === 0 ? null : 'Heinolan kaupunki',
              public_reply: entry.reply,
            })
            .execute();
        }
      }
    }
    await seedResidentDemo(trx);
    return { categories, feedback };
  });
}
