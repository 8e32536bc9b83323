/**
 * A proposal's image (issue 9): uploaded in the proposal phase, its metadata stripped before it
 * is kept, taken by one proposal with the proposer's text alternative, public only then, and
 * deleted after a day when no proposal took it. On the real app and database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import jpeg from 'jpeg-js';
import * as v from 'valibot';
import { BUDGETING_PATHS, PROBLEM_CONTENT_TYPE, ProposalDocumentSchema, ProposalImageUploadSchema } from '@kohtaamo/core';
import { moduleContext } from '../app.js';
import { jpegWithGps, pngChunks, pngWithText, rotatedJpeg } from '../testing/image-fixtures.js';
import { createBudgetingModule } from './budgeting.module.js';
import { days, expectStatus, roundInput, startBudgeting, type BudgetingHarness } from './budgeting.test-support.js';

const R = BUDGETING_PATHS.rounds;
const S = BUDGETING_PATHS.staffRounds;
/** Above the 64 KiB the API takes of JSON: the upload route has its own limit. */
const MAX_BYTES = 192 * 1024;

let h: BudgetingHarness;
let start: Date;
before(async () => {
  h = await startBudgeting({ imageMaxBytes: MAX_BYTES });
  start = h.now;
  await expectStatus(h.staff('POST', S, roundInput('kuvat', start)), 201);
  await expectStatus(h.staff('POST', `${S}/kuvat/budgets`, { id: 'kuvat-a', kind: 'area', name: { fi: 'A', sv: 'A', en: 'A' }, amount: 100_000 }), 201);
  await expectStatus(h.staff('POST', S, roundInput('toinen', start)), 201);
  h.now = new Date(start.getTime() + days(1));
});
after(async () => {
  await h?.close();
});

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

function upload(round: string, bytes: Uint8Array, contentType = 'image/jpeg', lang = 'fi'): Promise<Response> {
  return fetch(h.server.at(`${R}/${round}/proposal-images`), { method: 'POST', headers: { 'Content-Type': contentType, 'Accept-Language': lang }, body: Buffer.from(bytes) });
}

async function uploaded(round: string, bytes: Uint8Array): Promise<string> {
  const response = await upload(round, bytes);
  assert.equal(response.status, 201, await response.clone().text());
  return v.parse(ProposalImageUploadSchema, await response.json()).id;
}

/** A real JPEG of about 120 KB: two long comments (what a camera may write) before the picture; both go when it is stored. */
function largeJpeg(): Uint8Array {
  const base = jpegWithGps();
  const comment = new Uint8Array(60_004).fill(0x41);
  comment.set([0xff, 0xfe, (60_002 >> 8) & 0xff, 60_002 & 0xff]);
  const out = new Uint8Array(base.length + 2 * comment.length);
  out.set(base.subarray(0, 2), 0);
  out.set(comment, 2);
  out.set(comment, 2 + comment.length);
  out.set(base.subarray(2), 2 + 2 * comment.length);
  return out;
}

const proposal = (image?: { id: string; alt?: string }) => ({
  budget: 'kuvat-a',
  title: 'Leikkipaikka puistoon',
  description: 'Uusi leikkipaikka Kauppakadun puistoon pienille lapsille.',
  estimatedCost: 25_000,
  ...(image ? { image } : {}),
});

async function problemOf(response: Response, status: number) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), PROBLEM_CONTENT_TYPE);
  return (await response.json()) as { code?: string; detail?: string; errors?: { pointer: string; code: string; detail: string }[] };
}

