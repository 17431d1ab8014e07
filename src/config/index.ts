import institution from '~institution';
import type { InstitutionConfig } from './institution.types';

/** The institution configuration in use for this build (validated in astro.config.mjs). */
export const config: InstitutionConfig = institution;
export type { InstitutionConfig, MeetingPlace } from './institution.types';
