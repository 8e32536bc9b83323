import type { PhotoType } from '@kohtaamo/core';
import jpeg from 'jpeg-js';

/**
 * Removes the metadata an image may carry about its taker (GPS position, camera serial, time,
 * software, comments) before it is stored, in plain JavaScript without decoding the image. Every
 * upload uses it through `image-upload.ts` (feedback photos, budgeting proposal images):
 *
 * - JPEG: drops the APP1 (Exif, XMP), APP3–APP13 (IPTC…) and APP15 segments and COM comments;
 *   keeps APP0 (JFIF), APP2 (the ICC colour profile) and APP14 (Adobe colour transform), which
 *   the picture needs to look right. The entropy-coded data after SOS is copied unchanged.
 * - PNG: drops the tEXt, zTXt, iTXt, eXIf and tIME chunks; every other chunk is kept with its CRC.
 * - WebP: drops the EXIF and XMP chunks and clears their flags in VP8X; fixes the RIFF size.
 *
 * A file that does not parse as its type throws MalformedImageError. The Exif orientation of a
 * JPEG (a phone held on its side writes the sensor's picture and "rotate 90°") is applied to the
 * pixels first (applyJpegOrientation), so the photo still stands the right way up once the
 * Exif segment is gone.
 */
export class MalformedImageError extends Error {
  override readonly name = 'MalformedImageError';
}

export function stripImageMetadata(bytes: Uint8Array, type: PhotoType): Uint8Array {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(applyJpegOrientation(bytes));
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
  }
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

const KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

function stripJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new MalformedImageError('no SOI');
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at >= bytes.length) throw new MalformedImageError('no SOS');
    if (bytes[at] !== 0xff) throw new MalformedImageError(`no marker at ${at}`);
    let marker = bytes[at + 1]!;
    while (marker === 0xff) {
      at++;
      marker = bytes[at + 1]!;
    }
    if (marker === 0xd9) {
      parts.push(bytes.subarray(at, at + 2));
      return concat(parts);
    }
    // Markers without a length: TEM and RSTn.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) throw new MalformedImageError('truncated segment');
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) throw new MalformedImageError('bad segment length');
    const end = at + 2 + length;
    if (marker === 0xda) {
      // Start of scan: the rest is image data (and any later markers inside it), kept as is.
      parts.push(bytes.subarray(at));
      return concat(parts);
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const drop = (isApp && !KEEP_APP.has(marker)) || marker === 0xfe;
    if (!drop) parts.push(bytes.subarray(at, end));
    at = end;
  }
}

const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);
const fourcc = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

function stripPng(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (;;) {
    if (at + 12 > bytes.length) throw new MalformedImageError('truncated chunk');
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) throw new MalformedImageError('bad chunk length');
    const type = fourcc(bytes, at + 4);
    if (!PNG_DROP.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return concat(parts);
  }
}

function stripWebp(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 12) throw new MalformedImageError('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const parts: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= riffEnd) {
    const type = fourcc(bytes, at);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > riffEnd) throw new MalformedImageError('bad chunk size');
    if (type === 'VP8X') {
      const chunk = bytes.slice(at, Math.min(end, riffEnd));
      chunk[8] = chunk[8]! & ~(0x08 | 0x04); // EXIF and XMP present flags
      parts.push(chunk);
    } else if (type !== 'EXIF' && type !== 'XMP ') {
      parts.push(bytes.subarray(at, Math.min(end, riffEnd)));
    }
    at = end;
  }
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 4), 0);
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  header.set(bytes.subarray(8, 12), 8);
  return concat([header, body]);
}

/**
 * The Exif orientation (tag 0x0112 of IFD0, 1–8) of a JPEG, or 1 when it has none. Reads the
 * APP1 "Exif" segments before the scan; a malformed Exif block counts as none.
 */
export function jpegOrientation(bytes: Uint8Array): number {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2) break;
    const start = at + 4;
    const end = at + 2 + length;
    if (end > bytes.length) break;
    if (marker === 0xe1 && end - start > 14 && String.fromCharCode(...bytes.subarray(start, start + 6)) === 'Exif\0\0') {
      const found = orientationInTiff(bytes.subarray(start + 6, end));
      if (found !== null) return found;
    }
    at = end;
  }
  return 1;
}

function orientationInTiff(tiff: Uint8Array): number | null {
  if (tiff.length < 8) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return null;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return null;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** Where the pixel at (x, y) of the upright picture comes from, for each orientation (w, h: the stored size). */
const SOURCE: Record<number, (x: number, y: number, w: number, h: number) => [number, number]> = {
  2: (x, y, w) => [w - 1 - x, y],
  3: (x, y, w, h) => [w - 1 - x, h - 1 - y],
  4: (x, y, _w, h) => [x, h - 1 - y],
  5: (x, y) => [y, x],
  6: (x, y, _w, h) => [y, h - 1 - x],
  7: (x, y, w, h) => [w - 1 - y, h - 1 - x],
  8: (x, y, w) => [w - 1 - y, x],
};

/**
 * Turns a JPEG whose Exif says "rotate/mirror me" into one whose pixels stand the right way up
 * (decoded and encoded again, quality 92). A JPEG without such an orientation is returned as it
 * is, untouched: only a turned photo pays for decoding.
 */
export function applyJpegOrientation(bytes: Uint8Array): Uint8Array {
  const orientation = jpegOrientation(bytes);
  const source = SOURCE[orientation];
  if (!source) return bytes;
  let image: { width: number; height: number; data: Uint8Array };
  try {
    image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  } catch (error) {
    throw new MalformedImageError(`cannot decode: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { width: w, height: h, data } = image;
  const swap = orientation >= 5;
  const width = swap ? h : w;
  const height = swap ? w : h;
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = source(x, y, w, h);
      const from = (sy * w + sx) * 4;
      const to = (y * width + x) * 4;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      out[to + 3] = 255;
    }
  }
  return new Uint8Array(jpeg.encode({ data: out, width, height }, 92).data);
}
