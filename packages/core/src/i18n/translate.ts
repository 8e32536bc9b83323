import { DEFAULT_LOCALE, intlTag, type Locale } from './locale.js';

/** The plural categories of `Intl.PluralRules` (fi, sv and en use `one` and `other`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A text that depends on a number: `plural` names the parameter whose value picks the form
 * through `Intl.PluralRules` of the language, e.g.
 * `{ plural: 'days', one: '{days} arkipäivä', other: '{days} arkipäivää' }`.
 * `other` is always there; a language gives every other category its rules have.
 */
export type Plural = { readonly plural: string; readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

/** One message: a text with `{name}` placeholders, or its plural forms. */
export type Message = string | Plural;
/** One language's messages of a domain, keyed by typed message keys. */
export type Catalog<K extends string = string> = Readonly<Record<K, Message>>;
/** A domain's messages in every language. */
export type Catalogs<K extends string = string> = Readonly<Record<Locale, Catalog<K>>>;
export type MessageParams = Readonly<Record<string, string | number>>;
/** The message keys of catalogs. */
export type KeyOf<C> = C extends Catalogs<infer K> ? K : never;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, n: number): PluralCategory {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTag(locale))));
  return rules.select(n);
}

/** Picks a message's form for the parameters and fills in its `{name}` placeholders. */
export function formatMessage(message: Message, locale: Locale, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const n = Number(params[message.plural]);
    template = (Number.isFinite(n) ? message[pluralCategory(locale, n)] : undefined) ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Looks a key up in the locale's catalog, then in Finnish, and formats it.
 * An unknown key comes back as itself, so a missing text is visible instead of blank.
 */
export function translate<K extends string>(
  catalogs: Catalogs<K>,
  locale: Locale,
  key: K,
  params: MessageParams = {},
): string {
  const message = catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key];
  return message === undefined ? key : formatMessage(message, locale, params);
}

/** Merges catalogs of several domains into one. Later catalogs win on the same key. */
export function mergeCatalogs<P extends readonly Catalogs<string>[]>(...parts: P): Catalogs<KeyOf<P[number]>> {
  return {
    fi: Object.assign({}, ...parts.map((p) => p.fi)),
    sv: Object.assign({}, ...parts.map((p) => p.sv)),
    en: Object.assign({}, ...parts.map((p) => p.en)),
  };
}
