// Shared fixtures of the booking tests (not part of the public surface).
import { compileOpeningHours, type OpeningHours } from './opening-hours.js';
import type { Resource, ResourceRules, Space } from './space.schema.js';

export const EVERY_DAY_8_22: Resource['openingHours'] = { periods: [{ kind: 'normal', spans: [{ start: '08:00', end: '22:00' }] }], holidays: 'ignore' };

export const RULES: ResourceRules = {
  slotMinutes: 30,
  minMinutes: 60,
  maxMinutes: 240,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  bookableDaysAhead: 400,
  minLeadMinutes: 60,
  maxActivePerPerson: null,
  handlingRequired: false,
  cancellationDeadlineHours: 24,
};

export function resource(rules: Partial<ResourceRules> = {}, extra: Partial<Resource> = {}): Resource {
  return {
    id: 'room',
    unitId: 'library',
    spaceIds: ['room'],
    name: { fi: 'Huone', sv: 'Rum', en: 'Room' },
    active: true,
    rules: { ...RULES, ...rules },
    price: { centsPerHour: 0, discountGroups: [] },
    form: { fields: ['name', 'email'], required: ['name', 'email'] },
    openingHours: EVERY_DAY_8_22,
    ...extra,
  };
}

export const hours = (h: OpeningHours = EVERY_DAY_8_22) => compileOpeningHours(h);

export function space(id: string, parentId: string | null, extra: Partial<Space> = {}): Space {
  return {
    id,
    unitId: 'library',
    parentId,
    name: { fi: id, sv: id, en: id },
    areaM2: 10,
    capacity: 10,
    purposes: [],
    accessibility: { stepFree: true, accessibleToilet: true, inductionLoop: false },
    access: 'bookable',
    ...extra,
  };
}
