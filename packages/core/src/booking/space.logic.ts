import type { Space } from './space.schema.js';

/**
 * Each parent space's children (a parent's id → its children's ids). With `leavesUnder`, what
 * the finder needs of the tree without the whole class (issue 7: a class is kept whole in a
 * bundle, and the finder's first view used two of its eight methods).
 */
export function childrenOfSpaces(spaces: readonly Pick<Space, 'id' | 'parentId'>[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const s of spaces) {
    if (!s.parentId) continue;
    const list = children.get(s.parentId);
    if (list) list.push(s.id);
    else children.set(s.parentId, [s.id]);
  }
  return children;
}

/** The union of the leaf spaces under some spaces (a leaf is its own), sorted. */
export function leavesUnder(children: ReadonlyMap<string, readonly string[]>, ids: readonly string[]): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (s: string) => {
    if (seen.has(s)) return; // a cycle in bad data must not hang the server
    seen.add(s);
    const kids = children.get(s);
    if (!kids) out.add(s);
    else kids.forEach(walk);
  };
  ids.forEach(walk);
  return [...out].sort();
}

/**
 * The tree of spaces. A booking occupies the **leaf** spaces under the spaces of its resource:
 * booking the whole gym occupies both of its halves, and booking one half occupies that half,
 * which the whole gym also needs. Two bookings can clash exactly when their leaf sets meet, so
 * overlap is checked on leaves only, here and in the database (ADR 0028).
 */
export class SpaceTree {
  private readonly byId = new Map<string, Space>();
  private readonly children: ReadonlyMap<string, readonly string[]>;
  private readonly leafMemo = new Map<string, readonly string[]>();

  constructor(spaces: readonly Pick<Space, 'id' | 'parentId'>[] | readonly Space[]) {
    for (const s of spaces as readonly Space[]) this.byId.set(s.id, s);
    this.children = childrenOfSpaces(spaces);
  }

  get(id: string): Space | undefined {
    return this.byId.get(id);
  }

  all(): Space[] {
    return [...this.byId.values()];
  }

  childrenOf(id: string): readonly string[] {
    return this.children.get(id) ?? [];
  }

  isLeaf(id: string): boolean {
    return !this.children.has(id);
  }

  /** The leaf spaces under a space (itself when it is a leaf), sorted. */
  leavesOf(id: string): readonly string[] {
    const hit = this.leafMemo.get(id);
    if (hit) return hit;
    const out = leavesUnder(this.children, [id]);
    this.leafMemo.set(id, out);
    return out;
  }

  /** The union of the leaves under several spaces, sorted. */
  leavesOfAll(ids: readonly string[]): string[] {
    const set = new Set<string>();
    for (const id of ids) for (const leaf of this.leavesOf(id)) set.add(leaf);
    return [...set].sort();
  }

  /** The spaces from a space up to its root. */
  ancestorsOf(id: string): string[] {
    const out: string[] = [];
    let current = this.byId.get(id)?.parentId ?? null;
    while (current && !out.includes(current)) {
      out.push(current);
      current = this.byId.get(current)?.parentId ?? null;
    }
    return out;
  }
}

/** Whether two sorted leaf lists share a space. */
export function leavesMeet(a: readonly string[], b: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}
