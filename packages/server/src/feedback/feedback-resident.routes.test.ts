import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import jpeg from 'jpeg-js';
import * as v from 'valibot';
import {
  FEEDBACK_PATHS,
  FEEDBACK_RESIDENT_PATHS,
  FeedbackCategoryListSchema,
  FeedbackReceiptSchema,
  FollowResultSchema,
  NearbyFeedbackSchema,
  PhotoUploadSchema,
  ProblemSchema,
  PublicFeedbackListSchema,
} from '@kohtaamo/core';
import { publishFeedback } from '../testing/feedback-fixtures.js';
import { jpegMarkers, jpegWithGps, pngChunks, pngWithText, rotatedJpeg } from '../testing/image-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { DEMO_POINTS } from './feedback-resident.seed.js';
import { seedDemo } from './feedback.seed.js';
import { createFeedbackModule } from './feedback.module.js';

let database: TestDatabase;
let server: TestServer;
const logger = recordingLogger();
const PHOTO_MAX = 64 * 1024;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger, modules: [createFeedbackModule({ photoMaxBytes: PHOTO_MAX })] });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

const ascii = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

async function errorsOf(response: Response, status = 422): Promise<Record<string, string>> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = v.parse(ProblemSchema, await response.json());
  return Object.fromEntries((problem.errors ?? []).map((e) => [e.pointer, e.code]));
}

async function submit(body: Record<string, unknown>, key?: string) {
  return postJson(server.at(FEEDBACK_PATHS.submissions), body, key ? { 'Idempotency-Key': key } : {});
}

function upload(bytes: Uint8Array, type = 'image/jpeg') {
  return fetch(server.at(FEEDBACK_RESIDENT_PATHS.photos), { method: 'POST', headers: { 'Content-Type': type }, body: Buffer.from(bytes) });
}

const STREETS = { danger: 'no' };

