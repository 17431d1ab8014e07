import { CONTACT_STATUSES, type Contact, emptyWorkbook, type Organization, type Place, type Workbook } from './schema';

const FIRST = ['Maria', 'Sam', 'Priya', 'Chris', 'José', 'Amara', 'Lena', 'Tomás', 'Wei', 'Fatima', 'Noah', 'Zoë'];
const LAST = ['Okafor', 'Lee', 'Raman', 'Alvarez', 'Nguyen', 'Schmidt', 'Haddad', 'Kowalski', 'Brown', 'Søndergaard'];
const ORGS = [
  'County Water Quality Lab',
  'State Environmental Agency',
  'Greenfield Consulting',
  'City Planning Office',
  'River Trust',
];
const CIRCLES = ['work', 'family', 'activities', ''];
const NOTE =
  'Met at the spring career fair. Works on river monitoring and mentioned that the team hires interns every summer. ' +
  'Suggested I look at the state certification course and offered to introduce me to a colleague in policy. ' +
  'Follow up after exams; ask about field work, what a typical week looks like, and which courses helped most.';

/** A 'YYYY-MM-DD' date `days` after 2025-01-01. */
function day(days: number): string {
  return new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
}

/** How a sample workbook is filled beyond its contacts. */
export interface SampleOptions {
  /** How many places of the student's own to add (the people met there point to them); 0 by default. */
  places?: number;
  /** Every how-many-th contact has the long note (1, the default: every contact). */
  notesEvery?: number;
  /** How many organizations the ranked list of step 3 holds (0 by default; the page asks for 40). */
  organizations?: number;
}

/** A place of the student's own; `i` varies the details. */
function samplePlace(i: number): Place {
  return {
    id: `pl${i}`,
    name: `${ORGS[i % ORGS.length]} open day ${i}`,
    kind: i % 2 ? 'outside' : 'campus',
    custom: true,
    tryIt: i % 3 === 0,
    date: i % 4 === 0 ? day(i % 300) : '',
    notes: i % 5 === 0 ? 'Ask about internships; bring résumés.' : '',
  };
}

/** An organization on the ranked list; `i` varies the answers. */
function sampleOrganization(i: number): Organization {
  return {
    id: `o${i}`,
    name: `${ORGS[i % ORGS.length]} ${Math.floor(i / ORGS.length) + 1}`,
    alumni: i % 3 === 0,
    advocacy: i % 5 === 0,
    motivation: (i % 4) as Organization['motivation'],
    posting: i % 2 === 0,
  };
}

/** A realistic contact; `i` varies the details. */
function sampleContact(i: number, stamp: string, options: SampleOptions): Contact {
  const places = options.places ?? 0;
  return {
    id: `c${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${i}`,
    circleId: CIRCLES[i % CIRCLES.length] ?? '',
    howKnown: 'My supervisor’s colleague from the summer internship.',
    org: ORGS[i % ORGS.length] ?? '',
    notes: i % (options.notesEvery ?? 1) === 0 ? `${NOTE} (${i})` : '',
    email: `person${i}@example.org`,
    sourcePlaceId: i % 3 === 0 ? 'career-fairs' : places && i % 3 === 1 ? `pl${i % places}` : '',
    referredBy: i > 0 && i % 4 === 0 ? `c${i - 1}` : '',
    status: CONTACT_STATUSES[i % CONTACT_STATUSES.length] ?? 'not-contacted',
    relevance: ((i % 3) + 1) as Contact['relevance'],
    motivation: (i % 4) as Contact['motivation'],
    topFive: i < 5,
    createdAt: stamp,
    updatedAt: stamp,
    reachedOutAt: i % 2 === 0 ? day(i % 300) : '',
    meetingAt: i % 5 === 0 ? day((i % 300) + 7) : '',
    metAt: i % 5 === 0 ? day((i % 300) + 7) : '',
    thankedAt: i % 10 === 0 ? day((i % 300) + 8) : '',
    lastContactAt: i % 2 === 0 ? day(i % 300) : '',
    nextContactAt: i % 3 === 0 ? day((i % 300) + 30) : '',
  };
}

