import { describe, expect, it } from 'vitest';
import { blankContact, emptyWorkbook, type Workbook } from '../workbook/model';
import { blankDraft } from '../worksheets/outreach/drafts';
import { worksheetById } from '../worksheets/registry';
import { personPagePath } from '../worksheets/shared/person-page-path';
import { addressProblem, personTitle } from './address-words';
import { askedPersonId, personStory, STORY_WORKSHEETS, storyLink } from './person-story';

const NOW = new Date('2026-12-01T10:00:00Z');

/** Sam (suggested by Ana, who also suggested Eli; Sam suggested Kim) with work in steps 5 and 6, and others'. */
function workbook(): Workbook {
  const doc = emptyWorkbook(NOW);
  return {
    ...doc,
    contacts: [
      blankContact('ana', 'Ana Ruiz'),
      { ...blankContact('sam', 'Sam Lee'), circleId: 'work', sourcePlaceId: 'fair', referredBy: 'ana' },
      { ...blankContact('kim', 'Kim Park'), referredBy: 'sam' },
      { ...blankContact('eli', 'Eli Moreno'), referredBy: 'ana' },
    ],
    places: [{ id: 'fair', name: 'Career fairs', kind: 'campus', custom: false, tryIt: true, date: '', notes: '' }],
    outreach: ['sam', 'ana', 'sam'].map((contactId, i) => ({ ...blankDraft(contactId), id: `o${i}` })),
    preps: [
      { id: 'p1', contactId: 'ana', pitchId: '', meetingAt: '', checklist: noChecks(), questions: [] },
      { id: 'p2', contactId: 'sam', pitchId: '', meetingAt: '', checklist: noChecks(), questions: [] },
    ],
    interviews: [
      { id: 'n1', contactId: 'sam', date: '', learned: 'A lot', fit: '', explore: '', nextSteps: [] },
      { id: 'n2', contactId: 'gone', date: '', learned: 'Kept', fit: '', explore: '', nextSteps: [] },
    ],
    thankYous: [{ id: 't1', contactId: 'sam', learned: '', action: '', thanks: 'Thanks', sentAt: '' }],
  };
}

function noChecks() {
  return { person: false, organization: false, field: false, pitch: false, logistics: false };
}

describe('the person an address asks for', () => {
  it('is the id after ?id=', () => {
    expect(askedPersonId('?id=c12')).toEqual({ kind: 'id', id: 'c12' });
    expect(askedPersonId(new URL(personPagePath('p_3-x'), 'https://x.invalid').search)).toEqual({
      kind: 'id',
      id: 'p_3-x',
    });
  });

  it('is encoded in the address a link makes, so that no id can add a parameter', () => {
    expect(personPagePath('a b&c')).toBe('/workbook/person/?id=a%20b%26c');
    expect(askedPersonId('?id=a%20b%26c')).toEqual({ kind: 'malformed' });
  });

  it('is no one without an id, or with an empty one', () => {
    expect(askedPersonId('')).toEqual({ kind: 'none' });
    expect(askedPersonId('?contact=c1')).toEqual({ kind: 'none' });
    expect(askedPersonId('?id=')).toEqual({ kind: 'none' });
    expect(askedPersonId('?id=%20%20')).toEqual({ kind: 'none' });
  });

  it('is malformed when the text cannot be an id of the workbook (cut, changed, or longer than 80 characters)', () => {
    for (const search of ['?id=c1%3Cscript%3E', '?id=a%20b', '?id=%E2%80%9Cc1%E2%80%9D', `?id=${'a'.repeat(81)}`]) {
      expect(askedPersonId(search), search).toEqual({ kind: 'malformed' });
    }
    expect(askedPersonId(`?id=${'a'.repeat(80)}`).kind).toBe('id');
  });
});

