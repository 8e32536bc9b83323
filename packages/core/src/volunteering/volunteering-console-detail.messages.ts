import type { Catalogs } from '../i18n/translate.js';
import en from './volunteering-console-detail.messages.en.js';
import fi, { type VolunteeringConsoleDetailMessageKey } from './volunteering-console-detail.messages.fi.js';
import sv from './volunteering-console-detail.messages.sv.js';

export type { VolunteeringConsoleDetailMessageKey };

/** The console detail's texts and shift-editing problem codes, all three languages (server, tests). */
export const volunteeringConsoleDetailMessages: Catalogs<VolunteeringConsoleDetailMessageKey> = { fi, sv, en };
