import type { Catalogs } from '../i18n/translate.js';
import en from './volunteering-propose.messages.en.js';
import fi, { type VolunteeringProposeMessageKey } from './volunteering-propose.messages.fi.js';
import sv from './volunteering-propose.messages.sv.js';

export type { VolunteeringProposeMessageKey };

/** The talkoot proposal form's own texts, all three languages (tests, the server). */
export const volunteeringProposeMessages: Catalogs<VolunteeringProposeMessageKey> = { fi, sv, en };

