import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers } from '../../scripts/undeclared-imports.mjs';

const root = resolve(import.meta.dirname, '../..');
/** Folders the site's code must never import from: tests and developer tooling. */
const OUTSIDE = ['tests', 'scripts'].map((folder) => join(root, folder));

/** Every code file under src/. */
const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(?:[cm]?[jt]sx?|astro)$/.test(path))
  .map((path) => join(root, 'src', path));

describe('src/', () => {
  it('has code to check', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('imports nothing from tests/ or scripts/ (the site never ships test or tooling code)', () => {
    const wrong = sources.flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => resolve(dirname(file), spec))
        .filter((target) => OUTSIDE.some((folder) => target === folder || target.startsWith(`${folder}/`)))
        .map((target) => `${relative(root, file)} imports ${relative(root, target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no worksheet folder importing another (what several worksheets use lives in src/worksheets/shared/)', () => {
    const worksheets = join(root, 'src', 'worksheets');
    /** The worksheet folder a file is in (not shared/), or undefined. */
    const folderOf = (path: string) => {
      const [first, ...rest] = relative(worksheets, path).split('/');
      return rest.length > 0 && first !== 'shared' && first !== '..' ? first : undefined;
    };
    const wrong = sources
      .filter((file) => folderOf(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        importSpecifiers(readFileSync(file, 'utf8'))
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => resolve(dirname(file), spec))
          .filter((target) => folderOf(target) !== undefined && folderOf(target) !== folderOf(file))
          .map((target) => `${relative(root, file)} imports ${relative(root, target)}`),
      );
    expect(wrong).toEqual([]);
  });
});
