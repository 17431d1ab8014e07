import { describe, expect, it } from 'vitest';
import { FORMAT_MESSAGES } from '../../workbook/formats';
import { judgeTyped, messageWhileTyping } from './formatted';

const notFuture = (v: string) => (v > '2026-11-25' ? 'The day you met cannot be in the future.' : undefined);

describe('judgeTyped', () => {
  it('saves a real date and an empty field', () => {
    expect(judgeTyped('date', '2026-03-15')).toEqual({ ok: true, value: '2026-03-15' });
    expect(judgeTyped('date', '')).toEqual({ ok: true, value: '' });
  });

  it('never saves a date the workbook cannot store, such as a six-digit year', () => {
    expect(judgeTyped('date', '202612-03-15')).toEqual({ ok: false, problem: FORMAT_MESSAGES.date, settled: true });
  });

  it('does not save a half-typed date (which reads as empty) and waits to say so', () => {
    expect(judgeTyped('date', '', { badInput: true, incomplete: 'Finish the date.' })).toEqual({
      ok: false,
      problem: 'Finish the date.',
      settled: false,
    });
  });

  it("applies the field's own rule, and uses its words when it also catches the format", () => {
    expect(judgeTyped('date', '2026-12-01', { check: notFuture })).toEqual({
      ok: false,
      problem: 'The day you met cannot be in the future.',
      settled: true,
    });
    const own = (v: string) => (v === '' ? undefined : 'Enter the date of the meeting in full.');
    expect(judgeTyped('date', '20261-01-01', { check: own })).toEqual({
      ok: false,
      problem: 'Enter the date of the meeting in full.',
      settled: true,
    });
  });

  it('saves an email address without spaces around it, and refuses a half-typed one', () => {
    expect(judgeTyped('email', ' ana@example.org ')).toEqual({ ok: true, value: 'ana@example.org' });
    expect(judgeTyped('email', '  ')).toEqual({ ok: true, value: '' });
    expect(judgeTyped('email', 'ana@')).toEqual({ ok: false, problem: FORMAT_MESSAGES.email, settled: false });
  });
});

describe('messageWhileTyping', () => {
  it('clears the message once the text fits', () => {
    expect(messageWhileTyping({ ok: true, value: 'x' }, 'Old message.')).toBeUndefined();
  });

  it('shows a settled problem at once, and an unsettled one only in place of a message already shown', () => {
    expect(messageWhileTyping({ ok: false, problem: 'P', settled: true }, undefined)).toBe('P');
    expect(messageWhileTyping({ ok: false, problem: 'P', settled: false }, undefined)).toBeUndefined();
    expect(messageWhileTyping({ ok: false, problem: 'P', settled: false }, 'Old message.')).toBe('P');
  });
});
