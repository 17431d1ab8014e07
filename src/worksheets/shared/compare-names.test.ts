import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, nameKey } from './compare-names';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const names = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,12}$/);

describe('compareNames', () => {
  it('orders ASCII names of letters, digits and spaces as the collator does', () => {
    fc.assert(
      fc.property(names, names, (a, b) => Math.sign(compareNames(a, b)) === Math.sign(collator.compare(a, b))),
      { numRuns: 2000 },
    );
  });

  it('ignores case and compares numbers by value', () => {
    const sorted = ['room 10', 'Room 2', 'ana', 'Bea', 'Room 1'].sort(compareNames);
    expect(sorted).toEqual(['ana', 'Bea', 'Room 1', 'Room 2', 'room 10']);
    expect(compareNames('ANA', 'ana')).toBe(0);
  });

  it('orders names with accents as the collator does (accents ignored)', () => {
    const accented = fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúÑñÜüÇçÀÈàèÂÊâêÄËÖäëö][A-Za-zÁÉÍÓÚáéíóúÑñÜüÇç0-9 ]{0,10}$/);
    fc.assert(
      fc.property(accented, accented, (a, b) => Math.sign(compareNames(a, b)) === Math.sign(collator.compare(a, b))),
      { numRuns: 2000 },
    );
  });

  it('keeps known examples with accents', () => {
    expect(['Zoe', 'Émile', 'Eli'].sort(compareNames)).toEqual(['Eli', 'Émile', 'Zoe']);
    expect(compareNames('José', 'jose')).toBe(0);
  });
});

describe('nameKey', () => {
  it('gives any name the key of its unaccented, lower-case form (plain names skip the normalizing)', () => {
    const full = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 16 }), (name) => nameKey(name) === full(name)),
      { numRuns: 2000 },
    );
    expect(nameKey('Zoë SØNDERGAARD 9')).toBe('zoe søndergaard 9');
    expect(nameKey('Maria OKAFOR 12')).toBe('maria okafor 12');
  });
});
