import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatDateRange, formatDateTime } from './dates.js';
import { negotiateLocale, pickText, pickTextLang, resolveLocale } from './locale.js';
import { mergeCatalogs, translate, type Catalogs } from './translate.js';

test('resolveLocale maps tags to fi, sv, en and everything else to Finnish', () => {
  assert.equal(resolveLocale('sv-FI'), 'sv');
  assert.equal(resolveLocale('EN_gb'), 'en');
  assert.equal(resolveLocale('fi'), 'fi');
  assert.equal(resolveLocale('de'), 'fi');
  assert.equal(resolveLocale(null), 'fi');
  assert.equal(resolveLocale(''), 'fi');
});

test('negotiateLocale follows Accept-Language weights (RFC 9110)', () => {
  assert.equal(negotiateLocale('de-DE, sv;q=0.8, en;q=0.9'), 'en');
  assert.equal(negotiateLocale('sv-FI,sv;q=0.9,fi;q=0.8'), 'sv');
  assert.equal(negotiateLocale('en;q=0, sv'), 'sv');
  assert.equal(negotiateLocale('de'), 'fi');
  assert.equal(negotiateLocale(undefined), 'fi');
});

test('formatDateTime shows the instant in Europe/Helsinki (UTC+2 in winter, +3 in summer), Finnish style in every language', () => {
  assert.equal(formatDateTime('2026-01-15T10:00:00.000Z', 'en'), '15.1.2026, 12.00');
  assert.equal(formatDateTime('2026-07-15T10:00:00.000Z', 'sv'), '15.7.2026 kl. 13.00');
  assert.equal(formatDateTime('2025-05-08T15:20:00.000Z', 'fi'), '8.5.2025 klo 18.20');
  assert.equal(formatDateTime('2026-03-28T22:30:00.000Z', 'fi'), '29.3.2026 klo 00.30');
  assert.equal(formatDateTime('not a date', 'fi'), 'not a date');
});

test('formatDate: one date format in every language, no US or ISO order (issue 8)', () => {
  for (const locale of ['fi', 'sv', 'en'] as const) {
    assert.equal(formatDate('2026-09-14', locale), '14.9.2026');
    assert.equal(formatDate('2026-12-01T23:30:00.000Z', locale), '2.12.2026', 'an instant is dated in Helsinki');
    assert.equal(formatDateRange('2026-09-14', '2026-12-01', locale), '14.9.2026–1.12.2026');
  }
  assert.equal(formatDate('junk'), 'junk');
});

test('translate fills placeholders and falls back to Finnish, then to the key', () => {
  const catalogs = mergeCatalogs(
    { fi: { a: 'Hei {name}', only: 'vain suomeksi' }, sv: { a: 'Hej {name}' }, en: {} } as Catalogs,
    { fi: { b: '{n} kpl' }, sv: {}, en: { b: '{n} pcs' } } as Catalogs,
  );
  assert.equal(translate(catalogs, 'sv', 'a', { name: 'Anna' }), 'Hej Anna');
  assert.equal(translate(catalogs, 'en', 'a', { name: 'Anna' }), 'Hei Anna');
  assert.equal(translate(catalogs, 'en', 'b', { n: 3 }), '3 pcs');
  assert.equal(translate(catalogs, 'sv', 'missing.key'), 'missing.key');
  assert.equal(translate(catalogs, 'fi', 'a'), 'Hei {name}');
});

test('pickTextLang names the language pickText returns: the page\'s, or Finnish when it falls back', () => {
  const finnishOnly = { fi: 'Siivoustalkoot', sv: '', en: '' };
  const all = { fi: 'Siivoustalkoot', sv: 'Städtalko', en: 'Clean-up' };
  assert.equal(pickText(finnishOnly, 'sv'), 'Siivoustalkoot');
  assert.equal(pickTextLang(finnishOnly, 'sv'), 'fi');
  assert.equal(pickTextLang(finnishOnly, 'en'), 'fi');
  assert.equal(pickTextLang(finnishOnly, 'fi'), 'fi');
  assert.equal(pickTextLang(all, 'sv'), 'sv');
  assert.equal(pickTextLang(all, 'en'), 'en');
  assert.equal(pickTextLang({ fi: 'Vain suomeksi', sv: 'Bara svenska', en: '' }, 'en'), 'fi');
});

test('pickText falls back fi → sv → en: a name given only in Swedish or English still shows, marked with its language', () => {
  const swedishOnly = { fi: '', sv: 'Mötesrum', en: 'Meeting room' };
  assert.equal(pickText(swedishOnly, 'fi'), 'Mötesrum');
  assert.equal(pickTextLang(swedishOnly, 'fi'), 'sv');
  assert.equal(pickText(swedishOnly, 'en'), 'Meeting room');
  assert.equal(pickTextLang(swedishOnly, 'en'), 'en');
  const englishOnly = { fi: '', sv: '', en: 'Studio' };
  assert.equal(pickText(englishOnly, 'fi'), 'Studio');
  assert.equal(pickTextLang(englishOnly, 'sv'), 'en');
  const none = { fi: '', sv: '', en: '' };
  assert.equal(pickText(none, 'sv'), '');
  assert.equal(pickTextLang(none, 'sv'), 'sv', 'nothing to fall back to: the page\'s language');
});
