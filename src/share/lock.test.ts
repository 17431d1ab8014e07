import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidyCode } from './code-words';
import { LOCK_OVERHEAD, lock, PBKDF2_ITERATIONS, unlock } from './lock';

// PBKDF2 at 600,000 iterations takes a good part of a second; these tests use a few iterations
// (the browser tests check that the pages use the real number).
const FAST = { iterations: 3 };
const CODE = 'maple river candle orbit';
const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('lock and unlock', () => {
  it('give back what was locked, with the same code typed in another way', async () => {
    const locked = await lock(bytesOf('Goals: water policy'), CODE, 'm1', FAST);
    expect(locked.length).toBe(LOCK_OVERHEAD + bytesOf('Goals: water policy').length);
    expect(await unlock(locked, '  Maple-River CANDLE orbit ', 'm1', FAST)).toEqual({
      ok: true,
      bytes: bytesOf('Goals: water policy'),
    });
  });

  it('lock the same bytes differently each time (new salt and iv)', async () => {
    const a = await lock(bytesOf('same'), CODE, 'm1', FAST);
    const b = await lock(bytesOf('same'), CODE, 'm1', FAST);
    expect(a).not.toEqual(b);
  });

  it('say "wrong-code" for another code', async () => {
    const locked = await lock(bytesOf('secret notes'), CODE, 'm1', FAST);
    expect(await unlock(locked, 'maple river candle orbits', 'm1', FAST)).toEqual({ ok: false, reason: 'wrong-code' });
  });

  it('say "wrong-code" when the iterations differ (a link is opened with the count it was made with)', async () => {
    const locked = await lock(bytesOf('secret notes'), CODE, 'm1', FAST);
    expect(await unlock(locked, CODE, 'm1', { iterations: 4 })).toEqual({ ok: false, reason: 'wrong-code' });
  });

  it('lock with 600,000 iterations unless told otherwise (the one test here at the real figure)', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const locked = await lock(bytesOf('secret notes'), CODE, 'm1');
    expect(await unlock(locked, CODE, 'm1', { iterations: 600_000 })).toEqual({
      ok: true,
      bytes: bytesOf('secret notes'),
    });
    expect(await unlock(locked, CODE, 'm1', FAST)).toEqual({ ok: false, reason: 'wrong-code' });
  });

  it('say "altered" when the context differs', async () => {
    const locked = await lock(bytesOf('secret notes'), CODE, 'c1', FAST);
    expect(await unlock(locked, CODE, 'm1', FAST)).toEqual({ ok: false, reason: 'altered' });
  });

  it('say "damaged" for too few bytes', async () => {
    expect(await unlock(new Uint8Array(LOCK_OVERHEAD - 1), CODE, 'm1', FAST)).toEqual({
      ok: false,
      reason: 'damaged',
    });
  });

  it('notice any change to the locked bytes: one byte changed, or bytes cut off or added (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.constantFrom('flip', 'cut', 'add'),
        async (plain, at, mask, how) => {
          const locked = await lock(plain, CODE, 'c1', FAST);
          let changed: Uint8Array;
          if (how === 'flip') {
            changed = locked.slice();
            const i = at % changed.length;
            changed[i] = (changed[i] ?? 0) ^ mask;
          } else if (how === 'cut') changed = locked.subarray(0, locked.length - 1 - (at % locked.length));
          else changed = new Uint8Array([...locked, mask]);
          const result = await unlock(changed, CODE, 'c1', FAST);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never give data for a wrong code (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 100 }), fc.string({ maxLength: 40 }), async (plain, other) => {
        fc.pre(tidyCode(other) !== CODE);
        const locked = await lock(plain, CODE, 'c1', FAST);
        const result = await unlock(locked, other, 'c1', FAST);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
