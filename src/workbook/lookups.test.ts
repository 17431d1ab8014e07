import { describe, expect, it } from 'vitest';
import { firstBy, groupBy, indexById } from './lookups';

const people = [
  { id: 'a', name: 'Ana', place: 'fair' },
  { id: 'b', name: 'Ben', place: '' },
  { id: 'c', name: 'Chen', place: 'fair' },
  { id: 'a', name: 'Ana again', place: 'club' },
];

describe('indexById', () => {
  it('finds each item by its id, the first one when an id repeats, and nothing for an unknown id', () => {
    const map = indexById(people);
    expect(map.get('b')?.name).toBe('Ben');
    expect(map.get('a')?.name).toBe('Ana');
    expect(map.get('zzz')).toBeUndefined();
    expect(map.size).toBe(3);
  });
});

describe('groupBy', () => {
  it('groups items by a key, in list order', () => {
    const map = groupBy(people, (p) => p.place);
    expect(map.get('fair')?.map((p) => p.name)).toEqual(['Ana', 'Chen']);
    expect(map.get('')?.map((p) => p.name)).toEqual(['Ben']);
    expect(map.get('club')?.map((p) => p.name)).toEqual(['Ana again']);
    expect(map.has('library')).toBe(false);
  });
});

describe('firstBy', () => {
  it('keeps the first item for each key, as Array.find would', () => {
    const map = firstBy(people, (p) => p.place);
    expect(map.get('fair')).toBe(people.find((p) => p.place === 'fair'));
    expect(map.get('club')?.name).toBe('Ana again');
  });
});
