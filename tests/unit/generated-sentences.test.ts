// Every sentence the site writes for the student, run over a table of awkward inputs (issue 14,
// item 5): empty, very long, brackets, lower case, a role in the organization field, emoji,
// trailing spaces and punctuation, other scripts. Each generated text must pass one check
// (sentenceProblems): no doubled words, no nested brackets, no empty slots. The student's own
// free text is passed as `verbatim`, so only what the site adds around it is judged.
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/lib/sentence';
import { sentenceProblems } from '../../src/lib/sentence.test-helpers';
import { workbookToMarkdown } from '../../src/workbook/markdown';
import { escapeInline, escapeLines } from '../../src/workbook/markdown-escape';
import {
  type Contact,
  type ContactStatus,
  emptyGoals,
  emptyProfile,
  type InterviewNote,
  type Organization,
  type Outreach,
  type Profile,
  type ThankYou,
  type Workbook,
} from '../../src/workbook/model';
import { thankYouHeading, trackedLine } from '../../src/workbook-ui/follow-up-words';
import { messageHeading, notesHeading, prepHeading } from '../../src/workbook-ui/view-words';
import { orgFacts, orgLabel } from '../../src/worksheets/goals/organizations';
import { targetSentence } from '../../src/worksheets/goals/targets';
import { CHECK_REASONS } from '../../src/worksheets/outreach/check-reasons';
import { checkMessage, composeBody, type MessageText } from '../../src/worksheets/outreach/email';
import { outreachLinkedInMessage, outreachNote } from '../../src/worksheets/outreach/linkedin-outreach';
import { pitchStart } from '../../src/worksheets/shared/about-you/pitch-start';
import { reminders } from '../../src/worksheets/shared/exports/ics';
import { followUpActions, secondPersonPlace } from '../../src/worksheets/shared/follow-up/actions';
import { dueText } from '../../src/worksheets/shared/follow-up/due-text';
import { contact, workbookWith } from '../../src/worksheets/shared/follow-up/fixtures';
import { adviceFor } from '../../src/worksheets/shared/follow-up/follow-up';
import { NOTE_LIMITS } from '../../src/worksheets/shared/linkedin';
import { outreachStatusText, statusText } from '../../src/worksheets/shared/status-words';
import { composeThankYou, emailNote, thankYouDueLine } from '../../src/worksheets/thank-you/compose';
import { thankYouLinkedInMessage, thankYouNote } from '../../src/worksheets/thank-you/linkedin-thank-you';

// Wednesday 25 November 2026.
const TODAY = '2026-11-25';

/** Where the Markdown export says it came from, and when. */
const MARKDOWN_OPTIONS = {
  siteName: 'Networking Guide',
  siteUrl: 'https://careers.example.edu',
  now: new Date(2026, 10, 25, 12),
};

/** One awkward person: a name, what they typed as the organization, and free text for the parts. */
interface Row {
  what: string;
  name: string;
  org: string;
  text?: string;
}

const LONG_NAME = `Maximiliana ${'Alexandrovna-'.repeat(14)}Rosenthal`;
const LONG_ORG = `The International Association of ${'Very '.repeat(20)}Careful Librarians`;
const LONG_TEXT = `${'I would love to hear how you started out and what you would do again. '.repeat(12)}Thanks`;

