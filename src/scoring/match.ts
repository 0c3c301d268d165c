/**
 * Compiles lexicon phrases into regular expressions and finds them in an analysed reply, as token ranges with
 * offsets into the original text.
 */
import type { Analysis } from './analyse';
import { MACROS, type Phrase } from './lexicon';

export interface Compiled {
  id: string;
  weight: number;
  re: RegExp;
  /** Matched against the class view (names and dates abstracted) rather than the plain normals. */
  cls: boolean;
  hedged: boolean;
}

export interface Hit {
  id: string;
  weight: number;
  hedged: boolean;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

function expand(source: string): string {
  return source.replace(/\{([A-Z]+\??)\}/g, (whole, name: string) => MACROS[name] ?? whole);
}

/** Compiles phrases once; the result is reused for every reply. Patterns are anchored to token boundaries. */
export function compile(phrases: readonly (Phrase & { hedged?: boolean })[]): Compiled[] {
  return phrases.map((p) => {
    const source = expand(p.re);
    return {
      id: p.id,
      weight: p.weight ?? 1,
      hedged: p.hedged ?? false,
      cls: source.includes('@'),
      re: new RegExp(`(?<=^| )(?:${source})(?:(?= |$)|(?<= ))`, 'g'),
    };
  });
}

function unitAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every non-overlapping match of every phrase (phrases may overlap each other). */
export function findAll(a: Analysis, phrases: readonly Compiled[]): Hit[] {
  const hits: Hit[] = [];
  if (a.tokens.length === 0) return hits;
  for (const p of phrases) {
    const haystack = p.cls ? a.cls : a.norm;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(haystack)) !== null) {
      const from = m.index;
      // A pattern may end on the space after a word ("the "): the match then ends at the word before it.
      const to = from + Math.max(m[0].trimEnd().length, 1) - 1;
      if (m[0].length === 0) p.re.lastIndex += 1;
      let first: number;
      let last: number;
      if (p.cls) {
        first = a.clsUnits[unitAt(a.clsStarts, from)]![0];
        last = a.clsUnits[unitAt(a.clsStarts, to)]![1];
      } else {
        first = unitAt(a.normStarts, from);
        last = unitAt(a.normStarts, to);
      }
      // Trailing punctuation in a pattern ("relax ,") is not part of the highlighted words.
      while (last > first && /^[^\p{L}\p{N}]+$/u.test(a.tokens[last]!.norm)) last -= 1;
      while (first < last && /^[^\p{L}\p{N}@#$]+$/u.test(a.tokens[first]!.norm)) first += 1;
      hits.push({
        id: p.id,
        weight: p.weight,
        hedged: p.hedged,
        first,
        last,
        start: a.tokens[first]!.start,
        end: a.tokens[last]!.end,
      });
    }
  }
  return hits;
}
