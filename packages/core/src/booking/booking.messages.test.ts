import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAllCatalogs, type LazyCatalogs } from '../i18n/lazy-catalogs.js';
import { intlTag, LOCALES } from '../i18n/locale.js';
import type { Message } from '../i18n/translate.js';
import { lazySpaceBookingFormMessages } from './space-booking-form.messages.lazy.js';
import { lazySpaceConsoleSignInMessages } from './space-console-sign-in.messages.lazy.js';
import { lazySpaceConsoleMessages } from './space-console.messages.lazy.js';
import { lazySpaceFiguresMessages } from './space-figures.messages.lazy.js';
import { lazySpaceFinderMapMessages } from './space-finder-map.messages.lazy.js';
import { lazySpaceFinderMessages } from './space-finder.messages.lazy.js';
import { lazySpaceManageMessages } from './space-manage.messages.lazy.js';
import { lazySpaceRoundsMessages } from './space-rounds.messages.lazy.js';
import { lazySpaceWidgetMessages } from './space-widget.messages.lazy.js';

// The booking widgets' catalogs, each a lazy part of its own (issue 7): Finnish in the bundle,
// Swedish and English loaded when shown. Each language has every key, with the same placeholders.
const catalogs = {
  lazySpaceWidgetMessages,
  lazySpaceBookingFormMessages,
  lazySpaceManageMessages,
  lazySpaceFiguresMessages,
  lazySpaceFinderMessages,
  lazySpaceFinderMapMessages,
  lazySpaceConsoleMessages,
  lazySpaceConsoleSignInMessages,
  lazySpaceRoundsMessages,
} as Record<string, LazyCatalogs<string>>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.entries(message).filter(([k]) => k !== 'plural').map(([, v]) => v as string);

for (const [name, lazy] of Object.entries(catalogs)) {
  test(`${name}: Swedish and English load on demand with Finnish's keys, placeholders and plural forms`, async () => {
    assert.equal(typeof lazy.sv, 'function');
    assert.equal(typeof lazy.en, 'function');
    const all = await loadAllCatalogs(lazy);
    const keys = Object.keys(all.fi).sort();
    assert.ok(keys.length > 0);
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(all[locale]).sort(), keys, `${locale} keys`);
      const categories = new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories;
      for (const key of keys) {
        const message = all[locale][key]!;
        const expected = placeholders(forms(all.fi[key]!)[0]!);
        for (const text of forms(message)) assert.deepEqual(placeholders(text), expected, `${locale} ${key} placeholders`);
        if (typeof message !== 'string') for (const category of categories) assert.ok(category in message, `${locale} ${key} lacks "${category}"`);
      }
    }
  });
}