const ROWS: readonly Row[] = [
  { what: 'an ordinary person', name: 'Sam Lee', org: 'Figma' },
  { what: 'no organization', name: 'Sam Lee', org: '' },
  { what: 'an organization of spaces', name: 'Sam Lee', org: '   ' },
  { what: 'a role in the organization field', name: 'Sam Lee', org: 'Interned at a local agency' },
  { what: 'an aside in brackets', name: 'Name Surname', org: 'Figma (UX design intern last summer)' },
  { what: 'nested brackets', name: 'Sam Lee', org: 'Figma (UX (design) intern)' },
  { what: 'a bracket never closed', name: 'Sam Lee', org: 'Figma (UX intern' },
  { what: 'only an aside', name: 'Sam Lee', org: '(not sure)' },
  { what: 'lower case', name: 'sam lee', org: 'figma' },
  { what: 'a field, not an organization', name: 'Ana Souza', org: 'marketing' },
  { what: 'a role at an organization', name: 'Ana Souza', org: 'UX designer at Figma' },
  { what: 'an organization starting with "at"', name: 'Ana Souza', org: 'at Figma' },
  { what: 'trailing full stops', name: 'Ana Souza.', org: 'Figma.' },
  { what: 'trailing commas', name: 'Ana Souza,', org: 'Figma,' },
  { what: 'an abbreviation with a full stop', name: 'Ana Souza', org: 'Acme Inc.' },
  { what: 'emoji', name: 'Sam 🎨', org: 'Figma 🚀' },
  { what: 'an organization of emoji only', name: 'Sam', org: '🚀🚀' },
  { what: 'a very long name', name: LONG_NAME, org: 'Figma' },
  { what: 'a very long organization', name: 'Sam Lee', org: LONG_ORG },
  { what: 'an aside in the name', name: 'Sam Lee (Figma)', org: 'Figma' },
  { what: 'nested brackets in the name', name: 'Sam (the (UX) one) Lee', org: '' },
  { what: 'quotes around both', name: '"Sam"', org: '“Figma”' },
  { what: 'a title in the name', name: 'Dr. Amara Okafor', org: 'County Hospital' },
  { what: 'a nickname, a comma and Jr.', name: 'Bob "Bobby" Lee, Jr.', org: 'Lab; North' },
  { what: 'spaces around and inside', name: '  Sam   Lee  ', org: '  Figma   Design  ' },
  { what: 'line breaks', name: 'Sam\nLee', org: 'Figma\nDesign' },
  { what: 'Chinese', name: '李伟', org: '腾讯' },
  { what: 'Arabic', name: 'محمد', org: 'أرامكو' },
  { what: 'a role after a dash', name: 'Ana', org: 'Figma - UX intern' },
  { what: 'a team after a slash', name: 'Ana', org: 'Figma / Design Systems' },
  { what: 'how they are known', name: 'Ana', org: 'Friend of my dad' },
  { what: 'a sentence about their work', name: 'Ana', org: 'Works in healthcare' },
  { what: 'the organization as the name', name: 'Figma', org: 'Figma' },
  { what: 'a question mark', name: 'Ana?', org: 'Figma?' },
  { what: 'capitals', name: 'ANA SOUZA', org: 'NASA' },
  { what: 'one letter each', name: 'A', org: 'B' },
  { what: 'a number', name: 'Ana', org: '3M' },
  { what: 'a role ending in "at"', name: 'Ana', org: 'Intern at' },
  { what: 'words that read as a fallback', name: 'Ana', org: 'the same organization' },
  { what: 'a title and surname', name: 'Ms Park', org: 'City Council' },
  { what: 'apostrophes', name: "Seán O'Brien", org: "O'Reilly Media" },
  { what: 'a saint and an apostrophe', name: 'Jo Bloggs Jr.', org: "St. Mary's Hospital" },
  { what: 'emoji and an aside', name: 'Ana', org: 'Figma 🚀 (design)' },
  { what: 'a lower-case description', name: 'ana', org: 'a startup' },
  { what: 'free text with brackets', name: 'Sam Lee', org: 'Figma', text: 'I liked the talk (really (a lot)).' },
  { what: 'free text with trailing spaces', name: 'Sam Lee', org: 'Figma', text: 'We met at the fair.   ' },
  { what: 'free text ending in a question', name: 'Sam Lee', org: 'Figma', text: 'Could we talk next week?' },
  { what: 'free text in lower case', name: 'Sam Lee', org: 'Figma', text: 'we both went to riverside' },
  { what: 'very long free text', name: 'Sam Lee', org: 'Figma', text: LONG_TEXT },
  { what: 'free text of emoji', name: 'Sam Lee', org: 'Figma', text: '🎉🎉' },
  { what: 'empty free text', name: 'Sam Lee', org: 'Figma', text: '' },
];

