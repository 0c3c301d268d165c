import { describe, expect, it } from 'vitest';
import { minimal, objectWithId, pretty, MINIMAL_TEXT } from '../../tests/fixtures/scenarios/helpers';
import { loadScenarioText } from '../scenario/load';
import type { ScenarioFile } from '../scenario/schema';
import { coverageDiagnostics, coverScenario, estimatePlaythroughs, formatCoverageSummary, type CoverageOptions } from './coverage';

function load(text: string) {
  const result = loadScenarioText(text, 'x.json');
  expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  return { scenario: result.scenario!, diagnostics: result.diagnostics };
}

function cover(file: ScenarioFile, options: CoverageOptions = {}) {
  const text = pretty(file);
  const { scenario, diagnostics } = load(text);
  const report = coverScenario(scenario, options);
  return { text, report, diagnostics: coverageDiagnostics(report, text, 'x.json', diagnostics) };
}

/** The minimal fixture's beats, by id, for editing. */
function beat(file: ScenarioFile, id: string) {
  for (const phase of file.phases) for (const b of phase.beats) if (b.id === id) return b;
  throw new Error(`no beat ${id}`);
}

describe('coverage: exhaustive play', () => {
  it('plays every combination of options of a small scenario, and reports that it can never derail', () => {
    const { report, diagnostics } = cover(minimal());
    // 2 options x (symptom -> 8 | agree -> names-please 2 x 8) = 2 x 24 = 48 option sequences.
    expect(estimatePlaythroughs(load(MINIMAL_TEXT).scenario)).toBe(48);
    expect(report.mode).toBe('exhaustive');
    expect(report.playthroughs).toBe(48);
    expect(report.outcomes).toEqual({ completed: 48, derailed: 0, abandoned: 0 });
    // The follow-up is played exactly when the poor option "agree" was chosen: 2 x 2 x 8 = 32 times.
    expect(report.beatVisits['names-please']).toBe(32);
    expect(report.beatVisits['who-broke-it']).toBe(48);
    expect(report.beatsNeverReached).toEqual([]);
    expect(report.outcomesNeverReached).toEqual(['derailed', 'abandoned']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['ending-never-reached', 'warning', '/settings/tensionLimit'],
    ]);
    expect(diagnostics[0]!.message).toContain('no playthrough derails in any of the 48 playthroughs');
    expect(formatCoverageSummary('scenarios/minimal.json', report)).toBe(
      'scenarios/minimal.json: exhaustive, 48 playthroughs: completed 100%',
    );
  });

  it('finds a follow-up that the graph reaches but play never does: the reaction leading there makes someone walk out', () => {
    const file = minimal();
    // Marco starts at 60; +60 (x0.7 on easy: 42) on the poor reaction reaches the limit before the jump to
    // "names-please" is taken.
    beat(file, 'front-end-blame').reactions.poor.tension = 60;
    const { text, report, diagnostics } = cover(file);
    // Per opening option: 8 sequences after "symptom", and "agree" ends at once in a walkout: 2 x 9.
    expect(report.playthroughs).toBe(18);
    expect(report.outcomes.derailed).toBe(2);
    expect(report.outcomes.completed).toBe(16);
    expect(report.beatsNeverReached).toEqual(['names-please']);
    const never = diagnostics.filter((d) => d.code === 'beat-never-reached');
    expect(never).toHaveLength(1);
    expect(never[0]!.pointer).toBe('/phases/1/beats/1');
    expect({ line: never[0]!.line, column: never[0]!.column }).toEqual(objectWithId(text, 'names-please'));
    // The lint does not see it: statically the follow-up is reachable.
    expect(load(text).diagnostics.filter((d) => d.code === 'unreachable-beat')).toEqual([]);
    expect(diagnostics.some((d) => d.code === 'ending-never-reached')).toBe(false);
    expect(formatCoverageSummary('x.json', report)).toBe('x.json: exhaustive, 18 playthroughs: completed 89%, derailed 11%');
  });

  it('warns when no playthrough can complete the meeting', () => {
    const file = minimal();
    // On medium, Dana (40, at most -20 on the way) walks out whatever is said at the wrap-up.
    file.brief.difficulty = 'medium';
    for (const kind of ['strong', 'mixed', 'poor'] as const) beat(file, 'wrap-up').reactions[kind].tension = 100;
    const { report, diagnostics } = cover(file);
    expect(report.outcomes.completed).toBe(0);
    expect(report.outcomes.derailed).toBe(report.playthroughs);
    const ending = diagnostics.filter((d) => d.code === 'ending-never-reached');
    expect(ending.map((d) => d.pointer)).toEqual(['/phases']);
    expect(ending[0]!.message).toContain('no playthrough completes the meeting');
    expect(formatCoverageSummary('x.json', report)).toBe('x.json: exhaustive, 48 playthroughs: derailed 100%');
  });

  it('plays on the difficulty asked for: tension rises count more on hard', () => {
    const file = minimal();
    // Marco starts at 60. On easy rises count x0.7: agree 81, give-names 85, blame-contract 92, never 100.
    // On hard x1.3: agree 99, then give-names (+6.5), or refocus (-4) and blame-contract (+13), reach 100.
    beat(file, 'front-end-blame').reactions.poor.tension = 30;
    beat(file, 'names-please').reactions.poor.tension = 5;
    const easy = cover(file).report;
    const hard = cover(file, { difficulty: 'hard' }).report;
    expect(easy.difficulty).toBe('easy');
    expect(easy.outcomes.derailed).toBe(0);
    expect(hard.difficulty).toBe('hard');
    // Per opening option: agree -> give-names, and agree -> refocus -> blame-contract derail.
    expect(hard.outcomes.derailed).toBe(4);
    expect(hard.playthroughs).toBe(28);
  });

  it('does not repeat a beat the lint already reports as never played', () => {
    const file = minimal();
    // No jump leads to the follow-up any more: the lint says orphan-follow-up; coverage stays quiet about it.
    delete beat(file, 'front-end-blame').reactions.poor.next;
    const { report, diagnostics } = cover(file);
    expect(report.beatsNeverReached).toEqual(['names-please']);
    expect(diagnostics.filter((d) => d.code === 'beat-never-reached')).toEqual([]);
  });
});

