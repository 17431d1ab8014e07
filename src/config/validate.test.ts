import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor } from './contrast';
import institution from './institution.json';
import { validateInstitution } from './validate';

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('returns null for colours it cannot read', () => {
    expect(parseHexColor('blue')).toBeNull();
    expect(contrastRatio('#12345', '#fff')).toBeNull();
  });
});

/** The message validateInstitution throws for a value, or '' when it accepts it. */
function problems(value: unknown, isGuideAddress?: (href: string) => boolean): string {
  try {
    validateInstitution(value, 'institution.json', { isGuideAddress });
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The default configuration with one part replaced. */
const withChange = (change: Record<string, unknown>) => ({ ...structuredClone(institution), ...change });

describe('validateInstitution', () => {
  it('accepts the default configuration', () => {
    expect(validateInstitution(institution).siteName).toBe(institution.siteName);
    expect(problems(institution, () => true)).toBe('');
  });

  it('names a missing field and says what to add', () => {
    const { officeName: _, ...rest } = institution;
    expect(problems(rest)).toContain('- officeName: is missing. Add it (text in quotes).');
  });

  it('names a misspelled field', () => {
    expect(problems(withChange({ brandColour: '#1d4ed8' }))).toContain(
      '- brandColour: is not a setting the guide knows. Check its spelling, or remove it.',
    );
  });

  it('refuses a brand colour with too little contrast against white, with its figure', () => {
    expect(problems(withChange({ brandColor: '#ffd700' }))).toMatch(
      /- brandColor: is too light: #ffd700 has 1\.\d\d:1 contrast against white, and it needs at least 4\.5:1/,
    );
    expect(problems(withChange({ secondaryColor: 'navy' }))).toContain(
      '- secondaryColor: must be a hex colour like #1d4ed8.',
    );
  });

  it('refuses a site address that is not a full web address, or that has a folder', () => {
    expect(problems(withChange({ siteUrl: 'careers.example.edu' }))).toContain('- siteUrl: must be a full web address');
    expect(problems(withChange({ siteUrl: 'https://www.example.edu/careers/guide' }))).toContain(
      '- siteUrl: must be the address of the site only',
    );
  });

  it('names the place, by list and number, whose event date or address is wrong', () => {
    const places = structuredClone(institution.places) as {
      campus: Array<Record<string, unknown>>;
      outside: Array<Record<string, unknown>>;
    };
    places.outside[1] = { ...places.outside[1], date: '14/03/2027', url: 'www.fair.example' };
    const message = problems(withChange({ places }));
    expect(message).toContain('- places.outside.1.date: must be a date written YYYY-MM-DD, like 2027-03-14.');
    expect(message).toContain('- places.outside.1.url: must be a full web address starting with https://.');
  });

  it('refuses two places with the same id', () => {
    const places = structuredClone(institution.places);
    places.outside.push({ id: 'career-fairs', name: 'Another fair' });
    expect(problems(withChange({ places }))).toContain(
      `- places.outside.${places.outside.length - 1}.id: "career-fairs" is already the id of places.campus.1: each place needs its own id.`,
    );
  });

  it('keeps example names to one word, since sample messages print their word count', () => {
    const examples = { ...institution.examples, school: 'Riverbend College' };
    expect(problems(withChange({ examples }))).toContain('- examples.school: must be one word');
  });

  it('names a plan template item that is not an address of the guide', () => {
    const planTemplates = [{ name: 'Try', items: ['/steps/repeat/', '/steps/no-such-step/'] }];
    const known = (href: string) => href === '/steps/repeat/';
    expect(problems(withChange({ planTemplates }), known)).toContain(
      '- planTemplates.0.items.1: "/steps/no-such-step/" is not a page, section or worksheet of the guide.',
    );
  });

  it('says what is wrong with a logo file name', () => {
    expect(problems(withChange({ logo: 'logo.gif' }))).toContain(
      '- logo: must be the name of an .svg or .png file, like logo.svg.',
    );
  });

  it('lists every problem at once, one line each', () => {
    const message = problems(withChange({ lang: 'English', advising: { ...institution.advising, email: 'careers' } }));
    expect(message.split('\n')).toEqual([
      'Problem in institution.json:',
      '- lang: must be a language tag like en or en-GB.',
      '- advising.email: must be an email address.',
    ]);
  });
});
