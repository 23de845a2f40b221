// Writes the JSON Schemas of the provider record and the run configuration to schema/, from the zod schemas the
// builder parses with (src/config/json-schema.ts). Commit the result: editors and `$schema` URLs read these files,
// and a test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../src/config/json-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const file of JSON_SCHEMA_FILES) {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, jsonSchemaText(file.schema()));
  console.log(`wrote ${file.path}`);
}
