import { entries as bundledEntries, loadScenario as loadBundledScenario } from 'virtual:scenario-index';
import { describe, expect, it } from 'vitest';
import { tinyScenarioFile } from '../../tests/fixtures/engine-fixtures';
import { buildCatalog, catalogSummaries, DEFAULT_SCENARIO_ID, loaderFor } from './scenario-catalog';

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

  it('summarises a scenario for its card: title, line, difficulty, length, domain, who is in the room', () => {
    const source = tinyScenarioFile({ id: 'alpha', title: 'Alpha incident' });
    source.stakeholders[0]!.color = '#123456';
    const [summary] = catalogSummaries(buildCatalog({ '/scenarios/alpha.json': JSON.stringify(source) }));
    expect(summary).toEqual({
      ok: true,
      file: '/scenarios/alpha.json',
      id: 'alpha',
      title: 'Alpha incident',
      oneLine: 'It broke.',
      difficulty: 'easy',
      minutes: 5,
      domain: 'testing',
      stakeholders: [
        { id: 'ann', name: 'Ann', role: 'Product', archetype: 'accusatory', color: '#123456' },
        { id: 'bo', name: 'Bo', role: 'Infra', archetype: 'defensive' },
      ],
    });
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

  it('refuses a second file with an id already taken, pointing at its id', () => {
    const catalog = buildCatalog({
      '/scenarios/a.json': file('same', 'First'),
      '/scenarios/b.json': JSON.stringify(tinyScenarioFile({ id: 'same', title: 'Second' }), null, 2),
    });
    expect(catalog.map((e) => [e.file, e.ok])).toEqual([
      ['/scenarios/a.json', true],
      ['/scenarios/b.json', false],
    ]);
    const broken = catalog[1];
    if (!broken || broken.ok) throw new Error('expected a broken entry');
    expect(broken.title).toBe('Second');
    expect(broken.problems).toEqual([
      '/scenarios/b.json:3:9 error /id the id "same" is already used by /scenarios/a.json; give each scenario its own id',
    ]);
  });

  it('loads a scenario it has compiled by id, and refuses an unknown id', async () => {
    const load = loaderFor(buildCatalog({ '/scenarios/alpha.json': file('alpha', 'Alpha incident') }));
    await expect(load('alpha')).resolves.toMatchObject({ id: 'alpha', title: 'Alpha incident' });
    await expect(load('nope')).rejects.toThrow('no scenario has the id "nope"');
  });
});

describe('bundled scenario index (virtual:scenario-index, made at build time)', () => {
  it('lists every shipped scenario as a playable card, the default first', () => {
    expect(bundledEntries[0]).toMatchObject({ ok: true, id: DEFAULT_SCENARIO_ID });
    expect(bundledEntries.filter((e) => !e.ok)).toEqual([]);
    expect(bundledEntries.length).toBeGreaterThanOrEqual(7);
    for (const entry of bundledEntries) expect(entry).not.toHaveProperty('scenario');
  });

  it('loads a shipped scenario compiled, ready for the engine', async () => {
    const scenario = await loadBundledScenario(DEFAULT_SCENARIO_ID);
    expect(scenario.id).toBe(DEFAULT_SCENARIO_ID);
    expect(scenario.beats.length).toBeGreaterThan(0);
    expect(scenario.beatIndex[scenario.beats[0]!.id]).toBe(0);
    await expect(loadBundledScenario('no-such-scenario')).rejects.toThrow('no bundled scenario has the id "no-such-scenario"');
  });
});
