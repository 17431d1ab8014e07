import { describe, expect, it } from 'vitest';
import { contact } from './follow-up/fixtures';
import { outreachStatusText, statusText } from './status-words';

describe('the status in one sentence', () => {
  it.each([
    [{ status: 'not-contacted' as const }, 'Status: Not contacted yet.'],
    [{ status: 'reached-out' as const, reachedOutAt: '2026-11-23' }, 'Status: Reached out on Mon 23 November 2026.'],
    [{ status: 'meeting-set' as const, meetingAt: '2026-12-02' }, 'Status: Meeting set for Wed 2 December 2026.'],
    [{ status: 'met' as const, metAt: '2026-12-04' }, 'Status: Met on Fri 4 December 2026.'],
    [{ status: 'met' as const }, 'Status: Met.'],
    [{ status: 'thanked' as const, thankedAt: '2026-12-05' }, 'Status: Thanked on Sat 5 December 2026.'],
    [
      { status: 'keeping-in-touch' as const, lastContactAt: '2026-10-01' },
      'Status: Keeping in touch. Last contact on Thu 1 October 2026.',
    ],
    [{ status: 'no-reply' as const, reachedOutAt: '2026-10-01' }, 'Status: No reply.'],
  ])('%o reads “%s”', (extra, text) => {
    expect(statusText(contact('x', 'Sam', extra))).toBe(text);
  });

  it('adds when the message was sent only when the status does not say it', () => {
    const reached = contact('x', 'Sam', { status: 'reached-out', reachedOutAt: '2026-11-23' });
    expect(outreachStatusText(reached, '2026-11-23')).toBe('Status: Reached out on Mon 23 November 2026.');
    const met = contact('x', 'Sam', { status: 'met', metAt: '2026-12-04' });
    expect(outreachStatusText(met, '2026-11-23')).toBe(
      'Status: Met on Fri 4 December 2026. Your message was marked as sent on Mon 23 November 2026.',
    );
  });
});
