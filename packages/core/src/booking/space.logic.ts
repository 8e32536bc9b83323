import type { Space } from './space.schema.js';

/**
 * The tree of spaces. A booking occupies the **leaf** spaces under the spaces of its resource:
 * booking the whole gym occupies both of its halves, and booking one half occupies that half,
 * which the whole gym also needs. Two bookings can clash exactly when their leaf sets meet, so
 * overlap is checked on leaves only, here and in the database (ADR 0028).
 */
export class SpaceTree {
  private readonly byId = new Map<string, Space>();
  private readonly children = new Map<string, string[]>();
  private readonly leafMemo = new Map<string, readonly string[]>();

  constructor(spaces: readonly Pick<Space, 'id' | 'parentId'>[] | readonly Space[]) {
    for (const s of spaces as readonly Space[]) {
      this.byId.set(s.id, s);
      if (s.parentId) {
        const list = this.children.get(s.parentId) ?? [];
        list.push(s.id);
        this.children.set(s.parentId, list);
      }
    }
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
    const out: string[] = [];
    const seen = new Set<string>();
    const walk = (s: string) => {
      if (seen.has(s)) return; // a cycle in bad data must not hang the server
      seen.add(s);
      const kids = this.children.get(s);
      if (!kids) out.push(s);
      else kids.forEach(walk);
    };
    walk(id);
    out.sort();
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
