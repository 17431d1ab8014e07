// Components every MDX page can use without importing them. Each worksheet of the registry has its
// component in the one file src/worksheets/<id>/<Name>Worksheet.astro, which pages embed as
// <NameWorksheet />. Astro-only: pages import this, islands never do.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { WORKSHEETS } from '../worksheets/registry';
import AlumniNetwork from './AlumniNetwork.astro';
import AskOffice from './AskOffice.astro';
import Callout from './Callout.astro';
import StepList from './StepList.astro';

const worksheetFiles = import.meta.glob<AstroComponentFactory>('../worksheets/*/*Worksheet.astro', {
  eager: true,
  import: 'default',
});

/** Every worksheet's component by the name MDX pages use (`NetworkMapWorksheet`); a missing one stops the build. */
function worksheetComponents(): Record<string, AstroComponentFactory> {
  return Object.fromEntries(
    WORKSHEETS.map((w) => {
      const files = Object.keys(worksheetFiles).filter((file) => file.startsWith(`../worksheets/${w.id}/`));
      const [file = ''] = files;
      const component = worksheetFiles[file];
      if (files.length !== 1 || !component)
        throw new Error(
          `The worksheet "${w.id}" needs one component in src/worksheets/${w.id}/, named like NameWorksheet.astro.`,
        );
      return [file.slice(file.lastIndexOf('/') + 1, -'.astro'.length), component];
    }),
  );
}

/** Text helpers and the worksheets, by the names MDX pages use. */
export const mdxComponents = {
  AlumniNetwork,
  AskOffice,
  Callout,
  StepList,
  ...worksheetComponents(),
};
