import { translate, type Catalogs, type Locale, type MessageParams } from '@kohtaamo/core';

/** A translate function bound to catalogs and a locale: `t('feedback.submit')`. */
export type Translator = (key: string, params?: MessageParams) => string;

export function translator(catalogs: Catalogs, locale: Locale): Translator {
  return (key, params) => translate(catalogs, locale, key, params);
}

/** Whether the catalogs know a key (in the locale or in Finnish), e.g. a code from the server. */
export function hasMessage(catalogs: Catalogs, locale: Locale, key: string): boolean {
  return key in catalogs[locale] || key in catalogs.fi;
}
