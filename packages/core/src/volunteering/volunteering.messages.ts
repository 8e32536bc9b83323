import type { Locale } from '../i18n/locale.js';
import { translate, type Catalogs, type MessageParams } from '../i18n/translate.js';
import en from './volunteering.messages.en.js';
import fi, { type VolunteeringMessageKey } from './volunteering.messages.fi.js';
import sv from './volunteering.messages.sv.js';

export type { VolunteeringMessageKey };

/**
 * Finnish, Swedish and English texts of volunteering: validation, the widgets, proposals and the
 * mails, all three at once (the server). Widgets take `lazyVolunteeringMessages`, which loads
 * Swedish and English only when a page shows them.
 */
export const volunteeringMessages: Catalogs<VolunteeringMessageKey> = { fi, sv, en };

/** A volunteering text in the language, plural forms chosen by the named parameter. */
export function volunteeringText(locale: Locale, key: VolunteeringMessageKey, params: MessageParams = {}): string {
  return translate(volunteeringMessages, locale, key, params);
}
