import type { Catalogs } from './translate.js';
import en from './common.messages.en.js';
import fi, { type CommonMessageKey } from './common.messages.fi.js';
import sv from './common.messages.sv.js';

export type { CommonMessageKey };

/**
 * Every language's texts shared by every domain: generic validation and connection states, loaded at once: for the server and tests.
 * Widgets use {@link lazyCommonMessages}, which loads only the page's language.
 */
export const commonMessages: Catalogs<CommonMessageKey> = { fi, sv, en };
