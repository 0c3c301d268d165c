/**
 * The reply scorer's own types.
 *
 * They mirror the engine's seam (`src/engine/scorer-seam.ts`) shape for shape, so a scorer built here is assignable
 * to the engine's `ReplyScorer` without `src/scoring/` importing the engine. `src/cli/score.ts` checks the fit.
 */

export const MOVES = ['acknowledge', 'evidence', 'deferral', 'blame', 'prematureFix', 'hostility', 'ownership'] as const;
export type Move = (typeof MOVES)[number];

export const PHASES = ['opening', 'timeline', 'root-cause', 'action-items', 'close'] as const;
export type PhaseKind = (typeof PHASES)[number];

export type Archetype = 'accusatory' | 'defensive' | 'demanding' | 'executive' | 'ally' | 'neutral';

/** Flags the scorer can raise besides the moves. Documented in docs/scoring.md. */
export const FLAGS = [
  'counterfactual',
  'why-who-question',
  'hindsight',
  'prevention-promise',
  'vague-action',
  'reading-out',
  'names-team',
  'human-error',
  'agrees-with-blame',
  'unowned-action',
  'praise-judgement',
  'sarcasm',
  'threat',
  'symptom-reframe',
  'how-what-question',
  'parks-topic',
  'restores-safety',
  'keeps-fair',
  'blameless-frame',
  'hedged-fix',
  'only-dashboard',
  'has-owner',
  'has-deadline',
  'exhibit',
  'truncated',
  'empty',
] as const;
export type Flag = (typeof FLAGS)[number];

export interface ReplyContext {
  /** The agenda phase the reply is given in. */
  phase: PhaseKind;
  /** Archetype of the stakeholder being answered. */
  archetype: Archetype;
  /** The stakeholder line being answered. */
  line: string;
  /** Ids of exhibits put on screen with this reply. */
  exhibits: string[];
  /** Labels of topics parked so far. */
  parkedTopics: string[];
  /** Moves the scenario author expects here (may be used to tailor tips). */
  expected: Move[];
}

/** A span of the reply text (UTF-16 offsets, end exclusive) that triggered a move or a flag. */
export interface ReplyHighlight {
  move: string;
  start: number;
  end: number;
}

export interface ReplyTip {
  /** The move or flag this tip is about, e.g. "blame" or "counterfactual". */
  about: string;
  /** What went wrong and why it matters, one or two sentences. */
  message: string;
  /** The offending words, if any. */
  quote?: string;
  /** A better phrasing of the offending words, or of the whole reply. */
  rewrite?: string;
  start?: number;
  end?: number;
}

export interface ReplyVerdict {
  moves: Record<Move, boolean>;
  flags: string[];
  /** 0-100. */
  score: number;
  highlights: ReplyHighlight[];
  tips: ReplyTip[];
}

/** Pure and synchronous: same text and context, same verdict. */
export type ReplyScorer = (text: string, context: ReplyContext) => ReplyVerdict;

/** A context with defaults for everything but the phase; handy for the CLI and tests. */
export function makeContext(phase: PhaseKind = 'timeline', over: Partial<ReplyContext> = {}): ReplyContext {
  return {
    phase,
    archetype: 'neutral',
    line: '',
    exhibits: [],
    parkedTopics: [],
    expected: [],
    ...over,
  };
}
