// Turns one app icon into the PNG response its route serves, in the institution's brand colour.
import { config } from '../config';
import type { AppIcon } from './app-icons';
import { drawIcon } from './icon-art';
import { encodePng } from './png';

/** The PNG of `icon`, drawn in the configured brand colour. */
export function iconResponse(icon: AppIcon): Response {
  const png = encodePng(icon.size, icon.size, drawIcon(icon.size, config.brandColor, icon.shape));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
