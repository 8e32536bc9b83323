import type { LocalizedText } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

export interface SeedUnit {
  readonly id: string;
  readonly name: LocalizedText;
  readonly email: string | null;
  /** The automatic acknowledgement a resident sees on submission. */
  readonly acknowledgement: LocalizedText;
}

/** Heinola's units that answer feedback (the city's organisation, simplified). */
export const HEINOLA_UNITS: readonly SeedUnit[] = [
  {
    id: 'street-green',
    name: { fi: 'Katu- ja viherpalvelut', sv: 'Gatu- och grönservice', en: 'Street and green services' },
    email: null,
    acknowledgement: {
      fi: 'Kiitos palautteestasi! Katu- ja viherpalvelut on vastaanottanut sen. Kiireellisissä katujen ja puistojen vaaratilanteissa soita päivystykseen.',
      sv: 'Tack för din respons! Gatu- och grönservice har tagit emot den. Ring jouren vid brådskande faror på gator och i parker.',
      en: 'Thank you for your feedback! Street and green services have received it. For urgent hazards on streets and in parks, call the on-call service.',
    },
  },
  {
    id: 'library',
    name: { fi: 'Kirjastopalvelut', sv: 'Bibliotekstjänster', en: 'Library services' },
    email: null,
    acknowledgement: {
      fi: 'Kiitos palautteestasi! Kirjastopalvelut on vastaanottanut sen ja vastaa sinulle.',
      sv: 'Tack för din respons! Bibliotekstjänsterna har tagit emot den och svarar dig.',
      en: 'Thank you for your feedback! Library services have received it and will answer you.',
    },
  },
  {
    id: 'youth',
    name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' },
    email: null,
    acknowledgement: {
      fi: 'Kiitos palautteestasi! Nuorisopalvelut on vastaanottanut sen.',
      sv: 'Tack för din respons! Ungdomstjänsterna har tagit emot den.',
      en: 'Thank you for your feedback! Youth services have received it.',
    },
  },
  {
    id: 'sports',
    name: { fi: 'Liikuntapalvelut', sv: 'Idrottstjänster', en: 'Sports services' },
    email: null,
    acknowledgement: {
      fi: 'Kiitos palautteestasi! Liikuntapalvelut on vastaanottanut sen.',
      sv: 'Tack för din respons! Idrottstjänsterna har tagit emot den.',
      en: 'Thank you for your feedback! Sports services have received it.',
    },
  },
  {
    id: 'environment',
    name: { fi: 'Ympäristöpalvelut', sv: 'Miljötjänster', en: 'Environmental services' },
    email: null,
    acknowledgement: {
      fi: 'Kiitos palautteestasi! Ympäristöpalvelut on vastaanottanut sen.',
      sv: 'Tack för din respons! Miljötjänsterna har tagit emot den.',
      en: 'Thank you for your feedback! Environmental services have received it.',
    },
  },
  {
    id: 'customer-service',
    name: { fi: 'Asiakaspalvelu', sv: 'Kundtjänst', en: 'Customer service' },
    email: null,
    acknowledgement: {
      fi: 'Kiitos palautteestasi! Asiakaspalvelu on vastaanottanut sen ja ohjaa sen oikealle vastaanottajalle.',
      sv: 'Tack för din respons! Kundtjänsten har tagit emot den och skickar den vidare till rätt mottagare.',
      en: 'Thank you for your feedback! Customer service has received it and will pass it on to the right people.',
    },
  },
];

/** Which unit answers each seeded category's feedback. */
export const HEINOLA_CATEGORY_UNITS: Readonly<Record<string, string>> = {
  streets: 'street-green',
  parks: 'street-green',
  library: 'library',
  youth: 'youth',
  sports: 'sports',
  environment: 'environment',
  other: 'customer-service',
};

export interface SeedReplyTemplate {
  readonly id: string;
  readonly category: string | null;
  readonly title: LocalizedText;
  readonly text: LocalizedText;
}

