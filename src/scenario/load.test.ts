import { describe, expect, it } from 'vitest';
import { firstBeat, nextInOrder } from './compile';
import { formatDiagnostic, type Diagnostic } from './diagnostics';
import { loadScenarioText } from './load';
import { MINIMAL_TEXT, minimal, objectWithId, one, positionOf, pretty } from '../../tests/fixtures/scenarios/helpers';

const FILE = 'scenarios/test.json';

function at(d: Diagnostic) {
  return { line: d.line, column: d.column };
}

describe('loadScenarioText: a valid scenario', () => {
  it('loads the minimal fixture with no diagnostics and compiles it', () => {
    const result = loadScenarioText(MINIMAL_TEXT, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    const scenario = result.scenario!;
    expect(scenario.id).toBe('minimal-gas-outage');
    expect(scenario.phases.map((p) => p.kind)).toEqual(['opening', 'timeline', 'root-cause', 'action-items', 'close']);
    expect(scenario.beats.map((b) => b.id)).toEqual([
      'who-broke-it',
      'front-end-blame',
      'names-please',
      'contract-vs-infra',
      'prevent-now',
      'wrap-up',
    ]);
    expect(scenario.exhibits.map((e) => e.kind).sort()).toEqual(['log', 'metric', 'table']);
    expect(scenario.stakeholders).toHaveLength(2);
    // Defaults from the schema are filled in.
    expect(scenario.settings.maxInterruptions).toBe(3);
    // The follow-up is skipped by the linear walk and reached through the poor reaction's `next`.
    expect(firstBeat(scenario)?.id).toBe('who-broke-it');
    expect(nextInOrder(scenario, scenario.beatIndex['front-end-blame']!)?.id).toBe('contract-vs-infra');
    expect(scenario.beats[scenario.beatIndex['front-end-blame']!]!.reactions.poor.next).toBe('names-please');
  });

  it('accepts a UTF-8 byte-order mark and CRLF line endings, counting lines correctly', () => {
    const data = minimal();
    data.stakeholders[0]!.archetype = 'angry' as never;
    const text = pretty(data).replace(/\n/g, '\r\n');
    const result = loadScenarioText(`\ufeff${text}`, FILE);
    const d = one(result.diagnostics, 'invalid-value');
    const lf = pretty(data);
    expect(at(d)).toEqual(positionOf(lf, '"angry"'));
  });

  it('keeps ok true and compiles when there are only warnings', () => {
    const data = minimal();
    data.topics!.push({ id: 'never-parked', label: 'Never parked' });
    const result = loadScenarioText(pretty(data), FILE);
    expect(result.ok).toBe(true);
    expect(result.scenario?.topicIndex['never-parked']).toBe('Never parked');
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('loadScenarioText: JSON syntax', () => {
  it('reports a comment as an error at its line:column', () => {
    const text = '{\n  "format": 1, // version\n  "id": "x"\n}';
    const result = loadScenarioText(text, FILE);
    expect(result.ok).toBe(false);
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: FILE, line: 2, column: 16, severity: 'error', code: 'json-comment', pointer: '' }),
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/comments are not allowed/);
  });

  it('reports trailing commas at the comma, with the enclosing node as pointer, all at once', () => {
    const text = '{\n  "format": 1,\n  "timeline": [\n    1,\n    2,\n  ],\n  "brief": {"a": 1,}\n}';
    const result = loadScenarioText(text, FILE);
    expect(result.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['json-trailing-comma', '/timeline', 5, 6],
      ['json-trailing-comma', '/brief', 7, 19],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/trailing comma/);
  });

  it('reports a missing comma and unquoted text (without follow-on noise), and does not go on to schema checks', () => {
    const text = '{\n  "format": 1\n  "id": nope\n}';
    const result = loadScenarioText(text, FILE);
    expect(result.diagnostics.every((d) => d.code === 'json-syntax' && d.severity === 'error')).toBe(true);
    expect(result.diagnostics.map(at)).toEqual([
      { line: 3, column: 3 },
      { line: 3, column: 9 },
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/expected ","/);
  });

  it('reports an empty file', () => {
    const result = loadScenarioText('  \n', FILE);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-syntax', severity: 'error', line: 2, column: 1 });
    expect(result.diagnostics[0]!.message).toMatch(/empty/);
  });

  it('reports a key given twice in one object at the second key', () => {
    const text = MINIMAL_TEXT.replace('"format": 1,', '"format": 1,\n  "format": 1,');
    const result = loadScenarioText(text, FILE);
    const d = one(result.diagnostics, 'duplicate-key');
    expect(d).toMatchObject({ pointer: '/format', severity: 'error', line: 4, column: 3 });
    expect(result.ok).toBe(false);
  });
});

describe('loadScenarioText: schema diagnostics', () => {
  it('names the allowed values of an enum and the value it got', () => {
    const text = MINIMAL_TEXT.replace('"archetype": "accusatory"', '"archetype": "angry"');
    const d = one(loadScenarioText(text, FILE).diagnostics, 'invalid-value');
    expect(d).toMatchObject({ severity: 'error', pointer: '/stakeholders/0/archetype', ...positionOf(text, '"angry"') });
    expect(d.message).toBe('expected one of accusatory, defensive, demanding, executive, ally, neutral but got "angry"');
  });

  it('points an unknown property at its key and suggests the likely one', () => {
    const text = MINIMAL_TEXT.replace('"speaker": "dana",', '"speakr": "dana",');
    const diagnostics = loadScenarioText(text, FILE).diagnostics;
    const unknown = one(diagnostics, 'unknown-property');
    expect(unknown).toMatchObject({ severity: 'error', pointer: '/phases/0/beats/0/speakr', ...positionOf(text, '"speakr"') });
    expect(unknown.message).toBe('unknown property "speakr"; did you mean "speaker"?');
    // The missing property points at the nearest existing parent: the beat object.
    const missing = one(diagnostics, 'missing-property');
    expect(missing).toMatchObject({ pointer: '/phases/0/beats/0/speaker', ...objectWithId(text, 'who-broke-it') });
    expect(missing.message).toMatch(/missing required property "speaker"/);
  });

  it('reports a bad id format with the value it got', () => {
    const text = MINIMAL_TEXT.replace('"id": "recap"', '"id": "Recap Now"');
    const d = one(loadScenarioText(text, FILE).diagnostics, 'invalid-format');
    expect(d).toMatchObject({ pointer: '/phases/4/beats/0/options/0/id', ...positionOf(text, '"Recap Now"') });
    expect(d.message).toBe('ids are kebab-case: lowercase letters, digits and single dashes but got "Recap Now"');
  });

  it('reports an unknown exhibit kind', () => {
    const text = MINIMAL_TEXT.replace('"kind": "table"', '"kind": "chart"');
    const d = one(loadScenarioText(text, FILE).diagnostics, 'invalid-value');
    expect(d).toMatchObject({ pointer: '/exhibits/2/kind', ...positionOf(text, '"chart"') });
    expect(d.message).toBe('expected one of metric, log, table but got "chart"');
  });

  it('reports a document that is not an object at the start of the file', () => {
    const d = one(loadScenarioText('\n[1, 2]', FILE).diagnostics, 'invalid-type');
    expect(d).toMatchObject({ pointer: '', line: 2, column: 1, severity: 'error' });
    expect(d.message).toBe('expected an object but got a list of 2');
  });

  it('reports every error in a file at once, in file order, graph lint included, and does not compile', () => {
    const data = minimal() as Record<string, unknown> & ReturnType<typeof minimal>;
    data.format = 2 as never;
    data.brief.minutes = 2.5;
    delete (data.brief as Partial<typeof data.brief>).domain;
    data.stakeholders[1]!.tension = 140;
    data.phases[1]!.beats[0]!.options = [data.phases[1]!.beats[0]!.options[0]!];
    data.phases[3]!.beats[0]!.speaker = 'nobody'; // a lint problem: reported in the same round as the schema's
    data.extra = true;
    const text = pretty(data);
    const result = loadScenarioText(text, FILE);
    expect(result.ok).toBe(false);
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['invalid-value', '/format'],
      ['missing-property', '/brief/domain'],
      ['invalid-type', '/brief/minutes'],
      ['too-big', '/stakeholders/1/tension'],
      ['too-small', '/phases/1/beats/0/options'],
      ['unknown-stakeholder', '/phases/3/beats/0/speaker'],
      ['unknown-property', '/extra'],
    ]);
    expect(result.diagnostics.every((d) => d.severity === 'error' && d.file === FILE)).toBe(true);
    const byCode = Object.fromEntries(result.diagnostics.map((d) => [d.code, d]));
    const format = positionOf(text, '"format": 2');
    expect(at(byCode['invalid-value']!)).toEqual({ line: format.line, column: format.column + '"format": '.length });
    const brief = positionOf(text, '"brief": {'); // the missing property points at the brief object
    expect(at(byCode['missing-property']!)).toEqual({ line: brief.line, column: brief.column + '"brief": '.length });
    expect(at(byCode['too-big']!)).toEqual(positionOf(text, '140'));
    expect(at(byCode['unknown-property']!)).toEqual(positionOf(text, '"extra"'));
    expect(byCode['too-big']!.message).toBe('must be at most 100 but got 140');
    expect(byCode['too-small']!.message).toBe('give at least two options for choice mode');
    expect(byCode['invalid-type']!.message).toBe('expected a whole number but got 2.5');
  });
});

describe('formatDiagnostic', () => {
  it('prints FILE:LINE:COL severity POINTER message', () => {
    const text = MINIMAL_TEXT.replace('"archetype": "accusatory"', '"archetype": "angry"');
    const [d] = loadScenarioText(text, 'scenarios/gas.json').diagnostics;
    const { line, column } = positionOf(text, '"angry"');
    expect(formatDiagnostic(d!)).toBe(
      `scenarios/gas.json:${line}:${column} error /stakeholders/0/archetype expected one of accusatory, defensive, demanding, executive, ally, neutral but got "angry"`,
    );
  });

  it('prints the document root as (root)', () => {
    const [d] = loadScenarioText('', 'x.json').diagnostics;
    expect(formatDiagnostic(d!)).toBe('x.json:1:1 error (root) the file is empty; a scenario is a JSON object');
  });
});