describe(`proposal images (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a JPEG is kept without its Exif GPS and comment; nobody can fetch it until a proposal takes it, then its page shows it with the alt text', async () => {
    const original = jpegWithGps();
    const response = await upload('kuvat', original, 'application/octet-stream');
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const image = v.parse(ProposalImageUploadSchema, await response.json());
    assert.equal(image.contentType, 'image/jpeg', 'the bytes decide, not the declared type');
    const row = await h.database.handle.db.selectFrom('budgeting_proposal_images').selectAll().where('id', '=', image.id).executeTakeFirstOrThrow();
    for (const leak of ['Exif', 'KohtaamoPhone', 'taken at home']) assert.ok(!latin1(row.data).includes(leak), leak);
    assert.equal(row.byte_size, image.byteSize);

    const path = `${R}/kuvat/proposal-images/${image.id}`;
    const hidden = await problemOf(await h.call('GET', path), 404);
    assert.equal(hidden.code, 'budgeting.image.unknown');

    const sent = v.parse(ProposalDocumentSchema, await expectStatus(h.call('POST', `${R}/kuvat/proposals`, proposal({ id: image.id, alt: '  Hiekkalaatikko ja keinut puiston laidalla  ' })), 201));
    assert.deepEqual(sent.image, { url: path, alt: 'Hiekkalaatikko ja keinut puiston laidalla' });
    const read = v.parse(ProposalDocumentSchema, await expectStatus(h.call('GET', `${R}/kuvat/proposals/${sent.id}`), 200));
    assert.deepEqual(read.image, sent.image);
    const listed = (await expectStatus(h.call('GET', `${R}/kuvat/proposals`), 200)) as { items: { id: string; image: unknown }[] };
    assert.deepEqual(listed.items.find((p) => p.id === sent.id)?.image, sent.image);

    const served = await h.call('GET', path);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/jpeg');
    assert.equal(served.headers.get('content-security-policy'), "default-src 'none'");
    const bytes = new Uint8Array(await served.arrayBuffer());
    assert.ok(!latin1(bytes).includes('KohtaamoPhone'));
    assert.deepEqual([jpeg.decode(bytes).width, jpeg.decode(bytes).height], [16, 16]);
    // Not served under another round's path.
    await problemOf(await h.call('GET', `${R}/toinen/proposal-images/${image.id}`), 404);
  });

  test('an image larger than the 64 KiB of JSON is taken up to the upload limit, and stored without its comments', async () => {
    const large = largeJpeg();
    assert.ok(large.length > 64 * 1024 && large.length < MAX_BYTES);
    const response = await upload('kuvat', large);
    assert.equal(response.status, 201, await response.clone().text());
    const { byteSize } = v.parse(ProposalImageUploadSchema, await response.json());
    assert.ok(byteSize < 2000, `stored ${byteSize} bytes`);
  });

  test('a PNG loses its text chunks; a photo taken on its side is stored upright', async () => {
    const png = await uploaded('kuvat', pngWithText());
    const pngRow = await h.database.handle.db.selectFrom('budgeting_proposal_images').select(['data', 'content_type']).where('id', '=', png).executeTakeFirstOrThrow();
    assert.equal(pngRow.content_type, 'image/png');
    assert.deepEqual(pngChunks(new Uint8Array(pngRow.data)), ['IHDR', 'IDAT', 'IEND']);
    const turned = await uploaded('kuvat', rotatedJpeg(6));
    const row = await h.database.handle.db.selectFrom('budgeting_proposal_images').select('data').where('id', '=', turned).executeTakeFirstOrThrow();
    const decoded = jpeg.decode(new Uint8Array(row.data));
    assert.deepEqual([decoded.width, decoded.height], [16, 32], 'turned to stand upright');
  });

  test('not an image by its bytes → 422 at #/image, problem+json in the asked language; no round → 404', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 a renamed document.jpg');
    const notImage = await problemOf(await upload('kuvat', pdf, 'image/jpeg', 'sv'), 422);
    assert.deepEqual(notImage.errors?.map((e) => [e.pointer, e.code]), [['#/image', 'budgeting.image.type']]);
    assert.match(notImage.errors![0]!.detail, /JPEG-, PNG- eller WebP/);
    // Starts like a JPEG, but is not one.
    const broken = await problemOf(await upload('kuvat', new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x40, 1, 2, 3])), 422);
    assert.equal(broken.errors?.[0]?.code, 'budgeting.image.type');
    await problemOf(await upload('ei-ole', jpegWithGps()), 404);
    const count = await h.database.handle.db.selectFrom('budgeting_proposal_images').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', 'ei-ole').executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
  });

  test('an image goes with one proposal only, of its own round, and needs its text alternative', async () => {
    const image = await uploaded('kuvat', jpegWithGps());
    const noAlt = await problemOf(await h.call('POST', `${R}/kuvat/proposals`, proposal({ id: image, alt: '   ' })), 422);
    assert.deepEqual(noAlt.errors?.map((e) => [e.pointer, e.code]), [['#/image/alt', 'budgeting.image.alt']]);
    const unknown = await problemOf(await h.call('POST', `${R}/kuvat/proposals`, proposal({ id: '00000000-0000-4000-8000-000000000000', alt: 'Kuva' })), 422);
    assert.deepEqual(unknown.errors?.map((e) => [e.pointer, e.code]), [['#/image/id', 'budgeting.image.unknown']]);

    const key = { 'Idempotency-Key': 'kuva-avain-0000000001' };
    const first = (await expectStatus(h.call('POST', `${R}/kuvat/proposals`, proposal({ id: image, alt: 'Keinut' }), key), 201)) as { id: string };
    // The same request again (a lost answer) gets the same proposal, image and all.
    const again = await h.call('POST', `${R}/kuvat/proposals`, proposal({ id: image, alt: 'Keinut' }), key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(((await again.json()) as { id: string }).id, first.id);
    // Anyone else naming the taken image is told to add one again.
    const taken = await problemOf(await h.call('POST', `${R}/kuvat/proposals`, proposal({ id: image, alt: 'Keinut' })), 422);
    assert.equal(taken.errors?.[0]?.pointer, '#/image/id');

    // Sent at once for the same image: exactly one proposal takes it.
    const other = await uploaded('kuvat', jpegWithGps());
    const raced = await Promise.all(Array.from({ length: 6 }, () => h.call('POST', `${R}/kuvat/proposals`, proposal({ id: other, alt: 'Sama kuva' }))));
    const statuses = raced.map((r) => r.status).sort();
    await Promise.all(raced.map((r) => r.arrayBuffer()));
    assert.deepEqual(statuses, [201, 422, 422, 422, 422, 422]);

    // An image of another round cannot be taken here.
    const elsewhere = await uploaded('toinen', jpegWithGps());
    const wrongRound = await problemOf(await h.call('POST', `${R}/kuvat/proposals`, proposal({ id: elsewhere, alt: 'Kuva' })), 422);
    assert.equal(wrongRound.errors?.[0]?.pointer, '#/image/id');
  });

  test('outside the proposal phase an upload is refused (409 with the phase dates)', async () => {
    const now = h.now;
    h.now = new Date(start.getTime() + days(11));
    try {
      const closed = await problemOf(await upload('kuvat', jpegWithGps(), 'image/jpeg', 'en'), 409);
      assert.equal(closed.code, 'budgeting.proposal.closed');
      assert.match(closed.detail ?? '', /proposal phase \(.+–.+\)/);
    } finally {
      h.now = now;
    }
  });

  test('the module job deletes images no proposal took within a day; taken and fresh ones stay', async () => {
    const db = h.database.handle.db;
    const taken = await uploaded('kuvat', jpegWithGps());
    await expectStatus(h.call('POST', `${R}/kuvat/proposals`, proposal({ id: taken, alt: 'Kuva' })), 201);
    const stale = await uploaded('kuvat', jpegWithGps());
    const fresh = await uploaded('kuvat', jpegWithGps());
    const old = new Date(h.now.getTime() - days(2)).toISOString();
    await db.updateTable('budgeting_proposal_images').set({ created_at: old }).where('id', 'in', [taken, stale]).execute();
    const job = createBudgetingModule().jobs?.find((j) => j.name === 'unattached-images');
    assert.ok(job, 'the budgeting module declares the job');
    assert.ok(job.intervalMs <= 3600_000);
    await job.run(moduleContext({ db: h.database.handle, config: { origins: [] }, clock: () => h.now }));
    const left = new Set((await db.selectFrom('budgeting_proposal_images').select('id').execute()).map((r) => r.id));
    assert.ok(left.has(taken), 'a proposal took it: it stays as long as the proposal');
    assert.ok(left.has(fresh), 'less than a day old: the resident may still send it');
    assert.ok(!left.has(stale), 'a day old and taken by none: gone');
  });

  // Last: the server answers before the body is read and closes that connection, which a pooled
  // connection of a later request in this file could otherwise meet.
  test('over the limit → 413 problem+json with the limit, before the body is read', async () => {
    const large = new Uint8Array(MAX_BYTES + 1);
    large.set([0xff, 0xd8, 0xff]);
    const tooLarge = await problemOf(await upload('kuvat', large, 'image/jpeg', 'en'), 413);
    assert.equal(tooLarge.code, 'budgeting.image.tooLarge');
    assert.match(tooLarge.detail ?? '', /^The image is too large \(at most \d+ MB\)\.$/);
  });
});
