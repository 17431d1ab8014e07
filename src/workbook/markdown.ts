import { formatDay, localDay } from '../lib/days';
import { worksheetPath } from '../worksheets/addresses';
import { orgFacts, orgLabel, rankedOrganizations } from '../worksheets/goals/organizations';
import { targetSentences } from '../worksheets/goals/targets';
import type { WorksheetId } from '../worksheets/registry';
import { profileLines } from '../worksheets/shared/about-you/profile';
import { routineWords } from '../worksheets/shared/routine/routine';
import { goalWords, streakWords, weeklyStreak } from '../worksheets/shared/routine/streak';
import { goalSentenceOf } from './goal-parts';
import { AUDIENCE_LABELS, CHECKLIST_LABELS, STATUS_LABELS, THEME_LABELS, WANT_LABELS } from './labels';
import { escapeInline, escapeLines } from './markdown-escape';
import { emptyProfile } from './model';
import type { Checklist, Contact, Workbook } from './schema';

/** Where the export says it came from, and when. */
export interface MarkdownOptions {
  siteName: string;
  siteUrl: string;
  now: Date;
  /** The language of the pages, for times in words ("6:00 PM" in en, "18:00" in en-GB); en when not given. */
  lang?: string;
}

/** A label and the student's text for it; empty text is left out. */
type Field = readonly [label: string, text: string];

/** Student text for a title or heading, or `fallback` when nothing visible is left. */
function titleText(text: string, fallback: string): string {
  return escapeInline(text) || fallback;
}

/** One list item: a bold title, then each non-empty field on its own line, joined by hard line breaks. */
function item(title: string, fields: readonly Field[] = []): string {
  const lines = [`**${titleText(title, 'Untitled')}**`];
  for (const [label, text] of fields) {
    const [first, ...rest] = escapeLines(text);
    if (first === undefined) continue;
    lines.push(`${label}: ${first}`, ...rest);
  }
  return `- ${lines.join('\\\n  ')}`;
}

/** A bulleted list, or a sentence saying it is empty. */
function list(items: readonly string[], whenEmpty: string): string[] {
  return items.length > 0 ? [...items, ''] : [whenEmpty, ''];
}

/** Builds the Markdown text of a whole workbook. */
class Writer {
  readonly lines: string[] = [];
  readonly #base: string;
  readonly #names: Map<string, string>;

  constructor(doc: Workbook, siteUrl: string) {
    this.#base = siteUrl.trim().replace(/\/+$/, '');
    this.#names = new Map(doc.contacts.map((contact) => [contact.id, contact.name.trim()]));
  }

  /** A level-2 heading for a step, followed by links to its worksheets. */
  step(title: string, worksheets: ReadonlyArray<readonly [WorksheetId, string]>): void {
    this.lines.push(`## ${title}`, '');
    const links = worksheets.map(([id, label]) => `[${label}](${this.#url(worksheetPath(id))})`);
    this.lines.push(`Worksheet${links.length > 1 ? 's' : ''}: ${links.join(', ')}`, '');
  }

  /** A level-3 heading with student text in it. */
  heading(text: string, fallback = 'Untitled'): void {
    this.lines.push(`### ${titleText(text, fallback)}`, '');
  }

  /** The name of a contact by id, or words saying who it was. */
  nameOf(id: string): string {
    if (id === '') return '';
    return this.#names.get(id) ?? 'someone no longer in your list';
  }

  /** A full address on the site for a path. */
  #url(path: string): string {
    return `${this.#base}${path}`.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
  }
}

/** About you (issue 13, item 8): the student's details and how their messages start and end. */
function aboutYou(w: Writer, doc: Workbook): void {
  w.lines.push('## About you', '');
  const lines = profileLines(doc.profile ?? emptyProfile());
  w.lines.push(...list(lines.length > 0 ? [item('Your details', lines)] : [], 'Nothing written yet.'));
}

/** Step 1: everyone in the network map, by circle. */
function networkMap(w: Writer, doc: Workbook): void {
  w.step('Step 1: Identify your networks', [['network-map', 'Network map']]);
  const placeNames = new Map(doc.places.map((place) => [place.id, place.name || place.id]));
  const person = (c: Contact) =>
    item(c.name, [
      ['How you know them', c.howKnown],
      ['Organization or field', c.org],
      ['Email', c.email],
      ['Referred by', w.nameOf(c.referredBy)],
      ['Where you met', c.sourcePlaceId === '' ? '' : (placeNames.get(c.sourcePlaceId) ?? c.sourcePlaceId)],
      ['Notes', c.notes],
    ]);
  const circleIds = new Set(doc.circles.map((circle) => circle.id));
  for (const circle of doc.circles) {
    w.heading(circle.name, 'Unnamed circle');
    w.lines.push(...list(doc.contacts.filter((c) => c.circleId === circle.id).map(person), 'No one added yet.'));
  }
  const loose = doc.contacts.filter((c) => !circleIds.has(c.circleId));
  if (loose.length > 0) {
    w.heading('Not in a circle yet');
    w.lines.push(...list(loose.map(person), ''));
  }
}

