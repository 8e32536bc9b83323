import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveysMessageKey } from './surveys.messages.fi.js';

/** The texts of the surveys domain: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySurveysMessages: LazyCatalogs<SurveysMessageKey> = {
  fi,
  sv: () => import('./surveys.messages.sv.js'),
  en: () => import('./surveys.messages.en.js'),
};
