import { DEFAULT_LOCALE, type Locale } from './locale.js';

/** One catalog per locale: message key → text with `{name}` placeholders. */
export type Catalog = Readonly<Record<string, string>>;
export type Catalogs = Readonly<Record<Locale, Catalog>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Looks a key up in the locale's catalog, then in Finnish, and fills in `{name}` placeholders.
 * An unknown key comes back as itself, so a missing text is visible instead of blank.
 */
export function translate(
  catalogs: Catalogs,
  locale: Locale,
  key: string,
  params: MessageParams = {},
): string {
  const template = catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Merges catalogs of several domains into one. Later catalogs win on the same key. */
export function mergeCatalogs(...parts: Catalogs[]): Catalogs {
  return {
    fi: Object.assign({}, ...parts.map((p) => p.fi)),
    sv: Object.assign({}, ...parts.map((p) => p.sv)),
    en: Object.assign({}, ...parts.map((p) => p.en)),
  };
}
