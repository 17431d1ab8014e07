// Each guide page loads the styles of the worksheets it shows, and no others. Pages write a
// worksheet as <GoalsWorksheet /> without importing it; this Vite plugin adds the import to each
// MDX file for the worksheets it uses. Astro then links a worksheet's styles only on the pages whose
// content renders it (styles of a content entry's imports go with that entry), where a shared list
// of every worksheet in the page route put every worksheet's styles on every page.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizePath, type Plugin } from 'vite';

/** A worksheet's component name as pages write it: a capital letter, then letters and digits, then "Worksheet". */
const WORKSHEET_TAG = /<([A-Z][A-Za-z0-9]*Worksheet)\b/g;

/** Every worksheet component by name (`GoalsWorksheet`), from the files src/worksheets/<id>/<Name>Worksheet.astro. */
export function worksheetFiles(worksheetsDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of readdirSync(worksheetsDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(worksheetsDir, folder.name))) {
      const name = file.match(/^([A-Z][A-Za-z0-9]*Worksheet)\.astro$/)?.[1];
      if (!name) continue;
      const before = files.get(name);
      if (before) throw new Error(`Two worksheet components are named ${name}: ${before} and ${folder.name}/${file}.`);
      files.set(name, normalizePath(join(worksheetsDir, folder.name, file)));
    }
  }
  return files;
}

/**
 * The MDX source with an import line for each worksheet it uses, placed after its frontmatter.
 * Unknown names stop the build with a message that says where they are and what exists.
 */
export function withWorksheetImports(source: string, files: ReadonlyMap<string, string>, where: string): string {
  const used = [...new Set([...source.matchAll(WORKSHEET_TAG)].map((m) => m[1] as string))];
  if (!used.length) return source;
  const lines = used.map((name) => {
    const file = files.get(name);
    if (!file)
      throw new Error(
        `${where} uses <${name} />, but no worksheet has that name. Worksheets: ${[...files.keys()].join(', ')}.`,
      );
    return `import ${name} from ${JSON.stringify(file)};`;
  });
  const front = source.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n/)?.[0] ?? '';
  return `${front}${lines.join('\n')}\n\n${source.slice(front.length)}`;
}

/** The Vite plugin: adds the worksheet imports to every .mdx file under `contentDir`. */
export function worksheetImports(contentFolder: string, worksheetsDir: string): Plugin {
  // Vite names modules with forward slashes on every system.
  const contentDir = normalizePath(contentFolder);
  let files: Map<string, string> | undefined;
  return {
    name: 'networking-guide:worksheet-imports',
    enforce: 'pre',
    transform(source, id) {
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.mdx') || !path.startsWith(contentDir)) return null;
      files ??= worksheetFiles(worksheetsDir);
      const code = withWorksheetImports(source, files, path.slice(contentDir.length));
      return code === source ? null : { code, map: null };
    },
  };
}

/** The integration that installs the plugin; list it before mdx() so the imports are in place when MDX compiles. */
export function worksheetImportsIntegration(root: URL): AstroIntegration {
  return {
    name: 'networking-guide:worksheet-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              worksheetImports(
                fileURLToPath(new URL('content/', root)),
                fileURLToPath(new URL('src/worksheets/', root)),
              ),
            ],
          },
        });
      },
    },
  };
}
