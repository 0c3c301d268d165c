/**
 * The build-time scenario index (scripts/vite-scenario-index.ts), run by Vite itself on a temporary folder of
 * scenario files: what the Start screen gets, what a broken file shows, that each scenario is its own chunk, and
 * that editing a file in dev gives the new index.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, createServer, type ViteDevServer } from 'vite';
import { scenarioIndexPlugin } from '../../scripts/vite-scenario-index';
import type { CompiledScenario } from '../../src/scenario/compile';
import type { CatalogEntry } from '../../src/ui/scenario-catalog';
import { tinyScenarioFile } from '../fixtures/engine-fixtures';

interface IndexModule {
  entries: CatalogEntry[];
  loadScenario: (id: string) => Promise<CompiledScenario>;
}

/** A line only the full scenario has (a beat's), never the summaries. */
const BEAT_LINE = 'Infra is fine. The contract is bad.';

let root: string;
let scenarioDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hotseat-index-'));
  scenarioDir = join(root, 'scenarios');
  mkdirSync(scenarioDir);
  const file = tinyScenarioFile({ id: 'tiny', title: 'Tiny outage' });
  file.stakeholders[1]!.color = '#336699';
  writeFileSync(join(scenarioDir, 'tiny.json'), JSON.stringify(file, null, 2));
  writeFileSync(join(scenarioDir, 'half.json'), '{\n  "format": 1,\n  "id": "half",\n  "title": "Half written"\n}\n');
  // The generated schema and anything that is not JSON are not scenarios.
  writeFileSync(join(scenarioDir, 'scenario.schema.json'), '{ "$schema": "https://json-schema.org/draft/2020-12/schema" }');
  writeFileSync(join(scenarioDir, 'notes.md'), '# not a scenario');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('scenario index plugin', () => {
  let server: ViteDevServer;

  beforeAll(async () => {
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenarioIndexPlugin()],
      appType: 'custom',
      server: { middlewareMode: true, ws: false },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  const loadIndex = () => server.ssrLoadModule('virtual:scenario-index') as Promise<IndexModule>;

  it('summarises each playable scenario and lists a broken file with its formatted diagnostics', async () => {
    const { entries } = await loadIndex();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      ok: true,
      file: '/scenarios/tiny.json',
      id: 'tiny',
      title: 'Tiny outage',
      oneLine: 'It broke.',
      difficulty: 'easy',
      minutes: 5,
      domain: 'testing',
      stakeholders: [
        { id: 'ann', name: 'Ann', role: 'Product', archetype: 'accusatory' },
        { id: 'bo', name: 'Bo', role: 'Infra', archetype: 'defensive', color: '#336699' },
      ],
    });
    const broken = entries[1];
    expect(broken).toMatchObject({ ok: false, file: '/scenarios/half.json', id: 'half', title: 'Half written' });
    if (!broken || broken.ok) throw new Error('expected a broken entry');
    expect(broken.errorCount).toBe(5);
    expect(broken.problems).toEqual([
      '/scenarios/half.json:1:1 error /brief missing required property "brief" (an object)',
      '/scenarios/half.json:1:1 error /timeline missing required property "timeline" (a list)',
      '/scenarios/half.json:1:1 error /exhibits missing required property "exhibits" (a list)',
      '/scenarios/half.json:1:1 error /stakeholders missing required property "stakeholders" (a list)',
      '/scenarios/half.json:1:1 error /phases missing required property "phases" (a list)',
    ]);
  });

  it('loads the compiled scenario on demand, and refuses an id it does not have', async () => {
    const { loadScenario } = await loadIndex();
    const scenario = await loadScenario('tiny');
    expect(scenario.beats.map((b) => b.id)).toEqual(['b-open', 'b-fe', 'b-escalate', 'b-infra', 'b-actions']);
    expect(scenario.stakeholderIndex.bo?.name).toBe('Bo');
    await expect(loadScenario('half')).rejects.toThrow('no bundled scenario has the id "half"');
  });

  it('serves the new index after a scenario file is edited, and reloads the page', async () => {
    expect((await loadIndex()).entries[0]).toMatchObject({ title: 'Tiny outage' });
    const send = vi.spyOn(server.environments.client.hot, 'send');
    const path = join(scenarioDir, 'tiny.json');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('"Tiny outage"', '"Tiny outage, revised"'));
    try {
      await vi.waitFor(
        async () => {
          expect((await loadIndex()).entries[0]).toMatchObject({ title: 'Tiny outage, revised' });
          expect((await (await loadIndex()).loadScenario('tiny')).title).toBe('Tiny outage, revised');
        },
        { timeout: 10_000, interval: 100 },
      );
      await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }), { timeout: 10_000, interval: 100 });
    } finally {
      send.mockRestore();
      writeFileSync(path, original);
    }
  });

  it('lists a scenario file added while serving, and drops it when it is deleted', async () => {
    const path = join(scenarioDir, 'second.json');
    writeFileSync(path, JSON.stringify(tinyScenarioFile({ id: 'second', title: 'A second outage' })));
    try {
      await vi.waitFor(
        async () => expect((await loadIndex()).entries.map((e) => e.id)).toEqual(['second', 'tiny', 'half']),
        { timeout: 10_000, interval: 100 },
      );
      expect((await (await loadIndex()).loadScenario('second')).title).toBe('A second outage');
    } finally {
      rmSync(path);
    }
    await vi.waitFor(async () => expect((await loadIndex()).entries.map((e) => e.id)).toEqual(['tiny', 'half']), {
      timeout: 10_000,
      interval: 100,
    });
  });
});

describe('scenario index in a production build', () => {
  it('keeps each scenario out of the entry chunk, in a chunk of its own', async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>');
    writeFileSync(
      join(root, 'main.js'),
      "import { entries, loadScenario } from 'virtual:scenario-index';\ndocument.title = entries[0].title;\nloadScenario('tiny').then((s) => console.log(s.beats.length));\n",
    );
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenarioIndexPlugin()],
      build: { outDir, manifest: true, emptyOutDir: true, minify: false },
    });
    type Manifest = Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean }>;
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const chunks = Object.values(manifest);
    const entry = chunks.find((c) => c.isEntry);
    const dynamic = chunks.filter((c) => c.isDynamicEntry);
    expect(entry).toBeDefined();
    expect(dynamic).toHaveLength(1);
    const entryCode = readFileSync(join(outDir, entry!.file), 'utf8');
    const scenarioCode = readFileSync(join(outDir, dynamic[0]!.file), 'utf8');
    expect(entryCode).toContain('Tiny outage');
    expect(entryCode).not.toContain(BEAT_LINE);
    expect(scenarioCode).toContain(BEAT_LINE);
  });
});
