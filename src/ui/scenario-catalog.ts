/**
 * The scenario catalog: what the Start screen lists — a small summary per playable scenario, and a message entry
 * (with its diagnostics) per file that fails to load — and the loader that fetches a full compiled scenario when
 * one is opened.
 *
 * The bundled catalog is built when the app is built (or served in dev): `scripts/vite-scenario-index.ts` runs
 * `buildCatalog` on every `scenarios/*.json` in Node and serves the summaries as `virtual:scenario-index`, each
 * compiled scenario as its own chunk. So the browser neither downloads every scenario nor runs zod before the first
 * screen. This module does import the loader (and zod): the app must only `import type` from it; the plugin, the
 * tests and anything that validates text in the browser (the lab does it itself) call `buildCatalog`.
 */
import type { CompiledScenario } from '../scenario/compile';
import { DiagnosticPlacer, formatDiagnostic, type Diagnostic } from '../scenario/diagnostics';
import { parseJson } from '../scenario/json-locate';
import { loadScenarioText } from '../scenario/load';
import type { Archetype, Brief } from '../scenario/schema';

/** The scenario the Start screen lists first. */
export const DEFAULT_SCENARIO_ID = 'gas-spike-outage';

/** A stakeholder as a scenario card shows them: an avatar and a name with a role. */
export interface StakeholderSummary {
  id: string;
  name: string;
  role: string;
  archetype: Archetype;
  color?: string;
}

/** What a scenario card needs, without the scenario itself (a few hundred bytes instead of ~80 KB). */
export interface ScenarioSummary {
  ok: true;
  /** Path of the file, e.g. `/scenarios/gas-spike-outage.json`. */
  file: string;
  id: string;
  title: string;
  oneLine: string;
  difficulty: Brief['difficulty'];
  minutes: number;
  domain: string;
  stakeholders: StakeholderSummary[];
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

/** One card on the Start screen. */
export type CatalogEntry = ScenarioSummary | BrokenEntry;

/** A summary with its compiled scenario at hand: what `buildCatalog` returns for a file that loads. */
export interface ScenarioEntry extends ScenarioSummary {
  scenario: CompiledScenario;
}

export type LoadedCatalogEntry = ScenarioEntry | BrokenEntry;

/** Fetches the compiled scenario of a playable entry, by id; rejects for an unknown id or a failed download. */
export type ScenarioLoader = (id: string) => Promise<CompiledScenario>;

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

/** The card's view of a compiled scenario. */
export function summarizeScenario(file: string, scenario: CompiledScenario): ScenarioSummary {
  const { brief } = scenario;
  return {
    ok: true,
    file,
    id: scenario.id,
    title: scenario.title,
    oneLine: brief.oneLine,
    difficulty: brief.difficulty,
    minutes: brief.minutes,
    domain: brief.domain,
    stakeholders: scenario.stakeholders.map(({ id, name, role, archetype, color }) => ({
      id,
      name,
      role,
      archetype,
      ...(color ? { color } : {}),
    })),
  };
}

function brokenEntry(file: string, text: string, diagnostics: Diagnostic[]): BrokenEntry {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return {
    ok: false,
    file,
    id: baseName(file),
    title: titleOf(text),
    problems: errors.slice(0, MAX_PROBLEMS).map(formatDiagnostic),
    errorCount: errors.length,
  };
}

/**
 * Loads each file's text (validate, lint, compile); the default scenario first, then by title. Broken files come
 * last, as do files whose id another file already uses (ids name saved meetings and chunks, so they must be unique).
 */
export function buildCatalog(files: Record<string, string>): LoadedCatalogEntry[] {
  const entries: LoadedCatalogEntry[] = [];
  const owners = new Map<string, string>();
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const result = loadScenarioText(text, file);
    if (!result.ok || !result.scenario) {
      entries.push(brokenEntry(file, text, result.diagnostics));
      continue;
    }
    const owner = owners.get(result.scenario.id);
    if (owner !== undefined) {
      const clash = new DiagnosticPlacer(file, text, parseJson(text).root).place({
        path: ['id'],
        severity: 'error',
        code: 'duplicate-scenario-id',
        message: `the id "${result.scenario.id}" is already used by ${owner}; give each scenario its own id`,
      });
      entries.push(brokenEntry(file, text, [clash]));
      continue;
    }
    owners.set(result.scenario.id, file);
    entries.push({ ...summarizeScenario(file, result.scenario), scenario: result.scenario });
  }
  return entries.sort(compareEntries);
}

function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
  if (a.ok !== b.ok) return a.ok ? -1 : 1;
  const aDefault = a.ok && a.id === DEFAULT_SCENARIO_ID;
  const bDefault = b.ok && b.id === DEFAULT_SCENARIO_ID;
  if (aDefault !== bDefault) return aDefault ? -1 : 1;
  const aTitle = a.title ?? a.id;
  const bTitle = b.title ?? b.id;
  return aTitle.localeCompare(bTitle, 'en') || a.file.localeCompare(b.file, 'en');
}

/** The entries as the Start screen gets them: summaries only, each compiled scenario left out. */
export function catalogSummaries(entries: readonly LoadedCatalogEntry[]): CatalogEntry[] {
  return entries.map((entry) => {
    if (!entry.ok) return entry;
    const { scenario: _scenario, ...summary } = entry;
    return summary;
  });
}

/** A loader over scenarios already compiled in memory (tests; a catalog built from text in the browser). */
export function loaderFor(entries: readonly LoadedCatalogEntry[]): ScenarioLoader {
  const byId = new Map<string, CompiledScenario>();
  for (const entry of entries) if (entry.ok) byId.set(entry.id, entry.scenario);
  return async (id) => {
    const scenario = byId.get(id);
    if (!scenario) throw new Error(`no scenario has the id "${id}"`);
    return scenario;
  };
}
