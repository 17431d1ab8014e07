import { describe, expect, it } from 'vitest';
import { PARTS } from './part-guides';
import { composePitch, PART_KEYS } from './parts';

const empty = { now: '', past: '', future: '', ask: '' };

describe('composePitch', () => {
  it('says present, past, future, then the ask', () => {
    expect(PART_KEYS).toEqual(['now', 'past', 'future', 'ask']);
    expect(PARTS.map((p) => p.key)).toEqual([...PART_KEYS]);
    expect(
      composePitch({
        now: 'I am Ana.',
        past: 'I built a robot.',
        future: 'I want to design.',
        ask: 'How did you start?',
      }),
    ).toBe('I am Ana. I built a robot. I want to design. How did you start?');
  });

  it('trims each part and skips empty ones', () => {
    expect(composePitch({ ...empty, now: '  I am Ana.\n', ask: '\n How did you start?  ' })).toBe(
      'I am Ana. How did you start?',
    );
    expect(composePitch({ ...empty, past: '   ' })).toBe('');
  });

  it('keeps line breaks inside a part', () => {
    expect(composePitch({ ...empty, past: 'One.\nTwo.' })).toBe('One.\nTwo.');
  });
});