/** Step 2: places and events to meet people. */
function places(w: Writer, doc: Workbook): void {
  w.step('Step 2: Expand your list', [['places-to-meet', 'Places to meet people']]);
  const metThere = new Map<string, string[]>();
  for (const c of doc.contacts) {
    if (!c.sourcePlaceId) continue;
    const names = metThere.get(c.sourcePlaceId);
    if (names) names.push(c.name.trim());
    else metThere.set(c.sourcePlaceId, [c.name.trim()]);
  }
  const items = doc.places.map((place) =>
    item(place.name || place.id, [
      ['Where', place.kind === 'campus' ? 'On campus' : 'Outside campus'],
      ['Added by you', place.custom ? 'Yes' : ''],
      ['Want to try it', place.tryIt ? 'Yes' : ''],
      ['Date', formatDay(place.date)],
      ['Notes', place.notes],
      ['People you met there', (metThere.get(place.id) ?? []).join(', ')],
    ]),
  );
  w.lines.push(...list(items, 'No places chosen yet.'));
}

/** Step 3: goals, priorities and the top five. */
function goals(w: Writer, doc: Workbook): void {
  w.step('Step 3: Assess your goals', [['goals', 'Goals and priorities']]);
  const { goals: g } = doc;
  const fields: Field[] = [
    ['Main goal', goalSentenceOf(g)],
    ['What you want from networking', g.wants.map((want) => WANT_LABELS[want]).join(', ')],
    ['Fields', g.fields],
    ['Notes on organizations', g.organizations],
    ['Questions', g.questions],
  ];
  const written = fields.filter(([, text]) => text.trim() !== '');
  w.lines.push(...list(written.length > 0 ? [item('Your goals', written)] : [], 'No goals written yet.'));
  // Issue 14 item 2: the targets with dates and the ranked organizations, as step 3 promises them.
  w.heading('Targets');
  w.lines.push(
    ...list(
      targetSentences(g).map((t) => `- ${escapeInline(t)}`),
      'No targets written yet.',
    ),
  );
  w.heading('Priorities');
  const rated = doc.contacts
    .filter((c) => c.relevance > 0 || c.motivation > 0)
    .sort((a, b) => b.relevance + b.motivation - (a.relevance + a.motivation));
  const ratings = rated.map((c) =>
    item(c.name, [
      ['Relevance', c.relevance > 0 ? `${c.relevance} of 3` : ''],
      ['Motivation', c.motivation > 0 ? `${c.motivation} of 3` : ''],
    ]),
  );
  w.lines.push(...list(ratings, 'No one rated yet.'));
  w.heading('Top five');
  w.lines.push(
    ...list(
      doc.contacts.filter((c) => c.topFive).map((c) => item(c.name)),
      'No top five chosen yet.',
    ),
  );
  w.heading('Organizations, ranked');
  const orgs = rankedOrganizations(g).map((o, i) => `${i + 1}. **${escapeInline(orgLabel(o))}** — ${orgFacts(o)}`);
  w.lines.push(...list(orgs, 'No organizations listed yet.'));
}

/** Step 4: pitch versions. */
function pitches(w: Writer, doc: Workbook): void {
  w.step('Step 4: Your elevator pitch', [['pitch-builder', 'Pitch builder']]);
  const items = doc.pitches.map((p) =>
    item(p.name || 'Untitled pitch', [
      ['For', AUDIENCE_LABELS[p.audience]],
      ['Now', p.now],
      ['Past', p.past],
      ['Future', p.future],
      ['Ask', p.ask],
    ]),
  );
  w.lines.push(...list(items, 'No pitch written yet.'));
}

/** The checklist items that are done, in words. */
function checked(checklist: Checklist, done: boolean): string {
  const keys = Object.keys(CHECKLIST_LABELS) as Array<keyof Checklist>;
  return keys
    .filter((key) => checklist[key] === done)
    .map((key) => CHECKLIST_LABELS[key])
    .join(', ');
}

