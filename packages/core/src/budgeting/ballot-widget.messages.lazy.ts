import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotWidgetMessageKey } from './ballot-widget.messages.fi.js';

/** The ballot widget's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyBallotWidgetMessages: LazyCatalogs<BallotWidgetMessageKey> = {
  fi,
  sv: () => import('./ballot-widget.messages.sv.js'),
  en: () => import('./ballot-widget.messages.en.js'),
};
