import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../config.js';
import { loadFeedbackConfig } from '../feedback/feedback.config.js';
import { DEMO_CITY, loadPlatformConfig, parseRateLimit, UNCONFIGURED_CITY } from './platform.config.js';

test('defaults: module defaults for retention and limits, no SMTP, no city without --demo', () => {
  assert.deepEqual(loadPlatformConfig({}), {
    retentionDays: undefined,
    rateLimit: undefined,
    rateLimitByScope: {},
    trustedProxyHeader: null,
    smtpUrl: null,
    mailFrom: 'Kohtaamo <no-reply@localhost>',
    publicUrl: null,
    city: UNCONFIGURED_CITY,
    serverSecret: null,
    outboxPollMs: 10_000,
    jobsPollMs: 60_000,
  });
  assert.equal(loadFeedbackConfig({}).responseTargetWorkingDays, 5);
});

test('--demo: Heinola is the demo city and signs the mail', () => {
  const config = loadPlatformConfig({}, { demo: true });
  assert.deepEqual(config.city, DEMO_CITY);
  assert.equal(config.mailFrom, 'Heinolan kaupunki <no-reply@heinola.fi>');
});

test('every setting is read from the environment', () => {
  const config = loadPlatformConfig({
    KOHTAAMO_RETENTION_DAYS: 'off',
    KOHTAAMO_RATE_LIMIT: '5/1h',
    KOHTAAMO_RATE_LIMIT_FEEDBACK: '2/30s',
    KOHTAAMO_TRUSTED_PROXY_HEADER: 'X-Forwarded-For',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    SMTP_FROM: 'palaute@example.fi',
    KOHTAAMO_PUBLIC_URL: 'https://osallistu.example.fi/',
    KOHTAAMO_CITY_NAME: 'Esimerkkilän kaupunki',
    KOHTAAMO_MAP_CENTRE: '60.17,24.94',
    KOHTAAMO_MAP_BBOX: '24.8,60.1,25.2,60.3',
    KOHTAAMO_MAP_TILES: 'https://tiles.example.fi/{z}/{x}/{y}.png',
  });
  assert.deepEqual(config, {
    retentionDays: null,
    rateLimit: { max: 5, windowSeconds: 3600 },
    rateLimitByScope: { feedback: { max: 2, windowSeconds: 30 } },
    trustedProxyHeader: 'x-forwarded-for',
    smtpUrl: 'smtp://127.0.0.1:2525',
    mailFrom: 'palaute@example.fi',
    publicUrl: 'https://osallistu.example.fi',
    serverSecret: null,
    outboxPollMs: 10_000,
    jobsPollMs: 60_000,
    city: {
      name: 'Esimerkkilän kaupunki',
      mapCentre: { lat: 60.17, lon: 24.94 },
      mapBbox: [24.8, 60.1, 25.2, 60.3],
      mapTiles: 'https://tiles.example.fi/{z}/{x}/{y}.png',
    },
  });
  assert.equal(loadFeedbackConfig({ KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS: '3' }).responseTargetWorkingDays, 3);
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
    () =>
      loadPlatformConfig({
        KOHTAAMO_RATE_LIMIT: 'x',
        SMTP_URL: 'http://mail',
        KOHTAAMO_RETENTION_DAYS: '-1',
        KOHTAAMO_PUBLIC_URL: 'ftp://x',
        KOHTAAMO_MAP_BBOX: '1,2,3',
        KOHTAAMO_MAP_TILES: 'https://x/tile.png',
      }),
    (error: unknown) =>
      error instanceof ConfigError &&
      ['KOHTAAMO_RATE_LIMIT', 'SMTP_URL', 'KOHTAAMO_RETENTION_DAYS', 'KOHTAAMO_PUBLIC_URL', 'KOHTAAMO_MAP_BBOX', 'KOHTAAMO_MAP_TILES'].every((name) =>
        error.message.includes(name),
      ),
  );
  assert.throws(() => loadFeedbackConfig({ KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS: '0' }), /KOHTAAMO_RESPONSE_TARGET_WORKING_DAYS/);
});
