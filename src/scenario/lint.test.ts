import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics';
import type { LintOptions, LintReplyContext } from './lint';
import { loadScenarioText } from './load';
import type { ScenarioFile } from './schema';
import { minimal, objectWithId, one, positionOf, pretty, withCode } from '../../tests/fixtures/scenarios/helpers';

const FILE = 'scenarios/lint.json';

/** Load a variant of the minimal fixture; returns its text (to compute expected positions) and the result. */
function variant(change: (s: ScenarioFile) => void, options?: LintOptions) {
  const data = minimal();
  change(data);
  const text = pretty(data);
  return { text, result: loadScenarioText(text, FILE, options) };
}

function where(d: Diagnostic) {
  return { severity: d.severity, pointer: d.pointer, line: d.line, column: d.column };
}

/** Position of the `nth` value `"<value>"` that follows `"<key>": ` in the text. */
function valueOf(text: string, key: string, value: string, nth = 0) {
  const p = positionOf(text, `"${key}": ${JSON.stringify(value)}`, nth);
  return { line: p.line, column: p.column + `"${key}": `.length };
}

const beat = (s: ScenarioFile, phase: number, index = 0) => s.phases[phase]!.beats[index]!;

describe('unknown ids', () => {
  it('flags a beat speaker that is not a stakeholder, with a suggestion', () => {
    const { text, result } = variant((s) => {
      beat(s, 1).speaker = 'marko';
    });
    const d = one(result.diagnostics, 'unknown-stakeholder');
    expect(where(d)).toEqual({ severity: 'error', pointer: '/phases/1/beats/0/speaker', ...valueOf(text, 'speaker', 'marko') });
    expect(d.message).toBe('unknown stakeholder "marko"; did you mean "marco"?');
    expect(result.ok).toBe(false);
    expect(result.scenario).toBeUndefined();
  });

  it('flags reaction `by`, reaction `others` keys (at the key) and interrupt `by`', () => {
    const { text, result } = variant((s) => {
      beat(s, 0).reactions.poor.by = 'ghost';
      beat(s, 0).reactions.mixed.others = { phantom: 5, marco: 2 };
      beat(s, 2).interrupt = { lines: ['Well?'], tension: 10, by: 'spectre' };
    });
    const found = withCode(result.diagnostics, 'unknown-stakeholder').map(where);
    expect(found).toEqual([
      { severity: 'error', pointer: '/phases/0/beats/0/reactions/mixed/others/phantom', ...positionOf(text, '"phantom"') },
      { severity: 'error', pointer: '/phases/0/beats/0/reactions/poor/by', ...valueOf(text, 'by', 'ghost') },
      { severity: 'error', pointer: '/phases/2/beats/0/interrupt/by', ...valueOf(text, 'by', 'spectre') },
    ]);
  });

  it('flags option and reaction `next` that name no beat', () => {
    const { text, result } = variant((s) => {
      beat(s, 0).options[1]!.next = 'nowhere';
      beat(s, 3).reactions.strong.next = 'wrap-upp';
    });
    const found = withCode(result.diagnostics, 'unknown-beat');
    expect(found.map(where)).toEqual([
      { severity: 'error', pointer: '/phases/0/beats/0/options/1/next', ...valueOf(text, 'next', 'nowhere') },
      { severity: 'error', pointer: '/phases/3/beats/0/reactions/strong/next', ...valueOf(text, 'next', 'wrap-upp') },
    ]);
    expect(found[1]!.message).toBe('unknown beat "wrap-upp"; did you mean "wrap-up"?');
  });

  it('flags unknown exhibits in expects.exhibits and the timeline', () => {
    const { text, result } = variant((s) => {
      s.timeline[3]!.exhibit = 'pager-log';
      beat(s, 2).expects.exhibits = ['rpc-log', 'failed-claimz'];
    });
    expect(withCode(result.diagnostics, 'unknown-exhibit').map(where)).toEqual([
      { severity: 'error', pointer: '/timeline/3/exhibit', ...valueOf(text, 'exhibit', 'pager-log') },
      { severity: 'error', pointer: '/phases/2/beats/0/expects/exhibits/1', ...positionOf(text, '"failed-claimz"') },
    ]);
  });

  it('flags unknown topics in parks and revisits', () => {
    const { text, result } = variant((s) => {
      beat(s, 1).parks = 'error-msgs';
      beat(s, 3).revisits = ['error-messages', 'gas-limit'];
    });
    expect(withCode(result.diagnostics, 'unknown-topic').map(where)).toEqual([
      { severity: 'error', pointer: '/phases/1/beats/0/parks', ...valueOf(text, 'parks', 'error-msgs') },
      { severity: 'error', pointer: '/phases/3/beats/0/revisits/1', ...positionOf(text, '"gas-limit"') },
    ]);
  });
});

