// Islands that fetch all their code at once: the client:view directive (directive.ts), and after
// the build the list of each island's files written into the pages (preload-list.ts). Listed
// before the integrations that read the built pages (the search index, the offline cache).
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addPreloadLists } from './preload-list';

/** Every .html file under `folder`. */
async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** A built module's code from its site path (`base` first, as in the pages), or null when the output folder lacks it. */
function readModule(root: string, base: string, path: string): string | null {
  if (!path.startsWith(base) || !path.endsWith('.js')) return null;
  try {
    return readFileSync(join(root, path.slice(base.length)), 'utf8');
  } catch {
    return null;
  }
}

/** The Astro integration: adds client:view and writes each island's file list into the built pages. */
export function islandPreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'networking-guide:island-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'view', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const modules = new Map<string, string | null>();
        // Built modules, read once each.
        const read = (path: string) => {
          if (!modules.has(path)) modules.set(path, readModule(root, base, path));
          return modules.get(path) ?? null;
        };
        let islands = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const out = addPreloadLists(html, read);
          if (out === html) continue;
          islands += (out.match(/<astro-island\b[^>]*\spreload="/g) ?? []).length;
          await writeFile(file, out);
        }
        logger.info(`${islands} islands list their code for fetching at once.`);
      },
    },
  };
}
