import { describe, expect, it } from 'vitest';
import { FORMAT_MESSAGES } from '../../../workbook/formats';
import { LINKEDIN_MESSAGE, linkedInUrl, profileProblem } from './checks';

describe('linkedInUrl: the address put under the student’s name', () => {
  it.each([
    ['https://www.linkedin.com/in/ana-souza', 'https://www.linkedin.com/in/ana-souza'],
    ['  linkedin.com/in/ana-souza/  ', 'https://linkedin.com/in/ana-souza/'],
    ['www.linkedin.com/in/ana', 'https://www.linkedin.com/in/ana'],
    ['uk.linkedin.com/in/ana', 'https://uk.linkedin.com/in/ana'],
    ['http://linkedin.com/pub/ana-souza/1/2/3', 'http://linkedin.com/pub/ana-souza/1/2/3'],
    ['https://www.LinkedIn.com/in/ana?trk=x', 'https://www.LinkedIn.com/in/ana?trk=x'],
  ])('keeps %j as %j', (typed, url) => {
    expect(linkedInUrl(typed)).toBe(url);
  });

  it.each([
    '',
    'ana-souza',
    'linkedin.com',
    'https://www.linkedin.com/company/figma',
    'https://linkedin.com.evil.example/in/ana',
    'javascript:alert(1)//linkedin.com/in/ana',
    'https://www.linkedin.com/in/',
    'linkedin.com/in/ana souza',
  ])('gives nothing for %j', (typed) => {
    expect(linkedInUrl(typed)).toBe('');
  });
});

describe('profileProblem: a message in words, never a refusal', () => {
  it('says nothing of empty or well-formed addresses', () => {
    expect(profileProblem('email', '')).toBeUndefined();
    expect(profileProblem('email', ' ana@example.org ')).toBeUndefined();
    expect(profileProblem('linkedIn', '   ')).toBeUndefined();
    expect(profileProblem('linkedIn', 'linkedin.com/in/ana')).toBeUndefined();
  });

  it('says what a good address looks like when one is malformed', () => {
    expect(profileProblem('email', 'ana@example')).toBe(FORMAT_MESSAGES.email);
    expect(profileProblem('email', 'ana souza@example.org')).toBe(FORMAT_MESSAGES.email);
    expect(profileProblem('linkedIn', 'my linkedin')).toBe(LINKEDIN_MESSAGE);
    expect(LINKEDIN_MESSAGE).toContain('linkedin.com/in/');
  });
});
