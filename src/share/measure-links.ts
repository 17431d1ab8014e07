// Link sizes for the sample workbooks, printed by `npm run bench` and held to the limits in
// limits.ts: a typical summary fits in 2,000 characters, and a moved workbook of 20 people in a
// 16 KB link. Made with the real code and the real PBKDF2 count, exactly as the pages make them.
import type { Workbook } from '../workbook/model';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { MOVE_LINK_MAX, QR_MAX, SHARE_LINK_TARGET } from './limits';
import { lockWorkbook, moveLink } from './move';
import type { PayloadOptions } from './payload';
import { makeShareLink } from './share-link';
import { buildSnapshot, defaultChoices, SHARE_PARTS, type ShareChoices } from './snapshot';
import { MAX_SHARED_ORGS, MAX_SHARED_TARGETS } from './snapshot-schema';

/** One measured link: what it carries, its length in characters, the most it may have, and whether it gets a QR code. */
export interface LinkFigure {
  what: string;
  length: number;
  limit: number | null;
  qr: boolean;
}

const NOW = new Date('2025-03-01T12:00:00.000Z');
const CODE = 'maple river candle orbit';
const DETAILS = {
  name: 'Tomás Reyes',
  studies: 'Third year, environmental science',
  questions: 'Should I take the state certification course before I apply?',
};

/** A typical workbook: goals (a goal, 2 targets, 10 ranked organizations), a top five, one pitch and 20 people. */
export function typicalWorkbook(): Workbook {
  const doc = buildSampleWorkbook(20, NOW, { organizations: 10 });
  return { ...doc, pitches: doc.pitches.slice(0, 1) };
}

/** The typical workbook with step 3 in full: more targets and organizations than a summary lists. */
function fullStep3Workbook(): Workbook {
  const doc = buildSampleWorkbook(20, NOW, { organizations: 2 * MAX_SHARED_ORGS });
  const target = (i: number) => ({ id: `t${i}`, count: 1 + (i % 5), who: `water quality team ${i}`, by: '2025-06-30' });
  const targets = Array.from({ length: 2 * MAX_SHARED_TARGETS }, (_, i) => target(i));
  return { ...doc, goals: { ...doc.goals, targets }, pitches: doc.pitches.slice(0, 1) };
}

/** The length of a summary link of a workbook (the typical one unless given) with some choices, open or locked. */
async function summaryLength(
  siteUrl: string,
  choices: ShareChoices,
  locked: boolean,
  options: PayloadOptions,
  doc: Workbook = typicalWorkbook(),
): Promise<number> {
  const snapshot = buildSnapshot(doc, choices, DETAILS, NOW);
  return (await makeShareLink(siteUrl, snapshot, locked ? CODE : null, options)).length;
}

/**
 * Measures the links of the sample workbooks on the site at `siteUrl` (the PBKDF2 count changes
 * nothing in a link's length: tests may pass a small one).
 */
export async function measureLinks(siteUrl: string, options: PayloadOptions = {}): Promise<LinkFigure[]> {
  const figure = (what: string, length: number, limit: number | null): LinkFigure => ({
    what,
    length,
    limit,
    qr: length <= QR_MAX,
  });
  const all = defaultChoices();
  const none = Object.fromEntries(SHARE_PARTS.map((part) => [part, false])) as ShareChoices;
  const typical = { ...none, goals: true, topFive: true, pitches: true, statusCounts: true };
  const everything = { ...all, interviewNotes: true, fullNames: true };
  const figures = [
    figure(
      'Typical summary (goals, top five, 1 pitch, 20 people counted)',
      await summaryLength(siteUrl, typical, false, options),
      SHARE_LINK_TARGET,
    ),
    figure('The same, locked with a code', await summaryLength(siteUrl, typical, true, options), SHARE_LINK_TARGET),
    figure(
      'Every part the site starts with (adds you, next actions, a plan, questions)',
      await summaryLength(siteUrl, all, false, options),
      SHARE_LINK_TARGET,
    ),
    figure(
      `Every part the site starts with, step 3 in full (${MAX_SHARED_TARGETS} of ${2 * MAX_SHARED_TARGETS} targets, ${MAX_SHARED_ORGS} of ${2 * MAX_SHARED_ORGS} organizations shared)`,
      await summaryLength(siteUrl, all, false, options, fullStep3Workbook()),
      SHARE_LINK_TARGET,
    ),
    figure(
      'Every part, full names and interview notes, locked',
      await summaryLength(siteUrl, everything, true, options),
      null,
    ),
  ];
  for (const people of [20, 200, 500]) {
    const payload = await lockWorkbook(buildSampleWorkbook(people, NOW), CODE, NOW, options);
    figures.push(
      figure(
        `Whole workbook of ${people} people, moved (locked)`,
        moveLink(siteUrl, payload).length,
        people === 20 ? MOVE_LINK_MAX : null,
      ),
    );
  }
  return figures;
}
