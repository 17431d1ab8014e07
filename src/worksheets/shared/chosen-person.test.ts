import { describe, expect, it } from 'vitest';
import { blankContact, emptyWorkbook, type Workbook } from '../../workbook/model';
import { askedPerson, openingPerson, rememberedPerson } from './chosen-person';
import { rememberPerson, withPerson } from './remember-person';

const NOW = new Date('2026-12-01T10:00:00Z');

/** A workbook with people a, b and c, remembering `chosen`. */
function withPeople(chosen: Partial<Workbook['chosen']> = {}): Workbook {
  const doc = emptyWorkbook(NOW);
  return {
    ...doc,
    contacts: ['a', 'b', 'c'].map((id) => blankContact(id, `Person ${id}`)),
    chosen: { ...doc.chosen, ...chosen },
  };
}

describe('the person a worksheet opens on', () => {
  it('is the one the address asks for, when they are on the list', () => {
    expect(openingPerson(withPeople({ makeContact: 'b' }), 'makeContact', 'c', 'a')).toBe('c');
  });

  it('is the one remembered when the address asks for no one, or for someone not on the list', () => {
    expect(openingPerson(withPeople({ makeContact: 'b' }), 'makeContact', '', 'a')).toBe('b');
    expect(openingPerson(withPeople({ makeContact: 'b' }), 'makeContact', 'gone', 'a')).toBe('b');
  });

  it("is the worksheet's first choice when the remembered person was removed or nobody is remembered", () => {
    expect(openingPerson(withPeople({ makeContact: 'removed' }), 'makeContact', '', 'a')).toBe('a');
    expect(openingPerson(withPeople(), 'makeContact', '', 'a')).toBe('a');
  });

  it('is remembered for each worksheet on its own', () => {
    const doc = withPeople({ makeContact: 'b', thankYou: 'c' });
    expect(openingPerson(doc, 'makeContact', '', 'a')).toBe('b');
    expect(openingPerson(doc, 'thankYou', '', 'a')).toBe('c');
  });
});

describe('remembering a person', () => {
  it('keeps the other worksheet’s person and changes nothing else', () => {
    const doc = withPeople({ thankYou: 'c' });
    const next = rememberPerson('makeContact', 'b')(doc);
    expect(next.chosen).toEqual({ makeContact: 'b', thankYou: 'c' });
    expect({ ...next, chosen: doc.chosen }).toEqual(doc);
  });

  it('returns the same workbook when the person is already remembered (no save for nothing)', () => {
    const doc = withPeople({ makeContact: 'b' });
    expect(rememberPerson('makeContact', 'b')(doc)).toBe(doc);
  });

  it('works on a workbook saved before people were remembered (no `chosen` at all)', () => {
    const { chosen: _gone, ...old } = withPeople();
    const legacy = old as unknown as Workbook;
    expect(rememberedPerson(legacy, 'thankYou')).toBe('');
    expect(openingPerson(legacy, 'thankYou', '', 'a')).toBe('a');
    expect(rememberPerson('thankYou', 'c')(legacy).chosen).toEqual({ makeContact: '', thankYou: 'c' });
  });
});

describe('addresses', () => {
  it('reads ?contact= from a query, and gives "" without one', () => {
    expect(askedPerson('?contact=p_1')).toBe('p_1');
    expect(askedPerson('?plan=x&contact=p%2D2')).toBe('p-2');
    expect(askedPerson('')).toBe('');
  });

  it('sets ?contact= in an address and keeps its other parameters and its #anchor', () => {
    expect(withPerson('/steps/make-contact/#outreach', 'p_1')).toBe('/steps/make-contact/?contact=p_1#outreach');
    expect(withPerson('/steps/make-contact/?contact=old&x=1#notes', 'p_2')).toBe(
      '/steps/make-contact/?contact=p_2&x=1#notes',
    );
  });
});
