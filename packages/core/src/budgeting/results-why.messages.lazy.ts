import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type ResultsWhyMessageKey } from './results-why.messages.fi.js';

/** The results' explanations' texts: loaded with that part (Finnish too), Swedish and English when a page needs them. */
export const lazyResultsWhyMessages: LazyCatalogs<ResultsWhyMessageKey> = {
  fi,
  sv: () => import('./results-why.messages.sv.js'),
  en: () => import('./results-why.messages.en.js'),
};
