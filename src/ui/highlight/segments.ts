/**
 * Splits a reply into runs of text, each with the highlights (moves or flags) that cover it.
 *
 * Highlights come from the scorer as UTF-16 offsets, end exclusive, and may overlap. Offsets from stored or imported
 * transcripts cannot be trusted: non-numbers and NaN are dropped, offsets are clamped to the text, empty or reversed
 * spans are dropped, and an offset that falls between the two halves of a surrogate pair (an emoji) is widened to
 * the whole character, so no segment ever holds half a character.
 */

export interface HighlightSpan {
  move: string;
  start: number;
  end: number;
  /** The learned model's reading, not a rule's match. */
  learned: boolean;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Moves covering this run, in the order their highlights were given, without duplicates. Empty: plain text. */
  moves: string[];
  /** Those of `moves` that only the learned model marked here (no rule's span for that move covers the run). */
  learned: string[];
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True if `i` points between a high and a low surrogate. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
}

/** A clean span inside the text, or null if the highlight is unusable. */
export function normaliseSpan(text: string, h: { move?: unknown; start?: unknown; end?: unknown; source?: unknown }): HighlightSpan | null {
  if (typeof h.move !== 'string' || h.move === '') return null;
  if (typeof h.start !== 'number' || typeof h.end !== 'number') return null;
  if (Number.isNaN(h.start) || Number.isNaN(h.end)) return null;
  const clamp = (n: number) => Math.min(text.length, Math.max(0, Math.trunc(n)));
  let start = clamp(h.start);
  let end = clamp(h.end);
  if (splitsPair(text, start)) start -= 1;
  if (splitsPair(text, end)) end += 1;
  if (start >= end) return null;
  return { move: h.move, start, end, learned: h.source === 'learned' };
}

/** The text as consecutive segments covering it exactly; highlights that cannot be used are ignored. */
export function segmentText(text: string, highlights: readonly unknown[] | undefined): TextSegment[] {
  const spans: HighlightSpan[] = [];
  for (const h of highlights ?? []) {
    if (typeof h !== 'object' || h === null) continue;
    const span = normaliseSpan(text, h as Record<string, unknown>);
    if (span) spans.push(span);
  }
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const moves: string[] = [];
    const ruled = new Set<string>();
    for (const s of spans) {
      if (s.start > start || s.end < end) continue;
      if (!moves.includes(s.move)) moves.push(s.move);
      if (!s.learned) ruled.add(s.move);
    }
    const learned = moves.filter((m) => !ruled.has(m));
    const previous = segments.at(-1);
    const same = (x: string[], y: string[]) => x.length === y.length && x.every((m, k) => m === y[k]);
    // Neighbouring runs with the same moves read as one mark.
    if (previous && same(previous.moves, moves) && same(previous.learned, learned)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), moves, learned });
    }
  }
  return segments;
}
