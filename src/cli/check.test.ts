import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MINIMAL_TEXT, positionOf } from '../../tests/fixtures/scenarios/helpers';

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

describe('npm run scenarios:check', () => {
  it('checks scenarios/*.json by default, skipping the schema file, and passes with warnings only', () => {
    const warning = MINIMAL_TEXT.replace('"14:05", "event"', '"13:00", "event"');
    const dir = workspace({
      'scenarios/a-good.json': MINIMAL_TEXT,
      'scenarios/b-warned.json': warning,
      'scenarios/scenario.schema.json': '{ not a scenario',
      'scenarios/notes.txt': 'ignored',
    });
    const { code, lines } = check(dir);
    const { line, column } = positionOf(warning, '"13:00"');
    expect(lines).toEqual([
      `scenarios/b-warned.json:${line}:${column} warning /timeline/2/time 13:00 comes before the previous entry's 14:02; keep the timeline in time order`,
      '2 files checked: 0 errors, 1 warnings',
    ]);
    expect(code).toBe(0);
  });

  it('checks the files named, reports unreadable ones, and exits 1 on any error', () => {
    const broken = MINIMAL_TEXT.replace('"archetype": "accusatory"', '"archetype": "angry"');
    const dir = workspace({ 'broken.json': broken, 'scenarios/ok.json': MINIMAL_TEXT });
    const { code, lines } = check(dir, ['broken.json', 'scenarios/ok.json', 'missing.json']);
    const { line, column } = positionOf(broken, '"angry"');
    expect(lines).toEqual([
      `broken.json:${line}:${column} error /stakeholders/0/archetype expected one of accusatory, defensive, demanding, executive, ally, neutral but got "angry"`,
      'missing.json:1:1 error (root) cannot read the scenario file: no such file',
      '3 files checked: 2 errors, 0 warnings',
    ]);
    expect(code).toBe(1);
  });
});
