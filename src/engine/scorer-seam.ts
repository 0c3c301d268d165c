/**
 * The seam between the meeting engine and whatever judges a reply.
 *
 * The engine is handed a `ReplyScorer` when its machine is created and never imports `src/scoring/`. The real
 * scorer (`src/scoring/`) implements these types (a type-only import); `ui/` and `cli/` wire the two together.
 * Tests can pass a tiny fake.
 */
import type { Archetype, Move, PhaseKind } from '../scenario/vocabulary';

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
  /**
   * "learned": the span is what a learned model weighed (words like these in labelled replies), not what a rule
   * matched. Absent: a rule's match. The debrief shows the difference; the CLI's JSON Lines leave it out.
   */
  source?: 'learned';
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
  /**
   * Finer coaching labels, e.g. "counterfactual". The engine reads two of them when grading: "blameless-frame" and
   * "restores-safety" keep a reply that meets no expected move from being graded poor (rules.ts, gradeVerdict).
   */
  flags: string[];
  /** 0-100. */
  score: number;
  highlights: ReplyHighlight[];
  tips: ReplyTip[];
}

/** Must be pure and synchronous: same text and context, same verdict. */
export type ReplyScorer = (text: string, context: ReplyContext) => ReplyVerdict;
