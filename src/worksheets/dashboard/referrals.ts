import type { Contact } from '../../workbook/model';

/** Chains are nested this many levels deep at most; anyone deeper is listed flat under the last level. */
export const MAX_NESTING = 6;

/** One person in the "who introduced whom" view, with the people they introduced. */
export interface ReferralNode {
  /** Unique within the tree (a person listed again to close a loop gets a longer key). */
  key: string;
  id: string;
  name: string;
  /** Something unusual about this link, in words (missing introducer, a loop). */
  note?: string;
  /** Depth from the top of the chain, 0 for the first person. */
  depth: number;
  /** The people this person introduced, nested. */
  children: ReferralNode[];
  /** At the deepest level: everyone further down the chain, flat, each with `introducedBy`. */
  continued: ReferralNode[];
  /** For people in a flat `continued` list: the name of who introduced them. */
  introducedBy?: string;
}

/**
 * The chains of introductions from each contact's "referred by", as a forest. Only people who
 * introduced someone or were introduced appear. An introducer no longer on the list, someone
 * marked as introduced by themselves, and loops (A introduced B, B introduced A) are shown with a
 * note; each person appears once as a full entry, and nothing recurses, so loops and long chains
 * are safe. Below MAX_NESTING levels the chain continues as a flat list.
 */
export function referralTree(contacts: readonly Contact[]): ReferralNode[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const c of contacts) {
    if (!c.referredBy || c.referredBy === c.id || !byId.has(c.referredBy)) continue;
    parentOf.set(c.id, c.referredBy);
    const list = children.get(c.referredBy) ?? [];
    list.push(c.id);
    children.set(c.referredBy, list);
  }
  const involved = contacts.filter((c) => c.referredBy || children.has(c.id));
  const placed = new Set<string>();
  const roots: ReferralNode[] = [];
  const nameOf = (id: string) => byId.get(id)?.name ?? '';
  const node = (key: string, id: string, depth: number): ReferralNode => ({
    key,
    id,
    name: nameOf(id),
    depth,
    children: [],
    continued: [],
  });

  /** Builds the tree under a root with a stack, in list order; a person met again closes a loop. */
  const grow = (rootId: string, note?: string) => {
    const root = node(rootId, rootId, 0);
    if (note) root.note = note;
    placed.add(rootId);
    // Each entry: a node and, below the nesting limit, the node whose flat list it joins when taken.
    type Entry = { at: ReferralNode; flatUnder?: ReferralNode; leaf?: boolean };
    const stack: Entry[] = [{ at: root }];
    while (stack.length) {
      const { at, flatUnder, leaf } = stack.pop() as Entry;
      if (flatUnder) flatUnder.continued.push(at);
      if (leaf) continue;
      const next: Entry[] = [];
      for (const childId of children.get(at.id) ?? []) {
        const under = flatUnder ?? (at.depth + 1 >= MAX_NESTING ? at : undefined);
        const loop = placed.has(childId);
        const child = node(loop ? `${at.key}>${childId}` : childId, childId, under ? MAX_NESTING : at.depth + 1);
        if (loop) child.note = `Already listed above: the introductions go round in a loop back to ${child.name}.`;
        if (under) child.introducedBy = at.name;
        else at.children.push(child);
        if (!loop) placed.add(childId);
        next.push({ at: child, flatUnder: under, leaf: loop });
      }
      // Reversed, so the first child is taken next: flat lists follow the chain in list order.
      stack.push(...next.reverse());
    }
    roots.push(root);
  };

  for (const c of involved) {
    if (parentOf.has(c.id)) continue;
    let note: string | undefined;
    if (c.referredBy === c.id) note = 'Marked as introduced by themselves.';
    else if (c.referredBy && !byId.has(c.referredBy)) note = 'Introduced by someone no longer on your list.';
    grow(c.id, note);
  }
  // Whoever is left is in a loop: every one of them has an introducer. Start each loop at its first person.
  for (const c of involved) {
    if (!placed.has(c.id)) grow(c.id, 'The introductions go round in a loop, so this list starts here.');
  }
  return roots;
}

/** How many people appear in the tree (each once, not counting loop markers). */
export function countPeople(roots: readonly ReferralNode[]): number {
  let n = 0;
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop() as ReferralNode;
    if (!item.note?.startsWith('Already listed')) n++;
    stack.push(...item.children, ...item.continued);
  }
  return n;
}
