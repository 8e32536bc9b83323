import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../config.js';
import { loadSignalsConfig, parseRateLimit } from './signals.config.js';

test('defaults: 5 working days, 730 days retention, 10 submissions per 10 minutes, no SMTP', () => {
  assert.deepEqual(loadSignalsConfig({}), {
    responseTargetWorkingDays: 5,
    retentionDays: 730,
    rateLimit: { max: 10, windowSeconds: 600 },
    trustedProxyHeader: null,
    smtpUrl: null,
    mailFrom: 'Heinolan kaupunki <no-reply@heinola.fi>',
  });
});

test('every setting is read from the environment', () => {
  const config = loadSignalsConfig({
    KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS: '3',
    KOHTAAMO_RETENTION_DAYS: 'off',
    KOHTAAMO_RATE_LIMIT: '5/1h',
    KOHTAAMO_TRUSTED_PROXY_HEADER: 'X-Forwarded-For',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    SMTP_FROM: 'palaute@heinola.fi',
  });
  assert.deepEqual(config, {
    responseTargetWorkingDays: 3,
    retentionDays: null,
    rateLimit: { max: 5, windowSeconds: 3600 },
    trustedProxyHeader: 'x-forwarded-for',
    smtpUrl: 'smtp://127.0.0.1:2525',
    mailFrom: 'palaute@heinola.fi',
  });
});

test('rate limits: count/window with s, m or h; off', () => {
  assert.deepEqual(parseRateLimit('10/600'), { max: 10, windowSeconds: 600 });
  assert.deepEqual(parseRateLimit('2 / 30s'), { max: 2, windowSeconds: 30 });
  assert.equal(parseRateLimit('off'), null);
  assert.equal(parseRateLimit('0'), null);
  assert.throws(() => parseRateLimit('ten per minute'), ConfigError);
});

test('bad values are all reported at once', () => {
  assert.throws(
    () => loadSignalsConfig({ KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS: '0', KOHTAAMO_RATE_LIMIT: 'x', SMTP_URL: 'http://mail', KOHTAAMO_RETENTION_DAYS: '-1' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      /KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS/.test(error.message) &&
      /KOHTAAMO_RATE_LIMIT/.test(error.message) &&
      /SMTP_URL/.test(error.message) &&
      /KOHTAAMO_RETENTION_DAYS/.test(error.message),
  );
});
