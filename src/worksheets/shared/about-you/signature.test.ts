import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../../workbook/model';
import { senderFirstName, senderName } from './sender';
import {
  DEFAULT_SIGN_OFF,
  emailClosing,
  emailGreeting,
  greetingOf,
  linkedInClosing,
  linkedInGreeting,
  noteClosing,
  signOffLine,
} from './signature';

const profile = (fields: Partial<Profile> = {}): Profile => ({ ...emptyProfile(), ...fields });
const ANA = profile({ firstName: 'Ana', lastName: 'Souza', linkedIn: 'linkedin.com/in/ana-souza' });

describe('the greeting: one choice for every message', () => {
  it('is "Hello" until the student chooses', () => {
    expect(greetingOf(profile())).toBe('Hello');
    expect(emailGreeting(profile(), 'Sam Lee')).toBe('Hello Sam Lee,');
    expect(linkedInGreeting(profile(), 'Sam Lee')).toBe('Hello Sam,');
  });

  it('uses the greeting chosen, in emails with the whole name and on LinkedIn with the first name', () => {
    expect(emailGreeting(profile({ greeting: 'Dear' }), 'Sam Lee (Figma)')).toBe('Dear Sam Lee,');
    expect(linkedInGreeting(profile({ greeting: 'Dear' }), 'Sam Lee')).toBe('Dear Sam,');
    expect(emailGreeting(profile({ greeting: 'Hi' }), 'Dr. Amara Okafor')).toBe('Hi Dr. Amara Okafor,');
    expect(linkedInGreeting(profile({ greeting: 'Hi' }), 'Ms Park')).toBe('Hi Ms Park,');
  });

  it('reads a greeting stored in another case or with a comma, and falls back to "Hello" for anything else', () => {
    expect(greetingOf(profile({ greeting: ' dear, ' }))).toBe('Dear');
    expect(greetingOf(profile({ greeting: 'Yo' }))).toBe('Hello');
  });

  it('never leaves "Dear" without a name', () => {
    expect(emailGreeting(profile({ greeting: 'Dear' }), '  ')).toBe('Hello,');
    expect(emailGreeting(profile({ greeting: 'Hi' }), '')).toBe('Hi,');
  });
});

describe('the sign-off and the name under it', () => {
  it('is "Best wishes," until the student writes their own', () => {
    expect(signOffLine(profile())).toBe(`${DEFAULT_SIGN_OFF},`);
    expect(emailClosing(profile())).toBe('Best wishes,');
    expect(linkedInClosing(profile())).toBe('Best wishes,');
  });

  it('adds one comma, keeps an exclamation mark, and makes the sign-off one line', () => {
    expect(signOffLine(profile({ signOff: 'Kind regards' }))).toBe('Kind regards,');
    expect(signOffLine(profile({ signOff: 'Kind regards,,  ' }))).toBe('Kind regards,');
    expect(signOffLine(profile({ signOff: 'Thanks!' }))).toBe('Thanks!');
    expect(signOffLine(profile({ signOff: 'With\nthanks.' }))).toBe('With thanks,');
    expect(signOffLine(profile({ signOff: ' , ' }))).toBe('Best wishes,');
  });

  it('signs emails with the whole name and the LinkedIn address, LinkedIn messages with the first name', () => {
    expect(emailClosing(ANA)).toBe('Best wishes,\nAna Souza\nhttps://linkedin.com/in/ana-souza');
    expect(linkedInClosing(ANA)).toBe('Best wishes,\nAna');
    expect(noteClosing(ANA)).toBe('Best wishes, Ana');
    expect(noteClosing(profile({ signOff: 'Thanks!', firstName: 'Ana' }))).toBe('Thanks! Ana');
  });

  it('leaves out a LinkedIn address that is not one, and the note’s closing when there is no name', () => {
    expect(emailClosing({ ...ANA, linkedIn: 'my profile' })).toBe('Best wishes,\nAna Souza');
    expect(noteClosing(profile({ signOff: 'Kind regards' }))).toBe('');
  });

  it('reads names as names: one line, no asides, the last name alone when that is all', () => {
    expect(senderName(profile({ firstName: '  Ana ', lastName: 'Souza (she/her)' }))).toBe('Ana Souza');
    expect(senderName(profile({ lastName: 'Souza' }))).toBe('Souza');
    expect(senderFirstName(profile({ lastName: 'Souza' }))).toBe('Souza');
    expect(senderName(profile())).toBe('');
  });
});
