/**
 * The XML format of GeoReport v2: UTF-8 with the XML declaration, no namespace, elements only
 * (no attributes), the JSON format's structure element for element (the "Spark convention":
 * a list is a plural element holding one singular element per item).
 */

export type Open311Value = string | number | boolean | null | undefined | readonly Open311Value[] | Open311Object;
export interface Open311Object {
  readonly [key: string]: Open311Value;
}

/** The element name of one item of each list, by the list's name. */
export const XML_ITEM_NAMES: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  media_urls: 'media_url',
  request_history: 'entry',
};

/** Characters XML 1.0 cannot carry at all (controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data: markup escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: Open311Value, indent: string): string {
  if (value === undefined) return '';
  if (value === null) return `${indent}<${name}/>\n`;
  if (Array.isArray(value)) {
    const item = XML_ITEM_NAMES[name] ?? 'item';
    const inner = value.map((v) => element(item, v, `${indent}  `)).join('');
    return inner === '' ? `${indent}<${name}/>\n` : `${indent}<${name}>\n${inner}${indent}</${name}>\n`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Open311Object)
      .map(([key, v]) => element(key, v, `${indent}  `))
      .join('');
    return inner === '' ? `${indent}<${name}/>\n` : `${indent}<${name}>\n${inner}${indent}</${name}>\n`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

/** A whole document: the declaration, then `root` holding the value. */
export function toXmlDocument(root: string, value: Open311Value): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, '')}`;
}
