/**
 * Lint: checks that need the whole scenario, run only once the schema passes. Each finding has its own `code`.
 *
 * The beat walk modelled here is the engine's: agenda order across phases, skipping `followUp` beats, unless a chosen
 * option's `next` or the reaction's `next` jumps; after a follow-up beat, on to the next non-follow-up beat after it
 * in file order (`nextInOrder` in compile.ts). The meeting ends when no beat follows.
 */
import type { Finding, Severity } from './diagnostics';
import { toPointer, type JsonPath } from './json-locate';
import { PHASE_KINDS, type Archetype, type Beat, type Move, type PhaseKind, type Scenario } from './schema';
import { closest } from './validate';

/**
 * What a reply scorer is told about the moment a reply is given. Mirrors `ReplyContext` in src/engine/scorer-seam.ts
 * structurally (the scenario layer must not import the engine), so the real scorer can be passed as is.
 */
export interface LintReplyContext {
  phase: PhaseKind;
  archetype: Archetype;
  line: string;
  exhibits: string[];
  parkedTopics: string[];
  expected: Move[];
}

export interface LintOptions {
  /** When given, every `good` option of a beat must score higher than every `poor` one. */
  scorer?: (text: string, ctx: LintReplyContext) => { score: number };
}

const REACTIONS = ['strong', 'mixed', 'poor'] as const;

interface FlatBeat {
  beat: Beat;
  path: JsonPath;
  phaseIndex: number;
  phaseKind: PhaseKind;
  order: number;
}

