import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { workbookArb } from '../workbook/test-arbitraries';
import { lockWorkbook } from './move';
import { pack } from './payload';
import { makeShareLink, openShareLink, SHARED_PATH } from './share-link';
import { buildSnapshot, SHARE_PARTS, type ShareChoices } from './snapshot';

const FAST = { iterations: 2 };
const NOW = new Date('2025-03-01T12:00:00.000Z');
const ORIGIN = 'https://careers.example.edu';
const choicesArb = fc.record({
  ...Object.fromEntries(SHARE_PARTS.map((part) => [part, fc.boolean()])),
  fullNames: fc.boolean(),
}) as fc.Arbitrary<ShareChoices>;

/** The part after "#" of a link. */
const fragmentOf = (link: string) => link.slice(link.indexOf('#'));

describe('summary links', () => {
  it('open at /shared/ on the site, with everything after "#"', async () => {
    const link = await makeShareLink(`${ORIGIN}/`, { sharedAt: NOW.toISOString(), fullNames: false }, null);
    expect(link).toMatch(new RegExp(`^${ORIGIN}${SHARED_PATH}#s1\\.`));
  });

  it('round-trip the summary of any valid workbook, open or locked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, choicesArb, fc.boolean(), async (doc, choices, locked) => {
        const snapshot = buildSnapshot(doc, choices, { name: 'Tomás', studies: '', questions: '' }, NOW);
        const code = locked ? 'acorn bagel comet daisy' : null;
        const link = await makeShareLink(ORIGIN, snapshot, code, FAST);
        const opened = await openShareLink(fragmentOf(link), code ?? '', FAST);
        expect(opened).toEqual({ ok: true, snapshot, leftOut: false });
      }),
      { numRuns: 100 },
    );
  });

  it('do not open a moved workbook, which opens on My workbook', async () => {
    const moved = await lockWorkbook(buildSampleWorkbook(2, NOW), 'acorn bagel comet daisy', NOW, FAST);
    expect(await openShareLink(moved, 'acorn bagel comet daisy', FAST)).toEqual({
      ok: false,
      problem: 'moved-workbook',
    });
  });

  it('say "unreadable" for a payload that is not a summary', async () => {
    expect(await openShareLink(await pack('share', '{"hello":1}'))).toEqual({ ok: false, problem: 'unreadable' });
  });
});
