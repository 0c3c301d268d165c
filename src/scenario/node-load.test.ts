import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from './node-load';
import { MINIMAL_PATH, MINIMAL_TEXT } from '../../tests/fixtures/scenarios/helpers';

describe('loadScenarioFile', () => {
  it('loads and compiles a file from disk, labelling diagnostics with the path as given', async () => {
    const ok = await loadScenarioFile(MINIMAL_PATH);
    expect(ok.ok).toBe(true);
    expect(ok.scenario?.beats).toHaveLength(6);

    const dir = mkdtempSync(join(tmpdir(), 'hotseat-load-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, MINIMAL_TEXT.replace('"speaker": "marco"', '"speaker": "nobody"'));
    const broken = await loadScenarioFile(file);
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => [d.file, d.code])).toEqual([[file, 'unknown-stakeholder']]);
  });

  it('reports a file that does not exist, or is a directory, as an error diagnostic', async () => {
    const missing = await loadScenarioFile('scenarios/does-not-exist.json');
    expect(missing).toEqual({
      ok: false,
      diagnostics: [
        {
          file: 'scenarios/does-not-exist.json',
          pointer: '',
          line: 1,
          column: 1,
          severity: 'error',
          code: 'file-unreadable',
          message: 'cannot read the scenario file: no such file',
        },
      ],
    });
    const dir = await loadScenarioFile(tmpdir());
    expect(dir.diagnostics[0]).toMatchObject({ code: 'file-unreadable', severity: 'error' });
    expect(dir.diagnostics[0]!.message).toMatch(/directory/);
  });
});
