import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (its state is per page). */
const fresh = async () => {
  vi.resetModules();
  return import('./load-gate');
};

describe('whenLoaded', () => {
  it('runs at once on a page where nothing loads a workbook', async () => {
    const gate = await fresh();
    const fn = vi.fn();
    gate.whenLoaded(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits while the workbook loads, then runs what waited in order, once', async () => {
    const gate = await fresh();
    const order: string[] = [];
    gate.loadStarted();
    gate.whenLoaded(() => order.push('field'));
    gate.whenLoaded(() => order.push('enter'));
    expect(order).toEqual([]);
    gate.loadFinished();
    expect(order).toEqual(['field', 'enter']);
    gate.loadFinished();
    expect(order).toEqual(['field', 'enter']);
  });

  it('runs at once after loading, even if loading is started again', async () => {
    const gate = await fresh();
    gate.loadStarted();
    gate.loadFinished();
    gate.loadStarted();
    const fn = vi.fn();
    gate.whenLoaded(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
