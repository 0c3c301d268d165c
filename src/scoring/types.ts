/**
 * The reply scorer's types: the shared vocabulary (moves, phases, archetypes), the flags only the scorer raises, and
 * the contract it implements, which is the engine's seam.
 */
import type { PhaseKind } from '../scenario/vocabulary';

export { MOVES, PHASE_KINDS as PHASES } from '../scenario/vocabulary';
export type { Archetype, Move, PhaseKind } from '../scenario/vocabulary';

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
  'shared-owner',
  'has-owner',
  'has-deadline',
  'exhibit',
  'learned',
  'truncated',
  'empty',
  'unreadable',
] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * The reply scorer's contract is the engine's seam (src/engine/scorer-seam.ts): the engine owns the shape it is
 * given, the scorer implements it, and neither imports the other's code (these are type-only imports).
 */
export type { ReplyContext, ReplyHighlight, ReplyScorer, ReplyTip, ReplyVerdict } from '../engine/scorer-seam';
import type { ReplyContext } from '../engine/scorer-seam';

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
