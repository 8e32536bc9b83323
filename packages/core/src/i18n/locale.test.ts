import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDateTime, negotiateLocale, resolveLocale } from './locale.js';
import { mergeCatalogs, translate } from './translate.js';

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

test('formatDateTime shows the instant in Europe/Helsinki (UTC+2 in winter, +3 in summer)', () => {
  assert.match(formatDateTime('2026-01-15T10:00:00.000Z', 'en'), /12[.:]00/);
  assert.match(formatDateTime('2026-07-15T10:00:00.000Z', 'sv'), /13[.:]00/);
  assert.match(formatDateTime('2026-07-15T10:00:00.000Z', 'fi'), /13\.00/);
  assert.equal(formatDateTime('not a date', 'fi'), 'not a date');
});

test('translate fills placeholders and falls back to Finnish, then to the key', () => {
  const catalogs = mergeCatalogs(
    { fi: { a: 'Hei {name}', only: 'vain suomeksi' }, sv: { a: 'Hej {name}' }, en: {} },
    { fi: { b: '{n} kpl' }, sv: {}, en: { b: '{n} pcs' } },
  );
  assert.equal(translate(catalogs, 'sv', 'a', { name: 'Anna' }), 'Hej Anna');
  assert.equal(translate(catalogs, 'en', 'a', { name: 'Anna' }), 'Hei Anna');
  assert.equal(translate(catalogs, 'en', 'b', { n: 3 }), '3 pcs');
  assert.equal(translate(catalogs, 'sv', 'missing.key'), 'missing.key');
  assert.equal(translate(catalogs, 'fi', 'a'), 'Hei {name}');
});
