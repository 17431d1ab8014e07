import { describe, expect, it } from 'vitest';
import { fnv1a } from './checksum';

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
