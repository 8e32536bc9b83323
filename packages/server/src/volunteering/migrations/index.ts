import type { Migration } from 'kysely';
import { volunteeringBase } from './0001-volunteering.js';

/** The volunteering module's schema, oldest first, after the platform's. Frozen once released: a change is a new entry. */
export const volunteeringMigrations: Readonly<Record<string, Migration>> = {
  '0001_volunteering': volunteeringBase,
};
