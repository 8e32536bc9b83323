import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type ResultsWidgetMessageKey } from './results-widget.messages.fi.js';

/** The results widget's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyResultsWidgetMessages: LazyCatalogs<ResultsWidgetMessageKey> = {
  fi,
  sv: () => import('./results-widget.messages.sv.js'),
  en: () => import('./results-widget.messages.en.js'),
};
