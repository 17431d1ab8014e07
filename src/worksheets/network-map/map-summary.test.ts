import { describe, expect, it } from 'vitest';
import { blankContact, type Contact } from '../../workbook/model';
import { contacted, dotName, mapSummary, ratedHigh } from './map-summary';

const person = (name: string, extra: Partial<Contact> = {}): Contact => ({ ...blankContact(name, name), ...extra });

describe('marks', () => {
  it('counts a person as rated high when either step 3 rating is High', () => {
    expect(ratedHigh(person('a', { relevance: 3 }))).toBe(true);
    expect(ratedHigh(person('b', { motivation: 3, relevance: 1 }))).toBe(true);
    expect(ratedHigh(person('c', { motivation: 2, relevance: 2 }))).toBe(false);
  });

  it('counts a person as contacted once their status moved past "not contacted"', () => {
    expect(contacted(person('a'))).toBe(false);
    expect(contacted(person('b', { status: 'reached-out' }))).toBe(true);
    expect(contacted(person('c', { status: 'declined' }))).toBe(true);
  });
});

describe('mapSummary', () => {
  it('says how many people are in each circle, rated high and contacted', () => {
    const groups = [
      { name: 'Work', people: [person('Ana', { relevance: 3, status: 'met' }), person('Bo')] },
      { name: 'Family', people: [person('Cy', { status: 'reached-out' })] },
    ];
    expect(mapSummary(groups)).toBe(
      'Your network map: 3 people around you in 2 circles (Work 2, Family 1). 1 rated high in step 3, 2 contacted.',
    );
  });

  it('describes an empty map', () => {
    expect(mapSummary([{ name: 'Work', people: [] }])).toBe(
      'Your network map: you in the middle and 1 circle, with no one in them yet.',
    );
  });
});

describe('dotName', () => {
  it('names the person and both marks, in words', () => {
    expect(dotName(person('Sam Lee', { motivation: 3, status: 'met' }))).toBe('Edit Sam Lee: rated high, contacted');
    expect(dotName(person('Bo'))).toBe('Edit Bo: not contacted yet');
  });
});
