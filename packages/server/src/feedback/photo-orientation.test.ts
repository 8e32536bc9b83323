import assert from 'node:assert/strict';
import { test } from 'node:test';
import jpeg from 'jpeg-js';
import { jpegWithGps, rotatedJpeg } from '../testing/feedback-fixtures.js';
import { applyJpegOrientation, jpegOrientation } from './photo-metadata.js';

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
