import type { ContactStatus } from '../../workbook/model';

// How far along a conversation each status is; "no reply" and "declined" end an attempt and
// sit beside "reached out", so writing again starts a new attempt.
const RANK: Readonly<Record<ContactStatus, number>> = {
  'not-contacted': 0,
  'no-reply': 1,
  declined: 1,
  'reached-out': 1,
  'meeting-set': 2,
  met: 3,
  thanked: 4,
  'keeping-in-touch': 5,
};

/**
 * The status after an event that means `target` (a message sent, a meeting set, a conversation
 * held). A status only moves forward: sending a message to someone already met keeps "Met".
 * After "No reply" or "Declined", a new message or meeting starts again from there.
 */
export function advanceStatus(current: ContactStatus, target: ContactStatus): ContactStatus {
  if (current === target) return current;
  if (current === 'no-reply' || current === 'declined') return target;
  return RANK[target] > RANK[current] ? target : current;
}
