/**
 * Turns a reply into a token stream the rules can match against, with every token mapped back to UTF-16 offsets in
 * the ORIGINAL text.
 *
 * wink-nlp tokenises, splits sentences, tags parts of speech, marks negation scope and finds dates/times. Tokens come
 * with their preceding whitespace, so walking them rebuilds the text; where wink drops a character (it drops U+2028,
 * for one) the walk re-synchronises by searching forward, so offsets stay exact.
 *
 * Matching runs over `norm`: the lower-cased token normals (contractions expanded: "won't" -> "will not",
 * "Let's" -> "let us") joined by single spaces. A regex match on that string maps back to a token range, and from
 * there to the original words.
 */
import { NOT_NAMES, TEAM_WORDS } from './lexicon';
import type { Nlp } from './nlp';

/** Analysis stops here; the rest of a longer reply is not read (the verdict says so with the `truncated` flag). */
export const MAX_CHARS = 4000;

export interface Token {
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The original characters. */
  text: string;
  /** Lower-cased normal form ("n't" -> "not", "wo" -> "will"), straight quotes. */
  norm: string;
  lemma: string;
  pos: string;
  /** Inside a negation's scope, as wink-nlp marks it ("won't ¬fix ¬anything until ..."). */
  neg: boolean;
  /** Sentence index. */
  sent: number;
  /** Clause index: sentences split further at , ; : dashes and before "but"/"however"/"although". */
  clause: number;
  /** Starts with an upper-case letter in the original. */
  cap: boolean;
  /** Named-entity type covering this token (DATE, TIME, PERCENT, CARDINAL, ...), if any. */
  ent: string | null;
}

export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
  question: boolean;
}

export interface Analysis {
  /** The analysed text: the original, cut at MAX_CHARS. */
  text: string;
  truncated: boolean;
  tokens: Token[];
  sentences: Sentence[];
  /** Token normals joined by single spaces. */
  norm: string;
  /** Offset in `norm` where each token starts. */
  normStarts: number[];
  /**
   * The "class" view: like `norm`, but a person's name reads "@name", a future date or deadline (one wink DATE
   * entity, however many tokens) reads "@date", a past one "@pastdate", and a bare "today"/"tonight" "@today". `clsUnits[u]` is the token range of unit u.
   */
  cls: string;
  clsStarts: number[];
  clsUnits: [number, number][];
  /** Token indices judged to be people's names. */
  names: Set<number>;
}

/** Same-length substitutions so wink sees straight quotes and plain spaces; offsets are unchanged. */
const SAME_LENGTH = /[\u2018\u2019\u201b\u02bc\u201c\u201d\u201e\u00a0\u2000-\u200a\u202f\u205f\u3000\u2028\u2029]/g;
function straighten(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u201b':
    case '\u02bc':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u201e':
      return '"';
    case '\u2028':
    case '\u2029':
      return '\n';
    default:
      return ' ';
  }
}

/** Contractions wink keeps as one token; expanded so patterns see the full words. */
const EXPAND: Record<string, string> = {
  "i'm": 'i am',
  "here's": 'here is',
  "wouldn't've": 'would not have',
  "couldn't've": 'could not have',
  "shouldn't've": 'should not have',
  "should've": 'should have',
  "could've": 'could have',
  "would've": 'would have',
  "must've": 'must have',
  "y'all": 'you all',
  // wink's normal for "through" is "thru"; patterns are written with the full word.
  thru: 'through',
  gonna: 'going to',
  gotta: 'got to',
  wanna: 'want to',
  shoulda: 'should have',
  coulda: 'could have',
  woulda: 'would have',
  // Typed without apostrophes, as people do in chat.
  didnt: 'did not',
  dont: 'do not',
  doesnt: 'does not',
  wont: 'will not',
  cant: 'can not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  couldnt: 'could not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  ill: 'i will',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  theyre: 'they are',
  thats: 'that is',
  whats: 'what is',
  lets: 'let us',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  tbh: 'to be honest',
  idk: 'i do not know',
  cuz: 'because',
  coz: 'because',
  def: 'definitely',
  shouldve: 'should have',
  couldve: 'could have',
  wouldve: 'would have',
};

const EXPANSIONS = new Map(Object.entries(EXPAND));
/** The expansion of a lower-cased word, or the word. A Map, so a reply saying "constructor" finds no Object.prototype. */
function expandWord(word: string): string {
  return EXPANSIONS.get(word) ?? word;
}

/** Expansions that carry a negation wink could not see (it read "didnt" as one word). */
const NEGATING_EXPANSIONS = new Set(Object.entries(EXPAND).filter(([, v]) => / not$/.test(v)).map(([k]) => k));

