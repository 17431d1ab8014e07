import { describe, expect, it } from 'vitest';
import { fnv1a, fnv1a32, fnv1aOfPrefix } from './hash';

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
  it('changes when one character changes', () => {
    expect(fnv1a('{"name":"Ana"}')).not.toBe(fnv1a('{"name":"Anb"}'));
  });
});

describe('fnv1a32', () => {
  it('is the number behind fnv1a', () => {
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('gives a different hash with another offset and prime', () => {
    expect(fnv1a32('foobar', 0x01000193, 0x5bd1e995)).not.toBe(fnv1a32('foobar'));
  });
});

describe('fnv1aOfPrefix', () => {
  it('is the hash of the text cut at a point and followed by a tail, without joining them', () => {
    expect(fnv1aOfPrefix('foobarXYZ', 3, 'bar')).toBe(fnv1a('foobar'));
    expect(fnv1aOfPrefix('{"a":1,"_lineage":"x"}', 6, '}')).toBe(fnv1a('{"a":1}'));
    expect(fnv1aOfPrefix('ignored', 0, 'a')).toBe('e40c292c');
    expect(fnv1aOfPrefix('Zoë 名前 😀 rest', 9, '}')).toBe(fnv1a('Zoë 名前 😀}'));
  });
});
