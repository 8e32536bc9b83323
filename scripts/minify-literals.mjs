// Collapses the whitespace and comments of Lit's `html` and `css` tagged templates in the widget
// bundles (issue 7). Terser keeps template strings byte for byte, so without this every widget
// ships its source indentation. Only the static parts between `${…}` change:
//  - css: comments go, runs of whitespace become one space, and the space beside `{ } ; ,` and
//    after `:` goes. The space before `:` stays, since `a :hover` and `a:hover` differ.
//  - html: comments stay (Lit's own markers are comments), runs of whitespace become one space
//    (what HTML renders anyway), except inside <textarea> and <pre>, whose text is their value.
// The library build (dist/ ESM per module) keeps the source as written.

import MagicString from 'magic-string';

const TAG = /\b(html|css|svg)`/g;

/** The end index (exclusive) of the template literal whose body starts at `start`, and its parts. */
function scanTemplate(code, start) {
  const parts = [];
  const holes = [];
  let i = start;
  let partStart = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') { i += 2; continue; }
    if (ch === '`') { parts.push([partStart, i]); return { end: i + 1, parts, holes }; }
    if (ch === '$' && code[i + 1] === '{') {
      parts.push([partStart, i]);
      const holeEnd = scanExpression(code, i + 2);
      if (holeEnd < 0) return null;
      holes.push([i, holeEnd]);
      i = holeEnd;
      partStart = i;
      continue;
    }
    i += 1;
  }
  return null;
}

/** Skips a `${ … }` expression (with nested strings, templates and braces); returns the index after `}`. */
function scanExpression(code, i) {
  let depth = 1;
  while (i < code.length) {
    const ch = code[i];
    if (ch === "'" || ch === '"') {
      i += 1;
      while (i < code.length && code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
      i += 1;
      continue;
    }
    if (ch === '`') {
      const inner = scanTemplate(code, i + 1);
      if (!inner) return -1;
      i = inner.end;
      continue;
    }
    if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return -1;
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function minifyHtml(text, state) {
  // state.raw: inside <textarea> or <pre> (across `${}` holes), where whitespace is content.
  let out = '';
  let rest = text;
  while (rest.length > 0) {
    if (state.raw) {
      const close = rest.search(/<\/(textarea|pre)\s*>/i);
      if (close < 0) return out + rest;
      const m = rest.slice(close).match(/^<\/(textarea|pre)\s*>/i);
      out += rest.slice(0, close + m[0].length);
      rest = rest.slice(close + m[0].length);
      state.raw = false;
      continue;
    }
    const open = rest.search(/<(textarea|pre)\b/i);
    const head = open < 0 ? rest : rest.slice(0, open);
    out += head.replace(/\s+/g, ' ');
    if (open < 0) break;
    const tagEnd = rest.indexOf('>', open);
    if (tagEnd < 0) { out += rest.slice(open); break; }
    out += rest.slice(open, tagEnd + 1);
    rest = rest.slice(tagEnd + 1);
    state.raw = true;
  }
  return out;
}

/**
 * Rewrites every html`…`, svg`…` and css`…` in `code` (also those nested in another's `${}`),
 * with a source map; returns null when nothing changed.
 */
export function minifyLiterals(code, id = 'input.js') {
  const s = new MagicString(code);
  let changed = false;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(code); match; match = TAG.exec(code)) {
    const bodyStart = match.index + match[0].length;
    const template = scanTemplate(code, bodyStart);
    // Continue inside this template: templates nested in its `${}` are found next.
    TAG.lastIndex = bodyStart;
    if (!template) continue;
    const state = { raw: false };
    for (const [from, to] of template.parts) {
      const text = code.slice(from, to);
      const min = match[1] === 'css' ? minifyCss(text) : minifyHtml(text, state);
      if (min !== text) {
        changed = true;
        if (min === '') s.remove(from, to);
        else s.overwrite(from, to, min);
      }
    }
  }
  if (!changed) return null;
  return { code: s.toString(), map: s.generateMap({ source: id, hires: true }) };
}

/**
 * The rollup plugin, for the browser bundles only; it runs after esbuild, whose output has no
 * comments left (so a comment that mentions html`…` is not taken for a template).
 */
export function minifyLiteralsPlugin() {
  return {
    name: 'kohtaamo-minify-literals',
    transform(code, id) {
      if (!/packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || id.endsWith('.test.ts')) return null;
      return minifyLiterals(code, id);
    },
  };
}
