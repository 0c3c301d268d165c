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
  /**
   * A prefilter: one of these literals occurs in every match (see `requiredLiterals`), as n-gram bit positions for
   * `mayContain`. Null when the pattern requires no literal; the regex then always runs.
   */
  need?: Int32Array[] | null;
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
    const re = new RegExp(`(?<=^| )(?:${source})(?:(?= |$)|(?<= ))`, 'g');
    const literals = requiredLiterals(re);
    return {
      id: p.id,
      weight: p.weight ?? 1,
      hedged: p.hedged ?? false,
      cls: source.includes('@'),
      re,
      need: literals && literals.map(ngramBits),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Prefilter: most phrases cannot match most replies. Each pattern is reduced, once, to a set of literal strings one of
// which every match must contain; a reply's haystack is reduced to a bitset of its character 1-, 2- and 3-grams. A
// phrase whose literals all miss a 3-gram (or 1-/2-gram) of the haystack cannot match, so its regex is not run. The
// test can only err towards running the regex, never towards skipping a match.

/** Literal sets: null means "no literal is required" (the node may match anything, or we could not tell). */
interface LitInfo {
  /** Every string the node can match, when that is a short list. */
  exact: string[] | null;
  /** One of these occurs in every match; null when nothing is required. */
  req: string[] | null;
}

const EXACT_LIMIT = 16;
const ANY: LitInfo = { exact: null, req: null };
const EMPTY: LitInfo = { exact: [''], req: null };

/** How selective a required set is: its shortest literal's length (0 means it requires nothing). */
function strength(set: readonly string[] | null): number {
  if (!set || set.length === 0) return 0;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function better(x: string[] | null, y: string[] | null): string[] | null {
  const sx = strength(x);
  const sy = strength(y);
  if (sy > sx || (sy === sx && sy > 0 && y!.length < x!.length)) return y;
  return sx > 0 ? x : null;
}

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * The literals one of which every match of `re` contains, or null if there is no such set (or the pattern uses syntax
 * this small parser does not know, in which case it gives up rather than guess).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.replace(/[gd]/g, '') !== '') return null;
  const src = re.source;
  let i = 0;
  let failed = false;
  const fail = (): LitInfo => {
    failed = true;
    return ANY;
  };

  const disjunction = (): LitInfo => {
    const alts: LitInfo[] = [alternative()];
    while (!failed && src[i] === '|') {
      i++;
      alts.push(alternative());
    }
    if (alts.length === 1) return alts[0]!;
    let exact: string[] | null = [];
    let req: string[] | null = [];
    for (const a of alts) {
      exact = exact && a.exact ? exact.concat(a.exact) : null;
      const r = better(a.exact, a.req);
      req = req && r ? req.concat(r) : null;
    }
    if (exact) exact = uniq(exact);
    if (exact && exact.length > EXACT_LIMIT) exact = null;
    return { exact, req: req && uniq(req) };
  };

  const alternative = (): LitInfo => {
    // `run`: every string the terms since the last break can match; `best`: the most selective required set so far.
    let run: string[] = [''];
    let allExact = true;
    let best: string[] | null = null;
    while (!failed && i < src.length && src[i] !== '|' && src[i] !== ')') {
      const t = quantified(term());
      if (t.exact) {
        const next: string[] = [];
        for (const x of run) for (const y of t.exact) next.push(x + y);
        if (next.length <= EXACT_LIMIT) {
          run = uniq(next);
          continue;
        }
      }
      allExact = false;
      best = better(best, run);
      if (t.exact) run = t.exact;
      else {
        best = better(best, t.req);
        run = [''];
      }
    }
    best = better(best, run);
    return { exact: allExact ? run : null, req: best };
  };

  const quantified = (atom: LitInfo): LitInfo => {
    let min: number;
    let max: number;
    const c = src[i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (src[i] === '?') i++;
    if (min === 1 && max === 1) return atom;
    if (min === 0) return { exact: max === 1 && atom.exact ? uniq([''].concat(atom.exact)) : null, req: null };
    return { exact: null, req: atom.exact ?? atom.req };
  };

  const classSet = (negated: boolean, chars: string[] | null): LitInfo =>
    !negated && chars && chars.length > 0 && chars.length <= 8 ? { exact: uniq(chars), req: null } : ANY;

  /** A character escape after a backslash at `i` (already past the backslash): its char, or null for a class. */
  const escape = (inClass: boolean): string | null | undefined => {
    const c = src[i++];
    if (c === undefined) return undefined;
    if ('dDsSwW'.includes(c)) return null;
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'f') return '\f';
    if (c === 'v') return '\v';
    if (c === 'u' || c === 'x') {
      const m = (c === 'u' ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{2}/).exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (inClass && c === 'b') return '\b';
    if (/[0-9a-zA-Z]/.test(c)) return undefined; // back-references, \c, \k, \p and the like: give up
    return c;
  };

  const charClass = (): LitInfo => {
    // at '['
    i++;
    let negated = false;
    if (src[i] === '^') {
      negated = true;
      i++;
    }
    let chars: string[] | null = [];
    while (i < src.length && src[i] !== ']') {
      let lo: string | null | undefined;
      if (src[i] === '\\') {
        i++;
        lo = escape(true);
        if (lo === undefined) return fail();
      } else lo = src[i++]!;
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        let hi: string | null | undefined;
        if (src[i] === '\\') {
          i++;
          hi = escape(true);
          if (hi === undefined || hi === null) return fail();
        } else hi = src[i++]!;
        if (lo === null) return fail();
        const from = lo.charCodeAt(0);
        const to = hi.charCodeAt(0);
        if (to < from) return fail();
        if (chars && to - from < 16) for (let k = from; k <= to; k++) chars.push(String.fromCharCode(k));
        else chars = null;
        continue;
      }
      if (lo === null) chars = null;
      else if (chars) chars.push(lo);
    }
    if (src[i] !== ']') return fail();
    i++;
    return classSet(negated, chars);
  };

  const term = (): LitInfo => {
    const c = src[i]!;
    if (c === '^' || c === '$') {
      i++;
      return EMPTY;
    }
    if (c === '(') {
      i++;
      let look = false;
      if (src[i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
        if (!m) return fail();
        i += m[0].length;
        // Lookarounds match no characters; (?: ) and named groups match their contents.
        look = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
      }
      const inner = disjunction();
      if (src[i] !== ')') return fail();
      i++;
      return look ? EMPTY : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') {
      i++;
      return ANY;
    }
    if (c === '\\') {
      i++;
      if (src[i] === 'b' || src[i] === 'B') {
        i++;
        return EMPTY;
      }
      const ch = escape(false);
      if (ch === undefined) return fail();
      return ch === null ? ANY : { exact: [ch], req: null };
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') return fail();
    i++;
    return { exact: [c], req: null };
  };

  const top = disjunction();
  if (failed || i !== src.length) return null;
  const req = better(top.exact, top.req);
  // A literal that contains another one adds nothing: "the timeline " is found whenever "timeline " is.
  return req && req.filter((x) => !req.some((y) => y !== x && x.includes(y)));
}

const BLOOM_BITS = 1 << 15;
const BLOOM_MASK = BLOOM_BITS - 1;

function gramBit(kind: number, a: number, b: number, c: number): number {
  let h = Math.imul(a ^ (kind << 20), 0x9e3779b1);
  h = Math.imul(h ^ b ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae3d);
  return (h ^ (h >>> 16)) & BLOOM_MASK;
}

/** The n-gram bits a literal needs: its single character, its one 2-gram, or all its 3-grams. */
function ngramBits(literal: string): Int32Array {
  const n = literal.length;
  if (n === 1) return Int32Array.of(gramBit(1, literal.charCodeAt(0), 0, 0));
  if (n === 2) return Int32Array.of(gramBit(2, literal.charCodeAt(0), literal.charCodeAt(1), 0));
  const out = new Int32Array(n - 2);
  for (let k = 0; k + 2 < n; k++) out[k] = gramBit(3, literal.charCodeAt(k), literal.charCodeAt(k + 1), literal.charCodeAt(k + 2));
  return out;
}

/** N-gram bitsets of the last two haystacks seen (a reply's `norm` and `cls`), reused from reply to reply. */
const blooms = [new Int32Array(BLOOM_BITS >>> 5), new Int32Array(BLOOM_BITS >>> 5)];
const bloomOf: (string | null)[] = [null, null];
let bloomNext = 0;

function bloomFor(haystack: string): Int32Array {
  if (bloomOf[0] === haystack) return blooms[0]!;
  if (bloomOf[1] === haystack) return blooms[1]!;
  const slot = bloomNext;
  bloomNext ^= 1;
  const bits = blooms[slot]!;
  bits.fill(0);
  const n = haystack.length;
  for (let k = 0; k < n; k++) {
    const x = haystack.charCodeAt(k);
    let bit = gramBit(1, x, 0, 0);
    bits[bit >>> 5]! |= 1 << (bit & 31);
    if (k + 1 >= n) break;
    const y = haystack.charCodeAt(k + 1);
    bit = gramBit(2, x, y, 0);
    bits[bit >>> 5]! |= 1 << (bit & 31);
    if (k + 2 >= n) continue;
    bit = gramBit(3, x, y, haystack.charCodeAt(k + 2));
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  bloomOf[slot] = haystack;
  return bits;
}

/** False only if the haystack cannot contain any of the phrase's required literals. */
function mayContain(bits: Int32Array, need: readonly Int32Array[]): boolean {
  for (let l = 0; l < need.length; l++) {
    const grams = need[l]!;
    let all = true;
    for (let g = 0; g < grams.length; g++) {
      const bit = grams[g]!;
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
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
    if (p.need && !mayContain(bloomFor(haystack), p.need)) continue;
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
