import { z } from 'astro/zod';
import { WORKSHEET_IDS } from '../worksheets/registry';

/** Sections of the guide, in the order the sidebar shows them. */
export const SECTIONS = ['start', 'steps', 'informational-interviews', 'guides', 'more'] as const;

/** Frontmatter every guide page must have; a mistake fails the build naming the file and field. */
export const guideFrontmatter = z.object({
  title: z.string().min(3).max(70),
  /** One or two sentences for search engines and link previews (50–160 characters). */
  description: z.string().min(50).max(160),
  section: z.enum(SECTIONS),
  /** Step number 1–7 for the seven steps; absent on other pages. */
  step: z.number().int().min(1).max(7).optional(),
  /** Position inside its section. */
  order: z.number().int().min(0),
  /** Short label for navigation (defaults to the title). */
  navLabel: z.string().max(40).optional(),
  /** One-sentence summary shown in step lists and on the advisor page. */
  summary: z.string().min(10).max(200),
  /** Minutes to read the page. */
  minutes: z.number().int().min(1).max(60),
  /** "What you'll do" points shown at the top of the page. */
  youWillDo: z.array(z.string().min(3)).min(1).max(6),
  /**
   * Worksheets this page sends the student to. Each worksheet lives on its step page, which
   * src/worksheets/registry.ts names; a step page does not list its own.
   */
  worksheets: z.array(z.enum(WORKSHEET_IDS)).default([]),
  /**
   * Words students type into search for this page that its text may not use ("ghosted", "what to wear").
   * Search indexes them as page metadata; they are never shown or read aloud.
   */
  searchWords: z.array(z.string().min(2).max(40)).max(20).default([]),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
