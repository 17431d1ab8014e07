// The modules astro.config.mjs provides (src/config/load.mjs): the prepared configuration and the logo file's path.
declare module '~institution' {
  const institution: import('./prepare').InstitutionConfig;
  export default institution;
}
declare module '~institution-logo' {
  const logoPath: string | null;
  export default logoPath;
}
