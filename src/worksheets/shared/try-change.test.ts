import { describe, expect, it } from 'vitest';
import { emptyWorkbook, type Workbook } from '../../workbook/model';
import { tryChange } from './try-change';

/** A stand-in for updateWorkbook that keeps the workbook in a variable. */
function store() {
  const box = { doc: emptyWorkbook(new Date(0)) };
  const apply = (recipe: (doc: Workbook) => Workbook) => {
    box.doc = recipe(box.doc);
  };
  return { box, apply };
}

describe('tryChange', () => {
  it('makes an allowed change and hands its result on', () => {
    const { box, apply } = store();
    const seen: string[] = [];
    const problem = tryChange(
      apply,
      (d) => ({ ok: true as const, doc: { ...d, circles: [] }, id: 'c1' }),
      (r) => seen.push(r.id),
    );
    expect(problem).toBeUndefined();
    expect(box.doc.circles).toEqual([]);
    expect(seen).toEqual(['c1']);
  });

  it('leaves the workbook as it was and returns the refusal in words', () => {
    const { box, apply } = store();
    const before = box.doc;
    let called = false;
    const problem = tryChange(
      apply,
      () => ({ ok: false as const, error: 'That name is taken.' }),
      () => {
        called = true;
      },
    );
    expect(problem).toBe('That name is taken.');
    expect(box.doc).toBe(before);
    expect(called).toBe(false);
  });

  it('says nothing while the change waits for the workbook to load', () => {
    const waiting: Array<(doc: Workbook) => Workbook> = [];
    const problem = tryChange(
      (recipe) => waiting.push(recipe),
      () => ({ ok: false as const, error: 'Refused later.' }),
    );
    expect(problem).toBeUndefined();
    expect(waiting).toHaveLength(1);
  });
});
