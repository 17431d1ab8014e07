import { describe, expect, it } from 'vitest';
import { PART_KEYS } from './message-body';
import { PARTS } from './parts';

describe('the parts of an outreach message', () => {
  it('are labelled in the order the checks and the message read them', () => {
    expect(PARTS.map((p) => p.key)).toEqual(PART_KEYS);
  });
});