/** Finds problems in a schema-valid scenario. Pure: same scenario and scorer, same findings. */
export function lintScenario(scenario: Scenario, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const report = (path: JsonPath, severity: Severity, code: string, message: string, at?: 'key'): void => {
    findings.push(at ? { path, severity, code, message, at } : { path, severity, code, message });
  };

  const beats: FlatBeat[] = [];
  scenario.phases.forEach((phase, p) => {
    phase.beats.forEach((beat, b) => {
      beats.push({ beat, path: ['phases', p, 'beats', b], phaseIndex: p, phaseKind: phase.kind, order: beats.length });
    });
  });

  // --- duplicate ids -------------------------------------------------------------------------------------------
  const firstIndex = <T>(items: readonly T[], idOf: (t: T) => string, pathOf: (i: number) => JsonPath, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = idOf(item);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else {
        report([...pathOf(i), 'id'], 'error', 'duplicate-id', `duplicate ${what} id "${id}": already used by ${toPointer(pathOf(first))}`);
      }
    });
    return seen;
  };
  const stakeholderIds = firstIndex(scenario.stakeholders, (s) => s.id, (i) => ['stakeholders', i], 'stakeholder');
  const exhibitIds = firstIndex(scenario.exhibits, (e) => e.id, (i) => ['exhibits', i], 'exhibit');
  const topicIds = firstIndex(scenario.topics, (t) => t.id, (i) => ['topics', i], 'topic');
  firstIndex(scenario.phases, (ph) => ph.id, (i) => ['phases', i], 'phase');
  const beatIds = firstIndex(beats, (fb) => fb.beat.id, (i) => beats[i]!.path, 'beat');
  for (const fb of beats) {
    firstIndex(fb.beat.options, (o) => o.id, (i) => [...fb.path, 'options', i], 'option');
  }

  // --- unknown ids ---------------------------------------------------------------------------------------------
  const checkId = (
    id: string,
    known: Map<string, number>,
    path: JsonPath,
    code: string,
    what: string,
    at?: 'key',
  ): boolean => {
    if (known.has(id)) return true;
    const guess = closest(id, known.keys());
    const ids = [...known.keys()];
    const listed = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, ...` : ids.join(', ');
    const hint = guess ? `; did you mean "${guess}"?` : ids.length ? `; known ${what}s: ${listed}` : `; there are no ${what}s`;
    report(path, 'error', code, `unknown ${what} "${id}"${hint}`, at);
    return false;
  };
  const stakeholder = (id: string, path: JsonPath, at?: 'key') => checkId(id, stakeholderIds, path, 'unknown-stakeholder', 'stakeholder', at);
  const exhibit = (id: string, path: JsonPath) => checkId(id, exhibitIds, path, 'unknown-exhibit', 'exhibit');
  const topic = (id: string, path: JsonPath) => checkId(id, topicIds, path, 'unknown-topic', 'topic');
  const beatRef = (id: string, path: JsonPath) => checkId(id, beatIds, path, 'unknown-beat', 'beat');

  const referencedExhibits = new Set<string>();
  scenario.timeline.forEach((entry, i) => {
    if (entry.exhibit !== undefined) {
      referencedExhibits.add(entry.exhibit);
      exhibit(entry.exhibit, ['timeline', i, 'exhibit']);
    }
  });

  /** Every `next` jump, with where it is written. */
  const jumps: { from: FlatBeat; to: string; path: JsonPath }[] = [];
  for (const fb of beats) {
    const { beat, path } = fb;
    stakeholder(beat.speaker, [...path, 'speaker']);
    beat.expects.exhibits?.forEach((id, i) => {
      referencedExhibits.add(id);
      exhibit(id, [...path, 'expects', 'exhibits', i]);
    });
    if (beat.parks !== undefined) topic(beat.parks, [...path, 'parks']);
    beat.revisits?.forEach((id, i) => topic(id, [...path, 'revisits', i]));
    if (beat.interrupt?.by !== undefined) stakeholder(beat.interrupt.by, [...path, 'interrupt', 'by']);
    beat.options.forEach((option, i) => {
      if (option.next !== undefined) jumps.push({ from: fb, to: option.next, path: [...path, 'options', i, 'next'] });
    });
    for (const kind of REACTIONS) {
      const reaction = beat.reactions[kind];
      const rpath = [...path, 'reactions', kind];
      if (reaction.by !== undefined) stakeholder(reaction.by, [...rpath, 'by']);
      for (const key of Object.keys(reaction.others ?? {})) stakeholder(key, [...rpath, 'others', key], 'key');
      if (reaction.next !== undefined) jumps.push({ from: fb, to: reaction.next, path: [...rpath, 'next'] });
    }
  }
  for (const jump of jumps) beatRef(jump.to, jump.path);

  // --- agenda --------------------------------------------------------------------------------------------------
  const rank = (kind: PhaseKind) => PHASE_KINDS.indexOf(kind);
  const seenKinds = new Map<PhaseKind, number>();
  let latest: PhaseKind | undefined;
  scenario.phases.forEach((phase, i) => {
    const before = seenKinds.get(phase.kind);
    if (before !== undefined) {
      report(['phases', i, 'kind'], 'error', 'duplicate-phase', `a second "${phase.kind}" phase: the agenda has each kind at most once (the first is /phases/${before})`);
    } else if (latest !== undefined && rank(phase.kind) < rank(latest)) {
      report(['phases', i, 'kind'], 'error', 'phase-order', `the "${phase.kind}" phase comes after "${latest}"; the agenda runs ${PHASE_KINDS.join(' -> ')}`);
    }
    if (before === undefined) seenKinds.set(phase.kind, i);
    if (latest === undefined || rank(phase.kind) > rank(latest)) latest = phase.kind;

    if (phase.beats.length === 0) {
      report(['phases', i, 'beats'], 'error', 'empty-phase', `the "${phase.id}" phase has no beats`);
    } else if (phase.beats.every((b) => b.followUp)) {
      report(['phases', i], 'error', 'phase-only-follow-ups', `every beat of the "${phase.id}" phase is a followUp, so the agenda never reaches it; make at least one beat a regular beat`);
    }
  });
  for (const kind of ['opening', 'close'] as const) {
    if (!seenKinds.has(kind)) report(['phases'], 'warning', 'missing-phase', `there is no "${kind}" phase; a post-mortem ${kind === 'opening' ? 'opens by setting a blameless frame' : 'closes by recapping owners and follow-up'}`);
  }

  // --- the beat graph ------------------------------------------------------------------------------------------
  const nextInOrder = (from: number): number | undefined => {
    for (let i = from + 1; i < beats.length; i++) if (!beats[i]!.beat.followUp) return i;
    return undefined;
  };
  const END = -1;
  const successors: number[][] = beats.map(() => []);
  const targeted = new Set<number>();
  for (const jump of jumps) {
    const to = beatIds.get(jump.to);
    if (to === undefined) continue;
    successors[jump.from.order]!.push(to);
    targeted.add(to);
    const target = beats[to]!;
    if (target.phaseIndex < jump.from.phaseIndex) {
      report(jump.path, 'warning', 'backward-jump', `jumps back to beat "${jump.to}" in the earlier "${scenario.phases[target.phaseIndex]!.id}" phase; the agenda should only move forward`);
    }
  }
  // The linear successor is taken whenever the reaction given has no `next` (any reaction can follow a typed reply).
  for (const fb of beats) {
    if (REACTIONS.some((k) => fb.beat.reactions[k].next === undefined)) {
      successors[fb.order]!.push(nextInOrder(fb.order) ?? END);
    }
  }

  const reachable = new Set<number>();
  const start = nextInOrder(-1);
  const stack = start === undefined ? [] : [start];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i === END || reachable.has(i)) continue;
    reachable.add(i);
    stack.push(...successors[i]!);
  }

  // Beats from which the end of the meeting can be reached: a fixpoint over the successors.
  const canEnd = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const fb of beats) {
      if (canEnd.has(fb.order)) continue;
      if (successors[fb.order]!.some((s) => s === END || canEnd.has(s))) {
        canEnd.add(fb.order);
        changed = true;
      }
    }
  }

  for (const fb of beats) {
    if (fb.beat.followUp && !targeted.has(fb.order)) {
      report([...fb.path, 'followUp'], 'warning', 'orphan-follow-up', `beat "${fb.beat.id}" is a followUp but no option or reaction has "next": "${fb.beat.id}", so it is never played`);
    } else if (!reachable.has(fb.order)) {
      report(fb.path, 'warning', 'unreachable-beat', `beat "${fb.beat.id}" can never be reached from the first beat`);
    }
    // Every beat that cannot reach the end leads into a loop; report the beats of the loop itself.
    const loop = canEnd.has(fb.order) ? undefined : cycleThrough(fb.order, successors);
    if (loop) {
      const ids = [...loop, fb.order].map((i) => beats[i]!.beat.id).join(' -> ');
      report(fb.path, 'error', 'dead-end', `the meeting can never end after beat "${fb.beat.id}": its "next" jumps loop (${ids}) with no way out; give one reaction no "next" or point it past the loop`);
    }
  }

  // --- parking lot ---------------------------------------------------------------------------------------------
  const parkedBefore = new Set<string>();
  const parkedAnywhere = new Set(beats.map((fb) => fb.beat.parks).filter((t): t is string => t !== undefined));
  for (const fb of beats) {
    fb.beat.revisits?.forEach((id, i) => {
      if (topicIds.has(id) && !parkedBefore.has(id)) {
        report([...fb.path, 'revisits', i], 'warning', 'revisit-before-park', `beat "${fb.beat.id}" revisits topic "${id}" but no earlier beat parks it`);
      }
    });
    if (fb.beat.parks !== undefined) parkedBefore.add(fb.beat.parks);
  }
  scenario.topics.forEach((t, i) => {
    if (!parkedAnywhere.has(t.id)) report(['topics', i], 'warning', 'topic-never-parked', `topic "${t.id}" is never parked by any beat`);
  });

  // --- choice mode ---------------------------------------------------------------------------------------------
  for (const fb of beats) {
    const { beat, path } = fb;
    if (!beat.options.some((o) => o.verdict === 'good')) {
      report([...path, 'options'], 'warning', 'no-good-option', `beat "${beat.id}" has no option with verdict "good", so choice mode offers no right answer`);
    }
    const texts = new Map<string, number>();
    beat.options.forEach((o, i) => {
      const key = o.text.trim().replace(/\s+/g, ' ').toLowerCase();
      const first = texts.get(key);
      if (first === undefined) texts.set(key, i);
      else report([...path, 'options', i, 'text'], 'warning', 'duplicate-option-text', `option "${o.id}" has the same text as option "${beat.options[first]!.id}"`);
    });
  }

  // --- scorer agreement ----------------------------------------------------------------------------------------
  if (options.scorer) lintScorer(scenario, beats, options.scorer, report);

  // --- timeline and exhibits -----------------------------------------------------------------------------------
  const seconds = (t: string): number => {
    const [h = 0, m = 0, s = 0] = t.split(':').map(Number);
    return h * 3600 + m * 60 + s;
  };
  scenario.timeline.forEach((entry, i) => {
    const prev = scenario.timeline[i - 1];
    if (prev && seconds(entry.time) < seconds(prev.time)) {
      report(['timeline', i, 'time'], 'warning', 'timeline-order', `${entry.time} comes before the previous entry's ${prev.time}; keep the timeline in time order`);
    }
  });
  scenario.exhibits.forEach((ex, e) => {
    if (ex.kind === 'metric') {
      ex.series.forEach((series, s) => {
        series.points.forEach(([time], k) => {
          const prev = series.points[k - 1];
          if (prev && seconds(time) < seconds(prev[0])) {
            report(['exhibits', e, 'series', s, 'points', k, 0], 'warning', 'series-order', `point at ${time} comes before the previous point at ${prev[0]} in series "${series.name}"`);
          }
        });
      });
    }
    if (!referencedExhibits.has(ex.id)) {
      report(['exhibits', e], 'warning', 'unused-exhibit', `exhibit "${ex.id}" is never referenced by a timeline entry or a beat's expects.exhibits`);
    }
  });

  return findings;
}