/** Reply templates a handler may start from (category null: for every category). */
export const REPLY_TEMPLATES: readonly SeedReplyTemplate[] = [
  {
    id: 'thanks-in-handling',
    category: null,
    title: { fi: 'Kiitos, käsittelyssä', sv: 'Tack, under behandling', en: 'Thanks, in handling' },
    text: {
      fi: 'Kiitos palautteestasi! Asia on nyt käsittelyssä, ja kerromme tässä, kun se on ratkaistu.',
      sv: 'Tack för din respons! Ärendet behandlas nu, och vi berättar här när det är löst.',
      en: 'Thank you for your feedback! The matter is now being handled, and we will tell you here when it is resolved.',
    },
  },
  {
    id: 'fixed',
    category: null,
    title: { fi: 'Korjattu', sv: 'Åtgärdat', en: 'Fixed' },
    text: {
      fi: 'Kiitos ilmoituksesta! Vika on korjattu. ',
      sv: 'Tack för anmälan! Felet har åtgärdats. ',
      en: 'Thank you for the report! The fault has been fixed. ',
    },
  },
  {
    id: 'not-city',
    category: null,
    title: { fi: 'Ei kaupungin vastuulla', sv: 'Inte stadens ansvar', en: 'Not the city’s responsibility' },
    text: {
      fi: 'Kiitos palautteestasi. Asia ei kuulu kaupungin vastuulle, vaan ',
      sv: 'Tack för din respons. Ärendet hör inte till staden, utan ',
      en: 'Thank you for your feedback. This is not the city’s responsibility; it belongs to ',
    },
  },
  {
    id: 'winter-maintenance',
    category: 'streets',
    title: { fi: 'Talvikunnossapito', sv: 'Vinterunderhåll', en: 'Winter maintenance' },
    text: {
      fi: 'Kiitos palautteesta! Kadut aurataan ja hiekoitetaan kunnossapitoluokan mukaisessa järjestyksessä: pääkadut ensin, sitten kokoojakadut ja tonttikadut. Kohde on lisätty urakoitsijan listalle.',
      sv: 'Tack för responsen! Gatorna plogas och sandas i den ordning underhållsklassen anger: huvudgator först, sedan matargator och tomtgator. Platsen har lagts till på entreprenörens lista.',
      en: 'Thank you for the feedback! Streets are ploughed and gritted in the order of their maintenance class: main streets first, then collector and residential streets. The spot has been added to the contractor’s list.',
    },
  },
];

/** Adds the units (idempotent: a unit already there is left as it is). Returns how many were added. */
export async function seedUnits(db: Kysely<Database>): Promise<number> {
  let added = 0;
  for (const unit of HEINOLA_UNITS) {
    const result = await db
      .insertInto('units')
      .values({
        id: unit.id,
        name_fi: unit.name.fi,
        name_sv: unit.name.sv,
        name_en: unit.name.en,
        email: unit.email,
        acknowledgement_fi: unit.acknowledgement.fi,
        acknowledgement_sv: unit.acknowledgement.sv,
        acknowledgement_en: unit.acknowledgement.en,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

/** Routes the seeded categories that have no unit yet to their unit (a routing set by hand stays). */
export async function routeSeededCategories(db: Kysely<Database>): Promise<void> {
  for (const [categoryId, unitId] of Object.entries(HEINOLA_CATEGORY_UNITS)) {
    await db
      .updateTable('feedback_categories')
      .set({ unit_id: unitId })
      .where('id', '=', categoryId)
      .where('unit_id', 'is', null)
      .execute();
  }
}

/** Adds the reply templates (idempotent). Returns how many were added. */
export async function seedReplyTemplates(db: Kysely<Database>): Promise<number> {
  let added = 0;
  for (const [index, template] of REPLY_TEMPLATES.entries()) {
    const result = await db
      .insertInto('reply_templates')
      .values({
        id: template.id,
        category_id: template.category,
        title_fi: template.title.fi,
        title_sv: template.title.sv,
        title_en: template.title.en,
        text_fi: template.text.fi,
        text_sv: template.text.sv,
        text_en: template.text.en,
        sort_order: (index + 1) * 10,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}
