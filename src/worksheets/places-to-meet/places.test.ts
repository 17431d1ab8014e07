import { describe, expect, it } from 'vitest';
import { addContact } from '../../workbook/contacts';
import { emptyWorkbook, type Workbook, WorkbookSchema } from '../../workbook/schema';
import { addOwnPlace, addPersonMetAt, removeOwnPlace, restorePlace } from './place-changes';
import { placeOption } from './place-option';
import {
  countToTry,
  findPlace,
  markPlace,
  type PlaceOptions,
  peopleMetAt,
  placesOfKind,
  sameView,
  updatePlace,
} from './places';

const now = new Date('2026-11-25T10:00:00Z');
const options: PlaceOptions = {
  campus: [
    { id: 'career-fairs', name: 'Career fairs', hint: 'Many employers in one room.' },
    { id: 'alumni-network', name: 'The alumni network' },
  ],
  outside: [{ id: 'industry-meetups', name: 'Industry meetups' }],
};
const empty = () => emptyWorkbook(now);

function withOwnPlace(name = 'Photography club'): { doc: Workbook; id: string } {
  const r = addOwnPlace(empty(), options, name, 'outside');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { doc: r.doc, id: r.id };
}

describe('listing places', () => {
  it('shows the institution places in order before saving anything, then the student’s own', () => {
    const { doc } = withOwnPlace();
    expect(placesOfKind(empty().places, options, 'campus').map((p) => [p.id, p.listed, p.saved, p.tryIt])).toEqual([
      ['career-fairs', true, false, false],
      ['alumni-network', true, false, false],
    ]);
    expect(placesOfKind(empty().places, options, 'campus')[0]?.hint).toBe('Many employers in one room.');
    expect(placesOfKind(doc.places, options, 'outside').map((p) => [p.name, p.listed, p.custom])).toEqual([
      ['Industry meetups', true, false],
      ['Photography club', false, true],
    ]);
  });

  it('keeps a saved place the institution no longer lists, as one the student can remove', () => {
    const doc: Workbook = {
      ...empty(),
      places: [
        { id: 'old-fair', name: 'Old fair', kind: 'campus', custom: false, tryIt: true, date: '', notes: 'Went' },
      ],
    };
    const old = placesOfKind(doc.places, options, 'campus').at(-1);
    expect(old).toMatchObject({ id: 'old-fair', name: 'Old fair', listed: false, notes: 'Went' });
    expect(removeOwnPlace(doc, options, 'old-fair').doc.places).toEqual([]);
  });
  it('sees two views of a place as the same when every field is, so a row is drawn again only when it changes', () => {
    const first = placesOfKind(empty().places, options, 'campus')[0];
    const again = placesOfKind(empty().places, options, 'campus')[0];
    expect(first).not.toBe(again);
    expect(sameView(first, again)).toBe(true);
    expect(sameView(first, first && { ...first, notes: 'Bring a CV.' })).toBe(false);
    expect(sameView(first, first && { ...first, saved: true })).toBe(false);
    expect(sameView(first, undefined)).toBe(false);
    expect(sameView(undefined, undefined)).toBe(true);
  });
});

describe('marking places to try', () => {
  it('stores a listed place with its config id, name and kind only once it is touched', () => {
    const doc = markPlace(empty(), options, 'career-fairs', true);
    expect(doc.places).toEqual([
      { id: 'career-fairs', name: 'Career fairs', kind: 'campus', custom: false, tryIt: true, date: '', notes: '' },
    ]);
    expect(WorkbookSchema.safeParse(doc).success).toBe(true);
    expect(countToTry(doc.places)).toBe(1);
  });

  it('drops a listed place again when every answer is cleared, but not while it has answers', () => {
    let doc = markPlace(empty(), options, 'career-fairs', true);
    doc = updatePlace(doc, options, 'career-fairs', { notes: 'Bring CVs' });
    doc = markPlace(doc, options, 'career-fairs', false);
    expect(doc.places).toHaveLength(1);
    expect(countToTry(doc.places)).toBe(0);
    doc = updatePlace(doc, options, 'career-fairs', { notes: '' });
    expect(doc.places).toEqual([]);
  });

  it('returns the same workbook when nothing changes, and ignores unknown places', () => {
    const doc = markPlace(empty(), options, 'career-fairs', true);
    expect(markPlace(doc, options, 'career-fairs', true)).toBe(doc);
    expect(markPlace(empty(), options, 'alumni-network', false).places).toEqual([]);
    expect(markPlace(doc, options, 'nowhere', true)).toBe(doc);
  });

  it('keeps the date and notes of each place separately, and unmarking keeps them', () => {
    let doc = updatePlace(empty(), options, 'industry-meetups', { tryIt: true, date: '2026-12-03', notes: 'With Sam' });
    doc = markPlace(doc, options, 'industry-meetups', false);
    expect(findPlace(doc, options, 'industry-meetups')).toMatchObject({
      tryIt: false,
      date: '2026-12-03',
      notes: 'With Sam',
    });
    expect(findPlace(doc, options, 'career-fairs')).toMatchObject({ date: '', notes: '' });
  });

  it('stores an empty date or a full one, and never a date the workbook cannot hold', () => {
    const dated = updatePlace(empty(), options, 'career-fairs', { date: '2026-03-14' });
    expect(findPlace(dated, options, 'career-fairs')).toMatchObject({ date: '2026-03-14' });
    for (const date of ['202612-03-14', '2026-13-01', '2026-02-30']) {
      expect(updatePlace(dated, options, 'career-fairs', { date, notes: 'Bring a CV' })).toBe(dated);
    }
    const cleared = updatePlace(dated, options, 'career-fairs', { date: '' });
    expect(findPlace(cleared, options, 'career-fairs')).toMatchObject({ date: '' });
    expect(WorkbookSchema.safeParse(cleared).success).toBe(true);
  });
});