/** The shortest cycle from `start` back to itself, as the beats visited (starting with `start`); undefined if none. */
function cycleThrough(start: number, successors: readonly number[][]): number[] | undefined {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q]!;
    for (const next of successors[at] ?? []) {
      if (next === start) {
        const path = [at];
        for (let p = at; p !== start; ) {
          p = parent.get(p)!;
          path.unshift(p);
        }
        return path;
      }
      if (next >= 0 && !parent.has(next)) {
        parent.set(next, at);
        queue.push(next);
      }
    }
  }
  return undefined;
}

function lintScorer(
  scenario: Scenario,
  beats: readonly FlatBeat[],
  scorer: NonNullable<LintOptions['scorer']>,
  report: (path: JsonPath, severity: Severity, code: string, message: string) => void,
): void {
  const archetypes = new Map(scenario.stakeholders.map((s) => [s.id, s.archetype]));
  const labels = new Map(scenario.topics.map((t) => [t.id, t.label]));
  const parked: string[] = [];
  for (const { beat, path, phaseKind } of beats) {
    const archetype = archetypes.get(beat.speaker);
    if (archetype !== undefined) {
      // Options are judged on their words alone: a choice is made without putting exhibits on screen.
      const ctx: LintReplyContext = {
        phase: phaseKind,
        archetype,
        line: beat.lines[0]!,
        exhibits: [],
        parkedTopics: [...parked],
        expected: [...beat.expects.moves],
      };
      let scores: number[];
      try {
        scores = beat.options.map((o) => scorer(o.text, ctx).score);
      } catch (err) {
        report([], 'warning', 'scorer-failed', `the scorer threw while scoring beat "${beat.id}": ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      const goods = beat.options.map((o, i) => ({ o, i })).filter(({ o }) => o.verdict === 'good');
      beat.options.forEach((poor, i) => {
        if (poor.verdict !== 'poor' || goods.length === 0) return;
        const poorScore = scores[i]!;
        const worstGood = goods.reduce((a, b) => (scores[b.i]! < scores[a.i]! ? b : a));
        const goodScore = scores[worstGood.i]!;
        if (goodScore <= poorScore) {
          report([...path, 'options', i], 'warning', 'scorer-disagrees', `the scorer gives this poor option ${Math.round(poorScore)} but the good option "${worstGood.o.id}" only ${Math.round(goodScore)}; reword one of them (or the scorer is missing something)`);
        }
      });
    }
    if (beat.parks !== undefined) {
      const label = labels.get(beat.parks);
      if (label !== undefined && !parked.includes(label)) parked.push(label);
    }
  }
}
