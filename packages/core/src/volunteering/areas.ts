import type { Locale } from '../i18n/locale.js';

/**
 * Heinola's areas as the volunteering board and the talkoot proposal name them: the id is what
 * an opportunity's `area` holds, the names are what people read. An opportunity may name an
 * area this list does not have (an association's own word): it is shown as it is.
 */
export const VOLUNTEER_AREAS: readonly { readonly id: string; readonly name: Readonly<Record<Locale, string>> }[] = [
  { id: 'keskusta', name: { fi: 'Keskusta', sv: 'Centrum', en: 'Town centre' } },
  { id: 'jyranko', name: { fi: 'Jyränkö', sv: 'Jyränkö', en: 'Jyränkö' } },
  { id: 'myllyoja', name: { fi: 'Myllyoja', sv: 'Myllyoja', en: 'Myllyoja' } },
  { id: 'tommola', name: { fi: 'Tommola', sv: 'Tommola', en: 'Tommola' } },
  { id: 'tahtiniemi', name: { fi: 'Tähtiniemi', sv: 'Tähtiniemi', en: 'Tähtiniemi' } },
  { id: 'vierumaki', name: { fi: 'Vierumäki', sv: 'Vierumäki', en: 'Vierumäki' } },
  { id: 'lusi', name: { fi: 'Lusi', sv: 'Lusi', en: 'Lusi' } },
  { id: 'muu', name: { fi: 'Muu Heinola', sv: 'Övriga Heinola', en: 'Elsewhere in Heinola' } },
];

/** The name of an area in the language; an unknown id as it is. */
export function areaName(id: string, locale: Locale): string {
  return VOLUNTEER_AREAS.find((a) => a.id === id)?.name[locale] ?? id;
}

/**
 * Themes a board filters by (the same words vapaaehtoistyo.fi uses, in our ids). Beside the areas:
 * the board's first view reads both, and one file is lighter than two (issue 7; the proposal form,
 * which reads the areas, carries the themes too, 85 B).
 */
export const VOLUNTEER_THEMES = [
  'environment', 'nature', 'sports', 'culture', 'children', 'youth', 'elderly',
  'immigrants', 'neighbourhood', 'animals', 'health', 'events', 'other',
] as const;
