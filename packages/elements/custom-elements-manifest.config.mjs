// Generates custom-elements.json from the JSDoc of each element class (@summary, @tagname, @attr,
// @event, @csspart, @cssproperty, @cssstate, @slot). Run from this folder:
//   custom-elements-manifest analyze --config custom-elements-manifest.config.mjs
// (the root `npm run build:manifest` does it). Storybook reads the result for its docs.

/**
 * Keeps the manifest to the public API, which is what Storybook's docs tables show:
 * - the analyzer lists each `dispatchEvent(new SomeEvent(…))` as an event without a name, beside
 *   the one the JSDoc `@event` names: only the named ones stay;
 * - private and protected members (`#store`, `@query` fields …) are left out.
 */
const publicApiOnly = {
  name: 'kohtaamo-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (Array.isArray(declaration.events)) {
          declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.events.length === 0) delete declaration.events;
        }
        if (Array.isArray(declaration.members)) {
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/define/**', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); don't rewrite it on every build.
  packagejson: false,
  plugins: [publicApiOnly],
};
