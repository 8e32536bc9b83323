/**
 * The resident survey's offers of help as contact offers (ADR 0054): the volunteering console
 * lists them through the platform, never through this module's tables. The consent text is the
 * one the person ticked, in their language; the offers go with this module's retention.
 */
import { lazySurveyAnsweringLaterMessages } from '@kohtaamo/core';
import type { ContactOfferLocale, ContactOfferSource, SourceContactOffer } from '../platform/contact-offers/contact-offers.js';

async function consentText(lang: ContactOfferLocale): Promise<string> {
  const entry = lazySurveyAnsweringLaterMessages[lang];
  const catalog = typeof entry === 'function' ? (await entry()).default : entry;
  return String(catalog['surveys.help.consentLabel']);
}

export const surveyContactOffers: ContactOfferSource = {
  async list(db) {
    const rows = await db
      .selectFrom('survey_help_offers as o')
      .innerJoin('survey_rounds as r', 'r.id', 'o.round_id')
      .select(['o.id', 'o.lang', 'o.text', 'o.name', 'o.email', 'o.phone', 'o.consent_on', 'o.created_on', 'r.title_fi', 'r.title_sv', 'r.title_en'])
      .orderBy('o.created_on', 'desc')
      .orderBy('o.id')
      .execute();
    const consent = new Map<string, string>();
    const out: SourceContactOffer[] = [];
    for (const r of rows) {
      const lang = (['fi', 'sv', 'en'].includes(r.lang) ? r.lang : 'fi') as ContactOfferLocale;
      if (!consent.has(lang)) consent.set(lang, await consentText(lang));
      out.push({
        id: r.id,
        context: (lang === 'sv' ? r.title_sv : lang === 'en' ? r.title_en : r.title_fi) || r.title_fi,
        lang,
        text: r.text,
        name: r.name,
        email: r.email,
        phone: r.phone,
        consentText: consent.get(lang)!,
        consentOn: r.consent_on,
        createdOn: r.created_on,
      });
    }
    return out;
  },
};
