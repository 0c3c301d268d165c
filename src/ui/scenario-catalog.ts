/**
 * The scenarios bundled with the app: every `scenarios/*.json` (the generated schema excluded), validated with the
 * scenario loader. A file that fails to load becomes a `broken` entry with its diagnostics, which the Start screen
 * shows as a message card instead of crashing.
 */
import type { CompiledScenario } from '../scenario/compile';
import { formatDiagnostic } from '../scenario/diagnostics';
import { loadScenarioText } from '../scenario/load';

/** The scenario the Start screen lists first. */
export const DEFAULT_SCENARIO_ID = 'gas-spike-outage';

export interface ScenarioEntry {
  ok: true;
  /** Path of the file, e.g. `/scenarios/gas-spike-outage.json`. */
  file: string;
  id: string;
  scenario: CompiledScenario;
}

export interface BrokenEntry {
  ok: false;
  file: string;
  /** The file name without `.json`. */
  id: string;
  /** The scenario's title if the file got far enough to have one. */
  title: string | null;
  /** Formatted diagnostics (errors first), at most `MAX_PROBLEMS`. */
  problems: string[];
  /** How many errors the file has in all. */
  errorCount: number;
}

export type CatalogEntry = ScenarioEntry | BrokenEntry;

const MAX_PROBLEMS = 5;

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.json$/i, '');
}

function titleOf(text: string): string | null {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'title' in data && typeof data.title === 'string') {
      return data.title.trim() || null;
    }
  } catch {
    // Not JSON: no title to show.
  }
  return null;
}

/** Loads each file's text; the default scenario first, then by title. Broken files come last. */
export function buildCatalog(files: Record<string, string>): CatalogEntry[] {
  const entries: CatalogEntry[] = Object.entries(files).map(([file, text]) => {
    const result = loadScenarioText(text, file);
    if (result.ok && result.scenario) return { ok: true, file, id: result.scenario.id, scenario: result.scenario };
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    return {
      ok: false,
      file,
      id: baseName(file),
      title: titleOf(text),
      problems: errors.slice(0, MAX_PROBLEMS).map(formatDiagnostic),
      errorCount: errors.length,
    };
  });
  return entries.sort(compareEntries);
}

function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
  if (a.ok !== b.ok) return a.ok ? -1 : 1;
  const aDefault = a.id === DEFAULT_SCENARIO_ID;
  const bDefault = b.id === DEFAULT_SCENARIO_ID;
  if (aDefault !== bDefault) return aDefault ? -1 : 1;
  const aTitle = a.ok ? a.scenario.title : (a.title ?? a.id);
  const bTitle = b.ok ? b.scenario.title : (b.title ?? b.id);
  return aTitle.localeCompare(bTitle, 'en');
}

/** The scenario files shipped in `scenarios/`: each a lazily loaded chunk of text, by path. */
export function bundledScenarioFiles(): Record<string, () => Promise<string>> {
  return import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], {
    query: '?raw',
    import: 'default',
  });
}

/**
 * Fetches every bundled scenario (in parallel) and loads them. `main.tsx` imports this module dynamically, so the
 * scenario texts, the loader and its lint stay out of the first bundle, which grows with neither.
 */
export async function loadBundledCatalog(): Promise<CatalogEntry[]> {
  const loaders = Object.entries(bundledScenarioFiles());
  const texts = await Promise.all(loaders.map(async ([file, load]) => [file, await load()] as const));
  return buildCatalog(Object.fromEntries(texts));
}
