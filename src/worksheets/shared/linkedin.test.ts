import { describe, expect, it } from 'vitest';
import { countText, fitNote, leftOutText, linkedInLength, NOTE_LIMITS } from './linkedin';

describe('LinkedIn connection notes', () => {
  const parts = [
    { label: 'Connection', text: 'We both studied at Riverside.', needed: true },
    { label: 'Who you are', text: 'x'.repeat(120) },
    { label: 'Why them', text: 'I admire your work.' },
    { label: 'Request', text: 'Could we talk for 20 minutes?', needed: true },
  ];

  it('has the limits of a free and a Premium account', () => {
    expect(NOTE_LIMITS).toEqual({ free: 200, premium: 300 });
  });

  it('keeps needed parts, adds others by priority while they fit, in the order written', () => {
    const free = fitNote('Hi Sam,', parts, [2, 1], 200);
    expect(free.text).toBe('Hi Sam, We both studied at Riverside. I admire your work. Could we talk for 20 minutes?');
    expect(free.leftOut).toEqual(['Who you are']);
    expect(free.length).toBeLessThanOrEqual(200);
    const premium = fitNote('Hi Sam,', parts, [2, 1], 300);
    expect(premium.leftOut).toEqual([]);
    expect(premium.text).toContain('x'.repeat(120));
    expect(premium.over).toBe(0);
  });

  it('says how far over the limit needed parts go, and never cuts a part', () => {
    const note = fitNote('Hi Sam,', [{ label: 'Connection', text: 'y'.repeat(250), needed: true }], [], 200);
    expect(note.over).toBe(58);
    expect(note.text.endsWith('y'.repeat(250))).toBe(true);
    expect(countText(note)).toBe('58 characters over the limit of 200.');
  });

  it('counts as LinkedIn does (an emoji is 2) and says the count and what was left out', () => {
    expect(linkedInLength('🎉a')).toBe(3);
    expect(countText({ length: 143, limit: 200, over: 0 })).toBe('143 of 200 characters.');
    expect(countText({ length: 201, limit: 200, over: 1 })).toBe('1 character over the limit of 200.');
    expect(leftOutText({ leftOut: ['Who you are', 'Why them'], limit: 200 })).toBe(
      'Left out to fit 200 characters: “Who you are” and “Why them”. Send them in a message once you are connected.',
    );
    expect(leftOutText({ leftOut: [], limit: 300 })).toBe('');
  });

  it('always ends with the closing, leaving out other parts to make room for it', () => {
    const parts = [
      { label: 'Connection', text: 'c'.repeat(150), needed: true },
      { label: 'Who you are', text: 'w'.repeat(30) },
    ];
    const note = fitNote('Hi Sam,', parts, [1], 200, 'Best wishes, Ana');
    expect(note.text).toBe(`Hi Sam, ${'c'.repeat(150)} Best wishes, Ana`);
    expect(note.leftOut).toEqual(['Who you are']);
    expect(fitNote('Hi Sam,', parts, [1], 300, '').text).toBe(`Hi Sam, ${'c'.repeat(150)} ${'w'.repeat(30)}`);
  });
});
