/**
 * Kohtaamo's one Trusted Types policy, named `kohtaamo`. A page with
 * `require-trusted-types-for 'script'` refuses plain strings in HTML sinks (`innerHTML`); every
 * string of HTML the widget bundles put into the DOM goes through this policy:
 * - Lit's template HTML (the bundles point lit-html at this policy instead of its own
 *   `lit-html` one; templates are static strings written in this repository, values are bound
 *   as text or attributes, never parsed as HTML);
 * - Leaflet's few HTML strings (zoom buttons, attribution, the pin), checked against a small
 *   allow-list first (`leafletHTML` in leaflet-html.ts: a module of its own, so that only the
 *   bundles with a map carry it, not the chunk every widget shares with Lit).
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
