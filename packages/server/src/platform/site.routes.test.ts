// The city's map settings come from configuration, and both the widgets (GET /api/v1/site) and
// the server's own pin check follow them: nothing in the library assumes Heinola.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { createHttpClient, createSiteApi, FEEDBACK_PATHS, ProblemSchema, SITE_PATH, SiteSettingsSchema } from '@kohtaamo/core';
import { seedDemo } from '../feedback/feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { AUTH_DEFAULTS } from './auth/auth.config.js';
import { DEMO_CITY } from './platform.config.js';

const HELSINKI = {
  name: 'Helsinki',
  mapCentre: { lat: 60.1699, lon: 24.9384 },
  mapBbox: [24.78, 60.1, 25.26, 60.3] as const,
  mapTiles: 'https://tiles.example.fi/{z}/{x}/{y}.png',
};

let database: TestDatabase;
let heinola: TestServer;
let helsinki: TestServer;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  heinola = await startTestServer({ db: database.handle, config: { origins: [] } });
  helsinki = await startTestServer({ db: database.handle, config: { origins: [] }, platform: { city: HELSINKI } });
});

after(async () => {
  await heinola?.close();
  await helsinki?.close();
  await database?.cleanup();
});

describe(`site settings and the pin area (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test("GET /api/v1/site gives the configured city's name and map, in the shape core reads", async () => {
    const demo = await createSiteApi(createHttpClient({ baseUrl: heinola.url })).settings();
    assert.deepEqual(demo, {
      city: { name: DEMO_CITY.name },
      map: { centre: DEMO_CITY.mapCentre, bbox: DEMO_CITY.mapBbox, tiles: DEMO_CITY.mapTiles },
      staff: { cityAccount: false },
    });
    const response = await fetch(helsinki.at(SITE_PATH));
    assert.equal(response.status, 200);
    const settings = v.parse(SiteSettingsSchema, await response.json());
    assert.equal(settings.city.name, 'Helsinki');
    assert.deepEqual(settings.map.bbox, [...HELSINKI.mapBbox]);
    assert.equal(settings.map.tiles, HELSINKI.mapTiles);
  });

  test('staff consoles are told to offer the city account only where its OpenID Connect provider is configured', async () => {
    const withOidc = await startTestServer({
      db: database.handle,
      config: { origins: [] },
      auth: { ...AUTH_DEFAULTS, oidc: { issuer: 'https://login.example.fi', clientId: 'kohtaamo', clientSecret: null, redirectUri: 'https://x.example/cb', scopes: 'openid', groupsClaim: 'groups', groupGrants: {} } },
    });
    try {
      assert.deepEqual((await createSiteApi(createHttpClient({ baseUrl: withOidc.url })).settings()).staff, { cityAccount: true });
      assert.deepEqual((await createSiteApi(createHttpClient({ baseUrl: heinola.url })).settings()).staff, { cityAccount: false });
    } finally {
      await withOidc.close();
    }
  });

  test("a pin is checked against the configured area: Helsinki's server takes a Helsinki pin and refuses a Heinola one", async () => {
    const inHelsinki = validSubmission({ location: { lat: 60.17, lon: 24.94 } });
    const inHeinola = validSubmission({ location: { lat: 61.2, lon: 26.03 } });
    assert.equal((await postJson(helsinki.at(FEEDBACK_PATHS.submissions), inHelsinki)).status, 201);
    const refused = await postJson(helsinki.at(FEEDBACK_PATHS.submissions), inHeinola);
    assert.equal(refused.status, 422);
    const problem = v.parse(ProblemSchema, await refused.json());
    assert.deepEqual(problem.errors?.map((e) => [e.pointer, e.code]), [['#/location/lat', 'feedback.location.outside']]);
    assert.equal((await postJson(heinola.at(FEEDBACK_PATHS.submissions), inHeinola)).status, 201);
    assert.equal((await postJson(heinola.at(FEEDBACK_PATHS.submissions), inHelsinki)).status, 422);
  });

  test('a city with no area configured takes a pin anywhere', async () => {
    const anywhere = await startTestServer({ db: database.handle, config: { origins: [] }, platform: { city: { ...HELSINKI, mapBbox: null } } });
    try {
      assert.equal((await postJson(anywhere.at(FEEDBACK_PATHS.submissions), validSubmission({ location: { lat: 35.68, lon: 139.69 } }))).status, 201);
    } finally {
      await anywhere.close();
    }
  });
});
