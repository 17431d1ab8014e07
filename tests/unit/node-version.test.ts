import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs the npm scripts on Node 22 or newer (Astro 7 needs ≥ 22.12)', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
