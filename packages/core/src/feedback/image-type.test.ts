import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffImageType } from './image-type.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

test('image type by magic number (JPEG FF D8 FF, PNG signature, RIFF…WEBP)', () => {
  assert.equal(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)), 'image/jpeg');
  assert.equal(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'image/png');
  assert.equal(sniffImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBPVP8 '))), 'image/webp');
});

test('anything else is refused, whatever its name: GIF, SVG, PDF, RIFF that is not WebP, truncated', () => {
  for (const b of [bytes(...ascii('GIF89a')), bytes(...ascii('<svg xmlns')), bytes(...ascii('%PDF-1.7')), bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVE')), bytes(0xff, 0xd8), bytes()]) {
    assert.equal(sniffImageType(b), null);
  }
});
