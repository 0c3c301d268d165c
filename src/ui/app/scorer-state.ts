/**
 * The scorer as the shell sees it: how it is loaded (an injected loader, so tests never load the language model),
 * where loading is, and the stand-in used when it fails to load.
 */
import type { ReplyScorer } from '../../engine/scorer-seam';
import { MOVES, type Move } from '../../scenario/vocabulary';

/** Where loading is: fetching the code and model, then initialising it. */
export type ScorerStage = 'download' | 'initialise';

export type ScorerLoader = (onStage?: (stage: ScorerStage) => void) => Promise<ReplyScorer>;

export type ScorerState =
  | { status: 'idle' }
  | { status: 'loading'; stage: ScorerStage }
  | { status: 'ready'; scorer: ReplyScorer }
  | { status: 'failed'; message: string };

/** Flag on every verdict from `unscoredScorer`, so the debrief can tell replies were not analysed. */
export const UNSCORED_FLAG = 'unscored';

/**
 * Stands in when the scorer fails to load: the meeting then runs in pick mode, where the author's verdict on each
 * option decides the reaction, and the verdict says plainly that the words were not analysed.
 */
export const unscoredScorer: ReplyScorer = () => ({
  moves: Object.fromEntries(MOVES.map((m) => [m, false])) as Record<Move, boolean>,
  flags: [UNSCORED_FLAG],
  score: 50,
  highlights: [],
  tips: [],
});
