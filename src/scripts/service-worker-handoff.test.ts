import { describe, expect, it } from 'vitest';
import { handoffOnNavigation, type LinkClick, pageLinkTarget } from './service-worker-handoff';

const here = new URL('https://guide.example.edu/steps/elevator-pitch/');
/** A plain left click on a link to `href`. */
const click = (href: string, changes: Partial<LinkClick> = {}): LinkClick => ({
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  href,
  target: '',
  download: false,
  ...changes,
});

describe('pageLinkTarget', () => {
  it('returns the page a plain click on a link to another page of the site leads to', () => {
    expect(pageLinkTarget(click('https://guide.example.edu/steps/repeat/'), here)?.href).toBe(
      'https://guide.example.edu/steps/repeat/',
    );
    expect(pageLinkTarget(click('/plan/#v1.ab.0h1l..Hello'), here)?.pathname).toBe('/plan/');
    expect(pageLinkTarget(click('https://guide.example.edu/steps/elevator-pitch/?from=email'), here)).not.toBeNull();
  });

  it('leaves links to the same page (a section, or the page itself) to the browser', () => {
    expect(pageLinkTarget(click('https://guide.example.edu/steps/elevator-pitch/#word-budget'), here)).toBeNull();
    expect(pageLinkTarget(click('https://guide.example.edu/steps/elevator-pitch/'), here)).toBeNull();
  });

  it('leaves other sites, downloads and non-web links to the browser', () => {
    expect(pageLinkTarget(click('https://alumni.example.edu/'), here)).toBeNull();
    expect(pageLinkTarget(click('http://guide.example.edu/steps/repeat/'), here)).toBeNull();
    expect(pageLinkTarget(click('mailto:careers@example.edu'), here)).toBeNull();
    expect(pageLinkTarget(click('blob:https://guide.example.edu/4f1c', { download: true }), here)).toBeNull();
    expect(pageLinkTarget(click('https://guide.example.edu/workbook/', { download: true }), here)).toBeNull();
  });

  it('leaves new tabs, modified clicks, other buttons and clicks a script handled to the browser', () => {
    const to = 'https://guide.example.edu/steps/repeat/';
    expect(pageLinkTarget(click(to, { target: '_blank' }), here)).toBeNull();
    expect(pageLinkTarget(click(to, { target: '_self' }), here)).not.toBeNull();
    for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) {
      expect(pageLinkTarget(click(to, { [key]: true }), here)).toBeNull();
    }
    expect(pageLinkTarget(click(to, { button: 1 }), here)).toBeNull();
    expect(pageLinkTarget(click(to, { defaultPrevented: true }), here)).toBeNull();
  });
});

describe('handoffOnNavigation', () => {
  const waiting = { hasWaitingWorker: true, isControlled: true, openWindows: 1 };

  it('activates a waiting version when the page following the link is the only open window', () => {
    expect(handoffOnNavigation(waiting)).toBe('activate-then-go');
  });

  it('keeps the current version while other windows of the site are open', () => {
    expect(handoffOnNavigation({ ...waiting, openWindows: 2 })).toBe('just-go');
  });

  it('keeps the current version when the worker did not say how many windows are open', () => {
    expect(handoffOnNavigation({ ...waiting, openWindows: null })).toBe('just-go');
  });

  it('does nothing when no new version is waiting or the page is not served by the worker', () => {
    expect(handoffOnNavigation({ ...waiting, hasWaitingWorker: false })).toBe('just-go');
    expect(handoffOnNavigation({ ...waiting, isControlled: false })).toBe('just-go');
  });
});
