import * as v from 'valibot';

/**
 * An offer of help a resident left elsewhere on the platform (the resident survey's "I could…"),
 * with consent to be contacted, as the city's volunteering coordinators see it (ADR 0054).
 * `consentText` is what the person agreed to, word for word, in their language.
 */
export const HelpOfferSchema = v.object({
  /** "<source>:<the source's id>" */
  id: v.string(),
  /** The module it came from ("surveys"). */
  source: v.string(),
  /** Where it was left: the survey round's title. */
  context: v.string(),
  lang: v.picklist(['fi', 'sv', 'en']),
  text: v.string(),
  name: v.string(),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  consentText: v.string(),
  consentOn: v.string(),
  createdOn: v.string(),
  /** Marked handled by a coordinator: when and by whom; null while open. */
  handled: v.nullable(v.object({ at: v.string(), by: v.string() })),
});
export type HelpOffer = v.InferOutput<typeof HelpOfferSchema>;
export const HelpOfferListSchema = v.object({ items: v.array(HelpOfferSchema), total: v.number(), open: v.number() });
export type HelpOfferList = v.InferOutput<typeof HelpOfferListSchema>;

/** Marks an offer handled (or open again): its id and the mark. */
export const HelpOfferHandledSchema = v.object({
  offer: v.pipe(v.string('common.required'), v.maxLength(200, 'common.tooLong'), v.regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_-]+$/, 'common.invalid')),
  handled: v.boolean('common.invalid'),
});
export type HelpOfferHandled = v.InferInput<typeof HelpOfferHandledSchema>;
