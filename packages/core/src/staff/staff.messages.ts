import type { Catalogs } from '../i18n/translate.js';
import en from './staff.messages.en.js';
import fi, { type StaffMessageKey } from './staff.messages.fi.js';
import sv from './staff.messages.sv.js';

export type { StaffMessageKey };

/** Every language's texts of staff sign-in and roles, shared by every domain: for the server and tests. */
export const staffMessages: Catalogs<StaffMessageKey> = { fi, sv, en };
