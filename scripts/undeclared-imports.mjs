// Lists the packages the code imports that package.json does not declare: a package that only
// arrives as a dependency of another one can vanish or change version with it. Run by hand with
// `npx node scripts/undeclared-imports.mjs`; tests/unit/declared-packages.test.ts runs the same check.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Folders and files whose imports count: the site, its content, its tests and its tooling. */
export const SCANNED = ['src', 'content', 'tests', 'scripts', 'astro.config.mjs', 'vitest.config.ts'];
const CODE = /\.(?:[cm]?[jt]sx?|astro|mdx)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.astro', 'test-results', 'playwright-report']);

/** Every module specifier in a file's text: static and dynamic imports, side-effect imports and re-exports. */
export function importSpecifiers(code) {
  const patterns = [
    /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"\n]+)['"]/g,
    /(?:^|[\s;])import\s*['"]([^'"\n]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? '')))];
}

const builtins = new Set(builtinModules);
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

/**
 * The npm package a specifier names ('astro/config' → 'astro', '@scope/pkg/sub' → '@scope/pkg'), or
 * undefined for relative paths, Node's built-in modules, virtual modules ('astro:content') and aliases ('~institution').
 */
export function packageOf(specifier) {
  if (/^[./~#]/.test(specifier) || specifier.includes(':')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  if (builtins.has(name) || !PACKAGE_NAME.test(name)) return undefined;
  return name;
}

/** Whether package.json declares `name`, or its types package (@types/hast for 'hast', @types/a__b for '@a/b'). */
export function isDeclared(name, manifest) {
  const declared = {
    ...manifest.dependencies,
    ...manifest.devDependencies,
    ...manifest.peerDependencies,
    ...manifest.optionalDependencies,
  };
  const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
  return name in declared || types in declared;
}

/** The code files under `path` (a file or a folder), skipping build output and installed packages. */
function codeFiles(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return CODE.test(path) ? [path] : [];
  }
  return entries.flatMap((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : codeFiles(full);
    return CODE.test(entry.name) ? [full] : [];
  });
}

/** Each imported package that package.json does not declare, with the files that import it (relative to `root`). */
export function undeclaredImports(root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const found = new Map();
  for (const file of SCANNED.flatMap((path) => codeFiles(join(root, path)))) {
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      const name = packageOf(specifier);
      if (!name || isDeclared(name, manifest)) continue;
      found.set(name, [...(found.get(name) ?? []), relative(root, file)]);
    }
  }
  return [...found].map(([name, files]) => ({ name, files })).sort((a, b) => a.name.localeCompare(b.name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = undeclaredImports();
  for (const { name, files } of missing) console.log(`${name}: imported by ${files.join(', ')}`);
  if (missing.length) {
    console.error(`\n${missing.length} imported package(s) missing from package.json: add them with npm install.`);
    process.exit(1);
  }
  console.log('Every imported package is declared in package.json.');
}
