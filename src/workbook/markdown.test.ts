import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workbookToMarkdown } from './markdown';
import { type Contact, ContactSchema, emptyProfile, emptyWorkbook, type Workbook, WorkbookSchema } from './schema';
import { workbookArb } from './test-arbitraries';

const NOW = new Date(2025, 2, 1, 12, 0, 0);
const OPTS = { siteName: 'Networking Guide', siteUrl: 'https://careers.example.edu/', now: NOW };
/** The version 1 fixture as the site reads it (parsed, so parts added since have their defaults). */
const SAMPLE = WorkbookSchema.parse(JSON.parse(readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8')));
const HOSTILE = [
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '# heading',
  '<img src=x onerror=alert(1)>',
  '![t](https://evil.example/t.png)',
  '> quote\n- item\n1. one\n---\n```\ncode',
  '| a | b |\n|---|---|',
  '&lt;b&gt;',
].join('\n');

/** Fills every text field a student can type with the given text. */
function everywhere(doc: Workbook, text: string): Workbook {
  const contacts = doc.contacts.map(
    (c): Contact => ({
      ...c,
      name: `Name ${text}`,
      howKnown: text,
      org: text.slice(0, 200),
      notes: text,
      email: text.slice(0, 200),
    }),
  );
  return {
    ...doc,
    circles: doc.circles.map((c) => ({ ...c, name: text.slice(0, 200) })),
    contacts,
    places: doc.places.map((p) => ({ ...p, name: text.slice(0, 200), notes: text })),
    goals: { ...doc.goals, fields: text, organizations: text, questions: text },
    pitches: doc.pitches.map((p) => ({
      ...p,
      name: text.slice(0, 200),
      now: text,
      past: text,
      future: text,
      ask: text,
    })),
    outreach: doc.outreach.map((o) => ({
      ...o,
      subject: text.slice(0, 200),
      connection: text,
      aboutMe: text,
      whyThem: text,
      ask: text,
      question: text,
    })),
    preps: doc.preps.map((p) => ({ ...p, questions: p.questions.map((q) => ({ ...q, text })) })),
    interviews: doc.interviews.map((n) => ({
      ...n,
      learned: text,
      fit: text,
      explore: text,
      nextSteps: n.nextSteps.map((s) => ({ ...s, text })),
    })),
    thankYous: doc.thankYous.map((t) => ({ ...t, learned: text, action: text, thanks: text })),
    plans: doc.plans.map((p) => ({ ...p, note: text, items: [text] })),
    profile: {
      ...emptyProfile(),
      firstName: text.slice(0, 200),
      school: text.slice(0, 200),
      linkedIn: text.slice(0, 200),
      signOff: text.slice(0, 200),
    },
  };
}

/**
 * The kinds of line the export is allowed to have; student text only ever continues an item, or
 * sits inside a sentence the site writes (step 3's targets) or after a bold rank (its organizations).
 */
const ALLOWED_LINE =
  /^(|# .+|## Step \d: .+|## About you|### .+|Worksheets?: .+|Everything written .+|- \*\*.+| {2}\S.*|[A-Z][a-z]+( [a-z-]+)* yet\.|- Talk to .+|\d+\. \*\*.+\*\* — Interest: .+)$/;
/** Every Markdown link in the text: [label](destination). */
const links = (md: string) => [...md.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)]*)\)/g)].map((m) => m[2]);

