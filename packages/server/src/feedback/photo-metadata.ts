import type { PhotoType } from '@kohtaamo/core';

/**
 * Removes the metadata a photo may carry about its taker (GPS position, camera serial, time,
 * software, comments) before it is stored, in plain JavaScript without decoding the image:
 *
 * - JPEG: drops the APP1 (Exif, XMP), APP3–APP13 (IPTC…) and APP15 segments and COM comments;
 *   keeps APP0 (JFIF), APP2 (the ICC colour profile) and APP14 (Adobe colour transform), which
 *   the picture needs to look right. The entropy-coded data after SOS is copied unchanged.
 * - PNG: drops the tEXt, zTXt, iTXt, eXIf and tIME chunks; every other chunk is kept with its CRC.
 * - WebP: drops the EXIF and XMP chunks and clears their flags in VP8X; fixes the RIFF size.
 *
 * A file that does not parse as its type throws MalformedImageError. One consequence: the Exif
 * orientation goes too, so a phone photo taken on its side is stored as the sensor saw it.
 */
export class MalformedImageError extends Error {
  override readonly name = 'MalformedImageError';
}

export function stripImageMetadata(bytes: Uint8Array, type: PhotoType): Uint8Array {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes);
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
