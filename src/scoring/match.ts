/**
 * Compiles lexicon phrases into regular expressions and finds them in an analysed reply, as token ranges with
 * offsets into the original text.
 */
import { lastAtOrBefore, type Analysis } from './analyse';
import { MACROS, type Phrase } from './lexicon';

export interface Compiled {
  id: string;
  weight: number;
  re: RegExp;
  /** Matched against the class view (names and dates abstracted) rather than the plain normals. */
  cls: boolean;
  hedged: boolean;
  /**
   * A prefilter: the pattern's id in the literal index, whose literals include one that every match contains (see
   * `requiredLiterals`). Null when the pattern requires no literal; the regex then always runs.
   */
  prefilter?: number | null;
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
    return {
      id: p.id,
      weight: p.weight ?? 1,
      hedged: p.hedged ?? false,
      cls: source.includes('@'),
      re,
      prefilter: prefilterOf(re),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Prefilter: most phrases cannot match most replies. Each pattern is reduced, once, to up to three sets of literal
// strings such that every match contains a literal of each set. Per reply, one pass over each haystack finds which of
// all the lexicon's literals it contains, and a phrase with a set none of whose literals occur is not run. The test
// can only err towards running the regex, never towards skipping a match.

/** What a regex node requires of the text it matches. */
interface LitInfo {
  /** Every string the node can match, when that is a short list; else null. */
  exact: string[] | null;
  /** Literal sets ("clauses"): every match contains a literal of each. Empty when nothing is known to be required. */
  reqs: string[][];
}

const EXACT_LIMIT = 16;
const SMALL_CLAUSE = 24;
const SPECIAL = new Set('\\^$.|?*+()[]{}');
const QUANTIFIER = new Set('*+?{');
const MAX_CLAUSES = 3;
const ANY: LitInfo = { exact: null, reqs: [] };
const EMPTY: LitInfo = { exact: [''], reqs: [] };

/** How selective a required set is: its shortest literal's length (0 means it requires nothing). */
function strength(set: readonly string[] | null): number {
  if (!set || set.length === 0) return 0;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

/** Every clause `info` implies: its exact strings (if none is empty) and its required sets. */
function clausesOf(info: LitInfo): string[][] {
  return info.exact && strength(info.exact) > 0 ? [info.exact, ...info.reqs] : info.reqs;
}

/** The most selective clauses first (longest shortest literal, then fewest literals). */
function strongest(clauses: string[][], max: number): string[][] {
  const ranked = clauses.map((c) => ({ c, s: strength(c) })).filter((x) => x.s > 0);
  ranked.sort((x, y) => y.s - x.s || x.c.length - y.c.length);
  const out: string[][] = [];
  for (const { c } of ranked) if (out.length < max && !out.includes(c)) out.push(c);
  return out;
}

/** The final clauses: each without literals that contain another of its literals, and none implied by a stronger one. */
function tidy(clauses: string[][]): string[][] {
  const seen = new Set<string>();
  const kept: string[][] = [];
  for (const clause of clauses) {
    // A literal that contains another one adds nothing: "the timeline " is found whenever "timeline " is.
    const u = uniq(clause).sort((x, y) => x.length - y.length);
    // (Quadratic, so only for small sets; a larger set just keeps some redundant literals.)
    const small = u.length <= SMALL_CLAUSE;
    const c = (small ? u.filter((x, k) => !u.some((y, j) => j < k && x.includes(y))) : u).sort();
    const key = c.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    // Met whenever a stronger clause is met (each of its literals contains one of ours): adds nothing.
    if (small && kept.some((d) => d.length <= SMALL_CLAUSE && d.every((x) => c.some((y) => x.includes(y))))) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * The literals one of which every match of `re` contains (its most selective literal set), or null if there is no
 * such set (or the pattern uses syntax this small parser does not know, in which case it gives up rather than guess).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  return requiredLiteralSets(re)?.[0] ?? null;
}

/** Up to three literal sets, most selective first, such that every match of `re` contains a literal of each. */
export function requiredLiteralSets(re: RegExp): string[][] | null {
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
    const req: string[] = [];
    for (const a of alts) {
      if (exact && a.exact && exact.length + a.exact.length <= EXACT_LIMIT) exact.push(...a.exact);
      else exact = null;
      const best = a.reqs.length === 0 ? (strength(a.exact) > 0 ? a.exact : undefined) : strongest(clausesOf(a), 1)[0];
      if (!best) return { exact: exact && uniq(exact), reqs: [] };
      for (const x of best) req.push(x);
    }
    return { exact: exact && uniq(exact), reqs: [req] };
  };

  const alternative = (): LitInfo => {
    // `run`: every string the terms since the last break can match; `clauses`: what the terms so far require.
    let run: string[] = [''];
    let allExact = true;
    const clauses: string[][] = [];
    while (!failed && i < src.length && src[i] !== '|' && src[i] !== ')') {
      const t = plainRun() ?? quantified(term());
      if (t.exact && run.length * t.exact.length <= EXACT_LIMIT) {
        if (t.exact.length === 1) {
          const y = t.exact[0]!;
          run = run.length === 1 ? [run[0]! + y] : run.map((x) => x + y);
        } else {
          const next: string[] = [];
          for (const x of run) for (const y of t.exact) next.push(x + y);
          run = uniq(next);
        }
        if (t.reqs.length > 0) clauses.push(...t.reqs);
        continue;
      }
      allExact = false;
      clauses.push(run);
      if (t.exact) {
        run = t.exact;
        clauses.push(...t.reqs);
      } else {
        clauses.push(...t.reqs);
        run = [''];
      }
    }
    clauses.push(run);
    return { exact: allExact ? run : null, reqs: clauses.length === 1 ? (strength(run) > 0 ? clauses : []) : strongest(clauses, MAX_CLAUSES) };
  };

  /** A run of plain characters, none of them quantified, as one exact string (parsing char by char is slow). */
  const plainRun = (): LitInfo | null => {
    let j = i;
    while (j < src.length && !SPECIAL.has(src[j]!)) j++;
    // The last plain character belongs to a following quantifier.
    if (j < src.length && QUANTIFIER.has(src[j]!)) j--;
    if (j - i < 2) return null;
    const run = src.slice(i, j);
    i = j;
    return { exact: [run], reqs: [] };
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
    if (min === 0) return { exact: max === 1 && atom.exact ? uniq([''].concat(atom.exact)) : null, reqs: [] };
    return { exact: null, reqs: strongest(clausesOf(atom), MAX_CLAUSES) };
  };

  const classSet = (negated: boolean, chars: string[] | null): LitInfo =>
    !negated && chars && chars.length > 0 && chars.length <= 8 ? { exact: uniq(chars), reqs: [] } : ANY;

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
      return ch === null ? ANY : { exact: [ch], reqs: [] };
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') return fail();
    i++;
    return { exact: [c], reqs: [] };
  };

  const top = disjunction();
  if (failed || i !== src.length) return null;
  const clauses = tidy(strongest(clausesOf(top), MAX_CLAUSES + 2)).slice(0, MAX_CLAUSES);
  return clauses.length > 0 ? clauses : null;
}

// The literal index. Every distinct pattern and every distinct literal is interned once (across `compile` calls, so
// the index stays as small as the lexicon), and each literal gets a "key" n-gram: its least shared 3-gram, or the whole
// literal if shorter. One pass over a haystack, n-gram by n-gram, finds the literals whose key occurs there, confirms
// each with `startsWith`, and marks the patterns that need it as possible.

const BUCKET_BITS = 1 << 15;
const BUCKET_MASK = BUCKET_BITS - 1;

function gramHash(kind: number, a: number, b: number, c: number): number {
  let h = Math.imul(a ^ (kind << 20), 0x9e3779b1);
  h = Math.imul(h ^ b ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae3d);
  return (h ^ (h >>> 16)) & BUCKET_MASK;
}

const patternIds = new Map<string, number>();
/** Per pattern: the ids of its primary (most selective) clause's literals, which the index marks it by. */
const patternLiterals: number[][] = [];
/** Per pattern: its other clauses' literal ids, checked once the primary clause is met. */
const patternMore: (Int32Array[] | null)[] = [];
const literalIds = new Map<string, number>();
const literalText: string[] = [];

interface Index {
  /** Per key length (1, 2, 3): literal ids bucketed by key hash (`lits[start[h]] .. lits[start[h + 1] - 1]`). */
  buckets: { start: Int32Array; lits: Int32Array }[];
  /** Offset of each literal's key in the literal. */
  keyAt: Int32Array;
  /** The patterns that need each literal: `patterns[patternStart[id]] .. patterns[patternStart[id + 1] - 1]`. */
  patternStart: Int32Array;
  patterns: Int32Array;
}
/** Rebuilt on first use after a pattern was added. */
let index: Index | null = null;

function internLiteral(literal: string): number {
  let lit = literalIds.get(literal);
  if (lit === undefined) {
    lit = literalText.length;
    literalIds.set(literal, lit);
    literalText.push(literal);
  }
  return lit;
}

/** Patterns that require no literal (no prefilter). */
const unfiltered = new Set<string>();

/** The pattern's id in the literal index, or null if it has no required literals. Parsed once per distinct pattern. */
function prefilterOf(re: RegExp): number | null {
  const key = `${re.flags}/${re.source}`;
  const known = patternIds.get(key);
  if (known !== undefined) return known;
  if (unfiltered.has(key)) return null;
  const clauses = requiredLiteralSets(re);
  if (clauses) return internPattern(key, clauses);
  unfiltered.add(key);
  return null;
}

function internPattern(key: string, clauses: readonly (readonly string[])[]): number {
  let id = patternIds.get(key);
  if (id === undefined) {
    id = patternLiterals.length;
    patternIds.set(key, id);
    patternLiterals.push(clauses[0]!.map(internLiteral));
    patternMore.push(clauses.length > 1 ? clauses.slice(1).map((c) => Int32Array.from(c, internLiteral)) : null);
    index = null;
  }
  return id;
}

/** The pattern's other clauses each have a literal in the scanned haystack. */
function moreClausesMet(pattern: number, scan: Scan): boolean {
  const more = patternMore[pattern];
  if (!more) return true;
  for (const clause of more) {
    let met = false;
    for (let l = 0; l < clause.length && !met; l++) met = scan.found[clause[l]!] === scan.stamp;
    if (!met) return false;
  }
  return true;
}

function buildIndex(): Index {
  const count = literalText.length;
  // How many literals share each 3-gram: a widely shared one ("ing", "you") is a poor key.
  const shared = new Map<string, number>();
  for (const lit of literalText) {
    for (let k = 0; k + 3 <= lit.length; k++) {
      const g = lit.slice(k, k + 3);
      // (A 3-gram repeated within one literal counts once.)
      if (lit.indexOf(g) === k) shared.set(g, (shared.get(g) ?? 0) + 1);
    }
  }
  const keyAt = new Int32Array(count);
  const hashes = new Int32Array(count);
  for (let id = 0; id < count; id++) {
    const lit = literalText[id]!;
    let at = 0;
    for (let k = 1; k + 3 <= lit.length; k++) if (shared.get(lit.slice(k, k + 3))! < shared.get(lit.slice(at, at + 3))!) at = k;
    keyAt[id] = at;
    const kind = Math.min(lit.length, 3);
    hashes[id] = gramHash(kind, lit.charCodeAt(at), kind > 1 ? lit.charCodeAt(at + 1) : 0, kind > 2 ? lit.charCodeAt(at + 2) : 0);
  }
  const buckets = [1, 2, 3].map((kind) => {
    const ids: number[] = [];
    for (let id = 0; id < count; id++) if (Math.min(literalText[id]!.length, 3) === kind) ids.push(id);
    const start = new Int32Array(BUCKET_BITS + 1);
    for (const id of ids) start[hashes[id]! + 1]! += 1;
    for (let b = 0; b < BUCKET_BITS; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, BUCKET_BITS);
    const lits = new Int32Array(ids.length);
    for (const id of ids) lits[fill[hashes[id]!]!++] = id;
    return { start, lits };
  });
  const patternStart = new Int32Array(count + 1);
  for (const lits of patternLiterals) for (const lit of lits) patternStart[lit + 1]! += 1;
  for (let id = 0; id < count; id++) patternStart[id + 1]! += patternStart[id]!;
  const fill = patternStart.slice(0, count);
  const patterns = new Int32Array(patternStart[count]!);
  patternLiterals.forEach((lits, pattern) => {
    for (const lit of lits) patterns[fill[lit]!++] = pattern;
  });
  return { buckets, keyAt, patternStart, patterns };
}

/**
 * What each of the last two haystacks (a reply's `norm` and `cls`) contains: `found[lit] === stamp` for its literals,
 * `possible[pattern] === stamp` for the patterns that may match. Reused from reply to reply; `index` identifies the
 * index it was computed with.
 */
interface Scan {
  haystack: string | null;
  index: Index | null;
  found: Int32Array;
  possible: Int32Array;
  stamp: number;
}
const scans: Scan[] = [0, 1].map(() => ({ haystack: null, index: null, found: new Int32Array(0), possible: new Int32Array(0), stamp: 0 }));
let nextScan = 0;

function scanOf(haystack: string): Scan {
  const ix = (index ??= buildIndex());
  if (scans[0]!.haystack === haystack && scans[0]!.index === ix) return scans[0]!;
  if (scans[1]!.haystack === haystack && scans[1]!.index === ix) return scans[1]!;
  const scan = scans[nextScan]!;
  nextScan ^= 1;
  if (scan.found.length < literalText.length || scan.possible.length < patternLiterals.length) {
    scan.found = new Int32Array(literalText.length);
    scan.possible = new Int32Array(patternLiterals.length);
    scan.stamp = 0;
  }
  const stamp = ++scan.stamp;
  const one = ix.buckets[0]!;
  const two = ix.buckets[1]!;
  const three = ix.buckets[2]!;
  const anyOne = one.lits.length > 0;
  const anyTwo = two.lits.length > 0;
  const n = haystack.length;
  for (let k = 0; k < n; k++) {
    const x = haystack.charCodeAt(k);
    if (anyOne) {
      const h = gramHash(1, x, 0, 0);
      if (one.start[h] !== one.start[h + 1]) confirm(ix, one, h, k, haystack, scan, stamp);
    }
    if (k + 1 >= n) break;
    const y = haystack.charCodeAt(k + 1);
    if (anyTwo) {
      const h = gramHash(2, x, y, 0);
      if (two.start[h] !== two.start[h + 1]) confirm(ix, two, h, k, haystack, scan, stamp);
    }
    if (k + 2 >= n) continue;
    const h = gramHash(3, x, y, haystack.charCodeAt(k + 2));
    if (three.start[h] !== three.start[h + 1]) confirm(ix, three, h, k, haystack, scan, stamp);
  }
  scan.haystack = haystack;
  scan.index = ix;
  return scan;
}

/** Confirms the literals keyed by n-gram hash `h` whose key sits at offset `k`, and marks their patterns possible. */
function confirm(ix: Index, table: { start: Int32Array; lits: Int32Array }, h: number, k: number, haystack: string, scan: Scan, stamp: number): void {
  const found = scan.found;
  for (let j = table.start[h]!, end = table.start[h + 1]!; j < end; j++) {
    const id = table.lits[j]!;
    if (found[id] === stamp) continue;
    const from = k - ix.keyAt[id]!;
    if (from < 0 || !haystack.startsWith(literalText[id]!, from)) continue;
    found[id] = stamp;
    for (let q = ix.patternStart[id]!, last = ix.patternStart[id + 1]!; q < last; q++) scan.possible[ix.patterns[q]!] = stamp;
  }
}

/**
 * Compiles the phrases' regexes now rather than on first use. The prefilter runs most of them only on the replies that
 * contain their literals, so the warm-up sentences no longer reach them all. V8 compiles a regex to native code at
 * once when it first runs on a long string; this one never matches a token pattern.
 */
const WARM_HAYSTACK = ' '.repeat(1024);
export function warmUp(phrases: readonly Compiled[]): void {
  for (const p of phrases) {
    p.re.lastIndex = 0;
    p.re.exec(WARM_HAYSTACK);
    p.re.lastIndex = 0;
  }
}

/** Every non-overlapping match of every phrase (phrases may overlap each other). */
export function findAll(a: Analysis, phrases: readonly Compiled[]): Hit[] {
  const hits: Hit[] = [];
  if (a.tokens.length === 0) return hits;
  let normScan: Scan | null = null;
  let clsScan: Scan | null = null;
  for (const p of phrases) {
    const haystack = p.cls ? a.cls : a.norm;
    if (p.prefilter != null) {
      const scan = p.cls ? (clsScan ??= scanOf(haystack)) : (normScan ??= scanOf(haystack));
      if (scan.possible[p.prefilter] !== scan.stamp || !moreClausesMet(p.prefilter, scan)) continue;
    }
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
        first = a.clsUnits[lastAtOrBefore(a.clsStarts, from)]![0];
        last = a.clsUnits[lastAtOrBefore(a.clsStarts, to)]![1];
      } else {
        first = lastAtOrBefore(a.normStarts, from);
        last = lastAtOrBefore(a.normStarts, to);
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