/** The free text of a row (what the student wrote in the parts). */
const textOf = (row: Row) => row.text ?? 'We both studied design at Riverside.';

/** The same person in every status, with dates that reach each branch of the advice. */
function people(row: Row): Contact[] {
  const at = (id: string, status: ContactStatus, extra: Partial<Contact> = {}) =>
    contact(id, row.name, { org: row.org, email: 'sam@example.org', status, ...extra });
  return [
    at('a', 'not-contacted', { topFive: true }),
    at('b', 'reached-out', { reachedOutAt: '2026-11-24' }),
    at('c', 'reached-out', { reachedOutAt: '2026-11-19' }),
    at('d', 'reached-out', { reachedOutAt: '2026-11-02' }),
    at('e', 'reached-out'),
    at('f', 'meeting-set', { meetingAt: '2026-12-02' }),
    at('g', 'meeting-set'),
    at('h', 'met', { metAt: '2026-11-20' }),
    at('i', 'met', { metAt: '2026-11-24' }),
    at('j', 'met', { metAt: '2026-11-25' }),
    at('k', 'met'),
    at('l', 'thanked', { thankedAt: '2026-11-21', nextContactAt: '2026-11-30' }),
    at('m', 'keeping-in-touch', { lastContactAt: '2026-10-01' }),
    at('n', 'no-reply', { reachedOutAt: '2026-10-01', email: 'not an address' }),
    at('o', 'declined', { email: '' }),
    at('p', 'met', { thankedAt: '2026-11-22', lastContactAt: '2026-11-22', nextContactAt: '2026-12-01' }),
  ];
}

/** A workbook with the row's person in every status, their messages, notes and thank-yous. */
function workbookOf(row: Row): Workbook {
  const contacts = people(row);
  const text = textOf(row);
  const outreach: Outreach[] = contacts.slice(0, 2).map((c, i) => ({
    id: `o${i}`,
    contactId: c.id,
    subject: text,
    connection: text,
    aboutMe: text,
    whyThem: text,
    question: text,
    ask: text,
    sentAt: i ? '2026-11-24' : '',
    updatedAt: '2026-11-25T10:00:00.000Z',
  }));
  const interviews: InterviewNote[] = [
    {
      id: 'n1',
      contactId: 'h',
      date: '2026-11-20',
      learned: text,
      fit: text,
      explore: text,
      nextSteps: [
        { id: 's1', text, due: '2026-11-27', done: false },
        { id: 's2', text, due: '2026-11-20', done: true },
      ],
    },
  ];
  const thankYous: ThankYou[] = [
    { id: 't1', contactId: 'h', thanks: text, learned: text, action: text, sentAt: '' },
    { id: 't2', contactId: 'l', thanks: '', learned: text, action: '', sentAt: '2026-11-21' },
  ];
  const goals = {
    ...emptyGoals(),
    goal: text,
    targets: [{ id: 't1', count: 2, who: row.org, by: '2027-02-15' }],
    orgList: [{ id: 'o1', name: row.org, alumni: true, advocacy: false, motivation: 3 as const, posting: true }],
  };
  return workbookWith(contacts, { outreach, interviews, thankYous, goals });
}