describe("a person's story", () => {
  it('gathers their circle, the place they were met, who suggested them and whom they suggested', () => {
    const story = personStory(workbook(), 'sam');
    expect(story?.person.name).toBe('Sam Lee');
    expect(story?.circle).toBe('Work and internships');
    expect(story?.place).toBe('Career fairs');
    expect(story?.suggestedBy?.name).toBe('Ana Ruiz');
    expect(story?.suggested.map((c) => c.name)).toEqual(['Kim Park']);
    expect(personStory(workbook(), 'ana')?.suggested.map((c) => c.id)).toEqual(['sam', 'eli']);
  });

  it("holds only this person's messages, preparations, notes and thank-yous, in the workbook's order", () => {
    const story = personStory(workbook(), 'sam');
    expect(story?.messages.map((o) => o.id)).toEqual(['o0', 'o2']);
    expect(story?.preps.map((p) => p.id)).toEqual(['p2']);
    expect(story?.notes.map((n) => n.id)).toEqual(['n1']);
    expect(story?.thankYous.map((t) => t.id)).toEqual(['t1']);
    const ana = personStory(workbook(), 'ana');
    expect([ana?.messages.length, ana?.preps.length, ana?.notes.length, ana?.thankYous.length]).toEqual([1, 1, 0, 0]);
  });

  it('has no circle, place or suggester when those are empty or point to something gone', () => {
    const doc = workbook();
    const loose = {
      ...doc,
      contacts: [{ ...blankContact('x', 'X'), circleId: 'deleted', sourcePlaceId: 'closed', referredBy: 'removed' }],
    };
    const story = personStory(loose, 'x');
    expect([story?.circle, story?.place, story?.suggestedBy, story?.suggested]).toEqual(['', '', undefined, []]);
    expect(personStory(doc, 'kim')?.messages).toEqual([]);
  });

  it('is undefined for an id no one on the list has', () => {
    expect(personStory(workbook(), 'nobody')).toBeUndefined();
    expect(personStory(workbook(), 'gone')).toBeUndefined();
  });
});

describe('an address that leads to no one', () => {
  const doc = workbook();

  it('says so in words: no id, an id the site never makes, someone removed, someone never on this list', () => {
    expect(addressProblem(doc, askedPersonId(''))).toMatch(/its address does not say who/);
    expect(addressProblem(doc, askedPersonId('?id=a%20b'))).toMatch(/not one this site makes for a person/);
    expect(addressProblem(doc, askedPersonId('?id=nobody'))).toMatch(/^No one on your list in this browser/);
  });

  it('says the person was removed when the workbook still holds something written about them', () => {
    expect(addressProblem(doc, askedPersonId('?id=gone'))).toMatch(/no longer on your list: they were removed/);
  });

  it('says nothing when the person is on the list', () => {
    expect(addressProblem(doc, askedPersonId('?id=kim'))).toBeUndefined();
  });
});

describe('links from a person page', () => {
  const sam = { id: 'sam', name: 'Sam Lee' };

  it("open each person-based worksheet on the person, and name them in the link's words", () => {
    expect(storyLink('outreach', sam)).toEqual({
      href: '/steps/make-contact/?contact=sam#outreach',
      text: 'Write a message to Sam Lee',
    });
    expect(storyLink('thank-you', sam).href).toBe('/steps/follow-up/?contact=sam#thank-you');
    expect(storyLink('network-map', sam).href).toBe('/steps/identify-your-networks/?contact=sam#network-map');
    for (const worksheet of STORY_WORKSHEETS) expect(storyLink(worksheet, sam).text, worksheet).toContain('Sam Lee');
  });

  it('open the goals at their ratings and the tracker at its top, which do not open on a person', () => {
    expect(storyLink('goals', sam).href).toBe('/steps/assess-your-goals/#goals-rate');
    expect(storyLink('contact-tracker', sam).href).toBe('/steps/follow-up/#contact-tracker');
  });

  it('go to worksheets in the order of the steps', () => {
    const steps = STORY_WORKSHEETS.map((w) => worksheetById(w).step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps)).toEqual(new Set([1, 3, 5, 6]));
  });
});

describe("the person page's title", () => {
  it('names the person', () => {
    expect(personTitle('Sam Lee')).toBe('Sam Lee in your workbook');
  });
});
