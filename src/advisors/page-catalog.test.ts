import { describe, expect, it } from 'vitest';
import { allTargets, isRetiredCode } from './catalog';
import type { CatalogRows } from './catalog-rows';
import { catalogText, parseCatalog } from './page-catalog';
import { pages, retired } from './plan-catalog.json';

const rows: CatalogRows = { pages: pages as CatalogRows['pages'], retired };

describe('the plan catalog written into the plan page', () => {
  it('reads back every target the bundled catalog holds, the same', () => {
    const catalog = parseCatalog(catalogText(rows));
    expect(catalog).toBeDefined();
    for (const target of allTargets()) {
      expect(catalog?.isKnown(target.code)).toBe(true);
      expect(catalog?.targetOf(target.code)).toEqual(target);
    }
    expect(catalog?.isKnown('zz')).toBe(false);
    for (const code of retired) expect(catalog?.isRetired(code)).toBe(isRetiredCode(code));
  });

  it('writes no "<" or "&" that HTML would read as markup, and keeps them in titles', () => {
    const odd: CatalogRows = {
      pages: [
        [
          '/a/',
          'Tom & Jerry <3',
          [
            ['', '', '', '00'],
            ['x', '</template><b>'],
          ],
        ],
      ],
      retired: ['zz'],
    };
    const text = catalogText(odd);
    expect(text).not.toMatch(/[<&]/);
    const catalog = parseCatalog(text);
    expect(catalog?.targetOf('00')?.title).toBe('Tom & Jerry <3');
    expect(catalog?.targetOf('01')?.title).toBe('</template><b>');
    expect(catalog?.isRetired('zz')).toBe(true);
  });

  it('gives nothing, without throwing, for a missing, cut or wrong catalog', () => {
    const text = catalogText(rows);
    for (const broken of [
      '',
      text.slice(0, text.length / 2),
      'null',
      '[]',
      '{"pages":[],"retired":[]}',
      '{"pages":[["/a/","A",[[1]]]],"retired":[]}',
      '{"pages":[["/a/","A"]],"retired":[]}',
      '{"pages":[["/a/","A",[[""]]]]}',
    ])
      expect(parseCatalog(broken)).toBeUndefined();
  });
});
