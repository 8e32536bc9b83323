import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '@kohtaamo/core';
import { open311Messages } from './open311.messages.js';
import { open311Locale, parameterOfPointer, splitFormat } from './open311.routes.js';
import { parseXml } from './open311.test-helpers.js';
import { escapeXml, toXmlDocument } from './open311.xml.js';

test('lists become a plural element of singular items, null an empty element, undefined nothing', () => {
  const text = toXmlDocument('service_requests', [
    { service_request_id: 'A', account_id: null, skipped: undefined, extended_attributes: { media_urls: ['u1', 'u2'], request_history: [{ time: 't', status: 'received' }] } },
  ]);
  assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<service_requests>\n  <request>\n'));
  assert.ok(text.includes('<account_id/>'));
  assert.ok(!text.includes('skipped'));
  const doc = parseXml(text) as any;
  assert.deepEqual(doc.service_requests.request[0].extended_attributes.media_urls.media_url, ['u1', 'u2']);
  assert.equal(doc.service_requests.request[0].extended_attributes.request_history.entry[0].status, 'received');
  assert.equal(toXmlDocument('services', []), '<?xml version="1.0" encoding="UTF-8"?>\n<services/>\n');
});

test('escaping: markup characters become entities, characters XML cannot carry are dropped', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  assert.equal(escapeXml('a\u0000b\u0008c\td\ne\uFFFEf'), 'abc\td\nef');
  assert.equal(escapeXml('emoji 😀 and lone \uD800 surrogate'), 'emoji 😀 and lone  surrogate');
  const doc = parseXml(toXmlDocument('x', { d: ']]><![CDATA[ & <b>' })) as any;
  assert.equal(doc.x.d, ']]><![CDATA[ & <b>');
});

test('format suffixes, locales and parameter names', () => {
  assert.deepEqual(splitFormat('requests.json'), { name: 'requests', format: 'json' });
  assert.deepEqual(splitFormat('ABCD-EFGH-J.xml'), { name: 'ABCD-EFGH-J', format: 'xml' });
  assert.equal(splitFormat('requests.csv'), null);
  assert.equal(splitFormat('requests'), null);
  assert.equal(open311Locale('sv_FI', undefined, 'fi'), 'sv');
  assert.equal(open311Locale('en-GB', 'fi', 'fi'), 'en');
  assert.equal(open311Locale(undefined, undefined, 'fi'), 'en');
  assert.equal(open311Locale(undefined, '*', 'fi'), 'en');
  assert.equal(open311Locale(undefined, 'sv-FI,sv;q=0.9', 'sv'), 'sv');
  assert.equal(open311Locale('de', 'fi', 'fi'), 'fi');
  assert.equal(parameterOfPointer('#/message'), 'description');
  assert.equal(parameterOfPointer('#/location/lon'), 'long');
  assert.equal(parameterOfPointer('#/location/address'), 'address_string');
  assert.equal(parameterOfPointer('#/contact/email'), 'email');
  assert.equal(parameterOfPointer('#/attributes/KIND'), 'attribute[KIND]');
});

test('the Open311 texts exist in Finnish, Swedish and English alike', () => {
  const keys = Object.keys(open311Messages.fi).sort();
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(open311Messages[locale]).sort(), keys, locale);
    for (const key of keys) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(open311Messages[locale][key] as string), placeholders(open311Messages.fi[key] as string), `${locale} ${key}`);
    }
  }
});
