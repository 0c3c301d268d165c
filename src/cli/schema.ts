/**
 * `npm run scenarios:schema` — write `scenarios/scenario.schema.json` from the zod schema in src/scenario/schema.ts.
 * `--check` writes nothing and exits 1 if the committed file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE_NAME, scenarioJsonSchemaText } from '../scenario/json-schema';

const target = fileURLToPath(new URL(`../../scenarios/${SCHEMA_FILE_NAME}`, import.meta.url));
const shown = relative(process.cwd(), target) || target;
const text = scenarioJsonSchemaText();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${shown} is stale: run npm run scenarios:schema`);
    process.exitCode = 1;
  } else {
    console.log(`${shown} is up to date`);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${shown} (${text.length} bytes)`);
}
