import { describe, expect, it } from 'vitest';
import { isElsewhere, shareUrl } from './share-address';

describe('shareUrl', () => {
  it('joins the site address and the path with its section, with one slash', () => {
    expect(shareUrl('https://careers.example.edu', '/steps/follow-up/#thank-you')).toBe(
      'https://careers.example.edu/steps/follow-up/#thank-you',
    );
    expect(shareUrl('https://careers.example.edu/', 'steps/repeat/')).toBe('https://careers.example.edu/steps/repeat/');
  });
});

describe('isElsewhere', () => {
  it('is false on the configured site, whatever the path', () => {
    expect(isElsewhere('https://careers.example.edu', 'https://careers.example.edu/advisors/')).toBe(false);
  });
  it('is true on another host, port or scheme', () => {
    expect(isElsewhere('https://careers.example.edu', 'https://staging.example.edu/advisors/')).toBe(true);
    expect(isElsewhere('https://careers.example.edu', 'http://127.0.0.1:4321/advisors/')).toBe(true);
    expect(isElsewhere('https://careers.example.edu', 'http://careers.example.edu/')).toBe(true);
  });
});