/** Step 5: outreach drafts, interview preparations and interview notes. */
function makeContact(w: Writer, doc: Workbook): void {
  w.step('Step 5: Make contact', [
    ['outreach', 'Outreach'],
    ['interview-prep', 'Interview preparation'],
    ['interview-notes', 'Interview notes'],
  ]);
  const who = (prefix: string, id: string) => (id === '' ? `${prefix} (no one chosen)` : `${prefix} ${w.nameOf(id)}`);
  w.heading('Outreach messages');
  const drafts = doc.outreach.map((o) =>
    item(who('To', o.contactId), [
      ['Subject', o.subject],
      ['Your connection', o.connection],
      ['About you', o.aboutMe],
      ['Why them', o.whyThem],
      ['Your ask', o.ask],
      ['Your question', o.question],
      ['Sent', formatDay(o.sentAt)],
    ]),
  );
  w.lines.push(...list(drafts, 'No messages drafted yet.'));
  w.heading('Interview preparation');
  const pitchNames = new Map(doc.pitches.map((p) => [p.id, p.name || 'Untitled pitch']));
  const preps = doc.preps.map((p) =>
    item(who('Meeting with', p.contactId), [
      ['Meeting date', formatDay(p.meetingAt)],
      ['Pitch', p.pitchId === '' ? '' : (pitchNames.get(p.pitchId) ?? 'a pitch no longer in your list')],
      ['Done', checked(p.checklist, true)],
      ['Still to do', checked(p.checklist, false)],
      ...p.questions.map((q): Field => [`Question (${THEME_LABELS[q.theme]})`, q.text]),
    ]),
  );
  w.lines.push(...list(preps, 'No preparation yet.'));
  w.heading('Interview notes');
  const notes = doc.interviews.map((n) =>
    item(who('Conversation with', n.contactId), [
      ['Date', formatDay(n.date)],
      ['What you learned', n.learned],
      ['How it fits you', n.fit],
      ['What to explore next', n.explore],
      ...n.nextSteps.map(
        (s): Field => [`Next step${s.due ? `, due ${formatDay(s.due)}` : ''}${s.done ? ', done' : ''}`, s.text],
      ),
    ]),
  );
  w.lines.push(...list(notes, 'No interview notes yet.'));
}

/** Step 6: the contact tracker and thank-you notes. */
function followUp(w: Writer, doc: Workbook): void {
  w.step('Step 6: Follow up', [
    ['contact-tracker', 'Contact tracker'],
    ['thank-you', 'Thank-you notes'],
  ]);
  w.heading('Contact tracker');
  const tracked = doc.contacts.map((c) =>
    item(c.name, [
      ['Status', STATUS_LABELS[c.status]],
      ['Reached out', formatDay(c.reachedOutAt)],
      ['Meeting', formatDay(c.meetingAt)],
      ['Met', formatDay(c.metAt)],
      ['Thanked', formatDay(c.thankedAt)],
      ['Last contact', formatDay(c.lastContactAt)],
      ['Next contact', formatDay(c.nextContactAt)],
    ]),
  );
  w.lines.push(...list(tracked, 'No one to track yet.'));
  w.heading('Thank-you notes');
  const thanks = doc.thankYous.map((t) =>
    item(t.contactId === '' ? 'Thank-you note' : `To ${w.nameOf(t.contactId)}`, [
      ['What you learned', t.learned],
      ['What you did with it', t.action],
      ['Your thanks', t.thanks],
      ['Sent', formatDay(t.sentAt)],
    ]),
  );
  w.lines.push(...list(thanks, 'No thank-you notes yet.'));
}

/** Step 7: the weekly networking time, the weekly goal with its streak, and saved plans. */
function repeat(w: Writer, doc: Workbook, opts: MarkdownOptions): void {
  w.step('Step 7: Repeat', [['dashboard', 'Dashboard']]);
  w.heading('Your weekly routine');
  const { routine } = doc;
  const streak = weeklyStreak(doc.contacts, routine.goal, localDay(opts.now));
  const routineFields: Field[] = [
    ['Weekly networking time', routineWords(routine, opts.lang ?? 'en')],
    ['Weekly goal', routine.goal ? goalWords(routine.goal) : ''],
    ['Streak', streak ? streakWords(streak) : ''],
  ];
  const set = routineFields.filter(([, text]) => text !== '');
  w.lines.push(
    ...list(set.length > 0 ? [item('Your weekly time and goal', set)] : [], 'No weekly time or goal set yet.'),
  );
  w.heading('Saved plans');
  const saved = doc.plans.map((p) =>
    item(p.savedAt ? `Plan saved on ${formatDay(p.savedAt.slice(0, 10))}` : 'Saved plan', [
      ['Note', p.note],
      ['Meeting date', formatDay(p.meetingDate)],
      ...p.items.map((text): Field => ['Step', text]),
    ]),
  );
  w.lines.push(...list(saved, 'No plans saved yet.'));
}

/** Everything the student wrote, in step order, as Markdown with links back to each worksheet. */
export function workbookToMarkdown(doc: Workbook, opts: MarkdownOptions): string {
  const w = new Writer(doc, opts.siteUrl);
  w.lines.push(`# ${escapeInline(opts.siteName)}: my networking workbook`, '');
  w.lines.push(
    `Everything written in the workbook on this device, exported on ${formatDay(localDay(opts.now))} from ${escapeInline(opts.siteUrl)}.`,
    '',
  );
  for (const section of [aboutYou, networkMap, places, goals, pitches, makeContact, followUp]) section(w, doc);
  repeat(w, doc, opts);
  return `${w.lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
