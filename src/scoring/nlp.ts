/**
 * Loads wink-nlp and its English model.
 *
 * The model is about 1 MB gzip and takes tens to hundreds of milliseconds to initialise, so it is only ever reached
 * through a dynamic `import()`: the browser's first screen never bundles it, and Vite splits it into its own chunk.
 * Call `loadNlp()` once (e.g. when the briefing screen shows) and keep the result.
 */
import type { WinkMethods } from 'wink-nlp';

/** The wink-nlp instance the scorer reads documents with. */
export type Nlp = WinkMethods;

/**
 * The annotations the scorer needs: sentence boundaries, negation scope, part of speech, and named entities (dates
 * and times feed "evidence" and "deadline"). Sentiment and custom entities are left out: they cost time and the
 * scorer does not use them.
 */
export const PIPE = ['sbd', 'negation', 'pos', 'ner'];

let pending: Promise<Nlp> | null = null;

/** Loads (once) and returns the wink-nlp instance. Later calls return the same promise. */
export function loadNlp(): Promise<Nlp> {
  pending ??= (async () => {
    const [winkModule, modelModule] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
    return winkModule.default(modelModule.default, PIPE);
  })();
  return pending;
}
