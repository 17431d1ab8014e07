// Loads and checks the institution configuration for astro.config.mjs (Node runs the .ts files directly).
import { validateInstitution } from './validate.ts';

/** Imports the configuration module at `path` and validates it; throws naming each bad field. */
export async function loadInstitution(path) {
  const mod = await import(path);
  return validateInstitution(mod.default, path);
}