describe('duplicate ids', () => {
  it('flags a beat id reused in another phase, a reused option id and a reused stakeholder id', () => {
    const { text, result } = variant((s) => {
      beat(s, 3).id = 'front-end-blame';
      beat(s, 4).options[1]!.id = 'recap';
      s.stakeholders.push({ ...s.stakeholders[0]!, name: 'Marco again' });
    });
    const found = withCode(result.diagnostics, 'duplicate-id');
    expect(found.map(where)).toEqual([
      { severity: 'error', pointer: '/stakeholders/2/id', ...valueOf(text, 'id', 'marco', 1) },
      { severity: 'error', pointer: '/phases/3/beats/0/id', ...valueOf(text, 'id', 'front-end-blame', 1) },
      { severity: 'error', pointer: '/phases/4/beats/0/options/1/id', ...valueOf(text, 'id', 'recap', 1) },
    ]);
    expect(found[1]!.message).toBe('duplicate beat id "front-end-blame": already used by /phases/1/beats/0');
  });
});

describe('agenda', () => {
  it('flags phases out of agenda order as an error at the late phase kind', () => {
    const { text, result } = variant((s) => {
      const [timeline, rootCause] = [s.phases[1]!, s.phases[2]!];
      s.phases[1] = rootCause;
      s.phases[2] = timeline;
    });
    const d = one(result.diagnostics, 'phase-order');
    expect(where(d)).toEqual({ severity: 'error', pointer: '/phases/2/kind', ...valueOf(text, 'kind', 'timeline', 0) });
    expect(d.message).toMatch(/"timeline" phase comes after "root-cause"/);
  });

  it('flags a phase kind used twice', () => {
    const { text, result } = variant((s) => {
      s.phases.splice(3, 0, { ...s.phases[2]!, id: 'more-causes', beats: [{ ...beat(s, 2), id: 'more' }] });
    });
    const d = one(result.diagnostics, 'duplicate-phase');
    expect(where(d)).toEqual({ severity: 'error', pointer: '/phases/3/kind', ...valueOf(text, 'kind', 'root-cause', 1) });
  });

  it('warns when the opening or the close is missing', () => {
    const { text, result } = variant((s) => {
      s.phases.pop();
    });
    const d = one(result.diagnostics, 'missing-phase');
    const phases = positionOf(text, '"phases": [');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases', line: phases.line, column: phases.column + 10 });
    expect(d.message).toMatch(/no "close" phase/);
    expect(result.ok).toBe(true);
  });

  it('flags a phase without beats', () => {
    const { text, result } = variant((s) => {
      s.phases[2]!.beats = [];
    });
    const d = one(result.diagnostics, 'empty-phase');
    expect(where(d)).toEqual({ severity: 'error', pointer: '/phases/2/beats', ...positionOf(text, '[]') });
  });

  it('flags a phase whose beats are all follow-ups', () => {
    const { text, result } = variant((s) => {
      beat(s, 2).followUp = true;
      beat(s, 1).options[0]!.next = 'contract-vs-infra';
    });
    const d = one(result.diagnostics, 'phase-only-follow-ups');
    expect(where(d)).toEqual({ severity: 'error', pointer: '/phases/2', ...objectWithId(text, 'root-cause') });
  });
});

