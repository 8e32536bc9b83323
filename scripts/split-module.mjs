// Splits one large ES module of a dependency into a module per top-level declaration, so that
// rollup can put each function in the chunk of the widgets that use it (issue 7, docs/adr/0061).
//
// Rollup places a whole module in one chunk; what it keeps of it is the union of what every
// entry uses. valibot ships as one 200 KB file (dist/index.mjs), so the shared chunk held every
// valibot function any widget uses (3.7 KB gzipped), and each widget downloaded all of them.
// Split per declaration, a widget downloads only the functions its own schemas call.
//
// The file is replaced by a facade that re-exports from the parts. A part holds one declaration,
// or several when one assigns another's top-level `let`/`var` (an import cannot be assigned),
// and imports the other parts it names. Only declarations are allowed at the top level: the
// build fails if the file has a statement with an effect of its own.
import { readFileSync } from 'node:fs';

const PREFIX = '\0kohtaamo-split:';

/** The top-level names a node reads or assigns (over-inclusive for shadowed names: harmless). */
function collect(node, names, refs, assigned) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'Identifier') {
    if (names.has(node.name)) refs.add(node.name);
    return;
  }
  if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && names.has(node.left.name)) assigned.add(node.left.name);
  if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier' && names.has(node.argument.name)) assigned.add(node.argument.name);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    // A property's or member's name is not a variable: skip it unless computed.
    if (key === 'property' && node.type === 'MemberExpression' && !node.computed) continue;
    if (key === 'key' && (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') && !node.computed) continue;
    if (key === 'label') continue;
    if (Array.isArray(value)) for (const item of value) collect(item, names, refs, assigned);
    else if (value && typeof value === 'object') collect(value, names, refs, assigned);
  }
}

function declaredNames(statement) {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') return [statement.id.name];
  if (statement.type === 'VariableDeclaration') {
    return statement.declarations.map((d) => {
      if (d.id.type !== 'Identifier') throw new Error('split-module: destructuring at the top level is not supported');
      return d.id.name;
    });
  }
  return null;
}

/**
 * Splits `code` (parsed by `parse`, rollup's acorn) into parts: returns the facade's code and a
 * map of part id → code. `key` names the parts (`\0kohtaamo-split:<key>/<n>`).
 */
export function splitModule(code, parse, key) {
  const ast = parse(code);
  const declarations = [];
  const exports = [];
  let previousEnd = 0;
  for (const statement of ast.body) {
    // A `/* @__NO_SIDE_EFFECTS__ */` before a function (valibot marks every schema factory so) is a
    // comment between statements: kept with its declaration, or rollup keeps every unused call of it.
    const gap = code.slice(previousEnd, statement.start);
    previousEnd = statement.end;
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration && !statement.source) {
      for (const s of statement.specifiers) exports.push([s.local.name, s.exported.name ?? s.exported.value]);
      continue;
    }
    const names = declaredNames(statement);
    if (!names) throw new Error(`split-module: ${key} has a top-level ${statement.type}; only declarations can be split`);
    const annotation = /[@#]__NO_SIDE_EFFECTS__/.test(gap) ? '/* @__NO_SIDE_EFFECTS__ */ ' : '';
    declarations.push({ statement, names, annotation, mutable: statement.type === 'VariableDeclaration' && statement.kind !== 'const' });
  }
  const owner = new Map();
  declarations.forEach((d, i) => d.names.forEach((n) => owner.set(n, i)));
  const topNames = new Set(owner.keys());

  // Union-find: a declaration that assigns a mutable top-level binding joins its part.
  const parent = declarations.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [i, d] of declarations.entries()) {
    d.refs = new Set();
    const assigned = new Set();
    collect(d.statement, topNames, d.refs, assigned);
    for (const name of d.names) d.refs.delete(name);
    for (const name of assigned) parent[find(i)] = find(owner.get(name));
  }
  const groups = new Map();
  declarations.forEach((d, i) => {
    const g = find(i);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(d);
  });
  const partId = (g) => `${PREFIX}${key}/${g}`;
  const parts = new Map();
  for (const [g, members] of groups) {
    const own = new Set(members.flatMap((d) => d.names));
    const imports = new Map();
    for (const d of members) {
      for (const name of d.refs) {
        if (own.has(name)) continue;
        const from = partId(find(owner.get(name)));
        if (!imports.has(from)) imports.set(from, new Set());
        imports.get(from).add(name);
      }
    }
    const lines = [...imports].map(([from, names]) => `import { ${[...names].join(', ')} } from ${JSON.stringify(from)};`);
    for (const d of members) lines.push(`${d.annotation}${code.slice(d.statement.start, d.statement.end)}`);
    lines.push(`export { ${[...own].join(', ')} };`);
    parts.set(partId(g), lines.join('\n'));
  }
  const facade = exports
    .map(([local, exported]) => {
      if (!owner.has(local)) throw new Error(`split-module: ${key} exports ${local}, which it does not declare`);
      return `export { ${local === exported ? local : `${local} as ${exported}`} } from ${JSON.stringify(partId(find(owner.get(local))))};`;
    })
    .join('\n');
  return { facade, parts };
}

/**
 * A rollup plugin that splits the modules whose resolved path matches one of `modules` (RegExps).
 * The parts have no side effects, so rollup drops the ones no widget uses.
 */
export function splitModulePlugin(modules) {
  const parts = new Map();
  return {
    name: 'kohtaamo-split-module',
    resolveId(source) {
      return parts.has(source) ? { id: source, moduleSideEffects: false } : null;
    },
    load(id) {
      if (parts.has(id)) return { code: parts.get(id), map: null };
      const match = modules.find((re) => re.test(id));
      if (!match) return null;
      const key = match.source.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '');
      const split = splitModule(readFileSync(id, 'utf8'), (code) => this.parse(code), key);
      for (const [partKey, partCode] of split.parts) parts.set(partKey, partCode);
      return { code: split.facade, map: null, moduleSideEffects: false };
    },
  };
}
