import type { APIRoute } from 'astro';
import { config } from '../config';

/** The site icon in the institution's brand colour (validated hex), titled with the site name. */
export const GET: APIRoute = () => {
  const title = config.siteName.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>${title}</title><rect width="32" height="32" rx="6" fill="${config.brandColor}"/><g fill="none" stroke="#fff" stroke-width="2.5"><circle cx="9" cy="16" r="4"/><circle cx="23" cy="9" r="4"/><circle cx="23" cy="23" r="4"/><path d="M12.5 14.2 19.5 10.8M12.5 17.8l7 3.4"/></g></svg>\n`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