describe('places of the student’s own', () => {
  it('adds a place with a cleaned name, marked to try, with a pl_ id', () => {
    const { doc, id } = withOwnPlace('  Photography   club ');
    expect(id).toMatch(/^pl_[a-z0-9]{14}$/);
    expect(doc.places).toEqual([
      { id, name: 'Photography club', kind: 'outside', custom: true, tryIt: true, date: '', notes: '' },
    ]);
    expect(WorkbookSchema.safeParse(doc).success).toBe(true);
  });

  it('refuses empty, whitespace-only, too long and repeated names, and a missing kind, in words', () => {
    const { doc } = withOwnPlace();
    expect(addOwnPlace(doc, options, '   ', 'campus')).toEqual({
      ok: false,
      errors: { name: expect.stringContaining('Enter the name'), kind: undefined },
    });
    expect(addOwnPlace(doc, options, 'x'.repeat(201), 'campus')).toMatchObject({ errors: { name: /at most 200/ } });
    expect(addOwnPlace(doc, options, 'career FAIRS', 'outside')).toMatchObject({
      errors: { name: '"Career fairs" is already in your places on campus.' },
    });
    expect(addOwnPlace(doc, options, 'photography club', 'campus')).toMatchObject({
      errors: { name: '"Photography club" is already in your places outside campus.' },
    });
    expect(addOwnPlace(doc, options, '', undefined)).toMatchObject({
      errors: { name: expect.any(String), kind: expect.stringContaining('on campus or outside') },
    });
    expect(addOwnPlace(doc, options, 'Choir', undefined)).toMatchObject({ errors: { name: undefined } });
  });

  it('removes an own place, keeps the people met there, and undo puts both links back', () => {
    const { doc: start, id } = withOwnPlace();
    const second = addOwnPlace(start, options, 'Food bank', 'outside');
    if (!second.ok) throw new Error('not added');
    const met = addPersonMetAt(second.doc, options, id, 'Ines', now);
    if (!met.ok) throw new Error(met.error);
    const { doc, removed } = removeOwnPlace(met.doc, options, id);
    expect(doc.places.map((p) => p.name)).toEqual(['Food bank']);
    expect(doc.contacts).toHaveLength(1);
    expect(doc.contacts[0]?.sourcePlaceId).toBe('');
    if (!removed) throw new Error('nothing removed');
    const back = restorePlace(doc, removed);
    expect(back.places.map((p) => p.name)).toEqual(['Photography club', 'Food bank']);
    expect(peopleMetAt(back, id).map((c) => c.name)).toEqual(['Ines']);
    expect(restorePlace(back, removed)).toBe(back);
  });

  it('never removes a place from the institution’s lists', () => {
    const doc = markPlace(empty(), options, 'career-fairs', true);
    expect(removeOwnPlace(doc, options, 'career-fairs')).toEqual({ doc });
  });
});

describe('people met at a place', () => {
  it('adds a person to the shared contacts with the place as source, storing the listed place', () => {
    const r = addPersonMetAt(empty(), options, 'career-fairs', '  Dana  Lee ', now);
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.contacts).toMatchObject([{ id: r.id, name: 'Dana Lee', sourcePlaceId: 'career-fairs', circleId: '' }]);
    expect(r.doc.places).toMatchObject([{ id: 'career-fairs', custom: false, kind: 'campus', tryIt: false }]);
    expect(peopleMetAt(r.doc, 'career-fairs').map((c) => c.name)).toEqual(['Dana Lee']);
    expect(peopleMetAt(r.doc, 'alumni-network')).toEqual([]);
    // Clearing the last answer keeps the place while someone was met there.
    const marked = markPlace(r.doc, options, 'career-fairs', true);
    expect(markPlace(marked, options, 'career-fairs', false).places).toMatchObject([
      { id: 'career-fairs', tryIt: false },
    ]);
  });

  it('refuses an empty name and a duplicate unless confirmed, like the network map', () => {
    const first = addContact(empty(), { name: 'Dana Lee' }, now);
    if (!first.ok) throw new Error(first.error);
    expect(addPersonMetAt(first.doc, options, 'career-fairs', '  ', now)).toMatchObject({
      ok: false,
      error: /Enter a name/,
    });
    const dup = addPersonMetAt(first.doc, options, 'career-fairs', 'dana lee', now);
    expect(dup).toMatchObject({ ok: false, error: expect.stringContaining('already on your list') });
    const anyway = addPersonMetAt(first.doc, options, 'career-fairs', 'dana lee', now, true);
    expect(anyway.ok && anyway.doc.contacts.map((c) => c.sourcePlaceId)).toEqual(['', 'career-fairs']);
    expect(addPersonMetAt(first.doc, options, 'gone', 'Kim', now)).toMatchObject({ ok: false });
  });
});

describe('placeOption', () => {
  it('writes an event date in the one date style of the site, and keeps the page address', () => {
    const option = placeOption({ id: 'fair', name: 'Autumn fair', url: 'https://x.test/fair', date: '2027-10-14' });
    expect(option).toEqual({
      id: 'fair',
      name: 'Autumn fair',
      hint: undefined,
      url: 'https://x.test/fair',
      when: 'Thu 14 October 2027',
    });
    expect(placeOption({ id: 'club', name: 'Club' }).when).toBeUndefined();
  });
});
