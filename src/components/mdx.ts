// Components every MDX page can use without importing them: the text helpers. Worksheets are not
// here: each MDX page imports the ones it uses (src/integrations/worksheet-imports.ts adds the
// imports), so a page links only its own worksheets' styles. Astro-only: pages import this, islands never do.
import AlumniNetwork from './AlumniNetwork.astro';
import AskOffice from './AskOffice.astro';
import Callout from './Callout.astro';
import StepList from './StepList.astro';

/** Text helpers, by the names MDX pages use. */
export const mdxComponents = {
  AlumniNetwork,
  AskOffice,
  Callout,
  StepList,
};
