import { describe, expect, it } from 'vitest';
import { nameAtOrg, orgName } from './org-name';
import { firstName, personName, say } from './sentence';

describe('orgName: the organization in "Organization or field", or nothing', () => {
  it.each([
    ['Figma', 'Figma'],
    ['  Figma   Design ', 'Figma Design'],
    ['Figma (UX design intern last summer)', 'Figma'],
    ['Figma (UX (design) intern)', 'Figma'],
    ['Figma (UX intern', 'Figma'],
    ['UX designer at Figma', 'Figma'],
    ['at Figma', 'Figma'],
    ['Figma - UX intern', 'Figma'],
    ['Figma.', 'Figma'],
    ['Acme Inc.', 'Acme Inc.'],
    ['“Figma”', 'Figma'],
    ['3M', '3M'],
    ['腾讯', '腾讯'],
    ['Lab; North', 'Lab'],
  ])('reads “%s” as “%s”', (typed, org) => {
    expect(orgName(typed)).toBe(org);
  });

  it.each([
    '',
    '   ',
    'Interned at a local agency',
    'marketing',
    'figma',
    'a startup',
    '(not sure)',
    '🚀🚀',
    'Friend of my dad',
    'Works in healthcare',
    'Intern at',
    '@evil',
    `The International Association of ${'Very '.repeat(20)}Careful Librarians`,
  ])('finds no organization in “%s”', (typed) => {
    expect(orgName(typed)).toBe('');
  });
});

describe('names in sentences', () => {
  it('drops asides, extra spaces and trailing commas, and keeps the rest as typed', () => {
    expect(personName('Sam Lee (Figma)')).toBe('Sam Lee');
    expect(personName('  Sam \n Lee, ')).toBe('Sam Lee');
    expect(personName('Bob "Bobby" Lee, Jr.')).toBe('Bob "Bobby" Lee, Jr.');
    expect(personName('"Sam"')).toBe('Sam');
    expect(personName('sam lee')).toBe('sam lee');
    expect(personName('Sam 🎨')).toBe('Sam 🎨');
    expect(personName('(Sam)')).toBe('(Sam)');
    expect(personName('   ')).toBe('');
  });

  it('greets by first name, keeping a title with the surname', () => {
    expect(firstName('Sam Lee')).toBe('Sam');
    expect(firstName('Dr. Amara Okafor')).toBe('Dr. Amara Okafor');
    expect(firstName('李伟')).toBe('李伟');
    expect(firstName('')).toBe('');
  });

  it('puts a name and an organization together only when the organization is one', () => {
    expect(nameAtOrg('Sam Lee', 'Figma (UX intern)')).toBe('Sam Lee at Figma');
    expect(nameAtOrg('Sam Lee', 'Interned at a local agency')).toBe('Sam Lee');
  });
});

describe('say: slots without doubled punctuation', () => {
  it('keeps one stop where a slot ends in one', () => {
    expect(say`Write to ${'Acme Inc.'}.`).toBe('Write to Acme Inc.');
    expect(say`Next step: ${'Call Sam?'}.`).toBe('Next step: Call Sam?');
    expect(say`Dear ${'Sam,'},`).toBe('Dear Sam,');
    expect(say`From ${' Sam \n Lee '}.`).toBe('From Sam Lee.');
  });
});
