/**
 * Loading the real reply scorer, lazily. Its language model is ~1 MB, so it lives in its own chunk, fetched while the
 * trainee reads the briefing and never on the first screen. Only this file imports `src/scoring/`, and only through
 * a dynamic `import()`; only `main.tsx` imports this file (tests inject a fake loader).
 */
import type { ScorerLoader } from './scorer-state';

export const loadReplyScorer: ScorerLoader = async (onStage) => {
  onStage?.('download');
  const m = await import('../../scoring');
  onStage?.('initialise');
  return m.loadScorer();
};
