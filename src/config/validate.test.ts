import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor } from './contrast';
import institution from './institution';
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

describe('validateInstitution', () => {
  it('accepts the default configuration', () => {
    expect(validateInstitution(institution).siteName).toBe(institution.siteName);
  });
  it('names a missing required field', () => {
    const { officeName: _, ...rest } = institution;
    expect(() => validateInstitution(rest)).toThrow(/officeName/);
  });
  it('refuses a brand colour with too little contrast against white, naming the field', () => {
    expect(() => validateInstitution({ ...institution, brandColor: '#ffd700' })).toThrow(
      /brandColor: must be a hex colour .* 4\.5:1 contrast/,
    );
    expect(() => validateInstitution({ ...institution, brandColor: 'navy' })).toThrow(/brandColor/);
  });
  it('refuses a site URL that is not a full web address', () => {
    expect(() => validateInstitution({ ...institution, siteUrl: 'careers.example.edu' })).toThrow(/siteUrl/);
  });
});
