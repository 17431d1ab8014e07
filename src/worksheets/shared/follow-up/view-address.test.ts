import { describe, expect, it } from 'vitest';
import { trackerPath } from './tracker-path';
import { ALL, ATTENTION } from './tracker-view';
import { DEFAULT_VIEW, searchWithView, viewFromSearch } from './view-address';

describe("the tracker's view in the address", () => {
  it('reads a status and a sort, and falls back to everyone by next date for anything unknown', () => {
    expect(viewFromSearch('?status=met&sort=name')).toEqual({ status: 'met', sort: 'name' });
    expect(viewFromSearch('?status=due')).toEqual({ status: ATTENTION, sort: 'next' });
    expect(viewFromSearch('')).toEqual(DEFAULT_VIEW);
    expect(viewFromSearch('?status=%3Aall&sort=price')).toEqual(DEFAULT_VIEW);
    expect(viewFromSearch('?status=<b>&sort=')).toEqual(DEFAULT_VIEW);
  });

  it('writes the view and keeps the other parameters, leaving the defaults out', () => {
    expect(searchWithView('?contact=p1', { status: 'met', sort: 'last' })).toBe('?contact=p1&status=met&sort=last');
    expect(searchWithView('?contact=p1&status=met&sort=last', DEFAULT_VIEW)).toBe('?contact=p1');
    expect(searchWithView('?status=met', { status: ATTENTION, sort: 'next' })).toBe('?status=due');
    expect(searchWithView('', DEFAULT_VIEW)).toBe('');
  });

  it('reads back every view it writes', () => {
    for (const status of [ALL, ATTENTION, 'not-contacted', 'declined']) {
      for (const sort of ['next', 'last', 'name'] as const) {
        expect(viewFromSearch(searchWithView('?contact=x', { status, sort }))).toEqual({ status, sort });
      }
    }
  });

  it('links to the tracker showing one status', () => {
    expect(trackerPath('met')).toBe('/steps/follow-up/?status=met#contact-tracker');
    expect(trackerPath(ALL)).toBe('/steps/follow-up/#contact-tracker');
  });
});
