import { describe, expect, it } from 'vitest';
import { measureLinks } from './measure-links';

describe('measureLinks', () => {
  it('keeps the sample links within their limits (the figures npm run bench prints)', async () => {
    const figures = await measureLinks('https://careers.example.edu', { iterations: 2 });
    expect(figures).toHaveLength(8);
    for (const f of figures) if (f.limit !== null) expect(f.length, f.what).toBeLessThanOrEqual(f.limit);
    // Step 3 in full is capped: more than the summary of every part, still within the target.
    expect(figures[3]?.what).toMatch(/step 3 in full/);
    expect(figures[3]?.length).toBeGreaterThan(figures[2]?.length ?? 0);
    // A moved workbook holds far more than a summary.
    expect(figures[5]?.length).toBeGreaterThan(figures[0]?.length ?? 0);
  });
});
