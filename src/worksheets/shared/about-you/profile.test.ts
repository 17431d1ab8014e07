import { describe, expect, it } from 'vitest';
import { emptyProfile, emptyWorkbook } from '../../../workbook/model';
import { isProfileEmpty, profileLines, setProfile } from './profile';

const doc = emptyWorkbook(new Date('2026-11-25T12:00:00Z'));

describe('setProfile', () => {
  it('saves what was typed as typed, leaving the rest of the profile and workbook alone', () => {
    const next = setProfile(doc, { firstName: ' Ana ', email: 'not an address' });
    expect(next.profile).toEqual({ ...emptyProfile(), firstName: ' Ana ', email: 'not an address' });
    expect(next.contacts).toBe(doc.contacts);
    expect(doc.profile).toEqual(emptyProfile());
  });

  it('gives the same workbook when nothing changes, so nothing is saved', () => {
    expect(setProfile(doc, { firstName: '' })).toBe(doc);
  });
});

describe('profileLines', () => {
  it('is empty for an empty profile', () => {
    expect(isProfileEmpty(emptyProfile())).toBe(true);
    expect(profileLines(emptyProfile())).toEqual([]);
  });

  it('lists the fields filled in, in the form’s order, then the greeting and sign-off in use', () => {
    const lines = profileLines({
      ...emptyProfile(),
      school: 'Riverside College',
      firstName: 'Ana',
      linkedIn: 'linkedin.com/in/ana',
      signOff: 'Kind regards',
    });
    expect(lines).toEqual([
      ['First name', 'Ana'],
      ['School', 'Riverside College'],
      ['LinkedIn profile', 'linkedin.com/in/ana'],
      ['Greeting', 'Hello'],
      ['Sign-off', 'Kind regards'],
    ]);
  });

  it('counts a greeting chosen alone as something filled in', () => {
    expect(isProfileEmpty({ ...emptyProfile(), greeting: 'Dear' })).toBe(false);
    expect(profileLines({ ...emptyProfile(), greeting: 'Dear' })).toEqual([
      ['Greeting', 'Dear'],
      ['Sign-off', 'Best wishes'],
    ]);
  });
});
