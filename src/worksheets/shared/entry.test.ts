import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createEntry } from './entry';

/** A stand-in for the input element: a value and a focus counter. */
function fakeInput() {
  const input = { value: '', focused: 0, focus: () => {} };
  input.focus = () => {
    input.focused++;
  };
  return input as unknown as HTMLInputElement & { focused: number };
}

const key = (name: string) => ({ key: name, preventDefault: vi.fn() }) as unknown as KeyboardEvent;

describe('createEntry', () => {
  it('submits on Enter (and stops the form default), closes on Escape', () => {
    createRoot((dispose) => {
      const submit = vi.fn();
      const onEscape = vi.fn();
      const entry = createEntry(submit, { onEscape });
      const enter = key('Enter');
      entry.field.onKeyDown(enter);
      expect(submit).toHaveBeenCalledTimes(1);
      expect(enter.preventDefault).toHaveBeenCalled();
      entry.field.onKeyDown(key('Escape'));
      expect(onEscape).toHaveBeenCalledTimes(1);
      entry.field.onKeyDown(key('a'));
      expect(submit).toHaveBeenCalledTimes(1);
      dispose();
    });
  });

  it('keeps the text and shows a duplicate refusal until the student types again', () => {
    createRoot((dispose) => {
      const entry = createEntry(() => {});
      const input = fakeInput();
      entry.field.ref(input);
      entry.field.onValue('Ana Ruiz');
      entry.refuse('Ana Ruiz is already on your list.', true);
      expect(entry.field.error).toBe('Ana Ruiz is already on your list.');
      expect(entry.duplicate()).toBe(true);
      expect(entry.text()).toBe('Ana Ruiz');
      expect(input.focused).toBe(1);
      entry.field.onValue('Ana Ruiz B');
      expect(entry.field.error).toBeUndefined();
      expect(entry.duplicate()).toBe(false);
      dispose();
    });
  });

  it('empties the field after an add and puts the cursor back for the next one', () => {
    createRoot((dispose) => {
      const entry = createEntry(() => {});
      const input = fakeInput();
      entry.field.ref(input);
      entry.field.onValue('Sam');
      input.value = 'Sam';
      entry.refuse('Something went wrong.');
      entry.accept();
      expect(entry.text()).toBe('');
      expect(entry.field.value).toBe('');
      expect(input.value).toBe('');
      expect(entry.field.error).toBeUndefined();
      expect(input.focused).toBe(2);
      dispose();
    });
  });

  it('reset forgets text and error without moving the cursor', () => {
    createRoot((dispose) => {
      const entry = createEntry(() => {});
      const input = fakeInput();
      entry.field.ref(input);
      entry.field.onValue('Lee');
      entry.refuse('Too long.', true);
      entry.reset();
      expect(entry.text()).toBe('');
      expect(entry.error()).toBeUndefined();
      expect(entry.duplicate()).toBe(false);
      expect(input.focused).toBe(1);
      dispose();
    });
  });
});

describe('Enter while the saved workbook loads', () => {
  it('submits once the workbook has loaded, once however often Enter was pressed', async () => {
    vi.resetModules();
    const gate = await import('../../workbook/load-gate');
    const { createEntry: freshEntry } = await import('./entry');
    gate.loadStarted();
    createRoot((dispose) => {
      const submit = vi.fn();
      const entry = freshEntry(submit);
      entry.field.onKeyDown(key('Enter'));
      entry.field.onKeyDown(key('Enter'));
      expect(submit).not.toHaveBeenCalled();
      gate.loadFinished();
      expect(submit).toHaveBeenCalledTimes(1);
      entry.field.onKeyDown(key('Enter'));
      expect(submit).toHaveBeenCalledTimes(2);
      dispose();
    });
  });
});
