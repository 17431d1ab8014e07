// Which JavaScript files a built module needs before it runs: its static imports, followed to the
// end (dynamic import() is not followed). Used after the build to list each island's files, and by
// the bench (scripts/page-weight.mjs) to weigh pages.
import { posix } from 'node:path';

/** The files a built module imports statically (`import "./x.js"`, `from "./x.js"`), as written. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/**
 * Every file the modules `entries` load before they run, themselves included, as site paths
 * ("/_astro/x.js"). `read` gives a module's code from its site path, or null when there is no such file.
 */
export function staticClosure(read: (path: string) => string | null, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const code = read(path);
    if (code === null) return;
    seen.add(path);
    for (const dep of staticImports(code)) visit(posix.join(posix.dirname(path), dep));
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}
