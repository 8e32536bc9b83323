/**
 * vapaaehtoistyo.fi (issue 11, ADR 0027): the client reads `/collection/task?page=N` until an
 * empty page and `/task/{id}` with the Bearer key from a local loopback server answering with
 * recorded responses of the portal's shape; published tasks appear on the board beside local
 * opportunities, drafts and unreadable tasks do not; our opportunities export in the same shape.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { VapaaehtoistyoTaskSchema, VOLUNTEERING_PATHS, type Opportunity } from '@kohtaamo/core';
import { createVapaaehtoistyoClient, importVapaaehtoistyo, VapaaehtoistyoError } from './vapaaehtoistyo.client.js';
import { expectStatus, LATU, opportunityWithShift, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

const KEY = 'test-portal-key-0123456789';
const recorded = JSON.parse(readFileSync(new URL('./fixtures/vapaaehtoistyo.recorded.json', import.meta.url), 'utf8')) as { pages: Record<string, unknown>; tasks: Record<string, unknown> };

let portal: Server;
let portalUrl: string;
const requests: { url: string; auth: string | undefined }[] = [];
let h: VolunteeringHarness;

before(async () => {
  portal = createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${KEY}`) {
      res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"unauthorized"}');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    let body: unknown;
    if (url.pathname === '/collection/task') body = recorded.pages[url.searchParams.get('page') ?? '1'] ?? { data: [] };
    else if (url.pathname.startsWith('/task/')) body = recorded.tasks[decodeURIComponent(url.pathname.slice(6))];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  h = await startVolunteering();
  h.now = new Date('2027-05-20T08:00:00.000Z');
});
after(async () => {
  await h?.close();
  await new Promise((resolve) => portal?.close(resolve));
});

describe(`vapaaehtoistyo.fi import and export (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the client pages until an empty page, sends the Bearer key, skips what it cannot read', async () => {
    const client = createVapaaehtoistyoClient({ baseUrl: portalUrl, key: KEY });
    requests.length = 0;
    const { tasks, skipped, pages } = await client.tasks();
    assert.deepEqual(requests.map((r) => r.url), ['/collection/task?page=1', '/collection/task?page=2', '/collection/task?page=3']);
    assert.ok(requests.every((r) => r.auth === `Bearer ${KEY}`));
    assert.deepEqual([tasks.length, skipped, pages], [4, 1, 2]);
    const one = await client.task(48377);
    assert.equal(one.title, 'Vieraslajitalkoot Jyränkönkoskella');
    await assert.rejects(createVapaaehtoistyoClient({ baseUrl: portalUrl, key: 'wrong' }).tasks(), VapaaehtoistyoError);
  });

  test('published portal tasks show on the board beside local opportunities; drafts do not', async () => {
    await opportunityWithShift(h, 'latu', LATU, {}, 'Latun oma talkoo');
    const result = await importVapaaehtoistyo(h.database.handle.db, createVapaaehtoistyoClient({ baseUrl: portalUrl, key: KEY }), { now: h.now, areaOf: () => 'keskusta' });
    assert.deepEqual(result, { imported: 3, skipped: 1, pages: 2 });
    const board = (await expectStatus(h.call('GET', VOLUNTEERING_PATHS.opportunities), 200)) as { items: Opportunity[] };
    const sources = board.items.map((o) => `${o.source}:${o.title.fi}`);
    assert.ok(sources.includes('local:Latun oma talkoo'));
    assert.ok(sources.includes('vapaaehtoistyo:Vieraslajitalkoot Jyränkönkoskella'));
    assert.ok(sources.includes('vapaaehtoistyo:Ystävätoiminnan vapaaehtoinen'));
    assert.ok(!sources.some((s) => s.includes('Luonnos')));
    const weed = board.items.find((o) => o.id === 'vet-48377')!;
    assert.equal(weed.startsAt, new Date(1811750400 * 1000).toISOString());
    assert.deepEqual(weed.themes, ['environment']);
    assert.equal(weed.externalUrl, 'https://vapaaehtoistyo.fi/fi/task/48377');
    const nature = (await expectStatus(h.call('GET', `${VOLUNTEERING_PATHS.opportunities}?theme=environment`), 200)) as { items: Opportunity[] };
    assert.ok(nature.items.some((o) => o.id === 'vet-48377'));
    assert.deepEqual(((await expectStatus(h.call('GET', `${VOLUNTEERING_PATHS.opportunities}/vet-48213`), 200)) as Opportunity).organisationName, 'SPR Heinolan osasto');
    // A second import replaces, never duplicates.
    await importVapaaehtoistyo(h.database.handle.db, createVapaaehtoistyoClient({ baseUrl: portalUrl, key: KEY }), { now: h.now });
    assert.equal((await h.database.handle.db.selectFrom('volunteering_imported').select('id').execute()).length, 3);
  });

  test('our opportunities export in the portal’s task shape, times in Unix seconds, no imported ones', async () => {
    const exported = (await expectStatus(h.call('GET', VOLUNTEERING_PATHS.export), 200)) as { data: Record<string, unknown>[] };
    assert.ok(exported.data.length >= 1);
    for (const task of exported.data) assert.ok(v.safeParse(VapaaehtoistyoTaskSchema, task).success, JSON.stringify(task));
    const ours = exported.data.find((t) => t.title === 'Latun oma talkoo')!;
    assert.equal(ours.organizationName, 'Heinolan Latu ry');
    assert.equal(typeof ours.timeStampStartTask, 'number');
    assert.ok(Number.isInteger(ours.timeStampStartTask) && (ours.timeStampStartTask as number) < 10_000_000_000, 'seconds, not milliseconds');
    assert.ok(!exported.data.some((t) => String(t.id).startsWith('vet-')));
  });
});
