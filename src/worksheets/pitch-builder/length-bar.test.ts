import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAR_MAX, TARGET } from '../shared/pitch/words';

// The length bar's 30-second band is drawn by the style sheet, not by the worksheet's code: its
// numbers must be the word budget's.
const css = readFileSync(new URL('./pitch-builder.css', import.meta.url), 'utf8');

describe('the length bar’s 30-second band', () => {
  it('starts at the budget’s first word and spans the budget, on a bar of BAR_MAX words', () => {
    const band = /\.pb-bar-band \{[^}]*\}/.exec(css)?.[0] ?? '';
    expect(band).toContain(`left: calc(${TARGET.min} / ${BAR_MAX} * 100%);`);
    expect(band).toContain(`width: calc((${TARGET.max} - ${TARGET.min}) / ${BAR_MAX} * 100%);`);
  });
});