const CLAUSE_BREAK_PUNCT = new Set([',', ';', ':', '--', '\u2013', '\u2014', '(', ')', '...']);
const CLAUSE_BREAK_WORD = new Set(['but', 'however', 'although', 'though', 'yet', 'whereas']);

/** Cuts at `max` UTF-16 units without splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

export function analyse(nlp: Nlp, original: string): Analysis {
  const truncated = original.length > MAX_CHARS;
  const text = cut(original, MAX_CHARS);
  const fed = text.replace(SAME_LENGTH, straighten);
  const doc = nlp.readDoc(fed);
  const its = nlp.its;
  const tokenCol = doc.tokens().out.bind(doc.tokens()) as (f: unknown) => unknown[];
  const values = tokenCol(its.value) as string[];
  const spaces = tokenCol(its.precedingSpaces) as string[];
  const normals = tokenCol(its.normal) as string[];
  const lemmas = tokenCol(its.lemma) as string[];
  const poses = tokenCol(its.pos) as string[];
  const negs = tokenCol(its.negationFlag) as boolean[];
  const types = tokenCol(its.type) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entSpans = doc.entities().out(its.span) as unknown as [number, number][];
  const entTypes = doc.entities().out(its.type) as string[];

  // Raw token index -> sentence index, and entity type.
  const rawSent = new Int32Array(values.length);
  sentSpans.forEach(([a, b], s) => {
    for (let k = a; k <= b && k < values.length; k++) rawSent[k] = s;
  });
  const rawEnt: (string | null)[] = new Array<string | null>(values.length).fill(null);
  entSpans.forEach(([a, b], e) => {
    for (let k = a; k <= b && k < values.length; k++) rawEnt[k] = entTypes[e] ?? null;
  });

  const tokens: Token[] = [];
  let cursor = 0;
  let clause = 0;
  let lastSent = -1;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] ?? '';
    cursor += (spaces[k] ?? '').length;
    let start = cursor;
    if (!fed.startsWith(value, start)) {
      const found = fed.indexOf(value, Math.max(0, cursor - (spaces[k] ?? '').length));
      start = found >= 0 ? found : Math.min(cursor, fed.length);
    }
    const end = Math.min(start + value.length, fed.length);
    cursor = end;
    const type = types[k] ?? '';
    const pos = poses[k] ?? '';
    if (type === 'tabCRLF' || pos === 'SPACE' || value.trim() === '') continue;
    const sent = rawSent[k] ?? 0;
    if (sent !== lastSent) {
      if (lastSent !== -1) clause += 1;
      lastSent = sent;
    }
    const lowered = (normals[k] ?? value).toLowerCase();
    const norm = expandWord(lowered);
    if (CLAUSE_BREAK_WORD.has(norm) && tokens.length > 0 && tokens[tokens.length - 1]!.clause === clause) clause += 1;
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      norm,
      lemma: (lemmas[k] ?? norm).toLowerCase(),
      pos,
      neg: Boolean(negs[k]),
      sent,
      clause,
      cap: startsUpper(text, start),
      ent: rawEnt[k] ?? null,
    });
    // A spaced dash (" - ") breaks a clause; a dash inside a word ("front-end") does not.
    if (CLAUSE_BREAK_PUNCT.has(norm) || (norm === '-' && (spaces[k] ?? '') !== '')) clause += 1;
  }

  mergeHyphenated(tokens, text);
  for (let i = 0; i < tokens.length; i++) if (NEGATING_EXPANSIONS.has(tokens[i]!.text.toLowerCase())) propagateNegation(tokens, i);

  // Sentences, re-expressed over the kept tokens.
  const sentences: Sentence[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const prev = sentences[sentences.length - 1];
    if (prev && tokens[prev.last]!.sent === tok.sent) {
      prev.last = t;
      prev.end = tok.end;
    } else {
      sentences.push({ first: t, last: t, start: tok.start, end: tok.end, question: false });
    }
  }
  // Re-index token.sent to the kept sentences and mark questions.
  sentences.forEach((s, i) => {
    for (let t = s.first; t <= s.last; t++) tokens[t]!.sent = i;
    s.question = tokens[s.last]!.norm === '?' || hasQuestionMark(text, s.start, s.end);
  });

  // Joined once rather than grown by `+=` (a rope of two pieces per token, copied flat on first use).
  const normStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const tok of tokens) {
    const word = String(tok.norm);
    if (length > 0) {
      parts.push(' ');
      length += 1;
    }
    normStarts.push(length);
    parts.push(word);
    length += word.length;
  }
  const norm = parts.join('');
  const names = findNames(tokens, (w) => doc.isOOV(w));
  const cls = classView(tokens, names, norm, normStarts);
  return { text, truncated, tokens, sentences, norm, normStarts, names, ...cls };
}

/** `text.charAt(at)` is an upper-case letter (it has a distinct lower case and is its own upper case). */
function startsUpper(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.charAt(at);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** `text.slice(start, end).includes('?')`, without the slice. */
function hasQuestionMark(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 63) return true;
  return false;
}

