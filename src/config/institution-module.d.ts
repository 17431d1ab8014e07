// The module astro.config.mjs provides (src/config/load.mjs): the validated, prepared configuration.
declare module '~institution' {
  const institution: import('./prepare').InstitutionConfig;
  export default institution;
}
