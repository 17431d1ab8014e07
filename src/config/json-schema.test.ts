import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import institution from './institution.json';
import { institutionJsonSchema } from './json-schema';

const committed = JSON.parse(readFileSync(new URL('./institution.schema.json', import.meta.url), 'utf8'));

describe('the JSON Schema editors use', () => {
  it('is the one the Zod schema makes: run npm run config-schema after changing src/config/schema.ts', () => {
    expect(committed).toEqual(institutionJsonSchema());
  });

  it('is named by the configuration file, and describes each field for the editor', () => {
    expect(institution.$schema).toBe('./institution.schema.json');
    const properties = committed.properties as Record<string, { description?: string }>;
    for (const field of Object.keys(institution)) expect(properties[field]?.description, field).toBeTruthy();
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toEqual(expect.arrayContaining(['siteName', 'siteUrl', 'brandColor', 'examples']));
  });
});