/**
 * A realistic, valid workbook with `count` contacts; one in ten also has outreach and interview
 * work. The same arguments always give the same workbook.
 */
export function buildSampleWorkbook(count: number, now: Date, options: SampleOptions = {}): Workbook {
  const stamp = now.toISOString();
  const contacts = Array.from({ length: count }, (_, i) => sampleContact(i, stamp, options));
  const active = contacts.filter((_, i) => i % 10 === 0);
  return {
    ...emptyWorkbook(now),
    contacts,
    places: [
      {
        id: 'career-fairs',
        name: 'Career fairs',
        kind: 'campus',
        custom: false,
        tryIt: true,
        date: day(60),
        notes: 'Bring résumés.',
      },
      {
        id: 'p-volunteers',
        name: 'Watershed volunteers',
        kind: 'outside',
        custom: true,
        tryIt: true,
        date: '',
        notes: 'Saturdays.',
      },
      ...Array.from({ length: options.places ?? 0 }, (_, i) => samplePlace(i)),
    ],
    goals: {
      wants: ['field', 'leads'],
      fields: 'Water quality, policy',
      organizations: ORGS.join('; '),
      questions: 'What does an analyst do?',
      // Step 3 outputs (issue 14 item 2): a goal, two targets and, when asked, ranked organizations.
      goal: 'Learn what water quality analysts do, by talking to three of them before the end of term.',
      targets: [
        { id: 't0', count: 3, who: 'water quality', by: day(120) },
        { id: 't1', count: 1, who: 'at the River Trust', by: day(150) },
      ],
      orgList: Array.from({ length: options.organizations ?? 0 }, (_, i) => sampleOrganization(i)),
    },
    pitches: ['recruiter', 'alumnus', 'family-friend'].map((audience, i) => ({
      id: `pi${i}`,
      name: `Pitch ${i + 1}`,
      audience: audience as 'recruiter' | 'alumnus' | 'family-friend',
      now: 'I am a third-year environmental science student.',
      past: 'Last summer I tested water samples at the county lab.',
      future: 'I want to work on water policy.',
      ask: 'Could you tell me how your team hires?',
      updatedAt: stamp,
    })),
    outreach: active.map((c) => ({
      id: `o-${c.id}`,
      contactId: c.id,
      subject: 'A question about your work',
      connection: 'We met at the spring career fair.',
      aboutMe: 'I am a third-year environmental science student.',
      whyThem: 'Your work on river monitoring is what I hope to do.',
      ask: 'Would you have 20 minutes to talk in the next two weeks?',
      question: 'What skills helped you most when you started?',
      updatedAt: stamp,
      sentAt: c.reachedOutAt,
    })),
    preps: active.map((c) => ({
      id: `pr-${c.id}`,
      contactId: c.id,
      pitchId: 'pi0',
      meetingAt: c.meetingAt,
      checklist: { person: true, organization: true, field: false, pitch: true, logistics: false },
      questions: [
        { id: 'q1', text: 'How is your field changing?', theme: 'trends' as const },
        { id: 'q2', text: 'What would you do differently?', theme: 'advice' as const },
      ],
    })),
    interviews: active.map((c) => ({
      id: `in-${c.id}`,
      contactId: c.id,
      date: c.metAt,
      learned: 'Analysts rotate through field work in the summer.',
      fit: 'I like the field work more than the bench work.',
      explore: 'The state certification course.',
      nextSteps: [{ id: 'n1', text: 'Send a thank-you note', due: c.thankedAt, done: true }],
    })),
    thankYous: active.map((c) => ({
      id: `t-${c.id}`,
      contactId: c.id,
      learned: 'How field rotations work.',
      action: 'I signed up for the information session.',
      thanks: 'Thank you for your time.',
      sentAt: c.thankedAt,
    })),
    plans: [
      {
        id: 'plan1',
        savedAt: stamp,
        note: 'From my advising meeting.',
        items: ['identify-your-networks'],
        meetingDate: day(90),
      },
    ],
  };
}
