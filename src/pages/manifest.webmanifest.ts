import type { APIRoute } from 'astro';
import { config } from '../config';
import { MANIFEST_ICONS } from '../pwa/app-icons';
import { buildWebManifest } from '../pwa/web-manifest';

/** The web app manifest that makes the guide installable, in the institution's name and colour. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildWebManifest(config, MANIFEST_ICONS), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
