import { childrenOfSpaces, leavesUnder } from './space.logic.js';
import type { Purpose } from './space.schema.js';

/**
 * What the space finder (issue 12, `<kohtaamo-space-finder>`) asks of a bookable resource: its
 * size, capacity, purposes and accessibility, read from the spaces it occupies. Pure, so the
 * widget filters the register it has already loaded without asking the server again.
 *
 * - **Size and capacity** are those of the resource's own spaces (a parent counts as a whole:
 *   the whole gym is 600 m², not its halves again), as the server's capacity rule counts them.
 * - **Purposes** are those of its spaces and of the leaves under them ("both meeting rooms" is
 *   a meeting room because its rooms are).
 * - **Accessibility** holds only when it holds for every leaf the booking occupies.
 */
export interface FinderSpace {
  readonly id: string;
  readonly unitId: string;
  readonly parentId: string | null;
  readonly areaM2: number;
  readonly capacity: number;
  readonly purposes: readonly string[];
  readonly accessibility: { readonly stepFree: boolean; readonly accessibleToilet: boolean; readonly inductionLoop: boolean };
}

export interface FinderResource {
  readonly id: string;
  readonly unitId: string;
  readonly spaceIds: readonly string[];
  readonly active?: boolean;
}

/** What the finder filters a resource on (the server sends them with each resource it lists: GET /api/v1/booking/units, `finder`). */
export interface FinderFacts {
  readonly areaM2: number;
  readonly capacity: number;
  readonly purposes: readonly string[];
  readonly stepFree: boolean;
  readonly accessibleToilet: boolean;
  readonly inductionLoop: boolean;
}

export interface FinderRow<R extends Pick<FinderResource, 'id' | 'unitId'> = FinderResource> extends FinderFacts {
  readonly resource: R;
}

export interface FinderFilter {
  readonly purpose?: Purpose | '';
  readonly minAreaM2?: number;
  readonly minCapacity?: number;
  readonly stepFree?: boolean;
  readonly accessibleToilet?: boolean;
  readonly inductionLoop?: boolean;
  readonly unitId?: string;
}

/** One row per active resource, with what the finder filters on. */
export function finderRows<R extends FinderResource>(spaces: readonly FinderSpace[], resources: readonly R[]): FinderRow<R>[] {
  const children = childrenOfSpaces(spaces);
  const byId = new Map(spaces.map((s) => [s.id, s]));
  const rows: FinderRow<R>[] = [];
  for (const resource of resources) {
    if (resource.active === false) continue;
    const own = resource.spaceIds.map((id) => byId.get(id)).filter((s): s is FinderSpace => s !== undefined);
    if (own.length === 0) continue;
    const leaves = leavesUnder(children, resource.spaceIds).map((id) => byId.get(id)).filter((s): s is FinderSpace => s !== undefined);
    const purposes = new Set<string>();
    for (const s of [...own, ...leaves]) for (const p of s.purposes) purposes.add(p);
    rows.push({
      resource,
      areaM2: Math.round(own.reduce((a, s) => a + s.areaM2, 0) * 10) / 10,
      capacity: own.reduce((a, s) => a + s.capacity, 0),
      purposes: [...purposes].sort(),
      stepFree: leaves.every((s) => s.accessibility.stepFree),
      accessibleToilet: leaves.every((s) => s.accessibility.accessibleToilet),
      inductionLoop: leaves.every((s) => s.accessibility.inductionLoop),
    });
  }
  return rows;
}

/** Whether a row passes the filter (an empty filter passes everything). */
export function matchesFinder(row: FinderRow<Pick<FinderResource, 'id' | 'unitId'>>, filter: FinderFilter): boolean {
  if (filter.unitId && row.resource.unitId !== filter.unitId) return false;
  if (filter.purpose && !row.purposes.includes(filter.purpose)) return false;
  if (filter.minAreaM2 && row.areaM2 < filter.minAreaM2) return false;
  if (filter.minCapacity && row.capacity < filter.minCapacity) return false;
  if (filter.stepFree && !row.stepFree) return false;
  if (filter.accessibleToilet && !row.accessibleToilet) return false;
  if (filter.inductionLoop && !row.inductionLoop) return false;
  return true;
}

/** The free-time search of the finder: GET with date, time, minutes (and the filter). */
export const BOOKING_FREE_PATH = '/api/v1/booking/free';
