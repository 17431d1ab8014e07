// npm run config-schema: writes src/config/institution.schema.json from the Zod schema (json-schema.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { institutionJsonSchema } from './json-schema.ts';

/** Where the JSON Schema is committed, next to the configuration file that names it. */
const SCHEMA_FILE = fileURLToPath(new URL('./institution.schema.json', import.meta.url));
const biome = fileURLToPath(new URL('../../node_modules/.bin/biome', import.meta.url));

writeFileSync(SCHEMA_FILE, `${JSON.stringify(institutionJsonSchema(), null, 2)}\n`);
// Lay the file out the way `npm run lint` expects (the test compares its content, not its layout).
if (existsSync(biome)) spawnSync(biome, ['format', '--write', SCHEMA_FILE]);
console.log(`Wrote ${SCHEMA_FILE}.`);
