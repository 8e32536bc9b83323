import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/**
 * Real images with the metadata a phone or a camera writes (Exif GPS, comments, PNG text
 * chunks, an Exif orientation), for the tests of metadata stripping (platform/image-metadata.ts)
 * and of every upload that uses it (feedback photos, budgeting proposal images).
 */

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * An Exif APP1 segment (big-endian TIFF) with a camera model and a GPS IFD holding
 * latitude 61°12'20" N, longitude 26°2'17" E: what a phone writes into a photo.
 */
export function exifApp1WithGps(): Uint8Array {
  // TIFF: header (8) + IFD0 at 8: 2 entries (2 + 24 + 4 = 30) → GPS IFD at 38: 4 entries (2 + 48 + 4 = 54) → data at 92.
  const model = ascii('KohtaamoPhone\0'); // 14 bytes at 92
  const latAt = 106;
  const lonAt = latAt + 24;
  const modelAt = 92;
  const rational = (deg: number, min: number, sec: number) => [...u32(deg), ...u32(1), ...u32(min), ...u32(1), ...u32(sec), ...u32(1)];
  const tiff = [
    ...ascii('MM'), ...u16(42), ...u32(8),
    ...u16(2),
    ...u16(0x0110), ...u16(2), ...u32(model.length), ...u32(modelAt), // Model
    ...u16(0x8825), ...u16(4), ...u32(1), ...u32(38), // GPSInfo IFD pointer
    ...u32(0),
    ...u16(4),
    ...u16(1), ...u16(2), ...u32(2), ...ascii('N\0\0\0'), // GPSLatitudeRef
    ...u16(2), ...u16(5), ...u32(3), ...u32(latAt), // GPSLatitude
    ...u16(3), ...u16(2), ...u32(2), ...ascii('E\0\0\0'), // GPSLongitudeRef
    ...u16(4), ...u16(5), ...u32(3), ...u32(lonAt), // GPSLongitude
    ...u32(0),
    ...model,
    ...rational(61, 12, 20),
    ...rational(26, 2, 17),
  ];
  const body = [...ascii('Exif\0\0'), ...tiff];
  return new Uint8Array([0xff, 0xe1, ...u16(body.length + 2), ...body]);
}

/** A real 16×16 JPEG (encoded by jpeg-js) with an Exif GPS segment and a comment inserted after SOI. */
export function jpegWithGps(): Uint8Array {
  const width = 16;
  const height = 16;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([i % 256, 80, 160, 255], i * 4);
  const encoded = new Uint8Array(jpeg.encode({ data, width, height }, 90).data);
  const comment = ascii('taken at home');
  const com = new Uint8Array([0xff, 0xfe, ...u16(comment.length + 2), ...comment]);
  const app1 = exifApp1WithGps();
  const out = new Uint8Array(encoded.length + app1.length + com.length);
  out.set(encoded.subarray(0, 2), 0);
  out.set(app1, 2);
  out.set(com, 2 + app1.length);
  out.set(encoded.subarray(2), 2 + app1.length + com.length);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: number[]): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const chunk = (type: string, data: number[]) => [...u32(data.length), ...ascii(type), ...data, ...u32(crc32([...ascii(type), ...data]))];

/** A real 2×2 RGB PNG with a tEXt chunk naming a place and an eXIf chunk. */
export function pngWithText(): Uint8Array {
  const raw = [0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255];
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...u32(2), ...u32(2), 8, 2, 0, 0, 0]),
    ...chunk('tEXt', ascii('Location\0Kauppakatu 1, Heinola')),
    ...chunk('eXIf', [...exifApp1WithGps().subarray(10)]),
    ...chunk('IDAT', [...deflateSync(Buffer.from(raw))]),
    ...chunk('IEND', []),
  ]);
}

/** The JPEG segment markers up to SOS, in order. */
export function jpegMarkers(bytes: Uint8Array): number[] {
  const markers: number[] = [];
  let at = 2;
  while (at < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return markers;
}

/** PNG chunk types in order. */
export function pngChunks(bytes: Uint8Array): string[] {
  const types: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length; at += 12 + view.getUint32(at)) types.push(String.fromCharCode(...bytes.subarray(at + 4, at + 8)));
  return types;
}

/**
 * A phone photo taken with the phone on its side: a real 32×16 JPEG (jpeg-js) whose left half is
 * red and right half blue, with an Exif APP1 (little-endian, as most phones write it) saying
 * Orientation = `orientation` (6: "rotate 90° clockwise to view") and a camera model.
 */
export function rotatedJpeg(orientation = 6): Uint8Array {
  const width = 32;
  const height = 16;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(x < width / 2 ? [220, 20, 20, 255] : [20, 20, 220, 255], (y * width + x) * 4);
  }
  const encoded = new Uint8Array(jpeg.encode({ data, width, height }, 95).data);
  const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const model = ascii('KohtaamoPhone\0'); // 14 bytes, after IFD0 (8 + 2 + 2·12 + 4 = 38)
  const tiff = [
    ...ascii('II'), ...le16(42), ...le32(8),
    ...le16(2),
    ...le16(0x0110), ...le16(2), ...le32(model.length), ...le32(38), // Model
    ...le16(0x0112), ...le16(3), ...le32(1), ...le16(orientation), 0, 0, // Orientation (SHORT, inline)
    ...le32(0),
    ...model,
  ];
  const body = [...ascii('Exif\0\0'), ...tiff];
  const app1 = new Uint8Array([0xff, 0xe1, ...u16(body.length + 2), ...body]);
  const out = new Uint8Array(encoded.length + app1.length);
  out.set(encoded.subarray(0, 2), 0);
  out.set(app1, 2);
  out.set(encoded.subarray(2), 2 + app1.length);
  return out;
}

const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const riffChunk = (type: string, data: number[]) => [...ascii(type), ...le32(data.length), ...data, ...(data.length % 2 ? [0] : [])];

/**
 * A WebP laid out as an extended file: VP8X (EXIF and XMP flags set, 16×16 canvas), an image
 * chunk, an EXIF chunk with the GPS segment's TIFF and an XMP chunk naming a place. Its image
 * data is not decoded by the stripping (nor here): the chunk layout is what is checked.
 */
export function webpWithExif(): Uint8Array {
  const body = [
    ...ascii('WEBP'),
    ...riffChunk('VP8X', [0x08 | 0x04, 0, 0, 0, 15, 0, 0, 15, 0, 0]),
    ...riffChunk('VP8L', [0x2f, 0x0f, 0xc0, 0x03, 0x00, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07]),
    ...riffChunk('EXIF', [...exifApp1WithGps().subarray(10)]),
    ...riffChunk('XMP ', ascii('<x:xmpmeta>Kauppakatu 1, Heinola</x:xmpmeta>')),
  ];
  return new Uint8Array([...ascii('RIFF'), ...le32(body.length), ...body]);
}

/** WebP chunk types in order. */
export function webpChunks(bytes: Uint8Array): string[] {
  const types: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length; at += 8 + view.getUint32(at + 4, true) + (view.getUint32(at + 4, true) % 2)) {
    types.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
  }
  return types;
}
