// Marks the schema builders of our own modules pure, so a widget drops the schemas it never uses
// (issue 7, docs/adr/0061).
//
// `export const XSchema = v.object({ ... })` is a call at a module's top level. Rollup cannot prove
// valibot's builders free of side effects (they write `~standard` onto the object they return), so
// every schema of an imported module stayed in each widget that used one of its neighbours, with
// the valibot functions it calls. A `/* @__PURE__ */` annotation says the call may go when its
// result is unused. The functions called for their effect (parse, assert: they throw) are left as
// they are; the build fails on a valibot call this list does not know, so a new one is decided on.
const EFFECTFUL = new Set(['parse', 'parseAsync', 'assert', 'setGlobalConfig', 'setGlobalMessage', 'setSchemaMessage', 'setSpecificMessage', 'deleteGlobalConfig', 'deleteGlobalMessage', 'deleteSchemaMessage', 'deleteSpecificMessage']);
const OWN = /[\\/]packages[\\/](core|elements)[\\/]src[\\/].*\.ts$/;
const CALL = /(?<![\w$.])v\.([A-Za-z]+)\(/g;

export function pureSchemasPlugin() {
  return {
    name: 'kohtaamo-pure-schemas',
    transform(code, id) {
      if (!OWN.test(id) || !code.includes('v.')) return null;
      let changed = false;
      const out = code.replace(CALL, (whole, name) => {
        if (EFFECTFUL.has(name)) return whole;
        changed = true;
        return `/* @__PURE__ */ ${whole}`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
