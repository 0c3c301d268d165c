/**
 * Play coverage: play a scenario through the real engine (`playMeeting`) and report what no playthrough reaches.
 *
 * The lint walks the beat graph statically; this plays it, so tension and walkouts count: a follow-up reached only
 * through a reaction that already pushes someone past the tension limit is never played, and a scenario whose poor
 * replies cost too little never derails. Lives in `src/cli/` because it needs the engine (the scenario layer must not
 * import it).
 *
 * - Small graphs (the product of option counts along every path, estimated by a memoised walk over beats and
 *   options, is at most `exhaustiveLimit`): every combination of options is played, once each.
 * - Larger graphs (or graphs whose jumps can loop): `randomWalks` seeded random trainees (`randomStrategy`: options,
 *   silence, pauses, exhibits, parking).
 *
 * Every playthrough is on the scenario's own difficulty (`brief.difficulty`) unless told otherwise. In choice mode
 * the author's verdict grades the reply, so the scorer cannot change the path: a neutral scorer is used by default,
 * which keeps coverage fast. Whether the scorer agrees with the author's verdicts is the lint's `scorer-disagrees`.
 */
import type { CompiledScenario } from '../scenario/compile';
import { nextInOrder } from '../scenario/compile';
import { DiagnosticPlacer, sortDiagnostics, type Diagnostic, type Finding } from '../scenario/diagnostics';
import { parseJson, toPointer, type JsonPath } from '../scenario/json-locate';
import { MOVES, type Difficulty, type Move } from '../scenario/schema';
import { playMeeting, randomStrategy, StuckMeetingError, type Strategy } from '../engine/headless';
import type { ReplyScorer } from '../engine/scorer-seam';
import type { Outcome } from '../engine/types';

export const DEFAULT_EXHAUSTIVE_LIMIT = 5000;
export const DEFAULT_RANDOM_WALKS = 1000;

export interface CoverageOptions {
  /** Play every combination of options when there are at most this many. Default 5,000. */
  exhaustiveLimit?: number;
  /** Seeded random walks otherwise. Default 1,000 (seeds 1..N). */
  randomWalks?: number;
  /** Default: the scenario's `brief.difficulty`. */
  difficulty?: Difficulty;
  /** Default: a neutral scorer (choice mode grades by the author's verdict, so the path does not depend on it). */
  scorer?: ReplyScorer;
}

export interface CoverageReport {
  mode: 'exhaustive' | 'random';
  /** Playthroughs actually played. */
  playthroughs: number;
  /** Estimated playthroughs for exhaustive play (an upper bound: walkouts cut paths short); Infinity if jumps loop. */
  estimate: number;
  difficulty: Difficulty;
  outcomes: Record<Outcome, number>;
  /** How many playthroughs played each beat, by id (every beat is listed, 0 when never played). */
  beatVisits: Record<string, number>;
  /** Beats no playthrough played, in file order. */
  beatsNeverReached: string[];
  /** Outcomes no playthrough ended in. */
  outcomesNeverReached: Outcome[];
  /** Meetings that did not end (the engine's `StuckMeetingError`), with how to reproduce them. */
  stuck: string[];
  /** Findings to place in the file: `beat-never-reached`, `ending-never-reached`, `meeting-stuck`. */
  findings: Finding[];
}

const OUTCOMES: readonly Outcome[] = ['completed', 'derailed', 'abandoned'];
const GRADE_OF_VERDICT = { good: 'strong', weak: 'mixed', poor: 'poor' } as const;

/** All moves off, score 50: enough for choice mode, where the author's verdict decides the reaction. */
const neutralScorer: ReplyScorer = () => ({
  moves: Object.fromEntries(MOVES.map((m) => [m, false])) as Record<Move, boolean>,
  flags: [],
  score: 50,
  highlights: [],
  tips: [],
});

/** Index of the beat an option leads to (as `nextBeat` in the engine's rules), or -1 for the end of the meeting. */
function successorOf(scenario: CompiledScenario, beatOrder: number, optionIndex: number): number {
  const beat = scenario.beats[beatOrder]!;
  const option = beat.options[optionIndex]!;
  const jump = option.next ?? beat.reactions[GRADE_OF_VERDICT[option.verdict]].next;
  if (jump !== undefined && scenario.beatIndex[jump] !== undefined) return scenario.beatIndex[jump]!;
  return nextInOrder(scenario, beatOrder)?.order ?? -1;
}