describe('coverage: random walks', () => {
  it('uses seeded random walks when there are too many combinations, and is reproducible', () => {
    const first = cover(minimal(), { exhaustiveLimit: 10, randomWalks: 200 });
    const again = cover(minimal(), { exhaustiveLimit: 10, randomWalks: 200 });
    expect(first.report.mode).toBe('random');
    expect(first.report.playthroughs).toBe(200);
    expect(first.report.outcomes).toEqual(again.report.outcomes);
    expect(first.report.beatVisits).toEqual(again.report.beatVisits);
    const { completed, derailed, abandoned } = first.report.outcomes;
    expect(completed + derailed + abandoned).toBe(200);
    // Random trainees also stay silent: the follow-up is reached in some walks but not all.
    expect(first.report.beatVisits['names-please']).toBeGreaterThan(0);
    expect(first.report.beatVisits['names-please']).toBeLessThan(200);
    expect(formatCoverageSummary('x.json', first.report)).toMatch(/^x\.json: 200 random walks: completed \d+%/);
  });

  it('counts a scenario whose jumps can loop as too big for exhaustive play, and still ends every walk', () => {
    const file = minimal();
    // A poor reply in the root-cause phase sends the meeting back to the timeline: a loop with a way out.
    beat(file, 'contract-vs-infra').reactions.poor.next = 'front-end-blame';
    const { text } = cover(file, { randomWalks: 1 });
    const { scenario, diagnostics } = load(text);
    expect(diagnostics.some((d) => d.code === 'backward-jump')).toBe(true);
    expect(estimatePlaythroughs(scenario)).toBe(Infinity);
    const report = coverScenario(scenario, { randomWalks: 100 });
    expect(report.mode).toBe('random');
    expect(report.stuck).toEqual([]);
    expect(report.outcomes.completed + report.outcomes.derailed + report.outcomes.abandoned).toBe(100);
  });
});
