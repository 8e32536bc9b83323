/**
 * Kohtaamo's one Trusted Types policy, named `kohtaamo`. A page with
 * `require-trusted-types-for 'script'` refuses plain strings in HTML sinks (`innerHTML`); every
 * string of HTML the widget bundles put into the DOM goes through this policy:
 * - Lit's template HTML (the bundles point lit-html at this policy instead of its own
 *   `lit-html` one; templates are static strings written in this repository, values are bound
 *   as text or attributes, never parsed as HTML);
 * - Leaflet's few HTML strings (zoom buttons, attribution, the pin), checked against a small
 *   allow-list first (see {@link leafletHTML}).
 * A site that lists allowed policies adds the name: `trusted-types kohtaamo` (see the README).
 * The policy object stays inside the bundle: no other script on the page can reach it.
 */

interface Policy {
  createHTML(input: string): string;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): Policy;
}

/** The policy name a site's `trusted-types` directive must allow. */
export const TRUSTED_TYPES_POLICY = 'kohtaamo';

let policy: Policy | null | undefined;

/** The `kohtaamo` policy, created on first use; null where the browser has no Trusted Types. */
export function kohtaamoPolicy(): Policy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (html) => html }) : null;
    } catch (error) {
      // The page's `trusted-types` directive does not allow the name: say what to add.
      console.error(`Kohtaamo: add "${TRUSTED_TYPES_POLICY}" to the page's trusted-types directive`, error);
      policy = null;
    }
  }
  return policy;
}

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