describe('reachability', () => {
  it('warns about a follow-up beat that no `next` points to', () => {
    const { text, result } = variant((s) => {
      delete beat(s, 1).reactions.poor.next;
    });
    const d = one(result.diagnostics, 'orphan-follow-up');
    const followUp = positionOf(text, '"followUp": true');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases/1/beats/1/followUp', line: followUp.line, column: followUp.column + 12 });
    expect(withCode(result.diagnostics, 'unreachable-beat')).toEqual([]);
  });

  it('warns about beats the walk from the first beat never reaches', () => {
    const { text, result } = variant((s) => {
      for (const kind of ['strong', 'mixed', 'poor'] as const) beat(s, 0).reactions[kind].next = 'contract-vs-infra';
    });
    const found = withCode(result.diagnostics, 'unreachable-beat');
    expect(found.map(where)).toEqual([
      { severity: 'warning', pointer: '/phases/1/beats/0', ...objectWithId(text, 'front-end-blame') },
      { severity: 'warning', pointer: '/phases/1/beats/1', ...objectWithId(text, 'names-please') },
    ]);
    expect(result.ok).toBe(true);
  });

  it('flags a `next` loop with no way out as a dead end, and only the beats caught in it', () => {
    const { text, result } = variant((s) => {
      for (const kind of ['strong', 'mixed', 'poor'] as const) beat(s, 1, 1).reactions[kind].next = 'names-please';
    });
    const d = one(result.diagnostics, 'dead-end');
    expect(where(d)).toEqual({ severity: 'error', pointer: '/phases/1/beats/1', ...objectWithId(text, 'names-please') });
    expect(d.message).toMatch(/can never end after beat "names-please"/);
  });

  it('flags both beats of a two-beat loop', () => {
    const { result } = variant((s) => {
      for (const kind of ['strong', 'mixed', 'poor'] as const) {
        beat(s, 1, 1).reactions[kind].next = 'contract-vs-infra';
        beat(s, 2).reactions[kind].next = 'names-please';
      }
    });
    // The beats before the loop cannot end either, but the loop is where the fix goes: only its beats are reported.
    const found = withCode(result.diagnostics, 'dead-end');
    expect(found.map((d) => d.pointer)).toEqual(['/phases/1/beats/1', '/phases/2/beats/0']);
    expect(found[0]!.message).toMatch(/\(names-please -> contract-vs-infra -> names-please\)/);
    expect(result.ok).toBe(false);
  });

  it('warns about a `next` that jumps back into an earlier phase', () => {
    const { text, result } = variant((s) => {
      beat(s, 2).reactions.poor.next = 'front-end-blame';
    });
    const d = one(result.diagnostics, 'backward-jump');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases/2/beats/0/reactions/poor/next', ...valueOf(text, 'next', 'front-end-blame') });
    expect(result.ok).toBe(true);
  });
});

describe('parking lot', () => {
  it('warns when a beat revisits a topic no earlier beat parks', () => {
    const { text, result } = variant((s) => {
      delete beat(s, 1).parks;
      beat(s, 4).parks = 'error-messages';
    });
    const d = one(result.diagnostics, 'revisit-before-park');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases/3/beats/0/revisits/0', ...positionOf(text, '"error-messages"', 1) });
    expect(withCode(result.diagnostics, 'topic-never-parked')).toEqual([]);
  });

  it('warns about a topic nobody parks', () => {
    const { text, result } = variant((s) => {
      s.topics!.push({ id: 'gas-limit', label: 'Gas limit' });
    });
    const d = one(result.diagnostics, 'topic-never-parked');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/topics/1', ...objectWithId(text, 'gas-limit') });
  });
});

