import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const ISLAND_DIRS = ['src/worksheets', 'src/workbook-ui', 'src/advisors'];
// Modules that must reach the browser only through a dynamic import(): they carry Zod.
const LAZY_ONLY = [/[\\/]zod[\\/]|^zod/, /src[\\/]workbook[\\/](schema|read-workbook|backup|salvage|migrate)\.ts$/];

/** Every .tsx island file under the given folders. */
function islands(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return islands(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** The static, non-type imports of a module, resolved to files (or bare package names). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
  return specs.map((spec) => {
    if (!spec.startsWith('.')) return spec;
    const base = resolve(dirname(file), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return base;
  });
}

/** The chain of static imports from `entry` to a module that must stay lazy, or null. */
function lazyViolation(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (LAZY_ONLY.some((re) => re.test(file))) return [...chain, file];
    if (seen.has(file) || !file.startsWith(root) || !existsSync(file)) return null;
    seen.add(file);
    for (const next of staticImports(file)) {
      const found = walk(next, [...chain, file]);
      if (found) return found;
    }
    return null;
  };
  return walk(entry, []);
}

describe('island bundles', () => {
  it('never import Zod statically (it loads on demand, to keep worksheet pages small)', () => {
    const entries = ISLAND_DIRS.flatMap((d) => islands(join(root, d)));
    expect(entries.length).toBeGreaterThan(0);
    const problems = entries
      .map((entry) => lazyViolation(entry))
      .filter((chain): chain is string[] => chain !== null)
      .map((chain) => chain.map((f) => relative(root, f)).join(' → '));
    expect(problems).toEqual([]);
  });
});
