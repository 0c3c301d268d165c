import { describe, expect, it } from 'vitest';
import { tinyScenarioFile } from '../../tests/fixtures/engine-fixtures';
import { buildCatalog, bundledScenarioFiles, DEFAULT_SCENARIO_ID, loadBundledCatalog } from './scenario-catalog';

const file = (id: string, title: string) => JSON.stringify(tinyScenarioFile({ id, title }));

describe('scenario catalog', () => {
  it('lists the default scenario first, then by title, and broken files last', () => {
    const catalog = buildCatalog({
      '/scenarios/zeta.json': file('zeta', 'Zeta incident'),
      '/scenarios/broken.json': '{ "format": 1, "title": "Half written" }',
      '/scenarios/alpha.json': file('alpha', 'Alpha incident'),
      [`/scenarios/${DEFAULT_SCENARIO_ID}.json`]: file(DEFAULT_SCENARIO_ID, 'The default one'),
    });
    expect(catalog.map((e) => e.id)).toEqual([DEFAULT_SCENARIO_ID, 'alpha', 'zeta', 'broken']);
  });

  it('turns a file that fails to load into a broken entry with its diagnostics', () => {
    const [entry] = buildCatalog({ '/scenarios/oops.json': '{ "format": 1, "title": "Half written" }' });
    expect(entry?.ok).toBe(false);
    if (!entry || entry.ok) return;
    expect(entry.title).toBe('Half written');
    expect(entry.errorCount).toBeGreaterThan(0);
    expect(entry.problems[0]).toMatch(/^\/scenarios\/oops\.json:\d+:\d+ error /);
  });

  it('survives a file that is not JSON at all', () => {
    const [entry] = buildCatalog({ '/scenarios/junk.json': 'not json' });
    expect(entry).toMatchObject({ ok: false, id: 'junk', title: null });
  });

  it('bundles the scenario files but not the generated schema', () => {
    const files = Object.keys(bundledScenarioFiles());
    expect(files).toContain(`/scenarios/${DEFAULT_SCENARIO_ID}.json`);
    expect(files).not.toContain('/scenarios/scenario.schema.json');
  });

  it('loads the bundled catalog with the default scenario first', async () => {
    const catalog = await loadBundledCatalog();
    expect(catalog[0]).toMatchObject({ ok: true, id: DEFAULT_SCENARIO_ID });
  });
});
