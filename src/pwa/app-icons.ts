// The PNG icons the build draws for installing the site, listed once for their routes and the manifest.
import type { IconShape } from './icon-art';

/** One PNG icon of the site. */
export interface AppIcon {
  /** Its address on the site. */
  path: string;
  /** Width and height in pixels. */
  size: number;
  shape: IconShape;
  /** Its purpose in the web app manifest; undefined for icons the manifest does not list. */
  purpose?: 'any' | 'maskable';
}

/** Icons listed in the web app manifest (served under /icons/). */
export const MANIFEST_ICONS: readonly AppIcon[] = [
  { path: '/icons/icon-192.png', size: 192, shape: 'rounded', purpose: 'any' },
  { path: '/icons/icon-512.png', size: 512, shape: 'rounded', purpose: 'any' },
  { path: '/icons/maskable-512.png', size: 512, shape: 'full-bleed', purpose: 'maskable' },
];

/** The icon iOS puts on the home screen; it rounds the corners itself, so the square is full. */
export const APPLE_TOUCH_ICON: AppIcon = { path: '/apple-touch-icon.png', size: 180, shape: 'full-bleed' };
