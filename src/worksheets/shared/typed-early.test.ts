import { describe, expect, it } from 'vitest';
import { settleEarlyText } from './typed-early';

const LINES = { multiline: true, maxLength: 10_000 };

describe('settleEarlyText', () => {
  it('keeps both in a text box, saved answer first, with a blank line between', () => {
    expect(settleEarlyText('Museum work.', 'Data journalism', LINES)).toEqual({
      kind: 'both',
      value: 'Museum work.\n\nData journalism',
    });
  });

  it('takes the typed text when nothing was saved, or only spaces', () => {
    expect(settleEarlyText('', 'Ana Souza')).toEqual({ kind: 'take', value: 'Ana Souza' });
    expect(settleEarlyText('  \n', 'Data journalism', LINES)).toEqual({ kind: 'take', value: 'Data journalism' });
  });

  it('takes the typed text when it already holds the whole saved answer', () => {
    expect(settleEarlyText('Museum work', 'Museum work and maps', LINES)).toEqual({
      kind: 'take',
      value: 'Museum work and maps',
    });
  });

  it('keeps the saved answer when the typed text is empty, spaces, equal or already part of it', () => {
    for (const typed of ['', '   ', 'Museum work.', 'work']) {
      expect(settleEarlyText('Museum work.', typed, LINES)).toEqual({ kind: 'keep' });
    }
  });

  it('offers a choice in a one-line field, where two answers cannot sit side by side', () => {
    expect(settleEarlyText('2026-03-15', '2026-04-01')).toEqual({ kind: 'choose', typed: '2026-04-01' });
    expect(settleEarlyText('Ana', 'Ben', { maxLength: 200 })).toEqual({ kind: 'choose', typed: 'Ben' });
  });

  it('offers a choice when both together would pass the character limit, so nothing is cut off', () => {
    const saved = 'a'.repeat(95);
    // 95 + 2 (the blank line) + 3 = 100 characters together.
    expect(settleEarlyText(saved, 'bbb', { multiline: true, maxLength: 99 })).toEqual({ kind: 'choose', typed: 'bbb' });
    expect(settleEarlyText(saved, 'bbb', { multiline: true, maxLength: 100 })).toEqual({
      kind: 'both',
      value: `${saved}\n\nbbb`,
    });
  });
});