/**
 * How many distinct option sequences play the meeting from its first beat to the end, ignoring walkouts (so an upper
 * bound on exhaustive playthroughs). A memoised depth-first walk over beats and options; Infinity if jumps can loop.
 */
export function estimatePlaythroughs(scenario: CompiledScenario): number {
  const memo = new Map<number, number>();
  const onPath = new Set<number>();
  const count = (order: number): number => {
    if (order < 0) return 1;
    const known = memo.get(order);
    if (known !== undefined) return known;
    if (onPath.has(order)) return Infinity;
    onPath.add(order);
    let total = 0;
    const beat = scenario.beats[order]!;
    for (let i = 0; i < beat.options.length && total !== Infinity; i++) total += count(successorOf(scenario, order, i));
    onPath.delete(order);
    memo.set(order, total);
    return total;
  };
  const first = nextInOrder(scenario, -1);
  return first ? count(first.order) : 1;
}

/** Path of a beat in the scenario file: /phases/P/beats/B. */
function beatPath(scenario: CompiledScenario, order: number): JsonPath {
  const beat = scenario.beats[order]!;
  const firstOfPhase = scenario.beats.findIndex((b) => b.phaseIndex === beat.phaseIndex);
  return ['phases', beat.phaseIndex, 'beats', order - firstOfPhase];
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** Plays the scenario as described in the module comment and reports what was never reached. */
export function coverScenario(scenario: CompiledScenario, options: CoverageOptions = {}): CoverageReport {
  const limit = options.exhaustiveLimit ?? DEFAULT_EXHAUSTIVE_LIMIT;
  const walks = options.randomWalks ?? DEFAULT_RANDOM_WALKS;
  const difficulty = options.difficulty ?? scenario.brief.difficulty;
  const scorer = options.scorer ?? neutralScorer;
  const estimate = estimatePlaythroughs(scenario);
  const mode: CoverageReport['mode'] = estimate <= limit ? 'exhaustive' : 'random';

  const outcomes: Record<Outcome, number> = { completed: 0, derailed: 0, abandoned: 0 };
  const beatVisits: Record<string, number> = Object.fromEntries(scenario.beats.map((b) => [b.id, 0]));
  const stuck: string[] = [];
  let playthroughs = 0;

  const play = (strategy: Strategy, seed: number, thinkMs: number, describe: () => string): void => {
    playthroughs += 1;
    try {
      const run = playMeeting({
        input: { scenario, options: { seed, difficulty, replyMode: 'pick', hints: false } },
        scorer,
        strategy,
        thinkMs,
      });
      if (run.context.outcome) outcomes[run.context.outcome] += 1;
      const played = new Set<string>();
      for (const entry of run.context.transcript) if (entry.kind === 'challenge' && entry.beatId) played.add(entry.beatId);
      for (const id of played) beatVisits[id] = (beatVisits[id] ?? 0) + 1;
    } catch (err) {
      if (!(err instanceof StuckMeetingError)) throw err;
      stuck.push(`${describe()}: ${err.message}`);
    }
  };

  if (mode === 'exhaustive') {
    // Odometer over decision sequences: replay with the same prefix, advance the last choice that has a sibling.
    let prefix: number[] = [];
    const cap = Math.max(limit, estimate);
    while (playthroughs < cap) {
      const choices: number[] = [];
      const counts: number[] = [];
      const strategy: Strategy = ({ beat }) => {
        const i = prefix[choices.length] ?? 0;
        choices.push(i);
        counts.push(beat.options.length);
        return { type: 'choose', optionId: beat.options[i]!.id };
      };
      // Replies come at once (1 ms), so the pressure timer never fires: coverage of choices, not of silence.
      play(strategy, 1, 1, () => `options ${choices.map((c) => c + 1).join(', ')}`);
      let k = choices.length - 1;
      while (k >= 0 && choices[k]! + 1 >= counts[k]!) k--;
      if (k < 0) break;
      prefix = [...choices.slice(0, k), choices[k]! + 1];
    }
  } else {
    for (let seed = 1; seed <= walks; seed++) play(randomStrategy(seed), seed, 6000, () => `random walk seed ${seed}`);
  }

  const how =
    mode === 'exhaustive'
      ? `in any of the ${thousands(playthroughs)} playthroughs (every combination of options, on ${difficulty})`
      : `in ${thousands(playthroughs)} seeded random walks (on ${difficulty})`;
  const findings: Finding[] = [];
  const beatsNeverReached: string[] = [];
  scenario.beats.forEach((beat) => {
    if ((beatVisits[beat.id] ?? 0) > 0) return;
    beatsNeverReached.push(beat.id);
    findings.push({
      path: beatPath(scenario, beat.order),
      severity: 'warning',
      code: 'beat-never-reached',
      message: `beat "${beat.id}" is never played ${how}; the replies that lead here end the meeting first (someone walks out) or their jumps are never taken`,
    });
  });
  const outcomesNeverReached = OUTCOMES.filter((o) => outcomes[o] === 0);
  if (outcomes.completed === 0) {
    findings.push({
      path: ['phases'],
      severity: 'warning',
      code: 'ending-never-reached',
      message: `no playthrough completes the meeting ${how}: every path ends with a walkout; make the good options calm the room, or lower the tension the poor reactions add`,
    });
  }
  if (outcomes.derailed === 0) {
    findings.push({
      path: ['settings', 'tensionLimit'],
      severity: 'warning',
      code: 'ending-never-reached',
      message: `no playthrough derails ${how}: even the poorest replies never bring anyone to the tension limit (${scenario.settings.tensionLimit}); poor replies should have a cost`,
    });
  }
  if (stuck.length > 0) {
    findings.push({
      path: [],
      severity: 'error',
      code: 'meeting-stuck',
      message: `${stuck.length === 1 ? 'a meeting' : `${stuck.length} meetings`} never ended (first: ${stuck[0]}); the "next" jumps loop`,
    });
  }
  return { mode, playthroughs, estimate, difficulty, outcomes, beatVisits, beatsNeverReached, outcomesNeverReached, stuck, findings };
}

function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = Math.round((part / whole) * 100);
  if (p === 0 && part > 0) return '<1%';
  if (p === 100 && part < whole) return '>99%';
  return `${p}%`;
}

