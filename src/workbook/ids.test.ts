import { describe, expect, it } from 'vitest';
import { ID_LENGTH, newId } from './ids';
import { ContactSchema } from './schema';

describe('newId', () => {
  it('makes lower-case letters and digits of a fixed length', () => {
    expect(newId()).toMatch(new RegExp(`^[0-9a-z]{${ID_LENGTH}}$`));
  });

  it('puts the prefix in front, separated by an underscore', () => {
    expect(newId('c')).toMatch(new RegExp(`^c_[0-9a-z]{${ID_LENGTH}}$`));
  });

  it('does not repeat across many calls', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => newId()));
    expect(ids.size).toBe(20_000);
  });

  it('uses every character of the alphabet (the randomness is not stuck)', () => {
    const seen = new Set(Array.from({ length: 500 }, () => newId()).join(''));
    expect(seen.size).toBe(36);
  });

  it('is accepted as an entity id by the schema', () => {
    expect(ContactSchema.safeParse({ id: newId('contact'), name: 'Ana' }).success).toBe(true);
  });
});
