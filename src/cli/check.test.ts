import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { minimal, MINIMAL_TEXT, objectWithId, positionOf, pretty } from '../../tests/fixtures/scenarios/helpers';
import { loadScenarioText } from '../scenario/load';
import { coverageDiagnostics, coverScenario, formatCoverageSummary } from './coverage';
import { formatDiagnostic } from '../scenario/diagnostics';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CHECK = join(ROOT, 'src', 'cli', 'check.ts');

function check(cwd: string, files: string[] = []) {
  const run = spawnSync(TSX, [CHECK, ...files], { cwd, encoding: 'utf8' });
  return { code: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-check-'));
  mkdirSync(join(dir, 'scenarios'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The minimal fixture never derails on easy: every file checked with coverage gets this warning. */
const neverDerails = (file: string) =>
  `${file}:1:1 warning /settings/tensionLimit no playthrough derails in any of the 48 playthroughs (every combination of options, on easy): even the poorest replies never bring anyone to the tension limit (100); poor replies should have a cost`;

describe('npm run scenarios:check', () => {
  it('checks scenarios/*.json by default, skipping the schema file, and passes with warnings only', () => {
    const warning = MINIMAL_TEXT.replace('"14:05", "event"', '"13:00", "event"');
    const dir = workspace({
      'scenarios/a-good.json': MINIMAL_TEXT,
      'scenarios/b-warned.json': warning,
      'scenarios/scenario.schema.json': '{ not a scenario',
      'scenarios/notes.txt': 'ignored',
    });
    const { code, lines } = check(dir, ['--no-coverage']);
    const { line, column } = positionOf(warning, '"13:00"');
    expect(lines).toEqual([
      `scenarios/b-warned.json:${line}:${column} warning /timeline/2/time 13:00 comes before the previous entry's 14:02; keep the timeline in time order`,
      '2 files checked: 0 errors, 1 warnings',
    ]);
    expect(code).toBe(0);
  });

  it('plays every file without errors and reports what no playthrough reaches, with a summary line per file', () => {
    // Marco's poor reaction makes him walk out (60 + 60 x 0.7 on easy), so the follow-up after it is never played.
    const walkout = minimal();
    walkout.phases[1]!.beats[0]!.reactions.poor.tension = 60;
    const walkoutText = pretty(walkout);
    const dir = workspace({ 'scenarios/a-minimal.json': MINIMAL_TEXT, 'scenarios/b-walkout.json': walkoutText });
    const { code, lines } = check(dir);
    const followUp = objectWithId(walkoutText, 'names-please');
    expect(lines).toEqual([
      neverDerails('scenarios/a-minimal.json'),
      'scenarios/a-minimal.json: exhaustive, 48 playthroughs: completed 100%',
      `scenarios/b-walkout.json:${followUp.line}:${followUp.column} warning /phases/1/beats/1 beat "names-please" is never played in any of the 18 playthroughs (every combination of options, on easy); the replies that lead here end the meeting first (someone walks out) or their jumps are never taken`,
      'scenarios/b-walkout.json: exhaustive, 18 playthroughs: completed 89%, derailed 11%',
      '2 files checked: 0 errors, 2 warnings',
    ]);
    expect(code).toBe(0);
  });

  it('covers large scenarios with random walks in parallel, with the same results as in one process', () => {
    // Six options on each of the five agenda beats: 6^5 = 7,776 combinations, too many to play them all.
    const file = minimal();
    for (const phase of file.phases) {
      for (const beat of phase.beats) {
        if (beat.followUp) continue;
        const [good, poor] = [beat.options[0]!, beat.options[1]!];
        beat.options = [0, 1, 2].flatMap((n) => [
          { ...good, id: `${good.id}-${n}`, text: `${good.text} (${n})` },
          { ...poor, id: `${poor.id}-${n}`, text: `${poor.text} (${n})` },
        ]);
      }
    }
    const text = pretty(file);
    const loaded = loadScenarioText(text, 'x.json');
    const report = coverScenario(loaded.scenario!);
    expect(report.mode).toBe('random');
    // The same file twice: two child processes, each must print what this process computed.
    const expected = ['scenarios/a-wide.json', 'scenarios/b-wide.json'].flatMap((name) => [
      ...coverageDiagnostics(report, text, name, loadScenarioText(text, name).diagnostics).map(formatDiagnostic),
      formatCoverageSummary(name, report),
    ]);
    const { code, lines } = check(workspace({ 'scenarios/a-wide.json': text, 'scenarios/b-wide.json': text }));
    expect(lines.slice(0, -1)).toEqual(expected);
    expect(lines).toContainEqual(expect.stringMatching(/^scenarios\/b-wide\.json: 1,000 random walks: completed \d+%/));
    expect(code).toBe(0);
  });

  it('runs the real scorer in the lint: a poor option that reads better than the good one is flagged', () => {
    const swapped = minimal();
    const options = swapped.phases[1]!.beats[0]!.options;
    const [good, poor] = [options[0]!, options[1]!];
    [good.text, poor.text] = [poor.text, good.text];
    const text = pretty(swapped);
    const dir = workspace({ 'swapped.json': text });
    const { lines } = check(dir, ['--no-coverage', 'swapped.json']);
    const at = objectWithId(text, 'agree');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^swapped\\.json:${at.line}:${at.column} warning /phases/1/beats/0/options/1 the scorer gives this poor option \\d+ but the good option "symptom" only \\d+`)));
  });

  it('checks the files named, reports unreadable ones, and exits 1 on any error', () => {
    const broken = MINIMAL_TEXT.replace('"archetype": "accusatory"', '"archetype": "angry"');
    const dir = workspace({ 'broken.json': broken, 'scenarios/ok.json': MINIMAL_TEXT });
    const { code, lines } = check(dir, ['broken.json', 'scenarios/ok.json', 'missing.json']);
    const { line, column } = positionOf(broken, '"angry"');
    // A file with errors is not played; the others are.
    expect(lines).toEqual([
      `broken.json:${line}:${column} error /stakeholders/0/archetype expected one of accusatory, defensive, demanding, executive, ally, neutral but got "angry"`,
      neverDerails('scenarios/ok.json'),
      'scenarios/ok.json: exhaustive, 48 playthroughs: completed 100%',
      'missing.json:1:1 error (root) cannot read the scenario file: no such file',
      '3 files checked: 2 errors, 1 warnings',
    ]);
    expect(code).toBe(1);
  });
});
