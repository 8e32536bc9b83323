import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceManageMessageKey } from './space-manage.messages.fi.js';

/** The texts of a booking's manage view: imported by its lazy module only; Swedish and English loaded when needed. */
export const lazySpaceManageMessages: LazyCatalogs<SpaceManageMessageKey> = {
  fi,
  sv: () => import('./space-manage.messages.sv.js'),
  en: () => import('./space-manage.messages.en.js'),
};
