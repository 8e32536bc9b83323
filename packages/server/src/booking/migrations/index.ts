import type { Migration } from 'kysely';
import { bookingBase } from './0001-booking.js';
import { bookingRounds } from './0002-booking-rounds.js';
import { bookingDataVersion } from './0003-booking-data-version.js';
import { bookingListIndexes } from './0004-booking-list-indexes.js';

/** The booking module's schema, oldest first, after the platform's. Frozen once released: a change is a new entry. */
export const bookingMigrations: Readonly<Record<string, Migration>> = {
  '0001_booking': bookingBase,
  '0002_booking_rounds': bookingRounds,
  '0003_booking_data_version': bookingDataVersion,
  '0004_booking_list_indexes': bookingListIndexes,
};
