/**
 * Reading scenario files from disk (Node only: keep this out of the browser bundle, which imports `./index`).
 */
import { readFile } from 'node:fs/promises';
import type { LintOptions } from './lint';
import { loadScenarioText, type LoadResult } from './load';

/**
 * Load a scenario file. `path` labels the diagnostics as given. A file that cannot be read is an error diagnostic
 * (`file-unreadable`), not an exception.
 */
export async function loadScenarioFile(path: string, options: LintOptions = {}): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      diagnostics: [
        { file: path, pointer: '', line: 1, column: 1, severity: 'error', code: 'file-unreadable', message: `cannot read the scenario file: ${reason}` },
      ],
    };
  }
  return loadScenarioText(text, path, options);
}
