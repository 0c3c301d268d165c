/**
 * Public entry of the reply scorer.
 *
 * In the browser: `const score = await loadScorer()` once (the wink model arrives in its own chunk), then call
 * `score(text, context)` synchronously. In Node: `await scoreReply(text, { phase: 'timeline' })` for one-offs.
 */
import { loadNlp } from './nlp';
import { createScorer } from './scorer';
import { makeContext, type ReplyContext, type ReplyScorer, type ReplyVerdict } from './types';

export { createScorer, scoreOf, WEIGHTS } from './scorer';
export { loadNlp, type Nlp } from './nlp';
export { MAX_CHARS } from './analyse';
export * from './types';

let loaded: Promise<ReplyScorer> | null = null;

/** Loads wink-nlp and its model with a dynamic import (once) and returns the synchronous scorer. */
export function loadScorer(): Promise<ReplyScorer> {
  loaded ??= loadNlp().then(createScorer);
  return loaded;
}

/** Node convenience: scores one reply; `context` defaults everything but what you pass (phase: timeline). */
export async function scoreReply(text: string, context: Partial<ReplyContext> = {}): Promise<ReplyVerdict> {
  const scorer = await loadScorer();
  return scorer(text, makeContext(context.phase ?? 'timeline', context));
}
