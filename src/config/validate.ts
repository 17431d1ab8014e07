import { z } from 'astro/zod';
import { contrastRatio } from './contrast.ts';
import type { InstitutionConfig } from './institution.types.ts';

/** The minimum contrast of the brand colour against white (WCAG AA for normal text). */
export const MIN_BRAND_CONTRAST = 4.5;

const text = z.string().trim().min(1, 'must not be empty');
const httpsUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });
const place = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must use only lowercase letters, digits and hyphens'),
  name: text,
  hint: z.string().optional(),
});

const schema = z.object({
  siteName: text,
  institutionName: text,
  officeName: text,
  siteUrl: httpsUrl,
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, 'must be a language tag like en or en-GB'),
  places: z.object({ campus: z.array(place).min(1), outside: z.array(place).min(1) }),
  alumniNetwork: z.object({ name: text, url: httpsUrl }),
  advising: z.object({
    email: z.email('must be an email address'),
    phone: z.string().optional(),
    bookingUrl: httpsUrl,
    location: z.string().optional(),
  }),
  brandColor: z.string().refine((c) => (contrastRatio(c, '#ffffff') ?? 0) >= MIN_BRAND_CONTRAST, {
    error: `must be a hex colour like #1d4ed8 with at least ${MIN_BRAND_CONTRAST}:1 contrast against white`,
  }),
});

/**
 * Checks an institution configuration and returns it typed, or throws an Error whose
 * message names every wrong field, e.g. "brandColor: must be a hex colour …".
 */
export function validateInstitution(value: unknown, source = 'the institution configuration'): InstitutionConfig {
  const result = schema.safeParse(value);
  if (result.success) return result.data as InstitutionConfig;
  const lines = result.error.issues.map((i) => `- ${i.path.join('.') || '(whole file)'}: ${i.message}`);
  throw new Error(`Problem in ${source}:\n${lines.join('\n')}`);
}
