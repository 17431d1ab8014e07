import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import logoPath from '~institution-logo';
import { config } from '../config';

/** One page, /logo.svg or /logo.png, when the institution configuration names a logo file. */
export function getStaticPaths() {
  return config.logo ? [{ params: { ext: config.logo.src.slice('/logo.'.length) } }] : [];
}

/** The institution's logo file, as it is (checked when the build loaded the configuration). */
export const GET: APIRoute = ({ params }) => {
  if (!logoPath) return new Response(null, { status: 404 });
  const type = params.ext === 'png' ? 'image/png' : 'image/svg+xml';
  return new Response(readFileSync(logoPath), { headers: { 'Content-Type': type } });
};
