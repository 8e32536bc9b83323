import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientKey } from './rate-limit.js';

describe('clientKey: what one client is for the rate limit', () => {
  test('an IPv4 address is itself', () => {
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('unknown'), 'unknown');
  });

  test('an IPv6 address is its /64 prefix, however it is written', () => {
    const prefix = '2001:db8:aa:bb::/64';
    for (const address of ['2001:db8:aa:bb::1', '2001:0DB8:00AA:00BB:ffff:1:2:3', '[2001:db8:aa:bb::9]', 'fe80::1%eth0'.replace('fe80:', '2001:db8:aa:bb:')]) {
      assert.equal(clientKey(address), prefix, address);
    }
    assert.equal(clientKey('2001:db8:aa:bc::1'), '2001:db8:aa:bc::/64');
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
  });

  test('an IPv4-mapped IPv6 address is its IPv4 address', () => {
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('::ffff:c000:0207'), '192.0.2.7');
  });

  test('something that is not an address stays as it is', () => {
    assert.equal(clientKey('1:2:3'), '1:2:3');
    assert.equal(clientKey('1::2::3'), '1::2::3');
  });
});