/** Every generated sentence for a row, each with a name saying where it comes from. */
function sentencesOf(row: Row, signer: Profile = emptyProfile()): Array<readonly [where: string, text: string]> {
  const doc = workbookOf(row);
  const text = textOf(row);
  const parts: MessageText = {
    subject: text,
    connection: text,
    aboutMe: text,
    whyThem: text,
    question: text,
    ask: text,
  };
  const out: Array<readonly [string, string]> = [];
  for (const a of followUpActions(doc, TODAY)) out.push([`action ${a.key}`, a.title], [`action ${a.key}`, a.detail]);
  for (const r of reminders(doc, TODAY)) out.push([`reminder ${r.uid}`, r.title], [`reminder ${r.uid}`, r.description]);
  for (const c of doc.contacts) {
    out.push([`advice ${c.id}`, adviceFor(c, TODAY)]);
    out.push([`status ${c.id}`, statusText(c)]);
    out.push([`outreach status ${c.id}`, outreachStatusText(c, '2026-11-23')]);
    out.push([`thank-you due ${c.id}`, thankYouDueLine(c, '', TODAY)]);
    out.push([`thank-you sent ${c.id}`, thankYouDueLine(c, '2026-11-21', TODAY)]);
    out.push([`email note ${c.id}`, emailNote(c.name, c.email) ?? '']);
    out.push([`tracked ${c.id}`, trackedLine(c, TODAY)]);
    out.push([`second person ${c.id}`, secondPersonPlace(c)]);
  }
  out.push(['due text', dueText('2026-11-23', TODAY)]);
  out.push(...messagesOf(row, signer));
  for (const check of checkMessage(row.name, parts, signer)) {
    out.push([`check ${check.id}`, `${check.text} ${CHECK_REASONS[check.id]}`]);
  }
  out.push(['message heading', messageHeading(row.name, '2026-11-24')]);
  out.push(['prep heading', prepHeading(row.name, '2026-12-02')]);
  out.push(['notes heading', notesHeading(row.name, '2026-11-20')]);
  out.push(['thank-you heading', thankYouHeading(row.name, '')]);
  out.push(['gone heading', thankYouHeading(undefined, '2026-11-21')]);
  return out;
}

/** Every message written for the row's person, signed with `signer` (issue 13, item 8). */
function messagesOf(row: Row, signer: Profile): Array<readonly [where: string, text: string]> {
  const text = textOf(row);
  const parts = { subject: text, connection: text, aboutMe: text, whyThem: text, question: text, ask: text };
  const thanks = { thanks: text, learned: text, action: text };
  const noThanks = { thanks: '', learned: text, action: '' };
  const out: Array<readonly [string, string]> = [['email', composeBody(row.name, parts, signer)]];
  for (const limit of Object.values(NOTE_LIMITS)) {
    out.push([`outreach note ${limit}`, outreachNote(row.name, parts, limit, signer).text]);
    out.push([`thank-you note ${limit}`, thankYouNote(row.name, thanks, limit, signer).text]);
    out.push([`short thank-you note ${limit}`, thankYouNote(row.name, noThanks, limit, signer).text]);
  }
  out.push(['LinkedIn message', outreachLinkedInMessage(row.name, parts, signer)]);
  out.push(['thank-you', composeThankYou(row.name, thanks, signer)]);
  out.push(['plain thank-you', composeThankYou(row.name, noThanks, signer)]);
  out.push(['LinkedIn thank-you', thankYouLinkedInMessage(row.name, thanks, signer)]);
  return out;
}

/** One awkward "About you": what the student typed about themselves, and how they sign. */
interface ProfileRow {
  what: string;
  profile: Partial<Profile>;
}

