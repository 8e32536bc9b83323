import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceFiguresMessageKey } from './space-figures.messages.fi.js';

/** The figures widget's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySpaceFiguresMessages: LazyCatalogs<SpaceFiguresMessageKey> = {
  fi,
  sv: () => import('./space-figures.messages.sv.js'),
  en: () => import('./space-figures.messages.en.js'),
};
