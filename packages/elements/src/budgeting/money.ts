import { intlTag, type Locale } from '@kohtaamo/core';

const formats = new Map<Locale, Intl.NumberFormat>();

/** Whole euros in the language's format ("110 000 €", "€110,000"). */
export function euros(locale: Locale, amount: number): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })));
  return format.format(amount);
}
