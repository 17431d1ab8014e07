import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSHEETS } from '../worksheets/registry';
import { withWorksheetImports, worksheetFiles } from './worksheet-imports';

const files = new Map([
  ['GoalsWorksheet', '/site/src/worksheets/goals/GoalsWorksheet.astro'],
  ['ThankYouWorksheet', '/site/src/worksheets/thank-you/ThankYouWorksheet.astro'],
]);

describe('worksheet imports of an MDX page', () => {
  it('adds one import per worksheet used, after the frontmatter, and leaves the rest as it was', () => {
    const page =
      '---\ntitle: Step\n---\n\nText.\n\n<GoalsWorksheet />\n\nMore.\n<GoalsWorksheet/>\n<ThankYouWorksheet />\n';
    const out = withWorksheetImports(page, files, 'steps/x.mdx');
    expect(out).toBe(
      '---\ntitle: Step\n---\n' +
        'import GoalsWorksheet from "/site/src/worksheets/goals/GoalsWorksheet.astro";\n' +
        'import ThankYouWorksheet from "/site/src/worksheets/thank-you/ThankYouWorksheet.astro";\n\n' +
        '\nText.\n\n<GoalsWorksheet />\n\nMore.\n<GoalsWorksheet/>\n<ThankYouWorksheet />\n',
    );
  });

  it('leaves a page without worksheets untouched, and a name that only starts like one alone', () => {
    const page = '---\ntitle: Text\n---\n\n<Callout>Not a <GoalsWorksheetNote /> either.</Callout>\n';
    expect(withWorksheetImports(page, files, 'text.mdx')).toBe(page);
  });

  it('works on a page without frontmatter', () => {
    expect(withWorksheetImports('<GoalsWorksheet />\n', files, 'bare.mdx')).toBe(
      'import GoalsWorksheet from "/site/src/worksheets/goals/GoalsWorksheet.astro";\n\n<GoalsWorksheet />\n',
    );
  });

  it('stops the build on a worksheet no folder holds, naming the page and the worksheets there are', () => {
    expect(() => withWorksheetImports('<GoalWorksheet />', files, 'steps/assess.mdx')).toThrow(
      'steps/assess.mdx uses <GoalWorksheet />, but no worksheet has that name. Worksheets: GoalsWorksheet, ThankYouWorksheet.',
    );
  });
});

describe('worksheet component files', () => {
  it('are found for every worksheet of the registry, one per folder', () => {
    const found = worksheetFiles(join(import.meta.dirname, '../worksheets'));
    const folders = [...found.values()].map((file) => file.split(/[\\/]/).at(-2));
    expect(folders.sort()).toEqual(WORKSHEETS.map((w) => w.id).sort());
  });
});