/** Words after a sentence-initial capitalised word that show it is a person: "Dev owns it", "Ana, can you". */
const AFTER_NAME = new Set([
  ',', ':', 'will', 'owns', 'own', 'to', "'s", 'and', 'is', 'was', 'has', 'had', 'can', 'could', 'should', 'would',
  'did', 'does', 'takes', 'brings', 'gets', 'leads', 'drives', 'said', 'says', 'thinks', 'thought', 'knows', 'knew',
  'saw', 'sees', 'wrote', 'writes', 'pushed', 'merged', 'deployed', 'approved', 'broke', 'caused', 'skipped',
  'missed', 'forgot', 'ignored', 'failed', 'needs', 'must', 'might', 'may', 'apologises', 'apologizes', 'agreed',
  'volunteered', 'restarted', 'ran', 'runs', 'made', 'makes', 'decided', 'reviewed', 'shipped', 'handles', 'handled',
  'is', 'are', 'were', 'also', 'already', 'just', 'never', 'really', 'literally', 'clearly', 'obviously',
]);

const OWNER_LABELS = new Set(['owner', 'owners', 'assignee', 'dri', 'lead', 'to', 'by']);

const NAME_SHAPE = /^\p{Lu}[\p{Ll}'\u2019]+$/u;

const BEFORE_NAME_BLOCKERS = new Set(['DET', 'ADJ', 'NUM', 'ADP']);

const LOWER_WORD = /^\p{Ll}{2,}$/u;
const LOWER_LETTERS = /^\p{Ll}+$/u;
const LETTERS = /^\p{L}+$/u;
const SENTENCE_END = /^[.!?]$/;
const THIRD_PERSON_S = /[^s]s$/;
const ED = /ed$/;

function findNames(tokens: Token[], isOOV: (word: string) => boolean): Set<number> {
  const names = new Set<number>();
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    // Chat-style lower case ("kai owns nonce alert", "why didnt u escalate earlier kai"): an out-of-vocabulary word
    // in a person's slot - before an owner verb, after "if", or as a vocative at the end - is a name.
    if (!tok.cap && LOWER_WORD.test(tok.text) && !TEAM_WORDS.has(tok.norm) && !NOT_NAMES.has(tok.norm) && isOOV(tok.text)) {
      const prev = tokens[t - 1];
      const next = tokens[t + 1];
      // (Not the head of a compound: "the rollback runbook, due Dec 15" names a document.)
      const freePrev = !prev || prev.sent !== tok.sent || (!BEFORE_NAME_BLOCKERS.has(prev.pos) && prev.pos !== 'NOUN' && prev.pos !== 'ADJ' && prev.pos !== 'NUM') || prev.norm === 'if';
      const ownerNext = next !== undefined && next.sent === tok.sent && (AFTER_NAME.has(next.norm) || next.norm === '-');
      const vocativeEnd = (!next || next.sent !== tok.sent || SENTENCE_END.test(next.norm)) && prev !== undefined && prev.sent === tok.sent && !BEFORE_NAME_BLOCKERS.has(prev.pos) && prev.pos !== 'VERB';
      if (freePrev && (ownerNext || vocativeEnd)) {
        names.add(t);
        continue;
      }
    }
    if (tok.text.startsWith('@') && tok.text.length > 1) {
      names.add(t);
      continue;
    }
    if (!tok.cap || !NAME_SHAPE.test(tok.text) || NOT_NAMES.has(tok.norm) || TEAM_WORDS.has(tok.norm)) continue;
    if (tok.ent === 'DATE' || tok.ent === 'TIME') continue;
    const prev = tokens[t - 1];
    const next = tokens[t + 1];
    // "Owner: Kai", "assigned to Lena": whatever follows an owner label is a person.
    const label = prev?.norm === ':' || prev?.norm === '-' ? tokens[t - 2] : prev;
    if (label && OWNER_LABELS.has(label.norm) && LETTERS.test(tok.text)) {
      names.add(t);
      continue;
    }
    const initial = !prev || prev.sent !== tok.sent || prev.norm === '"' || prev.norm === ':' || prev.norm === '-';
    if (initial) {
      if (tok.pos !== 'PROPN' && tok.pos !== 'NOUN') continue;
      if (!next || next.sent !== tok.sent) continue;
      // "Tom stops running ...": a third-person verb after the word also marks a person.
      const thirdPerson = (next.pos === 'VERB' || (next.pos === 'NOUN' && tok.pos === 'PROPN')) && next.norm !== next.lemma && THIRD_PERSON_S.test(next.norm);
      // "Priya misconfigured the relayer", "Kai overlooked it": a proper noun followed by a past-tense verb.
      const pastVerb = tok.pos === 'PROPN' && next.pos === 'VERB' && LOWER_LETTERS.test(next.norm) && (ED.test(next.norm) || (next.norm !== next.lemma && !next.norm.endsWith('ing')));
      if (!AFTER_NAME.has(next.norm) && !thirdPerson && !pastVerb) continue;
      names.add(t);
    } else if (tok.pos === 'PROPN' || tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'VERB') {
      names.add(t);
    }
  }
  return names;
}

