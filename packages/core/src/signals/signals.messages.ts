import type { Catalogs } from '../i18n/translate.js';
import en from './signals.messages.en.js';
import fi, { type SignalsMessageKey } from './signals.messages.fi.js';
import sv from './signals.messages.sv.js';

export type { SignalsMessageKey };

/**
 * Every language's texts of the signals domain (response-time figures; the reply mail's texts are the server's), loaded at once: for the server and tests.
 * Widgets use {@link lazySignalsMessages}, which loads only the page's language.
 */
export const signalsMessages: Catalogs<SignalsMessageKey> = { fi, sv, en };
