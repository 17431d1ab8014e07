import { describe, expect, it } from 'vitest';
import { buildNavGroups, type NavPage, pathOf, prevNext, sortPages } from './navigation';

const page = (id: string, section: NavPage['data']['section'], order: number, step?: number): NavPage => ({
  id,
  data: { title: id, section, order, step, summary: 's' },
});
const pages = [
  page('steps/repeat', 'steps', 7, 7),
  page('informational-interviews/preparing', 'informational-interviews', 2),
  page('index', 'start', 0),
  page('steps/identify-your-networks', 'steps', 1, 1),
  page('sources', 'more', 9),
  page('linkedin', 'guides', 2),
];

describe('pathOf', () => {
  it('maps content ids to URL paths with a trailing slash', () => {
    expect(pathOf('index')).toBe('/');
    expect(pathOf('steps/repeat')).toBe('/steps/repeat/');
    expect(pathOf('informational-interviews/index')).toBe('/informational-interviews/');
  });
});

describe('sortPages', () => {
  it('orders by section, then order', () => {
    expect(sortPages(pages).map((p) => p.id)).toEqual([
      'index',
      'steps/identify-your-networks',
      'steps/repeat',
      'informational-interviews/preparing',
      'linkedin',
      'sources',
    ]);
  });
});

describe('buildNavGroups', () => {
  it('groups links by section with labels and appends tool pages', () => {
    const groups = buildNavGroups(pages, [{ href: '/workbook/', label: 'My workbook' }]);
    expect(groups.map((g) => g.label)).toEqual([
      'Start here',
      'The seven steps',
      'Informational interviews',
      'Practical guides',
      'More help',
      'Your work',
    ]);
    expect(groups[1]?.links).toEqual([
      { href: '/steps/identify-your-networks/', label: 'steps/identify-your-networks', step: 1 },
      { href: '/steps/repeat/', label: 'steps/repeat', step: 7 },
    ]);
  });
});

describe('prevNext', () => {
  it('returns neighbours in reading order', () => {
    const { prev, next } = prevNext(pages, 'steps/repeat');
    expect(prev?.id).toBe('steps/identify-your-networks');
    expect(next?.id).toBe('informational-interviews/preparing');
  });
  it('has no prev on the first page and nothing for unknown ids', () => {
    expect(prevNext(pages, 'index').prev).toBeUndefined();
    expect(prevNext(pages, 'nope')).toEqual({});
  });
});
