/**
 * Vite plugin: the bundled scenarios, validated at build time instead of in the browser.
 *
 * In Node, when the app is built or served, it runs the real scenario loader (validate, lint, compile — through
 * `buildCatalog`) on every `scenarios/*.json` except the generated schema, and provides:
 *  - `virtual:scenario-index`: `entries`, the Start screen's cards (a summary per playable scenario, a broken file's
 *    formatted diagnostics), and `loadScenario(id)`, which `import()`s the scenario's own module;
 *  - `virtual:scenario/<id>`: the compiled scenario as plain JSON (its own chunk; no zod needed to read it).
 * In dev, a change to a scenario file (edit, add, delete), or to the loader's code, invalidates these modules and
 * reloads the page.
 *
 * The loader is TypeScript under `src/`; it is imported with Vite's `runnerImport` when the index is built rather
 * than bundled into the config, so the config stays a two-file graph Node could load natively (Vite 8 warns about
 * extensionless imports in the config's graph) and a change to the loader's rules is picked up without a restart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { CompiledScenario } from '../src/scenario/compile';
import type { CatalogEntry } from '../src/ui/scenario-catalog';

type CatalogModule = typeof import('../src/ui/scenario-catalog');

export const INDEX_MODULE_ID = 'virtual:scenario-index';
export const SCENARIO_MODULE_PREFIX = 'virtual:scenario/';
const RESOLVED_PREFIX = '\0virtual:scenario';
/** Written by `npm run scenarios:schema` (`SCHEMA_FILE_NAME` in src/scenario/json-schema.ts); not a scenario. */
const SCHEMA_FILE_NAME = 'scenario.schema.json';
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CATALOG_MODULE = fileURLToPath(new URL('../src/ui/scenario-catalog.ts', import.meta.url));

export interface ScenarioIndexOptions {
  /** The folder of scenario files; defaults to `scenarios` under Vite's root. */
  dir?: string;
}

export interface ScenarioIndex {
  entries: CatalogEntry[];
  scenarios: Map<string, CompiledScenario>;
  /** Absolute paths of the scenario files read, for the watcher. */
  files: string[];
  /** Absolute paths of the loader's source files: a change to one rebuilds the index too. */
  loaderFiles: string[];
}

function isScenarioFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json') && name !== SCHEMA_FILE_NAME;
}

/**
 * Reads and loads every scenario file in `dir`. Diagnostics name each file by its path from `root`, as the app
 * shows it (`/scenarios/gas-spike-outage.json`).
 */
export async function buildScenarioIndex(dir: string, root: string): Promise<ScenarioIndex> {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isScenarioFileName).sort();
  } catch {
    names = [];
  }
  const files = names.map((name) => resolve(dir, name));
  const texts: Record<string, string> = {};
  for (const file of files) texts[`/${relative(root, file).split(sep).join('/')}`] = readFileSync(file, 'utf8');
  const { module: catalog, dependencies } = await runnerImport<CatalogModule>(CATALOG_MODULE, {
    configFile: false,
    root: PROJECT_ROOT,
    logLevel: 'error',
  });
  const loaded = catalog.buildCatalog(texts);
  const scenarios = new Map<string, CompiledScenario>();
  for (const entry of loaded) if (entry.ok) scenarios.set(entry.id, entry.scenario);
  return { entries: catalog.catalogSummaries(loaded), scenarios, files, loaderFiles: [CATALOG_MODULE, ...dependencies] };
}

/** JSON as a JS expression that parses fast (V8 reads a JSON.parse string quicker than an object literal). */
function jsonModuleValue(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** The source of `virtual:scenario-index`. */
export function indexModuleCode(index: ScenarioIndex): string {
  const chunks = [...index.scenarios.keys()]
    .map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(SCENARIO_MODULE_PREFIX + id)}),`)
    .join('\n');
  return [
    `export const entries = ${jsonModuleValue(index.entries)};`,
    `const chunks = {\n${chunks}\n};`,
    'export function loadScenario(id) {',
    '  const chunk = Object.prototype.hasOwnProperty.call(chunks, id) ? chunks[id] : undefined;',
    '  if (!chunk) return Promise.reject(new Error(`no bundled scenario has the id "${id}"`));',
    '  return chunk().then((m) => m.default);',
    '}',
    '',
  ].join('\n');
}

export function scenarioIndexPlugin(options: ScenarioIndexOptions = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let index: Promise<ScenarioIndex> | null = null;
  let loaderFiles = new Set<string>();

  const getIndex = () =>
    (index ??= buildScenarioIndex(dir, root).then(
      (built) => {
        loaderFiles = new Set(built.loaderFiles.map((f) => resolve(f)));
        return built;
      },
      (error: unknown) => {
        index = null;
        throw error;
      },
    ));
  const isScenarioFile = (file: string) => {
    const rel = relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.includes(sep) && isScenarioFileName(rel);
  };
  const isLoaderFile = (file: string) => loaderFiles.has(resolve(file));

  return {
    name: 'hotseat:scenario-index',
    configResolved(config) {
      root = config.root;
      dir = options.dir ? resolve(root, options.dir) : resolve(root, 'scenarios');
    },
    configureServer(server) {
      // Vite watches its root; the folder may lie outside it.
      server.watcher.add(dir);
    },
    resolveId(id) {
      if (id === INDEX_MODULE_ID || id.startsWith(SCENARIO_MODULE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const current = await getIndex();
      for (const file of [...current.files, ...current.loaderFiles]) this.addWatchFile(file);
      if (id === `\0${INDEX_MODULE_ID}`) {
        for (const entry of current.entries) {
          if (!entry.ok) this.warn(`${entry.file} cannot be played (${entry.errorCount} error(s)): ${entry.problems[0] ?? ''}`);
        }
        return indexModuleCode(current);
      }
      if (id.startsWith(`\0${SCENARIO_MODULE_PREFIX}`)) {
        const scenarioId = id.slice(`\0${SCENARIO_MODULE_PREFIX}`.length);
        const scenario = current.scenarios.get(scenarioId);
        if (!scenario) this.error(`no playable scenario has the id "${scenarioId}" in ${dir}`);
        return `export default ${jsonModuleValue(scenario)};\n`;
      }
      return undefined;
    },
    watchChange(id) {
      // `vite build --watch`: the files were added with addWatchFile.
      if (isScenarioFile(id) || isLoaderFile(id)) index = null;
    },
    hotUpdate({ file }) {
      const scenario = isScenarioFile(file);
      if (!scenario && !isLoaderFile(file)) return undefined;
      index = null;
      const graph = this.environment.moduleGraph;
      for (const [id, mod] of graph.idToModuleMap) {
        if (id.startsWith(RESOLVED_PREFIX)) graph.invalidateModule(mod);
      }
      // The loader's own modules update as usual (the lab uses them); the index is rebuilt on the next load.
      if (!scenario) return undefined;
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
