import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, DEFAULT_PORT, describeDatabase, loadConfig, redactUrl } from './config.js';

describe('loadConfig', () => {
  test('defaults: port 8787, SQLite at ./data/kohtaamo.sqlite from the working folder, no origins', () => {
    const config = loadConfig({}, '/srv/kohtaamo');
    assert.deepEqual(config, {
      port: DEFAULT_PORT,
      host: undefined,
      database: { kind: 'sqlite', file: '/srv/kohtaamo/data/kohtaamo.sqlite' },
      origins: [],
    });
  });

  test('PORT=0 asks for any free port; blank values count as unset', () => {
    assert.equal(loadConfig({ PORT: '0' }).port, 0);
    assert.equal(loadConfig({ PORT: ' ' }).port, DEFAULT_PORT);
    assert.equal(loadConfig({ KOHTAAMO_DB: '', DATABASE_URL: '' }, '/x').database.kind, 'sqlite');
  });

  test('DATABASE_URL wins over KOHTAAMO_DB', () => {
    const config = loadConfig({ KOHTAAMO_DB: 'a.sqlite', DATABASE_URL: 'postgres://u:p@db:5432/kohtaamo' });
    assert.deepEqual(config.database, { kind: 'postgresql', url: 'postgres://u:p@db:5432/kohtaamo' });
  });

  test('KOHTAAMO_DB relative to the working folder, absolute as is', () => {
    assert.deepEqual(loadConfig({ KOHTAAMO_DB: 'var/k.sqlite' }, '/srv').database, { kind: 'sqlite', file: '/srv/var/k.sqlite' });
    assert.deepEqual(loadConfig({ KOHTAAMO_DB: '/data/k.sqlite' }, '/srv').database, { kind: 'sqlite', file: '/data/k.sqlite' });
  });

  test('KOHTAAMO_ORIGINS is a comma-separated list; spaces and trailing slashes are forgiven', () => {
    const config = loadConfig({ KOHTAAMO_ORIGINS: ' https://www.heinola.fi/, http://localhost:8000 ,,' });
    assert.deepEqual(config.origins, ['https://www.heinola.fi', 'http://localhost:8000']);
    assert.deepEqual(loadConfig({ KOHTAAMO_ORIGINS: '*' }).origins, ['*']);
  });

  test('every bad value is reported at once', () => {
    assert.throws(
      () => loadConfig({ PORT: '70000', KOHTAAMO_ORIGINS: 'https://x.fi/path' }),
      (error: unknown) =>
        error instanceof ConfigError && /PORT/.test(error.message) && /KOHTAAMO_ORIGINS/.test(error.message),
    );
    assert.throws(() => loadConfig({ PORT: 'abc' }), ConfigError);
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
  });
});

describe('redactUrl / describeDatabase', () => {
  test('hides the password of a connection string', () => {
    assert.equal(redactUrl('postgres://kohtaamo:s3cret@db:5432/k'), 'postgres://kohtaamo:***@db:5432/k');
    assert.equal(describeDatabase({ kind: 'postgresql', url: 'postgres://a:b@h/d' }), 'PostgreSQL postgres://a:***@h/d');
    assert.equal(describeDatabase({ kind: 'sqlite', file: '/d/k.sqlite' }), 'SQLite /d/k.sqlite');
  });
});
