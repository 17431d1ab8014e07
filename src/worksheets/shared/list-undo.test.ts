import { describe, expect, it } from 'vitest';
import { removeById, restoreAt } from './list-undo';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('removeById and restoreAt', () => {
  it('removes one item and puts it back where it was', () => {
    const { list: without, removed } = removeById(list, 'b');
    expect(without.map((x) => x.id)).toEqual(['a', 'c']);
    expect(removed).toEqual({ item: { id: 'b' }, index: 1 });
    expect(restoreAt(without, removed ?? { item: { id: 'x' }, index: 0 }).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('removes nothing for an unknown id', () => {
    expect(removeById(list, 'z')).toEqual({ list });
  });

  it('puts an item back at the end when the list got shorter, and never twice', () => {
    const removed = { item: { id: 'c' }, index: 2 };
    expect(restoreAt([{ id: 'a' }], removed).map((x) => x.id)).toEqual(['a', 'c']);
    expect(restoreAt(list, removed)).toEqual(list);
  });
});
