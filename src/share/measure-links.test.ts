import { describe, expect, it } from 'vitest';
import { measureLinks } from './measure-links';

describe('measureLinks', () => {
  it('keeps the sample links within their limits (the figures npm run bench prints)', async () => {
    const figures = await measureLinks('https://careers.example.edu', { iterations: 2 });
    expect(figures).toHaveLength(7);
    for (const f of figures) if (f.limit !== null) expect(f.length, f.what).toBeLessThanOrEqual(f.limit);
    // A moved workbook holds far more than a summary.
    expect(figures[4]?.length).toBeGreaterThan(figures[0]?.length ?? 0);
  });
});