describe(`resident feedback API (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('categories carry their Open311 attributes and notices', async () => {
    const list = v.parse(FeedbackCategoryListSchema, await (await fetch(server.at(FEEDBACK_PATHS.categories))).json());
    const streets = list.items.find((c) => c.id === 'streets')!;
    assert.equal(streets.attributes[0]?.code, 'danger');
    assert.equal(streets.attributes[0]?.description.fi, 'Onko kyseessä vaaratilanne?');
    assert.equal(streets.notices[0]?.blocking, true);
    assert.match(streets.notices[0]!.text.fi, /112/);
    assert.deepEqual(list.items.find((c) => c.id === 'library')?.attributes, []);
  });

  test('answers are checked against the category: 422 pointing at #/attributes/<code>', async () => {
    await database.handle.db
      .insertInto('feedback_category_attributes')
      .values({ category_id: 'youth', code: 'age', datatype: 'number', variable: 1, required: 1, sort_order: 1, description_fi: 'Ikä', description_sv: 'Ålder', description_en: 'Age', values_json: '[]' })
      .execute();
    assert.deepEqual(await errorsOf(await submit(validSubmission({ category: 'youth' }))), { '#/attributes/age': 'feedback.attribute.required' });
    assert.deepEqual(await errorsOf(await submit(validSubmission({ category: 'youth', attributes: { age: 'kolme' } }))), { '#/attributes/age': 'feedback.attribute.number' });
    assert.equal((await submit(validSubmission({ category: 'youth', attributes: { age: '15' } }))).status, 201);
    assert.equal((await submit(validSubmission())).status, 201, 'an optional question may be skipped');
    assert.deepEqual(await errorsOf(await submit(validSubmission({ attributes: { danger: 'maybe', colour: 'red' } }))), {
      '#/attributes/danger': 'feedback.attribute.choice',
      '#/attributes/colour': 'feedback.attribute.unknown',
    });
    // "Immediate danger" triggers the blocking 112 notice: the form is not the channel.
    assert.deepEqual(await errorsOf(await submit(validSubmission({ attributes: { danger: 'immediate' } }))), {
      '#/attributes/danger': 'feedback.notice.blocking',
    });
  });

  test('a pin and answers are stored; a pin outside Heinola or half a pin is refused', async () => {
    const response = await submit(validSubmission({ location: { lat: 61.2, lon: 26.03 }, attributes: { danger: 'risk' } }));
    assert.equal(response.status, 201);
    const receipt = v.parse(FeedbackReceiptSchema, await response.json());
    const row = await database.handle.db.selectFrom('feedback').select(['lat', 'lon', 'attributes', 'address']).where('tracking_code', '=', receipt.trackingCode).executeTakeFirstOrThrow();
    assert.deepEqual({ lat: Number(row.lat), lon: Number(row.lon), attributes: JSON.parse(row.attributes!), address: row.address }, { lat: 61.2, lon: 26.03, attributes: { danger: 'risk' }, address: null });
    assert.deepEqual(await errorsOf(await submit(validSubmission({ location: { lat: 60.17, lon: 24.94 }, attributes: STREETS }))), { '#/location/lat': 'feedback.location.outside' });
    assert.deepEqual(await errorsOf(await submit(validSubmission({ location: { lat: 61.2 }, attributes: STREETS }))), { '#/location/lat': 'feedback.location.invalid' });
  });

  test('a JPEG photo: Exif GPS and the comment are gone from the stored bytes, the image still decodes', async () => {
    const original = jpegWithGps();
    assert.ok(ascii(original).includes('Exif\0\0') && ascii(original).includes('KohtaamoPhone'));
    assert.deepEqual(jpegMarkers(original).slice(0, 3), [0xe1, 0xfe, 0xe0]);
    // Declared as PNG: the bytes decide.
    const response = await upload(original, 'image/png');
    assert.equal(response.status, 201);
    const photo = v.parse(PhotoUploadSchema, await response.json());
    assert.equal(photo.contentType, 'image/jpeg');
    const stored = await database.handle.db.selectFrom('feedback_photos').select(['data', 'feedback_id']).where('id', '=', photo.id).executeTakeFirstOrThrow();
    const bytes = new Uint8Array(stored.data);
    assert.equal(stored.feedback_id, null);
    assert.ok(!jpegMarkers(bytes).includes(0xe1), 'no APP1');
    assert.ok(!jpegMarkers(bytes).includes(0xfe), 'no COM');
    for (const text of ['Exif', 'KohtaamoPhone', 'taken at home']) assert.ok(!ascii(bytes).includes(text), text);
    const decoded = jpeg.decode(bytes);
    assert.deepEqual([decoded.width, decoded.height], [16, 16]);
  });

  test('a photo taken on its side (Exif Orientation 6) is stored turned upright, without its Exif', async () => {
    const original = rotatedJpeg(6);
    const before = jpeg.decode(original);
    assert.deepEqual([before.width, before.height], [32, 16]);
    const response = await upload(original, 'image/jpeg');
    assert.equal(response.status, 201);
    const photo = v.parse(PhotoUploadSchema, await response.json());
    const stored = await database.handle.db.selectFrom('feedback_photos').select('data').where('id', '=', photo.id).executeTakeFirstOrThrow();
    const bytes = new Uint8Array(stored.data);
    assert.ok(!jpegMarkers(bytes).includes(0xe1), 'no APP1: the orientation is in the pixels now');
    assert.ok(!ascii(bytes).includes('KohtaamoPhone'));
    const upright = jpeg.decode(bytes);
    // Turned 90° clockwise: 16 wide, 32 high; the red left half is now on top, the blue right half below.
    assert.deepEqual([upright.width, upright.height], [16, 32]);
    const pixel = (x: number, y: number) => [...upright.data.subarray((y * upright.width + x) * 4, (y * upright.width + x) * 4 + 3)];
    const red = (p: number[]) => p[0]! > 150 && p[2]! < 100;
    const blue = (p: number[]) => p[2]! > 150 && p[0]! < 100;
    assert.ok(red(pixel(8, 4)) && red(pixel(1, 1)), `top is red: ${pixel(8, 4)}`);
    assert.ok(blue(pixel(8, 28)) && blue(pixel(14, 30)), `bottom is blue: ${pixel(8, 28)}`);
  });

  test('a PNG photo loses its tEXt and eXIf chunks and keeps the image chunks', async () => {
    const response = await upload(pngWithText(), 'application/octet-stream');
    assert.equal(response.status, 201);
    const photo = v.parse(PhotoUploadSchema, await response.json());
    const stored = await database.handle.db.selectFrom('feedback_photos').select('data').where('id', '=', photo.id).executeTakeFirstOrThrow();
    assert.deepEqual(pngChunks(new Uint8Array(stored.data)), ['IHDR', 'IDAT', 'IEND']);
  });

  test('not an image (by its bytes) → 422; larger than the limit → 413', async () => {
    assert.deepEqual(await errorsOf(await upload(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/jpeg')), { '#/photo': 'feedback.photo.type' });
    assert.deepEqual(await errorsOf(await upload(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))), { '#/photo': 'feedback.photo.type' });
    const big = new Uint8Array(PHOTO_MAX + 1);
    big.set([0xff, 0xd8, 0xff]);
    const response = await upload(big);
    assert.equal(response.status, 413);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });

  test('photos join a submission (idempotent), are public only once it is published and not hidden', async () => {
    const photo = v.parse(PhotoUploadSchema, await (await upload(jpegWithGps())).json());
    const body = validSubmission({ attributes: STREETS, photos: [photo.id] });
    const first = await submit(body, 'photo-key-0000000001');
    assert.equal(first.status, 201);
    const replay = await submit(body, 'photo-key-0000000001');
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const { trackingCode } = v.parse(FeedbackReceiptSchema, await first.json());
    // The same photo cannot be taken by another feedback.
    assert.deepEqual(await errorsOf(await submit(body, 'photo-key-0000000002')), { '#/photos/0': 'feedback.photo.unknown' });
    const url = server.at(FEEDBACK_RESIDENT_PATHS.photo(photo.id));
    assert.equal((await fetch(url)).status, 404, 'not before publication');
    await publishFeedback(database.handle.db, trackingCode);
    const served = await fetch(url);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/jpeg');
    assert.ok(!ascii(new Uint8Array(await served.arrayBuffer())).includes('Exif'));
    await database.handle.db.updateTable('feedback_photos').set({ hidden: 1 }).where('id', '=', photo.id).execute();
    assert.equal((await fetch(url)).status, 404, 'hidden by moderation');
  });

  test('the public list: published only, the public text, never contact details; filters and pages', async () => {
    const response = await fetch(server.at(FEEDBACK_RESIDENT_PATHS.list));
    assert.equal(response.status, 200);
    const text = await response.text();
    for (const secret of ['example.fi', '040 123 4567', 'Maija', 'Testi Asukas']) assert.ok(!text.includes(secret), secret);
    const list = v.parse(PublicFeedbackListSchema, JSON.parse(text));
    const codes = list.items.map((i) => i.trackingCode);
    assert.ok(codes.includes('PARK-2025-B'));
    assert.ok(!codes.includes('T1E0-2025-C'), 'pending moderation is not public');
    const park = list.items.find((i) => i.trackingCode === 'PARK-2025-B')!;
    assert.deepEqual(park.point, DEMO_POINTS['PARK-2025-B']);
    // The list gives the same response time as the report's status answer (signals' reportResponseTime).
    assert.equal(park.responseTime.firstResponseSeconds, Math.round((Date.parse('2025-05-06T11:30:00.000Z') - Date.parse('2025-05-02T13:45:00.000Z')) / 1000));
    assert.equal(park.responseTime.firstResponseWorkingDays, 2);
    assert.equal(park.responseTime.withinTarget, true);
    const status = (await (await fetch(server.at("/api/v1/feedback/PARK-2025-B"))).json()) as { responseTime: unknown };
    assert.deepEqual(park.responseTime, status.responseTime);
    assert.ok(park.reply?.text.startsWith('Kiitos'));

    // The public text is the moderated one, not the resident's raw message.
    await database.handle.db.updateTable('feedback').set({ public_message: 'Keinun ketju katkennut. [poistettu]' }).where('tracking_code', '=', 'PARK-2025-B').execute();
    const parks = v.parse(PublicFeedbackListSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}?category=parks`))).json());
    assert.deepEqual(parks.items.map((i) => [i.trackingCode, i.message]), [['PARK-2025-B', 'Keinun ketju katkennut. [poistettu]']]);

    const open = v.parse(PublicFeedbackListSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}?status=open&category=`))).json());
    assert.ok(open.items.every((i) => ['received', 'allocated', 'in_handling'].includes(i.status)) && open.items.length > 0);
    const inBox = v.parse(PublicFeedbackListSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}?bbox=26.03,61.20,26.035,61.205`))).json());
    assert.deepEqual(inBox.items.map((i) => i.trackingCode), ['PARK-2025-B']);
    const page2 = v.parse(PublicFeedbackListSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}?pageSize=1&page=2`))).json());
    assert.equal(page2.items.length, 1);
    assert.equal(page2.total, list.total);
    assert.equal(page2.items[0]!.trackingCode, list.items[1]!.trackingCode);
    assert.deepEqual(await errorsOf(await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}?bbox=1,2,3`))), { '#/bbox': 'feedback.bbox.invalid' });
  });

  test('the public list pages by an opaque cursor; a cursor it did not make is a 422 at #/cursor', async () => {
    const list = (query: string) => fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.list}${query}`));
    const first = v.parse(PublicFeedbackListSchema, await (await list('?pageSize=1')).json());
    assert.ok(first.total >= 2 && typeof first.next === 'string');
    const second = v.parse(PublicFeedbackListSchema, await (await list(`?pageSize=1&cursor=${first.next}`)).json());
    const byNumber = v.parse(PublicFeedbackListSchema, await (await list('?pageSize=1&page=2')).json());
    assert.equal(second.page, 2);
    assert.deepEqual(second.items.map((i) => i.trackingCode), byNumber.items.map((i) => i.trackingCode));
    const last = v.parse(PublicFeedbackListSchema, await (await list(`?pageSize=100`)).json());
    assert.equal(last.next, null);
    for (const bad of ['bm90LWEtY3Vyc29y', 'WyJ4IiwieSIsMl0']) {
      const response = await list(`?cursor=${bad}`);
      assert.equal(response.status, 422);
      assert.deepEqual(v.parse(ProblemSchema, await response.json()).errors?.map((e) => e.pointer), ['#/cursor']);
    }
  });

  test('similar open reports nearby; "this is mine too" follows once per key', async () => {
    const pin = DEMO_POINTS['HE1N-2025-A']!;
    const near = async (category: string, lat: number, lon: number) =>
      v.parse(NearbyFeedbackSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.nearby}?category=${category}&lat=${lat}&lon=${lon}`))).json()).items;
    const found = await near('sports', pin.lat + 0.001, pin.lon); // about 111 m north
    assert.deepEqual(found.map((i) => i.trackingCode), ['HE1N-2025-A']);
    assert.ok(Math.abs(found[0]!.distance - 111) <= 1, String(found[0]!.distance));
    assert.deepEqual(await near('sports', pin.lat + 0.003, pin.lon), [], '333 m is too far');
    assert.deepEqual(await near('parks', pin.lat, pin.lon), [], 'another category');
    const park = DEMO_POINTS['PARK-2025-B']!;
    assert.deepEqual(await near('parks', park.lat, park.lon), [], 'closed (done) reports are not suggested');

    const follow = (key: string, body: unknown = {}) => postJson(server.at(FEEDBACK_RESIDENT_PATHS.followers('he1n-2025-a')), body, { 'Idempotency-Key': key });
    const first = await follow('follow-key-0000000001', { email: 'seuraaja@example.fi' });
    assert.equal(first.status, 201);
    assert.deepEqual(v.parse(FollowResultSchema, await first.json()), { trackingCode: 'HE1N-2025-A', followers: 1 });
    const again = await follow('follow-key-0000000001', { email: 'seuraaja@example.fi' });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), { trackingCode: 'HE1N-2025-A', followers: 1 });
    assert.deepEqual(await (await follow('follow-key-0000000002')).json(), { trackingCode: 'HE1N-2025-A', followers: 2 });
    const listed = v.parse(NearbyFeedbackSchema, await (await fetch(server.at(`${FEEDBACK_RESIDENT_PATHS.nearby}?category=sports&lat=${pin.lat}&lon=${pin.lon}`))).json());
    assert.equal(listed.items[0]!.followers, 2);
    assert.ok(!JSON.stringify(listed).includes('seuraaja'), 'a follower email is never public');
    // Not published (pending moderation) → not found, like an unknown code.
    assert.equal((await postJson(server.at(FEEDBACK_RESIDENT_PATHS.followers('T1E0-2025-C')), {}, { 'Idempotency-Key': 'follow-key-0000000003' })).status, 404);
    assert.deepEqual(await errorsOf(await follow('follow-key-0000000004', { email: 'not-an-email' })), { '#/email': 'feedback.contact.email.invalid' });
  });
});
