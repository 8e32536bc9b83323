import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { test } from 'node:test';
import { generateReceiptCode, isReceiptCounted, normalizeReceiptCode, publishedReceiptList, RECEIPT_CODE_PATTERN, receiptListDigest, voterKey } from './receipt.js';

test('receipt codes have the XXXX-XXXX-XXXX-XXXX-C shape, pass their own check and do not repeat', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const code = generateReceiptCode();
    assert.match(code, RECEIPT_CODE_PATTERN);
    assert.equal(normalizeReceiptCode(code), code);
    seen.add(code);
  }
  assert.equal(seen.size, 2000);
});

test('the check symbol is Crockford mod 37, and codes checking to * ~ $ = U are drawn again', () => {
  assert.equal(generateReceiptCode((a) => a.fill(0)), '0000-0000-0000-0000-0');
  // Data ending "14" is 36: its check would be "U", so the next draw (ending "1") is issued.
  const draws = [
    [...new Array(14).fill(0), 1, 4],
    [...new Array(15).fill(0), 1],
  ];
  const code = generateReceiptCode((a) => {
    a.set(draws.shift()!);
    return a;
  });
  assert.equal(code, '0000-0000-0000-0001-1');
  assert.equal(normalizeReceiptCode('0000-0000-0000-0014-U'), null);
});

test('a typed code is read forgivingly and a single wrong symbol or a swap is caught', () => {
  const code = generateReceiptCode();
  assert.equal(normalizeReceiptCode(code.toLowerCase().replace(/-/g, ' ')), code);
  assert.equal(normalizeReceiptCode('oooo-oooo-oooo-oooo-o'), '0000-0000-0000-0000-0');
  const data = code.replace(/-/g, '');
  for (let i = 0; i < 16; i++) {
    const wrong = data.slice(0, i) + (data[i] === '7' ? '8' : '7') + data.slice(i + 1);
    assert.equal(normalizeReceiptCode(wrong), null, `symbol ${i}`);
  }
  for (let i = 0; i < 15; i++) {
    if (data[i] === data[i + 1]) continue;
    const swapped = data.slice(0, i) + data[i + 1] + data[i] + data.slice(i + 2);
    assert.equal(normalizeReceiptCode(swapped), null, `swap ${i}`);
  }
  assert.equal(normalizeReceiptCode('1234'), null);
});

test('the published list: sorted, each code once; a voter finds theirs, typed any way', () => {
  const codes = Array.from({ length: 500 }, () => generateReceiptCode());
  const list = publishedReceiptList([...codes, codes[0]!]);
  assert.equal(list.length, 500);
  assert.deepEqual(list, [...list].sort());
  for (const c of codes.slice(0, 50)) assert.ok(isReceiptCounted(list, c.toLowerCase()));
  assert.equal(isReceiptCounted(list, generateReceiptCode()), false);
  assert.equal(isReceiptCounted(list, 'not a code'), false);
});

test('the list digest is SHA-256 of the sorted codes, one a line (what sha256sum prints)', async () => {
  const codes = ['0000-0000-0000-0001-1', '0000-0000-0000-0000-0'];
  const expected = createHash('sha256').update('0000-0000-0000-0000-0\n0000-0000-0000-0001-1\n').digest('hex');
  assert.equal(await receiptListDigest(codes), expected);
});

test('the voter key is HMAC-SHA-256 of the normalised identity; the same person always gets the same key', async () => {
  const secret = 'k'.repeat(32);
  const expected = createHmac('sha256', secret).update('010190-123A').digest('hex');
  assert.equal(await voterKey(secret, ' 010190-123a '), expected);
  assert.notEqual(await voterKey('x'.repeat(32), '010190-123A'), expected);
  await assert.rejects(voterKey('short', 'someone'), RangeError);
});
