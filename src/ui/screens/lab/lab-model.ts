/**
 * The Scenario lab's logic, React-free: validate the editor text, lay the meeting out as a graph (phases as columns,
 * beats as nodes, each option with where it leads), and put the scorer's verdict beside the author's.
 */
import { nextInOrder, type CompiledBeat, type CompiledScenario } from '../../../scenario/compile';
import type { Diagnostic } from '../../../scenario/diagnostics';
import { loadScenarioText, type LoadResult } from '../../../scenario/load';
import { lineStarts } from '../../../scenario/json-locate';
import type { Move, Verdict } from '../../../scenario/schema';
import { gradeVerdict } from '../../../engine/rules';
import type { ReplyScorer } from '../../../engine/scorer-seam';

/** Validates, lints (with the scorer's agreement check when a scorer is given) and compiles the editor text. */
export function validateText(text: string, file: string, scorer?: ReplyScorer): LoadResult {
  if (text.trim() === '') return { ok: false, diagnostics: [] };
  return loadScenarioText(text, file, scorer ? { scorer } : {});
}

/** Character offset of a 1-based line and column in `text` (clamped to the text). */
export function offsetOf(text: string, line: number, column = 1): number {
  const starts = lineStarts(text);
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  return Math.min(start + Math.max(column, 1) - 1, text.length);
}

/** The worst severity on each line that has diagnostics. */
export function severityByLine(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic['severity']> {
  const byLine = new Map<number, Diagnostic['severity']>();
  for (const d of diagnostics) {
    if (byLine.get(d.line) !== 'error') byLine.set(d.line, d.severity);
  }
  return byLine;
}

// ---------------------------------------------------------------- graph

export interface GraphLink {
  optionId: string;
  verdict: Verdict;
  text: string;
  /** The beat this option leads to, or null when the meeting ends after it. */
  to: string | null;
  /** Why it goes there: the option's own `next`, the reaction's `next`, or the agenda order. */
  via: 'option' | 'reaction' | 'agenda';
}

export interface GraphBeat {
  id: string;
  speaker: string;
  speakerName: string;
  followUp: boolean;
  line: string;
  links: GraphLink[];
}

export interface GraphColumn {
  phaseId: string;
  title: string;
  kind: string;
  beats: GraphBeat[];
}

const GRADE_OF_VERDICT = { good: 'strong', weak: 'mixed', poor: 'poor' } as const;

/** Where an option leads, as the engine decides it (`nextBeat` in src/engine/rules.ts). */
function linkOf(scenario: CompiledScenario, beat: CompiledBeat, option: CompiledBeat['options'][number]): GraphLink {
  const reactionNext = beat.reactions[GRADE_OF_VERDICT[option.verdict]].next;
  const jump = option.next ?? reactionNext;
  const base = { optionId: option.id, verdict: option.verdict, text: option.text };
  if (jump !== undefined && scenario.beatIndex[jump] !== undefined) {
    return { ...base, to: jump, via: option.next !== undefined ? 'option' : 'reaction' };
  }
  return { ...base, to: nextInOrder(scenario, beat.order)?.id ?? null, via: 'agenda' };
}

/** The meeting as columns of phases, each with its beats and, for every option, the beat it leads to. */
export function meetingGraph(scenario: CompiledScenario): GraphColumn[] {
  return scenario.phases.map((phase, phaseIndex) => ({
    phaseId: phase.id,
    title: phase.title,
    kind: phase.kind,
    beats: scenario.beats
      .filter((b) => b.phaseIndex === phaseIndex)
      .map((beat) => ({
        id: beat.id,
        speaker: beat.speaker,
        speakerName: scenario.stakeholderIndex[beat.speaker]?.name ?? beat.speaker,
        followUp: beat.followUp === true,
        line: beat.lines[0] ?? '',
        links: beat.options.map((o) => linkOf(scenario, beat, o)),
      })),
  }));
}

// ---------------------------------------------------------------- scorer verdicts

export interface ScorerOpinion {
  score: number;
  /** Moves the scorer found in the option's words. */
  moves: Move[];
  /** What the engine would grade this text if the trainee typed it, as an author verdict. */
  verdict: Verdict;
  disagrees: boolean;
}

const VERDICT_OF_GRADE = { strong: 'good', mixed: 'weak', poor: 'poor' } as const;

/**
 * The scorer's opinion of every option, by beat id then option id: score, moves, and the verdict the engine would
 * give the same words typed (`gradeVerdict`). It disagrees when that verdict differs from the author's.
 */
export function scorerOpinions(scenario: CompiledScenario, scorer: ReplyScorer): Record<string, Record<string, ScorerOpinion>> {
  const out: Record<string, Record<string, ScorerOpinion>> = {};
  const parked: string[] = [];
  for (const beat of scenario.beats) {
    const archetype = scenario.stakeholderIndex[beat.speaker]?.archetype ?? 'neutral';
    const byOption: Record<string, ScorerOpinion> = {};
    for (const option of beat.options) {
      try {
        const verdict = scorer(option.text, {
          phase: beat.phaseKind,
          archetype,
          line: beat.lines[0] ?? '',
          exhibits: [],
          parkedTopics: [...parked],
          expected: [...beat.expects.moves],
        });
        const [grade] = gradeVerdict(verdict, beat, []);
        const moves = (Object.keys(verdict.moves) as Move[]).filter((m) => verdict.moves[m]);
        const scorerVerdict = VERDICT_OF_GRADE[grade];
        byOption[option.id] = { score: Math.round(verdict.score), moves, verdict: scorerVerdict, disagrees: scorerVerdict !== option.verdict };
      } catch {
        // A scorer that throws on one text should not take the lab down; the lint reports `scorer-failed`.
      }
    }
    out[beat.id] = byOption;
    if (beat.parks !== undefined) {
      const label = scenario.topicIndex[beat.parks];
      if (label !== undefined && !parked.includes(label)) parked.push(label);
    }
  }
  return out;
}

/** A file name for downloading the current text. */
export function downloadName(text: string, fallback = 'scenario'): string {
  const id = /"id"\s*:\s*"([a-z0-9-]+)"/.exec(text)?.[1];
  return `${id ?? fallback}.json`;
}
