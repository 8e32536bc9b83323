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

/**
 * Reactive properties are declared in `static properties` (not Lit's decorators, which every widget
 * bundle paid for: docs/adr/0094). The analyzer lists every key of that object as a public field and,
 * unless it says `attribute: false`, as an attribute; Lit's own rules are kept here instead, as the
 * decorators' were: a `state: true` key is internal state (no attribute; a member only if its field
 * is public), and a field whose JSDoc says `@internal` is left out, as the analyzer does for fields.
 */
const litStaticProperties = {
  name: 'kohtaamo-lit-static-properties',
  analyzePhase({ ts, node, moduleDoc }) {
    if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
    const declaration = moduleDoc?.declarations?.find((d) => d.name === node.name?.getText());
    if (!declaration) return;
    const internal = new Set();
    const states = new Set();
    for (const member of node.members) {
      const name = member.name?.getText();
      if (!name) continue;
      if (ts.isPropertyDeclaration(member) && ts.getJSDocTags(member).some((tag) => tag.tagName.getText() === 'internal')) internal.add(name);
      const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (isStatic && name === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const state = property.initializer.properties.some((o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword);
          if (state) states.add(property.name.getText());
        }
      }
    }
    const fieldNames = new Set([...internal, ...states]);
    if (Array.isArray(declaration.attributes)) declaration.attributes = declaration.attributes.filter((a) => !fieldNames.has(a.fieldName ?? a.name));
    if (Array.isArray(declaration.members)) {
      declaration.members = declaration.members
        .filter((m) => !internal.has(m.name))
        .map((m) => (states.has(m.name) && m.attribute ? (({ attribute, ...rest }) => rest)(m) : m));
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
  plugins: [litStaticProperties, publicApiOnly],
};
