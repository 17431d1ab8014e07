import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { plainDynamicImports } from './plain-dynamic-imports';
import { tempFolders } from './temp-folders';

const folders = tempFolders('plain-imports-');
afterEach(() => folders.removeAll());

/** Builds a page script that imports a module with its own dependency on demand; gives the output's JavaScript by file name. */
async function buildWith(plugins: Plugin[]): Promise<Map<string, string>> {
  const root = folders.with({
    'index.html': '<script type="module" src="./main.js"></script>',
    // Two modules loaded on demand share a third: each import() needs two files.
    'main.js':
      "document.body.onclick = () => import('./later.js').then((m) => m.run());\ndocument.body.onkeydown = () => import('./other.js').then((m) => m.run());",
    'later.js': "import { shared } from './shared.js';\nexport const run = () => shared('later');",
    'other.js': "import { shared } from './shared.js';\nexport const run = () => shared('other');",
    'shared.js': 'export const shared = (what) => console.log(what);',
  });
  await build({
    root,
    logLevel: 'silent',
    plugins,
    // As Astro's client build does, over the site's own setting.
    build: { outDir: join(root, 'out'), minify: false, modulePreload: { polyfill: false } },
  });
  const assets = join(root, 'out', 'assets');
  return new Map(readdirSync(assets).map((f) => [f, readFileSync(join(assets, f), 'utf8')]));
}

describe('plainDynamicImports', () => {
  it('leaves no list of files to preload and no preload code in the output, where the build otherwise has both', async () => {
    const without = [...(await buildWith([])).values()].join('\n');
    expect(without).toContain('__vite__mapDeps');
    expect(without).toMatch(/modulepreload/);

    const js = [...(await buildWith([plainDynamicImports()])).values()].join('\n');
    expect(js).not.toContain('__vite__mapDeps');
    expect(js).not.toMatch(/modulepreload|document\.head|relList/);
    // The import itself is still there, and still runs the module on demand.
    expect(js).toMatch(/import\(["'`]\.\/later[^"'`]*\.js["'`]\)/);
  });
});
