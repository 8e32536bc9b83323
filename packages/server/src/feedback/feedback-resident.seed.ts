import type { CategoryAttribute, CategoryNotice } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';

/** The extra questions of Heinola's categories (Open311 attributes), by category id. */
export const HEINOLA_ATTRIBUTES: Readonly<Record<string, readonly CategoryAttribute[]>> = {
  streets: [
    {
      code: 'danger',
      datatype: 'singlevaluelist',
      variable: true,
      // Optional: a resident who skips it is not stopped; "immediate" shows the 112 notice.
      required: false,
      order: 1,
      description: { fi: 'Onko kyseessä vaaratilanne?', sv: 'Är det en farlig situation?', en: 'Is this a dangerous situation?' },
      values: [
        { key: 'immediate', name: { fi: 'Kyllä, välitön vaara', sv: 'Ja, omedelbar fara', en: 'Yes, immediate danger' } },
        { key: 'risk', name: { fi: 'Voi aiheuttaa vaaraa', sv: 'Kan orsaka fara', en: 'May cause danger' } },
        { key: 'no', name: { fi: 'Ei', sv: 'Nej', en: 'No' } },
      ],
    },
  ],
  parks: [
    {
      code: 'equipment',
      datatype: 'multivaluelist',
      variable: true,
      required: false,
      order: 1,
      description: { fi: 'Mitä välineitä asia koskee?', sv: 'Vilken utrustning gäller det?', en: 'Which equipment is it about?' },
      values: [
        { key: 'swing', name: { fi: 'Keinu', sv: 'Gunga', en: 'Swing' } },
        { key: 'slide', name: { fi: 'Liukumäki', sv: 'Rutschkana', en: 'Slide' } },
        { key: 'sandpit', name: { fi: 'Hiekkalaatikko', sv: 'Sandlåda', en: 'Sandpit' } },
        { key: 'bench', name: { fi: 'Penkki', sv: 'Bänk', en: 'Bench' } },
      ],
    },
    {
      code: 'noticed',
      datatype: 'datetime',
      variable: true,
      required: false,
      order: 2,
      description: { fi: 'Milloin huomasit asian?', sv: 'När märkte du det?', en: 'When did you notice it?' },
      values: [],
    },
  ],
};

export const HEINOLA_NOTICES: Readonly<Record<string, readonly CategoryNotice[]>> = {
  streets: [
    {
      id: 'streets-112',
      text: {
        fi: 'Hätätilanteessa soita 112. Välittömästä vaarasta liikenteessä ilmoita myös poliisille.',
        sv: 'I nödsituationer ring 112. Anmäl omedelbar fara i trafiken också till polisen.',
        en: 'In an emergency call 112. Report an immediate danger in traffic to the police as well.',
      },
      blocking: true,
      when: { attribute: 'danger', values: ['immediate'] },
    },
  ],
  environment: [
    {
      id: 'environment-hours',
      text: {
        fi: 'Vesi- ja viemärivuodoista ilmoita heti Heinolan Veden päivystykseen.',
        sv: 'Anmäl vatten- och avloppsläckor genast till Heinolan Vesis jour.',
        en: 'Report water and sewer leaks straight away to Heinolan Vesi’s on-call service.',
      },
      blocking: false,
      when: null,
    },
  ],
};

/** Where the demo feedback is on the map (WGS84), by tracking code. */
export const DEMO_POINTS: Readonly<Record<string, { lat: number; lon: number }>> = {
  'T1E0-2025-C': { lat: 61.20583, lon: 26.03694 },
  'HE1N-2025-A': { lat: 61.21390, lon: 26.05670 },
  'PARK-2025-B': { lat: 61.20290, lon: 26.03300 },
};

/** Adds the categories' questions and notices and the demo pins. Idempotent. */
export async function seedResidentDemo(db: Kysely<Database>): Promise<void> {
  for (const [categoryId, attributes] of Object.entries(HEINOLA_ATTRIBUTES)) {
    for (const a of attributes) {
      await db
        .insertInto('feedback_category_attributes')
        .values({
          category_id: categoryId,
          code: a.code,
          datatype: a.datatype,
          variable: a.variable ? 1 : 0,
          required: a.required ? 1 : 0,
          sort_order: a.order,
          description_fi: a.description.fi,
          description_sv: a.description.sv,
          description_en: a.description.en,
          values_json: JSON.stringify(a.values),
        })
        .onConflict((oc) => oc.columns(['category_id', 'code']).doNothing())
        .execute();
    }
  }
  for (const [categoryId, notices] of Object.entries(HEINOLA_NOTICES)) {
    for (const [index, n] of notices.entries()) {
      await db
        .insertInto('feedback_category_notices')
        .values({
          id: n.id,
          category_id: categoryId,
          text_fi: n.text.fi,
          text_sv: n.text.sv,
          text_en: n.text.en,
          blocking: n.blocking ? 1 : 0,
          when_attribute: n.when?.attribute ?? null,
          when_values_json: n.when ? JSON.stringify(n.when.values) : null,
          sort_order: index,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  }
  for (const [code, point] of Object.entries(DEMO_POINTS)) {
    await db.updateTable('feedback').set({ lat: point.lat, lon: point.lon }).where('tracking_code', '=', code).where('lat', 'is', null).execute();
  }
}
