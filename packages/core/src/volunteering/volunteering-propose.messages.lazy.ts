import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringProposeMessageKey } from './volunteering-propose.messages.fi.js';

/** The same for the widget: Finnish in its bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringProposeMessages: LazyCatalogs<VolunteeringProposeMessageKey> = {
  fi,
  sv: () => import('./volunteering-propose.messages.sv.js'),
  en: () => import('./volunteering-propose.messages.en.js'),
};
