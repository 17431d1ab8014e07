import institution from '~institution';
import type { InstitutionConfig } from './prepare';

/** The institution configuration in use for this build (validated and prepared in astro.config.mjs). */
export const config: InstitutionConfig = institution;
export type { InstitutionConfig, MeetingPlace, PlanTemplateData } from './institution.types';
