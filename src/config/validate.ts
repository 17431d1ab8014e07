import type { z } from 'astro/zod';
import { type InstitutionData, institutionSchema } from './schema.ts';

export { MIN_BRAND_CONTRAST } from './schema.ts';

/** Words for a JSON type, as an office would say it. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of settings in { }',
  array: 'a list in [ ]',
};

/** A field's path as people read it: "places.campus.2.id" (the whole file when empty). */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.') || '(the whole file)';
}

/** One problem in words: the field, then what is wrong with it. */
function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map(
      (key) => `${fieldName([...issue.path, key])}: is not a setting the guide knows. Check its spelling, or remove it`,
    );
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    return [
      input === undefined
        ? `${fieldName(issue.path)}: is missing. Add it (${expected})`
        : `${fieldName(issue.path)}: must be ${expected}`,
    ];
  }
  if (issue.code === 'too_small' && issue.origin === 'array')
    return [`${fieldName(issue.path)}: ${issue.message.startsWith('must') ? issue.message : 'is too short'}`];
  return [`${fieldName(issue.path)}: ${issue.message}`];
}

/** Options of validateInstitution. */
export interface ValidateOptions {
  /** Whether an address ("/steps/follow-up/#thank-you") is a page, section or worksheet of the guide. */
  isGuideAddress?: (href: string) => boolean;
}

/**
 * Checks an institution configuration and returns it typed, or throws an Error whose message
 * names every wrong field and says what is wrong, e.g. "brandColor: is too light: …".
 */
export function validateInstitution(
  value: unknown,
  source = 'the institution configuration',
  options: ValidateOptions = {},
): InstitutionData {
  const result = institutionSchema.safeParse(value);
  const lines = result.success ? [] : result.error.issues.flatMap(describeIssue);
  if (result.success && options.isGuideAddress) {
    result.data.planTemplates.forEach((template, t) => {
      template.items.forEach((href, i) => {
        if (!options.isGuideAddress?.(href))
          lines.push(
            `planTemplates.${t}.items.${i}: "${href}" is not a page, section or worksheet of the guide. Copy the address from the advisor page`,
          );
      });
    });
  }
  if (result.success && lines.length === 0) return result.data;
  throw new Error(`Problem in ${source}:\n${lines.map((l) => `- ${l}.`).join('\n')}`);
}