describe('workbookToMarkdown', () => {
  const md = workbookToMarkdown(SAMPLE, OPTS);

  it('starts with a title and the export date', () => {
    expect(md.startsWith('# Networking Guide: my networking workbook\n\n')).toBe(true);
    expect(md).toContain('exported on Sat 1 March 2025');
  });

  it('follows the step order, with a link to every worksheet on its step page', () => {
    const steps = [...md.matchAll(/^## (Step \d)/gm)].map((m) => m[1]);
    expect(steps).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5', 'Step 6', 'Step 7']);
    expect(links(md)).toEqual([
      'https://careers.example.edu/steps/identify-your-networks/#network-map',
      'https://careers.example.edu/steps/expand-your-list/#places-to-meet',
      'https://careers.example.edu/steps/assess-your-goals/#goals',
      'https://careers.example.edu/steps/elevator-pitch/#pitch-builder',
      'https://careers.example.edu/steps/make-contact/#outreach',
      'https://careers.example.edu/steps/make-contact/#interview-prep',
      'https://careers.example.edu/steps/make-contact/#interview-notes',
      'https://careers.example.edu/steps/follow-up/#contact-tracker',
      'https://careers.example.edu/steps/follow-up/#thank-you',
      'https://careers.example.edu/steps/repeat/#dashboard',
    ]);
  });

  it('groups the network map by circle, with people outside any circle last', () => {
    const step1 = md.slice(md.indexOf('## Step 1'), md.indexOf('## Step 2'));
    const headings = [...step1.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Work and internships',
      'Family and friends',
      'Activities and hobbies',
      'Biology department',
      'Not in a circle yet',
    ]);
    expect(step1.indexOf('**Maria Okafor**')).toBeLessThan(step1.indexOf('### Family and friends'));
    expect(step1.indexOf('**Chris Alvarez**')).toBeGreaterThan(step1.indexOf('### Not in a circle yet'));
    expect(step1).toContain('Referred by: Maria Okafor');
    expect(step1).toContain('Where you met: Career fairs');
  });

  it('includes what the student wrote in every step', () => {
    for (const text of [
      'Bring printed résumés.',
      'What you want from networking: Learn about a field, Learn about an organization, Find job or internship leads',
      'Past: Last summer I tested water samples at the county water quality lab.',
      'Subject: Maria Okafor suggested I contact you',
      'Question (Trends): How is the agency preparing for new water rules?',
      'Next step, due Thu 20 February 2025, done: Send a thank-you email',
      'Status: Meeting set',
      'What you did with it: I signed up for the certification information session.',
      'Note: From my advising appointment.',
    ]) {
      expect(md).toContain(text);
    }
  });

  it('orders priorities by relevance plus motivation and lists the top five', () => {
    const priorities = md.slice(md.indexOf('### Priorities'), md.indexOf('### Top five'));
    const names = [...priorities.matchAll(/\*\*(.+)\*\*/g)].map((m) => m[1]);
    expect(names).toEqual(['Maria Okafor', 'Chris Alvarez', 'Sam Lee', 'Dr. Priya Raman']);
    const top = md.slice(md.indexOf('### Top five'), md.indexOf('## Step 4'));
    expect([...top.matchAll(/\*\*(.+)\*\*/g)].map((m) => m[1])).toEqual(['Maria Okafor', 'Sam Lee', 'Chris Alvarez']);
  });

  it('keeps line breaks inside a field within the same list item', () => {
    expect(md).toContain(
      'Questions: What does an entry-level analyst do day to day?\\\n  Which certifications matter?',
    );
  });

  it('says so when a part is empty', () => {
    const empty = workbookToMarkdown(emptyWorkbook(NOW), OPTS);
    expect(empty).toContain('No one added yet.');
    expect(empty).toContain('No pitch written yet.');
    expect(empty).toContain('No plans saved yet.');
    expect(empty).toContain('No weekly time or goal set yet.');
    expect(empty).not.toContain('Not in a circle yet');
  });

  it('starts with "About you": the details filled in, then how messages start and end', () => {
    const profile = {
      ...emptyProfile(),
      firstName: 'Ana',
      lastName: 'Souza',
      school: 'Riverside College',
      greeting: 'Dear',
    };
    const out = workbookToMarkdown({ ...SAMPLE, profile }, OPTS);
    const about = out.slice(out.indexOf('## About you'), out.indexOf('## Step 1'));
    expect(about).toBe(
      '## About you\n\n- **Your details**\\\n  First name: Ana\\\n  Last name: Souza\\\n  School: Riverside College\\\n  Greeting: Dear\\\n  Sign-off: Best wishes\n\n',
    );
    expect(md).toContain('## About you\n\nNothing written yet.\n\n## Step 1');
  });

  it('names people who were removed, and drafts without a person, in words', () => {
    const doc = { ...SAMPLE, contacts: SAMPLE.contacts.filter((c) => c.id !== 'c_y3u7i1o5a9e2gd') };
    expect(workbookToMarkdown(doc, OPTS)).toContain('**To someone no longer in your list**');
    const draft = { ...SAMPLE, outreach: SAMPLE.outreach.map((o) => ({ ...o, contactId: '' })) };
    expect(workbookToMarkdown(draft, OPTS)).toContain('**To (no one chosen)**');
  });

  it('cannot be made to run script, link elsewhere, or add headings by what the student typed', () => {
    const out = workbookToMarkdown(everywhere(SAMPLE, HOSTILE), OPTS);
    expect(out).not.toMatch(/(?<!\\)<(script|img)/);
    expect(out).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(out).toContain('\\[x\\](javascript:alert(1))');
    expect(out).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(links(out).every((href) => href?.startsWith('https://careers.example.edu/steps/'))).toBe(true);
    const headings = out.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toHaveLength(md.split('\n').filter((line) => line.startsWith('#')).length);
    for (const line of out.split('\n')) {
      expect(line).toMatch(ALLOWED_LINE);
      expect(line).not.toMatch(/^ {2}([-+*=>#|`~<]|\d{1,9}[.)])/);
    }
  });

  it('keeps its structure whatever the workbook holds (property)', () => {
    fc.assert(
      fc.property(workbookArb, (doc) => {
        const out = workbookToMarkdown(doc, OPTS);
        const circleIds = new Set(doc.circles.map((c) => c.id));
        const loose = doc.contacts.some((c) => !circleIds.has(c.circleId)) ? 1 : 0;
        // The title, About you, the seven steps, then each step's own headings (step 3: targets,
        // priorities, top five and the ranked organizations).
        const expectedHeadings = 1 + 1 + 7 + doc.circles.length + loose + 4 + 3 + 2 + 2;
        expect(out.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(expectedHeadings);
        for (const line of out.split('\n')) expect(line).toMatch(ALLOWED_LINE);
        expect(links(out)).toHaveLength(10);
      }),
    );
  });

  it('names the people met at each place (step 2), as My workbook does', () => {
    const doc: Workbook = {
      ...emptyWorkbook(NOW),
      places: [{ id: 'fair', name: 'Career fair', kind: 'campus', custom: false, tryIt: true, date: '', notes: '' }],
      contacts: [
        ContactSchema.parse({ id: 'a', name: 'Ana', sourcePlaceId: 'fair' }),
        ContactSchema.parse({ id: 'b', name: 'Bo' }),
        ContactSchema.parse({ id: 'c', name: 'Cy', sourcePlaceId: 'fair' }),
      ],
    };
    expect(workbookToMarkdown(doc, OPTS)).toContain('  People you met there: Ana, Cy\n');
  });

  it('writes the weekly networking time, the weekly goal and the streak (step 7)', () => {
    // NOW is Saturday 1 March 2025: two people this week, one the week before.
    const doc: Workbook = {
      ...emptyWorkbook(NOW),
      contacts: [
        ContactSchema.parse({ id: 'a', name: 'Ana', reachedOutAt: '2025-02-24' }),
        ContactSchema.parse({ id: 'b', name: 'Bo', metAt: '2025-03-01' }),
        ContactSchema.parse({ id: 'c', name: 'Cy', thankedAt: '2025-02-20' }),
      ],
      routine: { day: 'SU', time: '18:00', minutes: 45, goal: 2 },
    };
    const out = workbookToMarkdown(doc, OPTS);
    expect(out).toContain(
      [
        '### Your weekly routine',
        '',
        '- **Your weekly time and goal**\\',
        '  Weekly networking time: Sundays at 6:00 PM, for 45 minutes\\',
        '  Weekly goal: Reach out to 2 people each week.\\',
        '  Streak: You met your goal this week, with 2 people. That makes 1 week in a row.',
      ].join('\n'),
    );
    expect(workbookToMarkdown(doc, { ...OPTS, lang: 'en-GB' })).toContain('Sundays at 18:00, for 45 minutes');
  });

  it('escapes the site name and builds links under a site path', () => {
    const out = workbookToMarkdown(emptyWorkbook(NOW), {
      ...OPTS,
      siteName: '<b>Guide</b>',
      siteUrl: 'https://example.edu/careers/',
    });
    expect(out.startsWith('# \\<b\\>Guide\\</b\\>: my networking workbook')).toBe(true);
    expect(links(out)[0]).toBe('https://example.edu/careers/steps/identify-your-networks/#network-map');
  });

  it('escapes markup in names used as titles', () => {
    const doc = {
      ...emptyWorkbook(NOW),
      contacts: [ContactSchema.parse({ id: 'c1', name: '**bold**', circleId: 'work' })],
    };
    expect(workbookToMarkdown(doc, OPTS)).toContain('- **\\*\\*bold\\*\\***');
  });
});
