/**
 * `npm run scenarios:check [FILES...]` — validate and lint scenario files.
 *
 * With no FILES, checks every `scenarios/*.json` (relative to the working directory) except `scenario.schema.json`.
 * Prints each diagnostic as `FILE:LINE:COL severity POINTER message`, then `N files checked: E errors, W warnings`.
 * Exits 1 if there is any error, 0 otherwise (warnings alone pass).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyScorer } from '../engine/scorer-seam';
import { formatDiagnostic, type Diagnostic, type LintOptions } from '../scenario/index';
import { SCHEMA_FILE_NAME } from '../scenario/json-schema';
import { loadScenarioFile } from '../scenario/node-load';

/** The scenario files checked when none are named. */
function defaultFiles(dir = 'scenarios'): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE_NAME)
    .sort()
    .map((name) => join(dir, name));
}

// The real scorer must fit the lint's scorer slot; the type checker verifies it here.
const fits: (scorer: ReplyScorer) => NonNullable<LintOptions['scorer']> = (scorer) => scorer;

/**
 * SCORER WIRING — the single place where check.ts passes `{ scorer }` to the loader.
 * TODO(scoring): once src/scoring/index.ts exports `loadScorer(): Promise<ReplyScorer>`, replace the line below with
 *   const scorer: LintOptions['scorer'] = fits(await loadScorer());
 * (and `import { loadScorer } from '../scoring/index';`). Until then the scorer-agreement lint is skipped.
 */
const scorer: LintOptions['scorer'] = undefined;
void fits;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run scenarios:check [FILES...]   (default: scenarios/*.json)');
  process.exit(0);
}
const files = args.length > 0 ? args : defaultFiles();

const all: Diagnostic[] = [];
for (const file of files) {
  const result = await loadScenarioFile(file, scorer ? { scorer } : {});
  for (const d of result.diagnostics) console.log(formatDiagnostic(d));
  all.push(...result.diagnostics);
}
const errors = all.filter((d) => d.severity === 'error').length;
const warnings = all.length - errors;
console.log(`${files.length} files checked: ${errors} errors, ${warnings} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
