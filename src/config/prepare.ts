import type { LogoFile } from './logo.ts';
import type { InstitutionData, MeetingPlace } from './schema.ts';

/** The logo as pages show it. */
export interface SiteLogo {
  /** Its address on the site, named after its content so browsers may keep it: /_astro/logo.1a2b3c4d.svg. */
  src: string;
  width: number;
  height: number;
}

/** The institution configuration the pages use (see prepareInstitution). */
export interface InstitutionConfig extends Omit<InstitutionData, '$schema' | 'logo'> {
  logo?: SiteLogo;
}

/** The places still to come on `today` (YYYY-MM-DD): places without a date, and events on or after it. */
export function upcomingPlaces(places: readonly MeetingPlace[], today: string): MeetingPlace[] {
  return places.filter((p) => !p.date || p.date >= today);
}

/** The configuration as pages use it, built on `today` (YYYY-MM-DD), with the logo file read by the loader. */
export function prepareInstitution(
  data: InstitutionData,
  today: string,
  logo?: LogoFile & { hash: string },
): InstitutionConfig {
  const { $schema: _, logo: __, ...rest } = data;
  const src = logo && `/_astro/logo.${logo.hash}.${logo.type}`;
  return {
    ...rest,
    places: { campus: upcomingPlaces(data.places.campus, today), outside: upcomingPlaces(data.places.outside, today) },
    ...(logo && src ? { logo: { src, width: logo.width, height: logo.height } } : {}),
  };
}
