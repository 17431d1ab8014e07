// Test support for the build steps: temporary folders holding a few files, removed after each test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes folders of files (path → text) under the system's temporary folder, and removes them all. */
export function tempFolders(prefix: string) {
  const made: string[] = [];
  return {
    /** A new folder holding `files`; returns its path (without a trailing slash). */
    with(files: Record<string, string>): string {
      const folder = mkdtempSync(join(tmpdir(), prefix));
      made.push(folder);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(folder, path, '..'), { recursive: true });
        writeFileSync(join(folder, path), text);
      }
      return folder;
    },
    /** Removes every folder made so far. */
    removeAll(): void {
      for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}
