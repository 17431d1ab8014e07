import { describe, expect, it } from 'vitest';
import type { Snapshot } from './snapshot-schema';
import { pitchTitle, planDoneText, snapshotText, statusRows } from './snapshot-words';

const FULL: Snapshot = {
  sharedAt: '2025-03-01T12:00:00.000Z',
  fullNames: false,
  about: { name: 'Tomás Reyes', studies: '' },
  goals: { wants: ['field', 'leads'], fields: 'Water quality', organizations: 'River Trust', questions: '' },
  topFive: [{ name: 'M. O.', org: 'River Trust', status: 'met' }],
  pitches: [
    { name: '', audience: 'recruiter', now: 'I study water. ', past: '', future: 'I want policy work.', ask: '' },
  ],
  statusCounts: { 'not-contacted': 3, met: 1 },
  nextActions: [
    { title: 'Send a thank-you to M. O.', due: '2025-03-03' },
    { title: 'Write to S. L.', due: '' },
  ],
  plans: [
    {
      note: 'Bring your list.',
      meetingDate: '2025-03-10',
      items: [
        { title: 'Your network map', href: '/steps/identify-your-networks/#network-map', state: 'done' },
        { title: 'Your goals and priorities', href: '/steps/assess-your-goals/#goals', state: 'started' },
        { title: 'What to do', href: '/steps/elevator-pitch/#what-to-do', state: 'read' },
      ],
    },
  ],
  questions: 'Is a certificate worth it?',
  interviewNotes: [{ name: 'M. O.', date: '2025-02-25', learned: 'Audits take a week.', fit: '', explore: 'Courses' }],
};

describe('snapshotText', () => {
  it('writes every part, in the order of the page, as plain text', () => {
    expect(snapshotText(FULL, 'Networking Guide').split('\n')).toEqual([
      'Networking Guide: a shared workbook',
      expect.stringMatching(/^Shared on Sat 1 March 2025 at \d\d:\d\d\.$/),
      'Names are shown as initials.',
      '',
      'ABOUT ME',
      'Name: Tomás Reyes',
      '',
      'MY GOALS',
      'What I want from networking: Learn about a field; Find job or internship leads',
      'Fields that interest me: Water quality',
      'Organizations that interest me: River Trust',
      '',
      'MY TOP FIVE PEOPLE TO CONTACT',
      '1. M. O., River Trust, Met',
      '',
      'MY ELEVATOR PITCH',
      'Pitch 1 (for a recruiter): I study water. I want policy work.',
      '',
      'PEOPLE ON MY LIST',
      'In all: 4 people',
      '- Not contacted yet: 3',
      '- Met: 1',
      '',
      'MY NEXT ACTIONS',
      '- Send a thank-you to M. O. (by Mon 3 March 2025)',
      '- Write to S. L. (now)',
      '',
      "MY ADVISOR'S PLAN",
      'Note: Bring your list.',
      'Next meeting: Mon 10 March 2025',
      'I have done 1 of 2 worksheets in this plan.',
      '- Your network map: Done',
      '- Your goals and priorities: Started',
      '- What to do: To read',
      '',
      'MY QUESTIONS FOR YOU',
      'Is a certificate worth it?',
      '',
      'MY INTERVIEW NOTES',
      'Talk with M. O. on Tue 25 February 2025',
      'What I learned: Audits take a week.',
      'What to explore next: Courses',
      '',
    ]);
  });

  it("writes step 3's goal sentence, targets with their dates in words and ranked organizations with their answers", () => {
    const goals = {
      wants: [],
      fields: '',
      organizations: '',
      questions: '',
      goal: 'Work in water policy <b>soon</b>.',
      targets: [
        { count: 3, who: 'water quality', by: '2025-04-01' },
        { count: 1, who: 'at the River Trust', by: '' },
        { count: 0, who: '', by: '' },
      ],
      orgList: [
        { name: 'City Lab', alumni: true, advocacy: false, motivation: 3 as const, posting: true },
        { name: '', alumni: false, advocacy: true, motivation: 0 as const, posting: false },
      ],
    };
    expect(snapshotText({ sharedAt: FULL.sharedAt, fullNames: false, goals }, 'Guide').split('\n').slice(3)).toEqual([
      '',
      'MY GOALS',
      'My main goal: Work in water policy <b>soon</b>.',
      'My targets, with dates:',
      '- Talk to 3 people in water quality by Tue 1 April 2025.',
      '- Talk to 1 person at the River Trust.',
      'Organizations I ranked, most interesting first:',
      '1. City Lab — Interest: High · Alumni work there · Hiring now',
      '2. Unnamed organization — Interest: Not rated yet · Someone there could speak up for you',
      '',
    ]);
  });

  it('writes only the time and the names line for an empty summary', () => {
    const text = snapshotText({ sharedAt: FULL.sharedAt, fullNames: true }, 'Guide');
    expect(text.trim().split('\n')).toHaveLength(3);
    expect(text).toContain('Names are shown in full.');
  });
});

describe('words', () => {
  it('name a pitch by its name, or its place, and its listener', () => {
    const pitch = { name: 'Fair', audience: 'alumnus' as const, now: '', past: '', future: '', ask: '' };
    expect(pitchTitle(pitch, 0)).toBe('Fair (for an alumnus or alumna)');
    expect(pitchTitle({ ...pitch, name: ' ' }, 2)).toBe('Pitch 3 (for an alumnus or alumna)');
  });

  it('count people by status in the order of the statuses', () => {
    expect(statusRows({ met: 2, 'not-contacted': 1, declined: 0 })).toEqual({
      rows: [
        ['Not contacted yet', 1],
        ['Met', 2],
      ],
      total: 3,
    });
  });

  it('say nothing about progress for a plan of sections only', () => {
    expect(planDoneText({ note: '', meetingDate: '', items: [{ title: 'A', href: '', state: 'read' }] })).toBe('');
  });
});
