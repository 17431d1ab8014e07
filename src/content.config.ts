import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatter } from './content/frontmatter';

/** The guide: every MDX page in content/, its id is its URL path ("steps/follow-up", "index"). */
const guide = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: guideFrontmatter,
});

export const collections = { guide };
