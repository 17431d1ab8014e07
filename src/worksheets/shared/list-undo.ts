// Removing an item from a list of entities so that "Undo" can put it back where it was.

/** What a removal took away: the item and where it stood. */
export interface Removed<T> {
  item: T;
  index: number;
}

/** The list without the item `id`, and what was removed (nothing when `id` is not in the list). */
export function removeById<T extends { id: string }>(
  list: readonly T[],
  id: string,
): { list: T[]; removed?: Removed<T> } {
  const index = list.findIndex((item) => item.id === id);
  const item = list[index];
  if (item === undefined) return { list: [...list] };
  return { list: list.filter((_, i) => i !== index), removed: { item, index } };
}

/** Puts a removed item back where it was (at the end when the list got shorter); never twice. */
export function restoreAt<T extends { id: string }>(list: readonly T[], removed: Removed<T>): T[] {
  if (list.some((item) => item.id === removed.item.id)) return [...list];
  const next = [...list];
  next.splice(Math.min(removed.index, next.length), 0, removed.item);
  return next;
}