const PROFILE_ROWS: readonly ProfileRow[] = [
  { what: 'nothing filled in', profile: {} },
  {
    what: 'an ordinary profile',
    profile: {
      firstName: 'Ana',
      lastName: 'Souza',
      school: 'Riverside College',
      year: 'second-year',
      fieldOfStudy: 'design',
      email: 'ana@example.org',
      linkedIn: 'https://www.linkedin.com/in/ana-souza',
      greeting: 'Dear',
      signOff: 'Kind regards',
    },
  },
  { what: 'lower case', profile: { firstName: 'ana', lastName: 'souza', greeting: 'hi', signOff: 'best' } },
  {
    what: 'trailing punctuation everywhere',
    profile: {
      firstName: 'Ana,',
      lastName: 'Souza.',
      school: 'Riverside College.',
      year: 'second-year,',
      fieldOfStudy: 'design.',
      signOff: 'Kind regards,',
    },
  },
  {
    what: 'asides in brackets',
    profile: {
      firstName: 'Ana (Annie)',
      lastName: 'Souza (she/her)',
      school: 'Riverside (main (north) campus)',
      fieldOfStudy: 'design (UX)',
    },
  },
  { what: 'emoji', profile: { firstName: 'Ana 🎨', signOff: '🙏', fieldOfStudy: '🎨' } },
  { what: 'a last name only', profile: { lastName: 'Souza', school: 'Riverside College' } },
  { what: 'a sign-off with an exclamation mark', profile: { firstName: 'Ana', signOff: 'Thanks!' } },
  { what: 'a sign-off of punctuation only', profile: { firstName: 'Ana', signOff: ' ,; ' } },
  { what: 'very long names', profile: { firstName: LONG_NAME, lastName: LONG_NAME, school: LONG_ORG } },
  { what: 'line breaks', profile: { firstName: 'Ana\nMaria', signOff: 'With\nthanks', school: 'Riverside\nCollege' } },
  { what: 'addresses that are not addresses', profile: { firstName: 'Ana', email: 'ana@', linkedIn: 'my profile' } },
  { what: 'a greeting that is not one of the choices', profile: { firstName: 'Ana', greeting: 'Yo!' } },
  { what: 'Chinese', profile: { firstName: '芳', lastName: '王', school: '清华大学', fieldOfStudy: '计算机' } },
  {
    what: 'a year that names the student',
    profile: { year: 'PhD student', fieldOfStudy: 'history', school: 'Acme Inc.' },
  },
  { what: 'a field that names the student', profile: { firstName: 'Ana', fieldOfStudy: 'graduate student' } },
  { what: 'a title as the first name', profile: { firstName: 'Dr.', lastName: 'Souza', greeting: 'Dear' } },
];

/** The people each profile writes to: an ordinary one, awkward ones, and one with no name left to greet. */
const RECIPIENTS: readonly Row[] = [
  { what: 'an ordinary person', name: 'Sam Lee', org: 'Figma' },
  { what: 'nested brackets in the name', name: 'Sam (the (UX) one) Lee', org: '' },
  { what: 'a title in the name', name: 'Dr. Amara Okafor', org: 'County Hospital' },
  { what: 'only an aside', name: '(not sure)', org: '' },
  { what: 'free text ending in a question', name: 'Ana?', org: 'Figma', text: 'Could we talk next week?' },
];

