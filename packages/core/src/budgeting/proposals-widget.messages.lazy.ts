import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type ProposalsWidgetMessageKey } from './proposals-widget.messages.fi.js';

/** The proposals widget's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyProposalsWidgetMessages: LazyCatalogs<ProposalsWidgetMessageKey> = {
  fi,
  sv: () => import('./proposals-widget.messages.sv.js'),
  en: () => import('./proposals-widget.messages.en.js'),
};
