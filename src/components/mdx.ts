import NetworkMapWorksheet from '../worksheets/network-map/NetworkMapWorksheet.astro';
import Callout from './Callout.astro';
import StepList from './StepList.astro';

/** Components every MDX page can use without importing them. */
export const mdxComponents = { Callout, StepList, NetworkMapWorksheet };
