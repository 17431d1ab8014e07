// Builds the web app manifest (what browsers need to install the site) from the institution config.
import type { InstitutionConfig } from '../config/institution.types';
import type { AppIcon } from './app-icons';

/** The longest name that home screens show without cutting it. */
export const SHORT_NAME_MAX = 12;
/** The light page background (--bg in tokens.css): the splash screen shown while the site opens. */
export const SPLASH_BACKGROUND = '#ffffff';

/** The manifest fields this site sets. */
export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  categories: string[];
  icons: Array<{ src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }>;
}

/** A name for the home screen: the site name if it is short, else its first word, else its start. */
export function shortNameOf(siteName: string): string {
  const name = siteName.trim();
  if (name.length <= SHORT_NAME_MAX) return name;
  const firstWord = name.split(/\s+/)[0] ?? name;
  return firstWord.length <= SHORT_NAME_MAX ? firstWord : firstWord.slice(0, SHORT_NAME_MAX);
}

/** The web app manifest for `config`, listing `icons` (those with a purpose). */
export function buildWebManifest(config: InstitutionConfig, icons: readonly AppIcon[]): WebManifest {
  return {
    id: '/',
    name: config.siteName,
    short_name: shortNameOf(config.siteName),
    description: `Networking and informational interviews, step by step, from ${config.officeName} at ${config.institutionName}. Your answers stay on this device.`,
    lang: config.lang,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: config.brandColor,
    background_color: SPLASH_BACKGROUND,
    categories: ['education'],
    icons: icons.flatMap((icon) =>
      icon.purpose
        ? [{ src: icon.path, sizes: `${icon.size}x${icon.size}`, type: 'image/png' as const, purpose: icon.purpose }]
        : [],
    ),
  };
}
