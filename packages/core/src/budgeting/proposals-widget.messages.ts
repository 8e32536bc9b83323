import type { Catalogs } from '../i18n/translate.js';
import en from './proposals-widget.messages.en.js';
import fi, { type ProposalsWidgetMessageKey } from './proposals-widget.messages.fi.js';
import sv from './proposals-widget.messages.sv.js';

export type { ProposalsWidgetMessageKey };

/** Every language of the proposals widget's texts at once (tests and tools). */
export const proposalsWidgetMessages: Catalogs<ProposalsWidgetMessageKey> = { fi, sv, en };