describe('choice mode', () => {
  it('warns about a beat with no good option', () => {
    const { text, result } = variant((s) => {
      beat(s, 4).options[0]!.verdict = 'weak';
    });
    const d = one(result.diagnostics, 'no-good-option');
    const options = positionOf(text, '"options": [', 5);
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases/4/beats/0/options', line: options.line, column: options.column + 11 });
  });

  it('warns about two options of a beat with the same text (ignoring case and spacing)', () => {
    const { text, result } = variant((s) => {
      beat(s, 4).options[1]!.text = '  thanks, everyone.  I\'ll send the write-up with owners and dates today.';
    });
    const d = one(result.diagnostics, 'duplicate-option-text');
    const second = positionOf(text, '"text": "  thanks');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases/4/beats/0/options/1/text', line: second.line, column: second.column + 8 });
  });
});

describe('scorer agreement', () => {
  /** A fake scorer that follows the author's verdicts, except for the texts it is told to overrate. */
  function verdictScorer(overrate: string[] = []) {
    const verdicts = new Map<string, string>();
    for (const phase of minimal().phases) for (const b of phase.beats) for (const o of b.options) verdicts.set(o.text, o.verdict);
    const seen: { text: string; ctx: LintReplyContext }[] = [];
    const scorer = (text: string, ctx: LintReplyContext) => {
      seen.push({ text, ctx });
      if (overrate.includes(text)) return { score: 85 };
      return { score: { good: 80, weak: 50, poor: 20 }[verdicts.get(text) ?? 'weak'] ?? 50 };
    };
    return { scorer, seen };
  }

  it('is silent when every good option outscores every poor one', () => {
    const { scorer, seen } = verdictScorer();
    const result = loadScenarioText(pretty(minimal()), FILE, { scorer });
    expect(result.diagnostics).toEqual([]);
    expect(seen).toHaveLength(12);
    const atActions = seen.find((x) => x.text.startsWith('Cap claim batches'))!.ctx;
    expect(atActions).toEqual({
      phase: 'action-items',
      archetype: 'demanding',
      line: 'What are we doing so this never happens again?',
      exhibits: [],
      parkedTopics: ['Front-end error messages'],
      expected: ['ownership'],
    });
  });

  it('warns at a poor option the scorer rates at least as high as a good one', () => {
    const poor = minimal().phases[3]!.beats[0]!.options[1]!.text;
    const { scorer } = verdictScorer([poor]);
    const { text, result } = variant(() => {}, { scorer });
    const d = one(result.diagnostics, 'scorer-disagrees');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/phases/3/beats/0/options/1', ...objectWithId(text, 'vague') });
    expect(d.message).toMatch(/gives this poor option 85 but the good option "owned" only 80/);
    expect(result.ok).toBe(true);
  });

  it('turns a scorer that throws into a warning instead of a crash', () => {
    const { result } = variant(() => {}, {
      scorer: () => {
        throw new Error('model not loaded');
      },
    });
    const d = one(result.diagnostics, 'scorer-failed');
    expect(d).toMatchObject({ severity: 'warning', pointer: '', line: 1, column: 1 });
    expect(d.message).toMatch(/model not loaded/);
  });
});

describe('timeline and exhibits', () => {
  it('warns about timeline entries out of time order', () => {
    const { text, result } = variant((s) => {
      s.timeline[2]!.time = '13:59:30';
    });
    const d = one(result.diagnostics, 'timeline-order');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/timeline/2/time', ...valueOf(text, 'time', '13:59:30') });
  });

  it('warns about metric points out of time order', () => {
    const { text, result } = variant((s) => {
      const metric = s.exhibits[0]!;
      if (metric.kind !== 'metric') throw new Error('fixture changed');
      metric.series[0]!.points[2] = ['14:01', 30];
    });
    const d = one(result.diagnostics, 'series-order');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/exhibits/0/series/0/points/2/0', ...positionOf(text, '"14:01"') });
  });

  it('warns about an exhibit nothing references', () => {
    const { text, result } = variant((s) => {
      beat(s, 2).expects.exhibits = ['rpc-log'];
    });
    const d = one(result.diagnostics, 'unused-exhibit');
    expect(where(d)).toEqual({ severity: 'warning', pointer: '/exhibits/2', ...objectWithId(text, 'failed-claims') });
  });
});
