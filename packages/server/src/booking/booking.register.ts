import { BookingUnitSchema, ResourceSchema, SpaceSchema, SpaceTree, type BookingUnit, type Resource, type Space } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import { writeTransaction } from '../db/group-commit.js';

/** A unit's whole register as staff (or the seed) write it: the unit, its spaces, its resources. */
export const UnitRegisterSchema = v.object({
  unit: v.omit(BookingUnitSchema, ['id']),
  spaces: v.array(SpaceSchema),
  resources: v.array(ResourceSchema),
});
export type UnitRegister = v.InferOutput<typeof UnitRegisterSchema>;

/** Writes (inserts or updates) a unit's register; spaces and resources not named stay. */
export async function upsertUnitRegister(db: Kysely<Database>, unitId: string, input: UnitRegister, now: Date): Promise<'ok' | { pointer: string; detail: string }> {
  const at = now.toISOString();
  return writeTransaction(db, async (trx) => {
    const existing = (await trx.selectFrom('booking_spaces').select(['id', 'parent_id', 'unit_id']).where('unit_id', '=', unitId).execute()).map((s) => ({ id: s.id, parentId: s.parent_id }));
    const ids = new Set([...existing.map((s) => s.id), ...input.spaces.map((s) => s.id)]);
    for (const [i, s] of input.spaces.entries()) {
      if (s.unitId !== unitId) return { pointer: `#/spaces/${i}/unitId`, detail: `not ${unitId}` };
      if (s.parentId !== null && !ids.has(s.parentId)) return { pointer: `#/spaces/${i}/parentId`, detail: 'no such space in this unit' };
    }
    const merged = new Map(existing.map((s) => [s.id, s.parentId]));
    for (const s of input.spaces) merged.set(s.id, s.parentId);
    const tree = new SpaceTree([...merged.entries()].map(([id, parentId]) => ({ id, parentId })));
    for (const [i, s] of input.spaces.entries()) if (tree.ancestorsOf(s.id).includes(s.id)) return { pointer: `#/spaces/${i}/parentId`, detail: 'a cycle' };
    for (const [i, r] of input.resources.entries()) {
      if (r.unitId !== unitId) return { pointer: `#/resources/${i}/unitId`, detail: `not ${unitId}` };
      const bad = r.spaceIds.findIndex((id) => !ids.has(id));
      if (bad >= 0) return { pointer: `#/resources/${i}/spaceIds/${bad}`, detail: 'no such space in this unit' };
    }
    const unit: BookingUnit = { ...input.unit, id: unitId };
    const unitRow = {
      name_fi: unit.name.fi,
      name_sv: unit.name.sv,
      name_en: unit.name.en,
      address: unit.address,
      lat: unit.location?.lat ?? null,
      lon: unit.location?.lon ?? null,
      opening_hours: JSON.stringify(unit.openingHours),
      updated_at: at,
    };
    await trx.insertInto('booking_units').values({ id: unitId, ...unitRow }).onConflict((oc) => oc.column('id').doUpdateSet(unitRow)).execute();
    // Parents first, so the foreign key to the parent holds.
    const depth = (s: Space) => tree.ancestorsOf(s.id).length;
    for (const s of [...input.spaces].sort((a, b) => depth(a) - depth(b))) {
      const row = {
        unit_id: unitId,
        parent_id: s.parentId,
        name_fi: s.name.fi,
        name_sv: s.name.sv,
        name_en: s.name.en,
        area_m2: s.areaM2,
        capacity: s.capacity,
        purposes: JSON.stringify(s.purposes),
        accessibility: JSON.stringify(s.accessibility),
        access: s.access,
        updated_at: at,
      };
      await trx.insertInto('booking_spaces').values({ id: s.id, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    }
    for (const r of input.resources) {
      const { id, unitId: _u, name, active, ...definition } = r as Resource;
      const row = { unit_id: unitId, name_fi: name.fi, name_sv: name.sv, name_en: name.en, definition: JSON.stringify(definition), active: active ? 1 : 0, updated_at: at };
      await trx.insertInto('booking_resources').values({ id, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    }
    return 'ok' as const;
  });
}
