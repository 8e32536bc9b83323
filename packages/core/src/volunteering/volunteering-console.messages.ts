import type { Catalogs } from '../i18n/translate.js';
import en from './volunteering-console.messages.en.js';
import fi, { type VolunteeringConsoleMessageKey } from './volunteering-console.messages.fi.js';
import sv from './volunteering-console.messages.sv.js';

export type { VolunteeringConsoleMessageKey };

/** The coordinators' console's own texts, all three languages (tests). */
export const volunteeringConsoleMessages: Catalogs<VolunteeringConsoleMessageKey> = { fi, sv, en };
