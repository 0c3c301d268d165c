/**
 * `npm run scenarios:check [--no-coverage] [FILES...]` — validate, lint and play-cover scenario files.
 *
 * With no FILES, checks every `scenarios/*.json` (relative to the working directory) except `scenario.schema.json`.
 * Lint runs with the real reply scorer (the `scorer-disagrees` check). Each file without errors is then played
 * through the engine (`coverage.ts`: every combination of options for small scenarios, 1,000 seeded random walks for
 * larger ones), which adds `beat-never-reached` and `ending-never-reached` warnings.
 * Prints each diagnostic as `FILE:LINE:COL severity POINTER message`, then per covered file a line such as
 * `scenarios/x.json: exhaustive, 1,296 playthroughs: completed 40%, derailed 60%`, then
 * `N files checked: E errors, W warnings`. Exits 1 if there is any error, 0 otherwise (warnings alone pass).
 */
import { fork } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ReplyScorer } from '../engine/scorer-seam';
import type { CompiledScenario } from '../scenario/compile';
import { formatDiagnostic, sortDiagnostics, type Diagnostic, type LintOptions } from '../scenario/index';
import { SCHEMA_FILE_NAME } from '../scenario/json-schema';
import { loadScenarioFile } from '../scenario/node-load';
import {
  coverageDiagnostics,
  coverScenario,
  DEFAULT_RANDOM_WALKS,
  estimatePlaythroughs,
  formatCoverageSummary,
  type CoverageReport,
} from './coverage';

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

/**
 * Coverage of several scenarios at once: one child process per core (`coverage-worker.ts`), each taking the next
 * scenario when done. With one scenario or one core, or if a child fails, the work is done in this process.
 */
async function coverAll(scenarios: readonly CompiledScenario[]): Promise<CoverageReport[]> {
  const reports: CoverageReport[] = new Array<CoverageReport>(scenarios.length);
  // Starting a child costs about as much as a few hundred playthroughs: only worth it for real work.
  const work = scenarios.reduce((sum, s) => sum + Math.min(estimatePlaythroughs(s), DEFAULT_RANDOM_WALKS), 0);
  const workers = work < 2 * DEFAULT_RANDOM_WALKS ? 1 : Math.min(availableParallelism(), scenarios.length);
  if (workers <= 1) return scenarios.map((s) => coverScenario(s));
  let next = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      // fork() passes this process's execArgv, so the child runs TypeScript through tsx as well.
      const child = fork(new URL('./coverage-worker.ts', import.meta.url), [], {
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const send = () => {
        if (next >= scenarios.length) {
          child.disconnect();
          return;
        }
        const index = next++;
        child.send({ index, scenario: scenarios[index] });
      };
      child.on('message', (message: { index: number; report?: CoverageReport }) => {
        if (message.report) reports[message.index] = message.report;
        send();
      });
      child.on('exit', () => resolve());
      child.on('error', () => resolve());
      send();
    });
  await Promise.all(Array.from({ length: workers }, run));
  // Whatever a child could not do (it failed to start or crashed) is done here.
  return scenarios.map((s, i) => reports[i] ?? coverScenario(s));
}

// The real scorer must fit the lint's scorer slot; the type checker verifies it here.
const fits: (scorer: ReplyScorer) => NonNullable<LintOptions['scorer']> = (scorer) => scorer;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run scenarios:check [--no-coverage] [FILES...]   (default: scenarios/*.json)');
  process.exit(0);
}
const coverage = !args.includes('--no-coverage');
const named = args.filter((a) => a !== '--no-coverage');
const files = named.length > 0 ? named : defaultFiles();

// The scorer-agreement lint needs the real scorer; without it, everything else is still checked.
let scorer: LintOptions['scorer'];
try {
  const { loadScorer } = await import('../scoring/index');
  scorer = fits(await loadScorer());
} catch (err) {
  console.error(`the reply scorer did not load, so scorer-disagrees is not checked: ${err instanceof Error ? err.message : String(err)}`);
}

const results = [];
for (const file of files) results.push({ file, result: await loadScenarioFile(file, scorer ? { scorer } : {}) });
const covered = coverage ? results.filter(({ result }) => result.ok && result.scenario) : [];
const reports = await coverAll(covered.map(({ result }) => result.scenario!));

const all: Diagnostic[] = [];
for (const { file, result } of results) {
  let diagnostics = result.diagnostics;
  let summary: string | undefined;
  const report = reports[covered.findIndex((r) => r.result === result)];
  if (report) {
    const text = await readFile(file, 'utf8');
    diagnostics = sortDiagnostics([...diagnostics, ...coverageDiagnostics(report, text, file, diagnostics)]);
    summary = formatCoverageSummary(file, report);
  }
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  if (summary) console.log(summary);
  all.push(...diagnostics);
}
const errors = all.filter((d) => d.severity === 'error').length;
const warnings = all.length - errors;
console.log(`${files.length} files checked: ${errors} errors, ${warnings} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
