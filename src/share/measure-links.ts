// Link sizes for the sample workbooks, printed by `npm run bench` and held to the limits in
// limits.ts: a typical summary fits in 2,000 characters, and a moved workbook of 20 people in a
// 16 KB link. Made with the real code and the real PBKDF2 count, exactly as the pages make them.
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { MOVE_LINK_MAX, QR_MAX, SHARE_LINK_TARGET } from './limits';
import { lockWorkbook, moveLink } from './move';
import type { PayloadOptions } from './payload';
import { makeShareLink } from './share-link';
import { buildSnapshot, defaultChoices, SHARE_PARTS, type ShareChoices } from './snapshot';

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

/** A typical workbook: goals, a top five, one pitch and 20 people (the sample workbook with its first pitch). */
export function typicalWorkbook() {
  const doc = buildSampleWorkbook(20, NOW);
  return { ...doc, pitches: doc.pitches.slice(0, 1) };
}

/** The length of a summary link of the typical workbook with some choices, open or locked. */
async function summaryLength(
  siteUrl: string,
  choices: ShareChoices,
  locked: boolean,
  options: PayloadOptions,
): Promise<number> {
  const snapshot = buildSnapshot(typicalWorkbook(), choices, DETAILS, NOW);
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
