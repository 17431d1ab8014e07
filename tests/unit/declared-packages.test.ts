import { describe, expect, it } from 'vitest';
import { importSpecifiers, isDeclared, packageOf, undeclaredImports } from '../../scripts/undeclared-imports.mjs';

describe('importSpecifiers', () => {
  it('finds static, type-only, side-effect, dynamic and re-exported specifiers', () => {
    // Written so that the repository check below does not read this sample as this file's own import.
    const dynamicImport = `await ${'import'}('seven')`;
    const code = [
      "import { a } from 'one';",
      "import type { B } from 'two/sub';",
      "import C, { d } from '@scope/three';",
      "import 'four.css';",
      "export { e } from './five';",
      "export * from 'six';",
      `const g = ${dynamicImport};`,
      'import {\n  h,\n  i,\n} from "eight";',
    ].join('\n');
    expect(importSpecifiers(code).sort()).toEqual(
      ['./five', '@scope/three', 'eight', 'four.css', 'one', 'seven', 'six', 'two/sub'].sort(),
    );
  });

  it('ignores words in prose that only look like imports', () => {
    expect(importSpecifiers('People you know from "big firms" and import from abroad.')).toEqual([]);
  });
});

describe('packageOf', () => {
  it.each([
    ['astro/config', 'astro'],
    ['@astrojs/markdown-satteri', '@astrojs/markdown-satteri'],
    ['lighthouse/core/lib/median-run.js', 'lighthouse'],
    ['zod/mini', 'zod'],
    ['hast', 'hast'],
  ])('%s is the package %s', (specifier, name) => {
    expect(packageOf(specifier)).toBe(name);
  });

  it.each(['./local', '../up', 'node:fs', 'fs', 'fs/promises', 'astro:content', '~institution', 'big firms'])(
    '%s is not a package',
    (specifier) => {
      expect(packageOf(specifier)).toBeUndefined();
    },
  );
});

describe('isDeclared', () => {
  const manifest = { dependencies: { astro: '1' }, devDependencies: { '@types/hast': '3', '@types/a__b': '1' } };

  it('accepts a package or its types package, and nothing else', () => {
    expect(isDeclared('astro', manifest)).toBe(true);
    expect(isDeclared('hast', manifest)).toBe(true);
    expect(isDeclared('@a/b', manifest)).toBe(true);
    expect(isDeclared('satteri', manifest)).toBe(false);
  });
});

describe('package.json', () => {
  it('declares every package that the site, its content, tests and scripts import', () => {
    const missing = undeclaredImports().map(({ name, files }) => `${name} (imported by ${files.join(', ')})`);
    expect(missing, 'Add these to package.json with npm install').toEqual([]);
  });
});