describe('every message reads well with any "About you" (issue 13, item 8)', () => {
  it.each(PROFILE_ROWS)('signed with $what', ({ profile: fields }) => {
    const signer = { ...emptyProfile(), ...fields };
    // The sign-off is the student's own words, used as typed.
    const verbatim = (row: Row) => [textOf(row), signer.signOff.replace(/\s+/g, ' ').trim()];
    const problems = RECIPIENTS.flatMap((row) =>
      messagesOf(row, signer).flatMap(([where, text]) =>
        sentenceProblems(text, verbatim(row)).map((p) => `${row.what}, ${where}: ${p} in “${text}”`),
      ),
    );
    // The pitch's start: what the student typed is judged only for how it is put together.
    const start = pitchStart(signer);
    const ownWords = Object.values(signer).map((t) => t.replace(/\s+/g, ' ').trim());
    problems.push(...sentenceProblems(start, ownWords).map((p) => `pitch start: ${p} in “${start}”`));
    // The export lists what was typed as typed (one line each), and only judges what it adds.
    const row = RECIPIENTS[0] as Row;
    const md = workbookToMarkdown({ ...workbookOf(row), profile: signer }, MARKDOWN_OPTIONS);
    const typed = [row.name, row.org, textOf(row), ...ownWords];
    problems.push(
      ...sentenceProblems(
        md,
        typed.flatMap((t) => [t, escapeInline(t), ...escapeLines(t)]),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('signs every message with the name, and greets and signs off the same way in each', () => {
    const signer = {
      ...emptyProfile(),
      firstName: 'Ana',
      lastName: 'Souza',
      greeting: 'Dear',
      signOff: 'Kind regards',
    };
    for (const [where, text] of messagesOf(ROWS[0] as Row, signer)) {
      expect(text, where).toMatch(/^Dear Sam(?: Lee)?,/);
      expect(text, where).toMatch(/Kind regards,[\n ]Ana(?: Souza)?$/);
    }
  });
});

describe('every generated sentence reads well with awkward input', () => {
  it('has a table of at least 40 awkward inputs', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROWS.map((r) => r.what)).size).toBe(ROWS.length);
  });

  it.each(ROWS)('with $what', (row) => {
    const verbatim = [textOf(row)];
    const signed = {
      ...emptyProfile(),
      firstName: 'Ana',
      lastName: 'Souza',
      greeting: 'Dear',
      signOff: 'Kind regards',
    };
    const problems = [...sentencesOf(row), ...messagesOf(row, signed)].flatMap(([where, text]) =>
      sentenceProblems(text, verbatim).map((p) => `${where}: ${p} in “${text}”`),
    );
    expect(problems).toEqual([]);
  });

  // Step 3 (issue 14 item 2): who a target is about and an organization's name are the student's own
  // words (the organization field's text stands in for them), so only what the site adds is judged.
  it.each(ROWS)('in step 3 targets and organizations, with $what', (row) => {
    const verbatim = [row.org, oneLine(row.org)];
    const org: Organization = { id: 'o1', name: row.org, alumni: true, advocacy: false, motivation: 3, posting: true };
    const texts = [
      targetSentence({ id: 't1', count: 3, who: row.org, by: '2027-02-15' }),
      targetSentence({ id: 't2', count: 1, who: row.org, by: '' }),
      `${orgLabel(org)}: ${orgFacts(org)}`,
    ];
    expect(texts.flatMap((text) => sentenceProblems(text, verbatim).map((p) => `${p} in “${text}”`))).toEqual([]);
  });

  it.each(ROWS)('in the Markdown export, with $what', (row) => {
    const md = workbookToMarkdown(workbookOf(row), MARKDOWN_OPTIONS);
    // The student's own name, organization and text are listed as they typed them.
    const typed = [row.name, row.org, textOf(row)];
    const verbatim = typed.flatMap((t) => [t, escapeInline(t), ...escapeLines(t)]);
    expect(sentenceProblems(md, verbatim)).toEqual([]);
  });
});

describe('the examples of issue 14', () => {
  const doc = workbookOf({ what: '', name: 'Name Surname', org: 'Figma (UX design intern last summer)' });
  const titles = followUpActions(doc, TODAY).map((a) => a.title);

  it('never writes to "a second person at" a description of the person', () => {
    const agency = workbookOf({ what: '', name: 'Sam Lee', org: 'Interned at a local agency' });
    const second = followUpActions(agency, TODAY).find((a) => a.kind === 'second-person');
    expect(second?.title).toBe('Write to a second person at the same organization as Sam Lee');
  });

  it('names the organization once, without the aside in brackets', () => {
    expect(titles).toContain('Write to Name Surname at Figma');
    expect(titles.join(' ')).not.toContain('(');
  });

  it('says the status and its date once', () => {
    const met = contact('x', 'Sam', { status: 'met', metAt: '2026-12-04' });
    expect(statusText(met)).toBe('Status: Met on Fri 4 December 2026.');
  });
});

describe('the check itself', () => {
  it.each([
    ['Write to a second person at at Figma.', 'doubled word'],
    ['Name Surname (Figma (UX design intern last summer))', 'nested brackets'],
    ['Dear ,', 'a space before punctuation'],
    ['Write to a second person at .', 'a space before punctuation'],
    ['Send a thank-you to undefined.', 'a missing value'],
    ['Meeting on ().', 'empty brackets'],
    ['Next step: Call Sam?.', 'punctuation doubled'],
    ['Get in touch with Sam  Lee.', 'two spaces'],
    ['Write to a second person at.', 'a word left without'],
  ])('finds the problem in “%s”', (text, problem) => {
    expect(sentenceProblems(text).join('; ')).toContain(problem);
  });

  it('judges only what the site adds around the student’s own words', () => {
    expect(sentenceProblems('Next step: see (the (long)) list.', ['see (the (long)) list'])).toEqual([]);
    expect(sentenceProblems('Status: Met, met on 4 December 2026.').join('; ')).toContain('doubled word “Met, met”');
  });
});