/**
 * One line per file, e.g. `scenarios/x.json: exhaustive, 1,296 playthroughs: completed 40%, derailed 60%` or
 * `scenarios/x.json: 1,000 random walks: completed 44%, derailed 56%`. Outcomes that never happened are left out
 * (the `ending-never-reached` warnings name completed and derailed).
 */
export function formatCoverageSummary(file: string, report: CoverageReport): string {
  const how =
    report.mode === 'exhaustive'
      ? `exhaustive, ${thousands(report.playthroughs)} playthrough${report.playthroughs === 1 ? '' : 's'}`
      : `${thousands(report.playthroughs)} random walk${report.playthroughs === 1 ? '' : 's'}`;
  const ended = report.playthroughs - report.stuck.length;
  const parts = OUTCOMES.filter((o) => report.outcomes[o] > 0).map((o) => `${o} ${percent(report.outcomes[o], ended)}`);
  if (report.stuck.length > 0) parts.push(`stuck ${percent(report.stuck.length, report.playthroughs)}`);
  return `${file}: ${how}: ${parts.length > 0 ? parts.join(', ') : 'no meeting ended'}`;
}

/**
 * The report's findings as diagnostics in `file`'s text. A beat the lint already reports as unreachable
 * (`unreachable-beat`, `orphan-follow-up`) is not reported again.
 */
export function coverageDiagnostics(
  report: CoverageReport,
  text: string,
  file: string,
  lintDiagnostics: readonly Diagnostic[] = [],
): Diagnostic[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const placer = new DiagnosticPlacer(file, source, parseJson(source).root);
  const already = new Set(
    lintDiagnostics
      .filter((d) => d.code === 'unreachable-beat' || d.code === 'orphan-follow-up')
      .map((d) => d.pointer.replace(/\/followUp$/, '')),
  );
  const found = report.findings
    .filter((f) => !(f.code === 'beat-never-reached' && already.has(toPointer(f.path))))
    .map((f) => placer.place(f));
  return sortDiagnostics(found);
}
