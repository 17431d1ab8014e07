import { describe, expect, it } from 'vitest';
import { addContact } from '../../../workbook/contacts';
import { indexById } from '../../../workbook/lookups';
import { type Contact, emptyWorkbook, type Rating, type Workbook } from '../../../workbook/model';
import {
  isRated,
  personContext,
  ratingCounts,
  ratingWord,
  setRating,
  setTopFive,
  sortByPriority,
  TOP_FIVE_LIMIT,
  topFive,
  unratedIds,
} from './priorities';

const now = new Date('2026-11-25T10:00:00Z');

/** A workbook with people given as [name, relevance, motivation]. */
function withPeople(people: ReadonlyArray<readonly [string, Rating, Rating]>): Workbook {
  let doc = emptyWorkbook(now);
  for (const [name, relevance, motivation] of people) {
    const r = addContact(doc, { name, relevance, motivation }, now, true);
    if (!r.ok) throw new Error(r.error);
    doc = r.doc;
  }
  return doc;
}
const names = (list: readonly Contact[]) => list.map((c) => c.name);
const idOf = (doc: Workbook, name: string) => doc.contacts.find((c) => c.name === name)?.id ?? '';

describe('priority order', () => {
  it('sorts by motivation first, then relevance, then name, with people not rated last', () => {
    const doc = withPeople([
      ['Zoe', 3, 1],
      ['Unrated', 0, 0],
      ['bo', 1, 3],
      ['Amara', 1, 3],
      ['Chen', 3, 3],
      ['Dee', 2, 2],
    ]);
    expect(names(sortByPriority(doc.contacts))).toEqual(['Chen', 'Amara', 'bo', 'Dee', 'Zoe', 'Unrated']);
  });

  it('does not reorder the workbook itself, and keeps equal people in the order they were added', () => {
    const doc = withPeople([
      ['Ana', 0, 0],
      ['Sam', 2, 2],
      ['sam', 2, 2],
    ]);
    const ids = doc.contacts.map((c) => c.id);
    expect(sortByPriority(doc.contacts).map((c) => c.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(doc.contacts.map((c) => c.id)).toEqual(ids);
  });
});

describe('ratings', () => {
  it('counts people as rated only when both questions are answered', () => {
    const doc = withPeople([
      ['A', 1, 1],
      ['B', 2, 0],
      ['C', 0, 3],
      ['D', 0, 0],
    ]);
    expect(ratingCounts(doc.contacts)).toEqual({ total: 4, rated: 1, unrated: 3 });
    expect(unratedIds(doc.contacts)).toEqual(doc.contacts.slice(1).map((c) => c.id));
    expect(doc.contacts.map(isRated)).toEqual([true, false, false, false]);
  });

  it('saves one rating of one person and leaves the workbook alone when nothing changes', () => {
    const doc = withPeople([
      ['A', 0, 0],
      ['B', 0, 0],
    ]);
    const next = setRating(doc, idOf(doc, 'A'), 'motivation', 3, now);
    expect(next.contacts.map((c) => [c.relevance, c.motivation])).toEqual([
      [0, 3],
      [0, 0],
    ]);
    expect(setRating(next, idOf(doc, 'A'), 'motivation', 3, now)).toBe(next);
    expect(setRating(next, 'nobody', 'relevance', 1, now)).toBe(next);
  });

  it('puts ratings in words', () => {
    expect([0, 1, 2, 3].map((n) => ratingWord(n as Rating))).toEqual(['Not rated yet', 'Low', 'Medium', 'High']);
  });
});

describe('top five', () => {
  const six = () =>
    withPeople([
      ['A', 1, 1],
      ['B', 3, 3],
      ['C', 2, 2],
      ['D', 1, 2],
      ['E', 1, 3],
      ['F', 3, 1],
    ]);
  function chooseFirstFive(doc: Workbook): Workbook {
    let d = doc;
    for (const name of ['A', 'B', 'C', 'D', 'E']) {
      const r = setTopFive(d, idOf(doc, name), true, now);
      if (!r.ok) throw new Error(r.error);
      d = r.doc;
    }
    return d;
  }

  it('holds five people, listed in priority order', () => {
    const doc = chooseFirstFive(six());
    expect(TOP_FIVE_LIMIT).toBe(5);
    expect(names(topFive(doc))).toEqual(['B', 'E', 'C', 'D', 'A']);
  });

  it('refuses a sixth person with a message that names the five, and allows one after taking someone out', () => {
    const doc = chooseFirstFive(six());
    const refused = setTopFive(doc, idOf(doc, 'F'), true, now);
    expect(refused).toEqual({
      ok: false,
      error: 'Your top five is full: B, E, C, D and A. Take someone out of it first, then add F.',
    });
    const out = setTopFive(doc, idOf(doc, 'A'), false, now);
    if (!out.ok) throw new Error(out.error);
    const added = setTopFive(out.doc, idOf(doc, 'F'), true, now);
    expect(added.ok && names(topFive(added.doc))).toEqual(['B', 'E', 'C', 'D', 'F']);
  });

  it('always lets a person out, even when more than five were chosen in two tabs', () => {
    const doc = chooseFirstFive(six());
    const seven = { ...doc, contacts: doc.contacts.map((c) => ({ ...c, topFive: true })) };
    const r = setTopFive(seven, idOf(doc, 'A'), false, now);
    expect(r.ok && topFive(r.doc)).toHaveLength(5);
    expect(setTopFive(seven, 'gone', true, now).ok).toBe(false);
  });
});

describe('who a person is', () => {
  it('names the circle, the organization and the place where they were met, skipping what is unknown', () => {
    const doc: Workbook = {
      ...withPeople([['A', 0, 0]]),
      places: [
        { id: 'career-fairs', name: 'Career fairs', kind: 'campus', custom: false, tryIt: true, date: '', notes: '' },
      ],
    };
    const a = doc.contacts[0] as Contact;
    const circles = indexById(doc.circles);
    const places = indexById(doc.places);
    expect(
      personContext(
        { ...a, circleId: 'family', org: ' City archive ', sourcePlaceId: 'career-fairs' },
        circles,
        places,
      ),
    ).toBe('Family and friends · City archive · Met at Career fairs');
    expect(personContext({ ...a, circleId: 'gone', sourcePlaceId: 'gone' }, circles, places)).toBe('');
  });
});
