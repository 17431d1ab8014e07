import { describe, expect, it } from 'vitest';
import defaults from '../config/institution.json';
import type { InstitutionConfig } from '../config/institution.types';
import { prepareInstitution } from '../config/prepare';
import { validateInstitution } from '../config/validate';
import { APPLE_TOUCH_ICON, MANIFEST_ICONS } from './app-icons';
import { buildWebManifest, SHORT_NAME_MAX, shortNameOf } from './web-manifest';

const other: InstitutionConfig = {
  ...prepareInstitution(validateInstitution(defaults), '2027-01-01'),
  siteName: 'Talk to People',
  institutionName: 'Riverside College',
  officeName: 'Careers Hub',
  lang: 'en-GB',
  brandColor: '#7a1f5c',
};

describe('buildWebManifest', () => {
  const manifest = buildWebManifest(other, MANIFEST_ICONS);

  it('opens the whole site from its home page, as a standalone app', () => {
    expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' });
  });

  it('takes the name, language, office, institution and colour from the configuration', () => {
    expect(manifest.name).toBe('Talk to People');
    expect(manifest.lang).toBe('en-GB');
    expect(manifest.theme_color).toBe('#7a1f5c');
    expect(manifest.background_color).toBe('#ffffff');
    expect(manifest.description).toContain('Careers Hub at Riverside College');
  });

  it('lists PNG icons of 192 and 512 pixels, one of them maskable, and not the Apple touch icon', () => {
    expect(manifest.icons).toEqual([
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    expect(buildWebManifest(other, [...MANIFEST_ICONS, APPLE_TOUCH_ICON]).icons).toHaveLength(3);
  });

  it('is plain JSON (what the endpoint serves)', () => {
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });
});

describe('shortNameOf', () => {
  it('keeps a short site name', () => {
    expect(shortNameOf('Talk to Us')).toBe('Talk to Us');
  });

  it('uses the first word of a long name, or cuts a long single word', () => {
    expect(shortNameOf('Networking Guide')).toBe('Networking');
    expect(shortNameOf('Informationalinterviews')).toHaveLength(SHORT_NAME_MAX);
  });
});
