import { describe, expect, it } from 'vitest';
import { WORKBOOK_KEY } from '../workbook/engine';
import { THEME_BOOT_SCRIPT } from './inline-code';

/** Runs the head script against a stored `items` and returns the classes and theme it gives <html>. */
function boot(items: Record<string, string> | 'blocked'): { classes: string[]; theme: string | undefined } {
  const classes = new Set<string>();
  const html = { dataset: {} as Record<string, string>, classList: { add: (c: string) => classes.add(c) } };
  // Stored items as a browser's storage shows them: as keys, and through getItem.
  const localStorage =
    items === 'blocked'
      ? {
          getItem() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }
      : { ...items, getItem: (key: string) => items[key] ?? null };
  new Function('localStorage', 'document', THEME_BOOT_SCRIPT)(localStorage, { documentElement: html });
  return { classes: [...classes].sort(), theme: html.dataset.theme };
}

describe('the head script', () => {
  it('marks a page whose browser holds a workbook, so the "Continue" link keeps its room', () => {
    expect(boot({ [WORKBOOK_KEY]: '{"schemaVersion":1}' }).classes).toEqual(['js', 'wb']);
    expect(boot({}).classes).toEqual(['js']);
  });

  it('still applies the saved theme, and marks JavaScript even when storage is blocked', () => {
    expect(boot({ 'networking-guide:theme': 'dark', [WORKBOOK_KEY]: '{}' })).toEqual({
      classes: ['js', 'wb'],
      theme: 'dark',
    });
    expect(boot('blocked')).toEqual({ classes: ['js'], theme: undefined });
  });
});
