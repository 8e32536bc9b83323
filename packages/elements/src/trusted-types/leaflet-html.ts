// Leaflet's HTML through the `kohtaamo` policy (docs/adr/0012). Apart from policy.ts because Lit
// imports that one: a bundle keeps a module whole in one chunk, so this allow-list sat in the chunk
// every widget loads, map or not (issue 7). The rollup config points Leaflet's rewritten
// `innerHTML` assignments here.
import { kohtaamoPolicy } from './policy.js';

const TAG = /^<(\/?)(span|div|a|b|strong|em)((?:\s+(?:class|aria-hidden|href|title|target|rel)="[^"<>]*")*)\s*>/i;
const ENTITY = /^&(?:#x[0-9a-f]+|#\d+|[a-z]+);/i;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Whether a string of HTML holds only text, entities and a few inert tags (span, div, a, b,
 * strong, em) with harmless attributes; an `href` must be http(s) or a fragment.
 */
export function isPlainMarkup(html: string): boolean {
  let rest = html;
  while (rest.length > 0) {
    const tag = TAG.exec(rest);
    if (tag) {
      for (const [, name, value] of tag[3]!.matchAll(/(\S+)="([^"]*)"/g)) {
        if (name!.toLowerCase() === 'href' && !/^(?:https?:\/\/|#)/i.test(value!.trim())) return false;
      }
      rest = rest.slice(tag[0].length);
      continue;
    }
    const entity = ENTITY.exec(rest);
    if (entity) {
      rest = rest.slice(entity[0].length);
      continue;
    }
    const text = /^[^<>&]+/.exec(rest);
    if (!text) return false;
    rest = rest.slice(text[0].length);
  }
  return true;
}

/**
 * The HTML Leaflet assigns to `innerHTML` (the bundles rewrite its assignments to call this):
 * plain markup passes through the `kohtaamo` policy; anything else is shown as text.
 */
export function leafletHTML(html: unknown): string {
  const text = html === undefined || html === null ? '' : String(html);
  const safe = isPlainMarkup(text) ? text : escapeHtml(text);
  return kohtaamoPolicy()?.createHTML(safe) ?? safe;
}
