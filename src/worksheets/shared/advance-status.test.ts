import { describe, expect, it } from 'vitest';
import { advanceStatus } from './advance-status';

describe('status changes', () => {
  it('moves forward only', () => {
    expect(advanceStatus('not-contacted', 'reached-out')).toBe('reached-out');
    expect(advanceStatus('reached-out', 'meeting-set')).toBe('meeting-set');
    expect(advanceStatus('meeting-set', 'met')).toBe('met');
    expect(advanceStatus('not-contacted', 'met')).toBe('met');
    expect(advanceStatus('met', 'reached-out')).toBe('met');
    expect(advanceStatus('thanked', 'met')).toBe('thanked');
    expect(advanceStatus('keeping-in-touch', 'meeting-set')).toBe('keeping-in-touch');
    expect(advanceStatus('reached-out', 'reached-out')).toBe('reached-out');
  });

  it('starts again after "No reply" or "Declined"', () => {
    expect(advanceStatus('no-reply', 'reached-out')).toBe('reached-out');
    expect(advanceStatus('declined', 'reached-out')).toBe('reached-out');
    expect(advanceStatus('declined', 'met')).toBe('met');
  });
});
