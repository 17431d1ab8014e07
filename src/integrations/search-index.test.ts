import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HookParameters } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from './search-index';
import { tempFolders } from './temp-folders';

const folders = tempFolders('search-index-');
afterEach(() => folders.removeAll());

/** The build:done hook of the integration, as Astro calls it, for the output folder `folder`. */
function runHook(folder: string) {
  const hook = searchIndex().hooks['astro:build:done'];
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  const done = hook?.({ dir: pathToFileURL(`${folder}/`), logger } as unknown as HookParameters<'astro:build:done'>);
  return { done, logged };
}

describe('searchIndex', () => {
  it('indexes the pages of the build’s own output folder and writes pagefind/ there', async () => {
    const folder = folders.with({
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
    const folder = folders.with({ 'robots.txt': 'User-agent: *' });
    await expect(runHook(folder).done).rejects.toThrow(
      `The search index could not be built. Pagefind found no pages to index in ${folder}/.`,
    );
    await expect(buildSearchIndex(pathToFileURL(`${folder}/`))).rejects.toThrow(/found no pages/);
  });
});
