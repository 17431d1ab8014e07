import { CURRENT_SCHEMA_VERSION } from './model';

/** Upgrades a document from one version to the next; gets the old document, returns the new one. */
export type Migration = (old: Record<string, unknown>) => unknown;

/**
 * Migrations keyed by the version they upgrade FROM (entry 1 turns a version 1 document into
 * version 2). Version 1 is the first version, so there are none yet. Every new version adds an
 * entry here and a fixture file `fixtures/v<old version>.json` that the tests upgrade.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

/** The outcome of a migration: the upgraded document, or why it could not be upgraded. */
export type MigrateResult = { ok: true; value: Record<string, unknown>; from: number } | { ok: false; message: string };

/** True for a plain, non-array object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the version number of a stored document, or null when it has none that makes sense. */
export function versionOf(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** Runs the migrations in order from the document's version up to `target`; never throws. */
export function migrate(
  raw: unknown,
  table: Readonly<Record<number, Migration>> = migrations,
  target = CURRENT_SCHEMA_VERSION,
): MigrateResult {
  const from = versionOf(raw);
  if (from === null || !isRecord(raw)) return { ok: false, message: 'The workbook has no valid version number.' };
  if (from > target) return { ok: false, message: `The workbook is version ${from}, newer than version ${target}.` };
  let current = raw;
  for (let version = from; version < target; version++) {
    const step = Object.hasOwn(table, version) ? table[version] : undefined;
    if (!step) return { ok: false, message: `There is no way to upgrade a version ${version} workbook.` };
    let next: unknown;
    try {
      next = step(current);
    } catch {
      return { ok: false, message: `Upgrading the workbook from version ${version} failed.` };
    }
    if (!isRecord(next))
      return { ok: false, message: `Upgrading the workbook from version ${version} gave no workbook.` };
    current = { ...next, schemaVersion: version + 1 };
  }
  return { ok: true, value: current, from };
}
