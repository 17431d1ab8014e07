import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../workbook/backup-file';
import { buildSampleWorkbook } from '../workbook/sample-workbook';
import { workbookArb } from '../workbook/test-arbitraries';
import { toBase64Url } from './base64url';
import { lockedFileText, lockedPayloadOf, lockWorkbook, movedProblem, moveLink, openMoved } from './move';
import { isMoveFragment } from './move-fragment';
import { MAX_LINK_TEXT, pack } from './payload';

const FAST = { iterations: 2 };
const CODE = 'acorn bagel comet daisy';
const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('moving a workbook', () => {
  it('round-trips any valid workbook, by link or by file (property)', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, fc.constantFrom('link', 'file'), async (doc, source) => {
        const payload = await lockWorkbook(doc, CODE, NOW, FAST);
        const text = source === 'link' ? payload : lockedPayloadOf(lockedFileText(payload));
        const opened = await openMoved(text ?? '', CODE, source, FAST);
        expect(opened).toEqual({
          ok: true,
          backup: expect.objectContaining({ doc, madeAt: NOW.toISOString(), leftOut: [] }),
        });
      }),
      { numRuns: 80 },
    );
  });

  it('makes a link to My workbook, which My workbook knows', async () => {
    const link = moveLink('https://careers.example.edu/', 'm1.abc');
    expect(link).toBe('https://careers.example.edu/workbook/#m1.abc');
    expect(isMoveFragment(new URL(link).hash)).toBe(true);
    expect(isMoveFragment('#s1.abc')).toBe(false);
    expect(isMoveFragment('#wb-restore')).toBe(false);
  });

  it('says when the code is wrong, and opens with the right one after', async () => {
    const payload = await lockWorkbook(buildSampleWorkbook(3, NOW), CODE, NOW, FAST);
    const wrong = await openMoved(payload, 'acorn bagel comet', 'link', FAST);
    expect(wrong).toEqual({
      ok: false,
      problem: 'wrong-code',
      message: 'This code does not open it. Check the words and try again.',
    });
    expect((await openMoved(payload, CODE, 'link', FAST)).ok).toBe(true);
  });

  it('names a file as a file in its sentences', async () => {
    const payload = await lockWorkbook(buildSampleWorkbook(3, NOW), CODE, NOW, FAST);
    const cut = await openMoved(payload.slice(0, -4), CODE, 'file', FAST);
    expect(cut).toMatchObject({
      ok: false,
      problem: 'damaged',
      message: expect.stringMatching(/^This file is cut short/),
    });
  });

  it('says before any code is typed what no code can fix, and nothing about a sound one', async () => {
    const payload = await lockWorkbook(buildSampleWorkbook(1, NOW), CODE, NOW, FAST);
    expect(await movedProblem(payload, 'link')).toBeNull();
    expect(await movedProblem(payload.slice(0, -3), 'file')).toMatch(/^This file is cut short/);
    expect(await movedProblem(`m2.${payload.slice(3)}`, 'link')).toMatch(/^This link was made by a newer version/);
    expect(await movedProblem(await pack('share', '{}'), 'link')).toMatch(/^This is not a link from the share or move/);
  });

  it('opens only moved workbooks: not a summary, nor a locked summary', async () => {
    expect(await openMoved(await pack('share', '{}'), CODE, 'link', FAST)).toMatchObject({ problem: 'not-a-link' });
    expect(await openMoved(await pack('locked-share', '{}', CODE, FAST), CODE, 'link', FAST)).toMatchObject({
      problem: 'not-a-link',
    });
  });

  it('refuses, in the backup reader’s words, a workbook from a newer version of the site', async () => {
    const newer = JSON.stringify({
      app: 'networking-guide',
      schemaVersion: 99,
      exportedAt: NOW.toISOString(),
      data: {},
    });
    const payload = await pack('move', newer, CODE, FAST);
    expect(await openMoved(payload, CODE, 'link', FAST)).toEqual({
      ok: false,
      problem: 'refused',
      message: expect.stringMatching(/newer version of this site/),
    });
  });

  it('lists damaged parts as a restore does, and restores the rest', async () => {
    const doc = buildSampleWorkbook(2, NOW);
    const text = createBackup(doc, NOW).replace('"metAt":"2025-01-08"', '"metAt":"2025-1-8"');
    const opened = await openMoved(await pack('move', text, CODE, FAST), CODE, 'link', FAST);
    expect(opened.ok && opened.backup.leftOut).toHaveLength(1);
  });

  it('reads files over 64 KB, which no link may be, up to the backup limit', async () => {
    // Random letters hardly compress: 12 people with 9,000 of them each make a payload over 64 KB.
    const noise = () => toBase64Url(crypto.getRandomValues(new Uint8Array(6750)));
    const sample = buildSampleWorkbook(12, NOW);
    const big = { ...sample, contacts: sample.contacts.map((c) => ({ ...c, notes: noise() })) };
    const payload = await lockWorkbook(big, CODE, NOW, FAST);
    expect(payload.length).toBeGreaterThan(MAX_LINK_TEXT);
    expect(await openMoved(payload, CODE, 'link', FAST)).toMatchObject({ ok: false, problem: 'too-large' });
    const opened = await openMoved(payload, CODE, 'file', FAST);
    expect(opened.ok && opened.backup.doc).toEqual(big);
  });

  it('finds the locked workbook in a locked file, and nothing in other files', () => {
    expect(lockedPayloadOf(lockedFileText('m1.x.y'))).toBe('m1.x.y');
    expect(lockedPayloadOf(createBackup(buildSampleWorkbook(1, NOW), NOW))).toBeNull();
    expect(lockedPayloadOf('networking-guide-locked but not JSON')).toBeNull();
    expect(lockedPayloadOf('{"app":"networking-guide-locked","workbook":3}')).toBeNull();
  });
});
