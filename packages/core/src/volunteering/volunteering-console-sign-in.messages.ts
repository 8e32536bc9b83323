import type { Catalogs } from '../i18n/translate.js';
import en from './volunteering-console-sign-in.messages.en.js';
import fi, { type VolunteeringConsoleSignInMessageKey } from './volunteering-console-sign-in.messages.fi.js';
import sv from './volunteering-console-sign-in.messages.sv.js';

export type { VolunteeringConsoleSignInMessageKey };

/** The coordinators' console's sign-in texts, all three languages (tests). */
export const volunteeringConsoleSignInMessages: Catalogs<VolunteeringConsoleSignInMessageKey> = { fi, sv, en };
