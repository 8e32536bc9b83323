import assert from 'node:assert/strict';
import { test } from 'node:test';
import jpeg from 'jpeg-js';
import { jpegMarkers, jpegWithGps, pngChunks, pngWithText, rotatedJpeg, webpChunks, webpWithExif } from '../testing/image-fixtures.js';
import { applyJpegOrientation, jpegOrientation, MalformedImageError, stripImageMetadata } from './image-metadata.js';

const red = (p: number[]) => p[0]! > 150 && p[2]! < 100;
const blue = (p: number[]) => p[2]! > 150 && p[0]! < 100;

function corners(bytes: Uint8Array): { size: [number, number]; at: (x: number, y: number) => number[] } {
  const image = jpeg.decode(bytes);
  return {
    size: [image.width, image.height],
    at: (x, y) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)],
  };
}

test('the Exif orientation is read from a little-endian APP1; none is 1', () => {
  for (const o of [1, 3, 6, 8]) assert.equal(jpegOrientation(rotatedJpeg(o)), o);
  assert.equal(jpegOrientation(jpegWithGps()), 1);
});

test('each orientation is applied to the pixels (red half of the stored picture on the left)', () => {
  // Where the red half ends up once upright, by the Exif definitions (TIFF 6.0, Exif 2.32 §4.6.4).
  const expected: Record<number, { size: [number, number]; redAt: [number, number]; blueAt: [number, number] }> = {
    1: { size: [32, 16], redAt: [2, 8], blueAt: [29, 8] },
    2: { size: [32, 16], redAt: [29, 8], blueAt: [2, 8] }, // mirrored left–right
    3: { size: [32, 16], redAt: [29, 8], blueAt: [2, 8] }, // turned 180°
    4: { size: [32, 16], redAt: [2, 8], blueAt: [29, 8] }, // mirrored top–bottom
    5: { size: [16, 32], redAt: [8, 2], blueAt: [8, 29] }, // transposed
    6: { size: [16, 32], redAt: [8, 2], blueAt: [8, 29] }, // turned 90° clockwise
    7: { size: [16, 32], redAt: [8, 29], blueAt: [8, 2] }, // transversed
    8: { size: [16, 32], redAt: [8, 29], blueAt: [8, 2] }, // turned 90° counter-clockwise
  };
  for (const [o, e] of Object.entries(expected)) {
    const original = rotatedJpeg(Number(o));
    const out = applyJpegOrientation(original);
    if (o === '1') assert.equal(out, original, 'upright: untouched, not re-encoded');
    const image = corners(out);
    assert.deepEqual(image.size, e.size, `orientation ${o}: size`);
    assert.ok(red(image.at(...e.redAt)), `orientation ${o}: red at ${e.redAt}: ${image.at(...e.redAt)}`);
    assert.ok(blue(image.at(...e.blueAt)), `orientation ${o}: blue at ${e.blueAt}`);
  }
});

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

test('a JPEG loses its Exif (GPS, camera) and comment segments; the image still decodes the same size', () => {
  const original = jpegWithGps();
  assert.ok(text(original).includes('KohtaamoPhone') && text(original).includes('taken at home'));
  const clean = stripImageMetadata(original, 'image/jpeg');
  for (const leak of ['Exif', 'KohtaamoPhone', 'taken at home']) assert.ok(!text(clean).includes(leak), leak);
  assert.ok(!jpegMarkers(clean).includes(0xe1) && !jpegMarkers(clean).includes(0xfe));
  assert.equal(jpegMarkers(clean).at(-1), 0xda, 'the scan is kept');
  const image = jpeg.decode(clean);
  assert.deepEqual([image.width, image.height], [16, 16]);
});

test('a PNG loses its tEXt and eXIf chunks and keeps the image chunks in order', () => {
  const clean = stripImageMetadata(pngWithText(), 'image/png');
  assert.deepEqual(pngChunks(clean), ['IHDR', 'IDAT', 'IEND']);
  assert.ok(!text(clean).includes('Heinola'));
});

test('a WebP loses its EXIF and XMP chunks, their VP8X flags, and gets a RIFF size that matches', () => {
  const original = webpWithExif();
  assert.deepEqual(webpChunks(original), ['VP8X', 'VP8L', 'EXIF', 'XMP ']);
  const clean = stripImageMetadata(original, 'image/webp');
  assert.deepEqual(webpChunks(clean), ['VP8X', 'VP8L']);
  assert.equal(clean[20]! & (0x08 | 0x04), 0, 'EXIF and XMP flags cleared');
  assert.equal(new DataView(clean.buffer, clean.byteOffset).getUint32(4, true), clean.length - 8);
  assert.ok(!text(clean).includes('Heinola'));
});

test('bytes that only start like an image are malformed, not stored as they are', () => {
  assert.throws(() => stripImageMetadata(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), 'image/jpeg'), MalformedImageError);
  assert.throws(() => stripImageMetadata(pngWithText().subarray(0, 40), 'image/png'), MalformedImageError);
});
