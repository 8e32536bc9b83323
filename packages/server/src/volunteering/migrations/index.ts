import type { Migration } from 'kysely';
import { volunteeringBase } from './0001-volunteering.js';
import { volunteeringShiftVersion } from './0002-shift-version.js';
import { volunteeringOfferHandling } from './0003-offer-handling.js';
import { volunteeringSignupReminded } from './0004-signup-reminded.js';
import { volunteeringOpportunityVersion } from './0005-opportunity-version.js';
import { volunteeringBoardIndexes } from './0006-board-indexes.js';
import { volunteeringStaffOpportunityOrder } from './0007-staff-opportunity-order.js';

/** The volunteering module's schema, oldest first, after the platform's. Frozen once released: a change is a new entry. */
export const volunteeringMigrations: Readonly<Record<string, Migration>> = {
  '0001_volunteering': volunteeringBase,
  '0002_volunteering_shift_version': volunteeringShiftVersion,
  '0003_volunteering_offer_handling': volunteeringOfferHandling,
  '0004_volunteering_signup_reminded': volunteeringSignupReminded,
  '0005_volunteering_opportunity_version': volunteeringOpportunityVersion,
  '0006_volunteering_board_indexes': volunteeringBoardIndexes,
  '0007_volunteering_staff_opportunity_order': volunteeringStaffOpportunityOrder,
};
