import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaled } from '../slowdown';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'frontmatter-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a frontmatter mistake', () => {
  it('fails the build with the file name and the field', { timeout: scaled(120_000) }, () => {
    // A copy of the project whose glossary page has a description that is far too short.
    for (const name of ['node_modules', 'src', 'public']) symlinkSync(join(root, name), join(work, name));
    for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(join(root, name), join(work, name));
    cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
    const page = join(work, 'content/glossary.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^description: .*$/m, 'description: Too short.'));
    const build = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], { cwd: work, encoding: 'utf8' });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('glossary');
    expect(output).toContain('description');
  });
});
