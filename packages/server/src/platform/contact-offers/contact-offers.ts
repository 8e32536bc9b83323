/**
 * Contact offers (ADR 0054): a resident left an offer of help with one module and agreed to be
 * contacted about it; another module may list such offers and act on them. Domains never import
 * each other, so the hand-over is this small platform contract: a module that collects offers
 * declares a `ContactOfferSource` (DomainModule.contactOffers), and every module reads the offers
 * of all sources through `ModuleContext.contactOffers`. The offers stay in their source's tables
 * under its retention (nothing is copied); who may see them is decided by the reading module's
 * route policy, through the one grant check (the volunteering console: the city's coordinators).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

export type ContactOfferLocale = 'fi' | 'sv' | 'en';

/** One offer as its source describes it. */
export interface SourceContactOffer {
  /** The source's own id of the offer. */
  readonly id: string;
  /** Where it was left, in the offer's language (a survey round's title). */
  readonly context: string;
  readonly lang: ContactOfferLocale;
  /** What the person offers, in their words. */
  readonly text: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  /** The consent the person gave, word for word as it was shown to them. */
  readonly consentText: string;
  /** The day of the consent (YYYY-MM-DD, Helsinki). */
  readonly consentOn: string;
  readonly createdOn: string;
}

/** A module's offers: read-only; the source keeps and removes them (its retention). */
export interface ContactOfferSource {
  /** Every offer the source holds now, newest first. */
  list(db: Kysely<Database>): Promise<readonly SourceContactOffer[]>;
}

/** An offer as a reading module sees it: its id is "<source>:<source's id>", unique across sources. */
export interface ContactOffer extends SourceContactOffer {
  readonly source: string;
}

/** What a module reads the offers of every source through. */
export interface ContactOffers {
  /** The offers of every source, newest first. */
  list(): Promise<readonly ContactOffer[]>;
  /** One offer by its id ("<source>:<id>"), or null when its source has removed it (or never had it). */
  find(id: string): Promise<ContactOffer | null>;
}

/** The offers of the given sources (module name → source), read from `db`. */
export function contactOffersOf(db: Kysely<Database>, sources: ReadonlyMap<string, ContactOfferSource>): ContactOffers {
  const list = async (): Promise<readonly ContactOffer[]> => {
    const all: ContactOffer[] = [];
    for (const [source, reader] of sources) for (const offer of await reader.list(db)) all.push({ ...offer, id: `${source}:${offer.id}`, source });
    return all.sort((a, b) => (a.createdOn === b.createdOn ? a.id.localeCompare(b.id) : b.createdOn.localeCompare(a.createdOn)));
  };
  return {
    list,
    async find(id) {
      const source = id.slice(0, id.indexOf(':'));
      if (!sources.has(source)) return null;
      return (await list()).find((o) => o.id === id) ?? null;
    },
  };
}
