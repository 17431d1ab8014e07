import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOf, MAX_LINK_TEXT, pack, peek, unpack } from './payload';

const FAST = { iterations: 2 };
const CODE = 'acorn bagel comet daisy';
const JSON_TEXT = JSON.stringify({ goals: 'Water quality, policy', note: 'Ünïcode ✓ 😀' });

/** The payload text with its data replaced and the check made right again (a change made on purpose). */
async function withData(text: string, change: (data: string) => string): Promise<string> {
  const [header = '', , data = ''] = text.split('.');
  const body = change(data);
  return `${header}.${await checkOf(`${header}.${body}`)}.${body}`;
}

describe('pack and unpack', () => {
  it('round-trip an open summary: "s1.", a check, then base64url', async () => {
    const text = await pack('share', JSON_TEXT);
    expect(text).toMatch(/^s1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(await unpack(text)).toEqual({ ok: true, kind: 'share', json: JSON_TEXT });
    expect(await unpack(`#${text}`)).toEqual({ ok: true, kind: 'share', json: JSON_TEXT });
  });

  it('round-trip locked summaries and moved workbooks with their code', async () => {
    for (const kind of ['locked-share', 'move'] as const) {
      const text = await pack(kind, JSON_TEXT, CODE, FAST);
      expect(text.slice(0, 3)).toBe(kind === 'move' ? 'm1.' : 'c1.');
      expect(await unpack(text, CODE, FAST)).toEqual({ ok: true, kind, json: JSON_TEXT });
    }
  });

  it('ask for the code of a locked payload, and say when it is wrong', async () => {
    const text = await pack('locked-share', JSON_TEXT, CODE, FAST);
    expect(await unpack(text, ' ', FAST)).toEqual({ ok: false, problem: 'no-code' });
    expect(await unpack(text, 'acorn bagel comet', FAST)).toEqual({ ok: false, problem: 'wrong-code' });
    expect(await unpack(text, CODE.toUpperCase(), FAST)).toMatchObject({ ok: true });
  });

  it('open nothing from a cut link', async () => {
    for (const kind of ['share', 'locked-share'] as const) {
      const text = await pack(kind, JSON_TEXT, CODE, FAST);
      for (const end of [text.length - 1, text.length - 10, 12, 3])
        expect(await unpack(text.slice(0, end), CODE, FAST), `${kind} cut at ${end}`).toEqual({
          ok: false,
          problem: 'damaged',
        });
    }
  });

  it('say "altered" when locked data was changed and its check made right again', async () => {
    const text = await pack('locked-share', JSON_TEXT, CODE, FAST);
    const changed = await withData(
      text,
      (data) => `${data.slice(0, -5)}${data.at(-5) === 'A' ? 'B' : 'A'}${data.slice(-4)}`,
    );
    expect(await unpack(changed, CODE, FAST)).toEqual({ ok: false, problem: 'altered' });
  });

  it('say "altered" for a locked summary relabelled as a moved workbook', async () => {
    const text = await pack('locked-share', JSON_TEXT, CODE, FAST);
    const [, , data = ''] = text.split('.');
    expect(await unpack(`m1.${await checkOf(`m1.${data}`)}.${data}`, CODE, FAST)).toEqual({
      ok: false,
      problem: 'altered',
    });
  });

  it('say "newer" for a later version, "not-a-link" for anything else', async () => {
    expect(await peek('s2.00000000.abc')).toEqual({ ok: false, problem: 'newer' });
    expect(await peek('s0.00000000.abc')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(await peek('v1.k3.0h1l22.20260310.note')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(await peek('x1.00000000.abc')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(await peek('wb-restore')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(await peek('#')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuse text over 64 KB unread, and text that unpacks into more than 5 MB', async () => {
    expect(await peek(`s1.00000000.${'A'.repeat(MAX_LINK_TEXT)}`)).toEqual({ ok: false, problem: 'too-large' });
    const huge = await pack('share', ' '.repeat(6 * 1024 * 1024));
    expect(huge.length).toBeLessThan(MAX_LINK_TEXT);
    expect(await unpack(huge)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('say "damaged" for data that is not base64url or not UTF-8 once unpacked', async () => {
    expect(await unpack(await withData(await pack('share', JSON_TEXT), (d) => `${d}*`))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('never open another spelling of the same bytes: padding, or unused bits set in the last character', async () => {
    const original = await pack('locked-share', JSON_TEXT, CODE, FAST);
    const data = original.split('.')[2] ?? '';
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The last character of unpadded base64 carries 2 or 4 unused bits when the length is not a multiple of 4.
    const spare = data.length % 4 === 2 ? 15 : data.length % 4 === 3 ? 3 : 0;
    const changed: string[] = [`${data}=`, `${data}==`];
    if (spare) {
      const last = B64.indexOf(data.at(-1) ?? 'A');
      changed.push(`${data.slice(0, -1)}${B64[last ^ 1]}`);
    }
    for (const body of changed) {
      const text = await withData(original, () => body);
      expect(await unpack(text, CODE, FAST), body.slice(-4)).toEqual({ ok: false, problem: 'damaged' });
    }
  });

  it('detect any change to a locked payload: nothing is ever opened (property)', async () => {
    const original = await pack('locked-share', JSON_TEXT, CODE, FAST);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: original.length - 1 }),
        fc.string({ minLength: 0, maxLength: 3 }),
        fc.nat({ max: 3 }),
        fc.boolean(),
        async (at, insert, remove, fixCheck) => {
          let text = original.slice(0, at) + insert + original.slice(at + remove);
          if (fixCheck && text.split('.').length === 3) text = await withData(text, (d) => d);
          // Spaces around the text are not part of it (they are trimmed), and the check's hex digits
          // are read in either case, so neither is a change.
          const same = (t: string) =>
            t.trim().replace(/^([^.]*\.)([^.]*)/, (_, head, check) => head + check.toLowerCase());
          fc.pre(same(text) !== original);
          const result = await unpack(text, CODE, FAST);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('round-trips any text, locked or not (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('share', 'locked-share', 'move'),
        async (json, kind) => {
          expect(await unpack(await pack(kind, json, CODE, FAST), CODE, FAST)).toEqual({ ok: true, kind, json });
        },
      ),
      { numRuns: 60 },
    );
  });
});
