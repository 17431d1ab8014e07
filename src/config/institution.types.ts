// The types of the institution configuration: the file as written (schema.ts) and as pages use it (prepare.ts).
export type { InstitutionConfig, SiteLogo } from './prepare.ts';
export type { InstitutionData, MeetingPlace, PlanTemplateData } from './schema.ts';
