import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from './search-index';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site in a new temporary folder: `pages` maps paths to HTML. */
function site(pages: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'search-index-'));
  folders.push(folder);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), html);
  }
  return folder;
}

/** The build:done hook of the integration, as Astro calls it, for the output folder `folder`. */
function runHook(folder: string) {
  const hook = searchIndex().hooks['astro:build:done'];
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  const done = hook?.({ dir: pathToFileURL(`${folder}/`), logger } as unknown as Parameters<
    NonNullable<typeof hook>
  >[0]);
  return { done, logged };
}

describe('searchIndex', () => {
  it('indexes the pages of the build’s own output folder and writes pagefind/ there', async () => {
    const folder = site({
      'index.html': '<html lang="en"><body><main data-pagefind-body><h1>Why network</h1></main></body></html>',
      'steps/elevator-pitch/index.html':
        '<html lang="en"><body><main data-pagefind-body><h1>Elevator pitch</h1></main></body></html>',
    });
    const { done, logged } = runHook(folder);
    await done;
    expect(existsSync(join(folder, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(logged).toEqual([`2 pages indexed in ${join(folder, 'pagefind')}/.`]);
  });

  it('fails the build with a clear message when no page can be indexed', async () => {
    const folder = site({ 'robots.txt': 'User-agent: *' });
    await expect(runHook(folder).done).rejects.toThrow(
      `The search index could not be built. Pagefind found no pages to index in ${folder}/.`,
    );
    await expect(buildSearchIndex(pathToFileURL(`${folder}/`))).rejects.toThrow(/found no pages/);
  });
});
