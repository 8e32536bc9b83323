/**
 * The resident survey's offers of help in the volunteering console (ADR 0054): listed through
 * the platform's contact offers (this module never reads the surveys' tables), seen and marked
 * handled by the city's coordinators only (the route policies below, through the grant check).
 */
import { HelpOfferHandledSchema, type HelpOffer, VOLUNTEERING_PATHS } from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { AppEnv } from '../http/app-env.js';
import { notFoundProblem } from './volunteering.routes.js';
import { jsonBody } from '../http/validation.js';
import type { PolicyTable, StaffEnv } from '../platform/auth/policy.js';
import type { ContactOffer, ContactOffers } from '../platform/contact-offers/contact-offers.js';

const S = VOLUNTEERING_PATHS.staff;
const city = { access: 'grant', domain: 'volunteering', roles: ['coordinator'], organisation: 'city', scope: 'all' } as const;

export function helpOfferPolicies(): PolicyTable {
  return {
    [`GET ${S}/help-offers`]: city,
    [`POST ${S}/help-offers/handling`]: city,
  };
}

export interface HelpOfferDeps {
  readonly db: Kysely<Database>;
  readonly offers: ContactOffers;
  readonly clock: () => Date;
}

export function helpOfferRoutes({ db, offers, clock }: HelpOfferDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const view = (offer: ContactOffer, handled: { handled_at: string; handled_by: string } | undefined): HelpOffer => ({
    id: offer.id, source: offer.source, context: offer.context, lang: offer.lang, text: offer.text, name: offer.name, email: offer.email, phone: offer.phone,
    consentText: offer.consentText, consentOn: offer.consentOn, createdOn: offer.createdOn, handled: handled ? { at: handled.handled_at, by: handled.handled_by } : null,
  });

  app.get(`${S}/help-offers`, async (c) => {
    const all = await offers.list();
    const rows = all.length === 0 ? [] : await db.selectFrom('volunteering_offer_handling').selectAll().where('offer_id', 'in', all.map((o) => o.id)).execute();
    const handled = new Map(rows.map((r) => [r.offer_id, r]));
    // Open offers first, each group newest first (as the sources list them).
    const items = [...all.filter((o) => !handled.has(o.id)), ...all.filter((o) => handled.has(o.id))].map((o) => view(o, handled.get(o.id)));
    c.header('Cache-Control', 'no-store');
    return c.json({ items, total: items.length, open: items.filter((o) => o.handled === null).length });
  });

  app.post(`${S}/help-offers/handling`, jsonBody(HelpOfferHandledSchema), async (c) => {
    const { offer: offerId, handled: mark } = c.req.valid('json');
    const offer = await offers.find(offerId);
    if (!offer) return notFoundProblem(c);
    if (mark) {
      const by = (c as unknown as Context<StaffEnv>).get('principal')?.person.name ?? 'staff';
      const row = { offer_id: offerId, handled_at: clock().toISOString(), handled_by: by };
      // Marking twice keeps the first mark.
      await db.insertInto('volunteering_offer_handling').values(row).onConflict((oc) => oc.column('offer_id').doNothing()).execute();
    } else {
      await db.deleteFrom('volunteering_offer_handling').where('offer_id', '=', offerId).execute();
    }
    const handled = await db.selectFrom('volunteering_offer_handling').selectAll().where('offer_id', '=', offerId).executeTakeFirst();
    c.header('Cache-Control', 'no-store');
    return c.json(view(offer, handled));
  });

  return app;
}
