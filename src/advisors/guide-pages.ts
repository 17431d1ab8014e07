// The guide pages as Astro's content layer has them, for the link manifest: runs inside Astro's
// Vite (build-manifest.mjs loads it), since astro:content exists only there.
import { getCollection, render } from 'astro:content';
import { collectTargets, type GuidePage, type Target } from './link-targets';

/** Every guide page: its id, validated frontmatter, MDX body and the headings Astro renders. */
export async function guidePages(): Promise<GuidePage[]> {
  const entries = await getCollection('guide');
  return Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      data: entry.data,
      body: entry.body ?? '',
      headings: (await render(entry)).headings,
    })),
  );
}

/** Every public link target, read from the content layer now. */
export async function contentTargets(): Promise<Target[]> {
  return collectTargets(await guidePages());
}