const PAST_DATE = /\b(?:yesterday|last|ago|earlier|previous|prior|past|this morning)\b/;

function classView(tokens: Token[], names: Set<number>, norm: string, normStarts: number[]): Pick<Analysis, 'cls' | 'clsStarts' | 'clsUnits'> {
  // With no names and no dates the class view is the plain view, word for word: share its string and offsets.
  if (names.size === 0 && !tokens.some((tok) => tok.ent === 'DATE')) {
    const clsUnits: [number, number][] = new Array(tokens.length);
    for (let t = 0; t < tokens.length; t++) clsUnits[t] = [t, t];
    return { cls: norm, clsStarts: normStarts, clsUnits };
  }
  let cls = '';
  const clsStarts: number[] = [];
  const clsUnits: [number, number][] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    let word = tok.norm;
    let last = t;
    if (names.has(t)) word = '@name';
    else if (tok.ent === 'DATE') {
      while (last + 1 < tokens.length && tokens[last + 1]!.ent === 'DATE' && tokens[last + 1]!.sent === tok.sent) last++;
      let phrase = '';
      for (let k = t; k <= last; k++) phrase += ` ${tokens[k]!.norm}`;
      // Keep a leading "by" visible: wink folds it into the entity ("by Dec 11").
      if (tok.norm === 'by' && last > t) {
        clsStarts.push(cls.length + (cls ? 1 : 0));
        cls += (cls ? ' ' : '') + 'by';
        clsUnits.push([t, t]);
        phrase = phrase.replace(/^ by/, '');
        t += 1;
      }
      word = PAST_DATE.test(phrase) ? '@pastdate' : /^ (?:today|tonight|now)$/.test(phrase) ? '@today' : '@date';
    }
    if (cls.length > 0) cls += ' ';
    clsStarts.push(cls.length);
    cls += word;
    clsUnits.push([t, last]);
    t = last;
  }
  return { cls, clsStarts, clsUnits };
}

const NEGATION_STOP = /^(?:until|till|but|yet|because|[.,;:!?])$/;

/** Marks the scope after a chat-style negation ("didnt", "wont") at token `i` the way wink marks it after "didn't". */
function propagateNegation(tokens: Token[], i: number): void {
  const from = tokens[i]!;
  for (let t = i + 1; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.sent !== from.sent || tok.clause !== from.clause) break;
    if (NEGATION_STOP.test(tok.norm)) break;
    tok.neg = true;
  }
}

/** wink splits "front-end" into front / - / end; glue such words back so "front-end team" reads as two tokens. */
function mergeHyphenated(tokens: Token[], text: string): void {
  for (let t = tokens.length - 2; t >= 1; t--) {
    const dash = tokens[t]!;
    const prev = tokens[t - 1]!;
    const next = tokens[t + 1]!;
    if (dash.norm !== '-' || prev.end !== dash.start || next.start !== dash.end || prev.sent !== next.sent) continue;
    if (!/[\p{L}\p{N}]$/u.test(prev.norm) || !/^[\p{L}\p{N}]/u.test(next.norm)) continue;
    tokens.splice(t - 1, 3, {
      ...prev,
      end: next.end,
      text: text.slice(prev.start, next.end),
      norm: `${prev.norm}-${next.norm}`,
      lemma: `${prev.norm}-${next.lemma}`,
      pos: next.pos,
      neg: prev.neg || next.neg,
      ent: prev.ent ?? next.ent,
    });
    // Tokens after the merge keep their (now shifted) clause numbers; only equality between them matters.
  }
}

/** The index of the token whose normal contains offset `at` of `a.norm`. */
export function tokenAt(a: Analysis, at: number): number {
  return lastAtOrBefore(a.normStarts, at);
}

/** The last index whose start is at or before `at`, in ascending `starts` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
