// The seven step pages in order, for the lists of steps (StepList.astro, StepPath.astro).
import { getCollection } from 'astro:content';
import { sortPages } from '../lib/navigation';

/** The guide's step pages, step 1 first. */
export async function stepPages() {
  return sortPages((await getCollection('guide')).filter((p) => p.data.section === 'steps' && p.data.step));
}
