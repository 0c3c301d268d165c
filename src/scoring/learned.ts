/**
 * The learned second opinion: a small logistic model per move over the reply's words, trained on the labelled
 * corpus (tests/scoring/corpus, never the held-out or check splits) by `npm run train:scorer`.
 *
 * The rules (rules.ts, patterns.ts) stay the first judge: they know negation scope, phases, who does what. They were
 * written from a few hundred replies, though, and people say the same thing in more ways than rules list. The model
 * reads the same tokens as word and word-pair features ("u:theater", "b:super_helpful"). It ADDS a move the rules
 * missed when it is confident (its probability reaches the move's threshold, chosen per move by cross-validation at
 * training time on replies the rules were not written from; a move whose threshold never beats the rules alone is
 * left to the rules). For a few moves it may also DROP a move the rules found, when it finds it very unlikely (the
 * move's veto, chosen the same way from the most cautious end; 0 for most moves): a rule points at its words, and a
 * blanket veto took deferrals and owners away from model replies that plainly had them, so a veto is only kept where
 * replies from new writers show it pays. Like every verdict, an added one points at words: the features that pushed
 * it over the line are highlighted; a dropped one loses its highlights and its tip.
 *
 * Features use lemmas; names read "@name" and numbers "@num", so the model learns "thanks, @name" rather than who
 * was in the training stories. A word inside a negation's scope reads "¬word".
 */
import type { Analysis } from './analyse';
import { PERSON_NOUNS, PERSON_PRONOUNS, TEAM_WORDS } from './lexicon';
import { MOVES, type Move, type PhaseKind } from './types';

export interface LearnedMove {
  bias: number;
  /** Probability at or above which the model adds the move; > 1 means the model never adds it. */
  threshold: number;
  /** Probability below which the model drops a move the rules found; 0 means it never does. */
  veto: number;
  weights: Record<string, number>;
}

export interface LearnedModel {
  version: 1;
  /** What it was trained on, for docs and the bench (file names and counts). */
  trainedOn: Record<string, number>;
  moves: Record<Move, LearnedMove>;
}

/** One feature occurrence: its key and the token range [first, last] it covers. */
export interface Feature {
  key: string;
  first: number;
  last: number;
}

/** A learned verdict for one move: the probability and the words that pushed it up most. */
export interface LearnedVerdict {
  p: number;
  add: boolean;
  /** The model finds the move so unlikely that it drops it if the rules found it. */
  drop: boolean;
  evidence: { start: number; end: number; key: string; weight: number }[];
}

const WORDLESS = new Set(['.', ',', '?', '!', '<s>']);

/**
 * Words too plain to show a trainee as the reason for a verdict ("here", "the"): a feature made only of these is
 * highlighted only when nothing better pushed the move.
 */
const PLAIN = new Set([
  'a', 'an', 'the', 'be', 'it', 'this', 'that', 'these', 'those', 'here', 'there', 'to', 'of', 'in', 'on', 'at', 'for',
  'with', 'and', 'or', 'so', 'as', 'by', 'from', 'up', 'out', 'do', 'have', 'i', 'we', 'you', 'he', 'she', 'they',
  'me', 'us', 'my', 'our', 'your', 'its', 'is', 'are', 'was', 'were', 'just', 'then', 'now', 'what', 'which', '@num',
  // Discourse words: they colour a reply but are never what it is about ("Honestly, the ...").
  'honestly', 'really', 'actually', 'basically', 'well', 'look', 'okay', 'ok', 'yeah', 'also', 'still', 'even', 'very',
  'quite', 'all', 'some', 'any', 'but', 'if', 'will', 'would', 'can', 'could', 'let',
]);

function unitOf(a: Analysis, i: number): string {
  const t = a.tokens[i]!;
  if (a.names.has(i)) return '@name';
  if (t.pos === 'NUM' || /^[0-9]/.test(t.norm)) return '@num';
  if (t.pos === 'PUNCT') return t.norm === '?' || t.norm === '!' ? t.norm : t.norm === ',' ? ',' : '.';
  return t.lemma.toLowerCase();
}

/**
 * "You're right", "Agreed", "Exactly" at the start of a reply agree with whatever the stakeholder said: blame if they
 * accused someone, nothing if they did not. Only the rules can tell (they read the stakeholder's line), so the model
 * does not see those words.
 */
const AGREEMENT = /^(?:you are (?:absolutely |totally |so |quite )?right|agreed|exactly|absolutely|i agree|totally|true|correct|fair|yes|yeah|yep)(?: ,| \.| !|$)/;

function agreementLength(a: Analysis): number {
  const m = AGREEMENT.exec(a.norm);
  if (!m) return 0;
  const end = m[0].length;
  let n = 0;
  while (n < a.tokens.length && a.normStarts[n]! < end) n++;
  return n;
}

/**
 * The reply's features: one unigram per token, one bigram per adjacent pair and one skip pair per pair of words one
 * apart in a sentence ("s:be_guest" in "be my guest", "s:thanks_helpful" in "thanks, very helpful"), plus the phase.
 */
export function featuresOf(a: Analysis, phase: string): Feature[] {
  const out: Feature[] = [{ key: `p:${phase}`, first: -1, last: -1 }];
  walkFeatures(a, (i, w, prev, prev2) => {
    out.push({ key: `u:${w}`, first: i, last: i });
    out.push({ key: `b:${prev}_${w}`, first: prev === '<s>' ? i : i - 1, last: i });
    out.push({ key: `s:${prev2}_${w}`, first: prev2 === '<s>' ? i : i - 2, last: i });
  });
  return out;
}

/**
 * The walk both featuresOf() (the trainer's view) and predict() (the scorer's) make over the reply's tokens: for each
 * token its unit `w` ("¬word" in a negation's scope) and the two units before it in its sentence ("<s>" at its start).
 */
function walkFeatures(a: Analysis, visit: (i: number, w: string, prev: string, prev2: string) => void): void {
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = agreementLength(a); i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (i > 0 && a.tokens[i - 1]!.sent !== t.sent) prev = prev2 = '<s>';
    const u = unitOf(a, i);
    visit(i, t.neg ? `¬${u}` : u, prev, prev2);
    prev2 = prev;
    prev = u;
  }
}

/**
 * A model ready to score, built once per scorer. Scoring must not build a feature's key string for every token pair
 * of every reply (that was a fifth of the scorer's garbage), so the weights are indexed by the words themselves: a
 * unigram by its word, a pair by its first word and then its second. Each feature has one row holding its weight for
 * every move, and an id, so a feature that occurs twice in a reply counts once without a set of strings.
 */
export interface CompiledModel {
  phase: Map<string, Row>;
  uni: Map<string, Row>;
  pair: Map<string, Map<string, Row>>;
  skip: Map<string, Map<string, Row>>;
  bias: Float64Array;
  threshold: Float64Array;
  veto: Float64Array;
  /** seen[row.id] === stamp: the row already counted in the reply being scored. */
  seen: Uint32Array;
  stamp: number;
}

interface Row {
  id: number;
  key: string;
  w: Float64Array;
  /** The feature's words, punctuation and sentence starts left out ("b:here_." -> ["here"]). */
  words: string[];
  /** Some word is worth showing a trainee as a reason (not only PLAIN words). */
  telling: boolean;
}

export function compileModel(model: LearnedModel): CompiledModel {
  const rows = new Map<string, Row>();
  MOVES.forEach((move, i) => {
    for (const [key, w] of Object.entries(model.moves[move].weights)) {
      let row = rows.get(key);
      if (!row) {
        const words = key.slice(2).split('_').filter((word) => !WORDLESS.has(word));
        const telling = words.some((word) => !PLAIN.has(word.replace(/^¬/, '')));
        row = { id: rows.size, key, w: new Float64Array(MOVES.length), words, telling };
        rows.set(key, row);
      }
      row.w[i] = w;
    }
  });
  const compiled: CompiledModel = {
    phase: new Map(),
    uni: new Map(),
    pair: new Map(),
    skip: new Map(),
    bias: Float64Array.from(MOVES, (m) => model.moves[m].bias),
    threshold: Float64Array.from(MOVES, (m) => model.moves[m].threshold),
    veto: Float64Array.from(MOVES, (m) => model.moves[m].veto ?? 0),
    seen: new Uint32Array(rows.size),
    stamp: 0,
  };
  for (const [key, row] of rows) {
    const kind = key.slice(0, 2);
    const rest = key.slice(2);
    if (kind === 'p:') compiled.phase.set(rest, row);
    else if (kind === 'u:') compiled.uni.set(rest, row);
    else if (kind === 'b:' || kind === 's:') {
      // A word may itself hold "_" ("gas_used"), so the key is filed under every split: "b:a_b_c" under (a, b_c)
      // and (a_b, c). Either way the reply's pair spells the same key, so it finds the same row, as a lookup by the
      // whole key would.
      const table = kind === 'b:' ? compiled.pair : compiled.skip;
      for (let at = rest.indexOf('_'); at >= 0; at = rest.indexOf('_', at + 1)) {
        const left = rest.slice(0, at);
        let inner = table.get(left);
        if (!inner) table.set(left, (inner = new Map()));
        inner.set(rest.slice(at + 1), row);
      }
    }
  }
  return compiled;
}

/**
 * The probability for each move, and whether the model adds it. Reads exactly the features featuresOf() lists (the
 * trainer's view; a test holds the two together), in the same order, and counts each feature once per reply. The
 * words behind a verdict (its `evidence`) are only looked for when asked: the scorer asks for the few moves the model
 * adds, and most replies add none.
 */
export function predict(model: CompiledModel, a: Analysis, phase: string): Record<Move, LearnedVerdict> {
  const z = Float64Array.from(model.bias);
  const add = (row: Row) => {
    for (let i = 0; i < z.length; i++) z[i] = z[i]! + row.w[i]!;
  };
  const phaseRow = model.phase.get(phase);
  if (phaseRow) add(phaseRow);
  eachRow(model, a, add);
  const out = {} as Record<Move, LearnedVerdict>;
  MOVES.forEach((move, i) => {
    const p = 1 / (1 + Math.exp(-z[i]!));
    const add = p >= model.threshold[i]!;
    out[move] = new Verdict(p, add, p < model.veto[i]!, add ? () => evidenceFor(model, a, i) : null);
  });
  return out;
}

/**
 * Visits each of the reply's features the model has a row for, once per reply (a feature met twice counts once), in
 * featuresOf() order, with the token range [first, last] it covers.
 */
function eachRow(model: CompiledModel, a: Analysis, visit: (row: Row, first: number, last: number) => void): void {
  const stamp = (model.stamp = (model.stamp + 1) >>> 0 || 1);
  const seen = model.seen;
  const once = (row: Row | undefined, first: number, last: number) => {
    if (!row || seen[row.id] === stamp) return;
    seen[row.id] = stamp;
    visit(row, first, last);
  };
  walkFeatures(a, (t, w, prev, prev2) => {
    once(model.uni.get(w), t, t);
    once(model.pair.get(prev)?.get(w), prev === '<s>' ? t : t - 1, t);
    once(model.skip.get(prev2)?.get(w), prev2 === '<s>' ? t : t - 2, t);
  });
}

class Verdict implements LearnedVerdict {
  #evidence: LearnedVerdict['evidence'] | null = null;
  constructor(
    readonly p: number,
    readonly add: boolean,
    readonly drop: boolean,
    private readonly find: (() => LearnedVerdict['evidence']) | null,
  ) {}
  get evidence(): LearnedVerdict['evidence'] {
    return (this.#evidence ??= this.find ? this.find() : []);
  }
}

/** One feature of the reply the model has a weight for, and the token range [first, last] it covers. */
interface Hit {
  row: Row;
  first: number;
  last: number;
}

/** The words that pushed move i up most: at most three spans, telling words before plain ones, none inside another. */
function evidenceFor(model: CompiledModel, a: Analysis, i: number): LearnedVerdict['evidence'] {
  const pushes: Hit[] = [];
  eachRow(model, a, (row, first, last) => {
    if (row.w[i]! > 0 && row.words.length > 0) pushes.push({ row, first, last });
  });
  pushes.sort((x, y) => y.row.w[i]! - x.row.w[i]!);
  const shown = pushes.some((h) => h.row.telling) ? pushes.filter((h) => h.row.telling) : pushes;
  const evidence: LearnedVerdict['evidence'] = [];
  for (const h of shown) {
    // Highlight words, not the punctuation a pair feature may include ("here ." -> "here").
    let first = h.first;
    let last = h.last;
    while (first < last && a.tokens[first]!.pos === 'PUNCT') first++;
    while (last > first && a.tokens[last]!.pos === 'PUNCT') last--;
    const start = a.tokens[first]!.start;
    const end = a.tokens[last]!.end;
    // "the relayer folks", then "relayer folks", then "folks": one span says it; nested ones add nothing.
    if (evidence.some((e) => e.start <= start && end <= e.end)) continue;
    evidence.push({ start, end, key: h.row.key, weight: h.row.w[i]! });
    if (evidence.length === 3) break;
  }
  return evidence;
}

/** Does the reply mention anyone who could be blamed: a name, a team, a person noun, "you", "they", "someone"? */
function mentionsSomeone(a: Analysis): boolean {
  if (a.names.size > 0) return true;
  return a.tokens.some((t) => TEAM_WORDS.has(t.norm) || PERSON_PRONOUNS.has(t.norm) || PERSON_NOUNS.has(t.norm));
}

/** An owner needs a person: a name, or the speaker or listener ("I'll", "you", "me"). */
function namesSomeone(a: Analysis): boolean {
  return a.names.size > 0 || a.tokens.some((t) => OWNER_WORDS.has(t.norm));
}
const OWNER_WORDS = new Set(['i', 'me', 'my', 'mine', 'you', 'your', 'yours']);

/** A deadline needs a time: a date or time wink found, a day, a month, or a relative date ("next sprint", "EOD"). */
function namesATime(a: Analysis): boolean {
  return a.tokens.some((t) => t.ent === 'DATE' || t.ent === 'TIME' || TIME_WORDS.test(t.norm) || /^\d{1,2}(?:st|nd|rd|th)$/.test(t.norm));
}
const TIME_WORDS =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?$|^(?:today|tonight|tomorrow|eod|eow|cob|noon|week|weeks|sprint|sprints|month|months|quarter|retro|review|standup|stand-up|sync|release|launch|jan\S*|feb\S*|mar\S*|apr\S*|may|jun\S*|jul\S*|aug\S*|sep\S*|oct\S*|nov\S*|dec\S*)$/;

/**
 * The model learned from replies of up to about 80 words (99% under 45). On a longer reply its sum over hundreds of
 * features goes where no training reply went (a scenario's 120-word model answer, full of fix and data words, read as
 * a premature fix), so past LONGEST words it neither accuses (blame, premature fix, hostility) nor drops a move the
 * rules found. It may still add a good move there ("it's on our list" as a deferral): a missed credit costs the
 * trainee points, a false accusation costs their trust.
 */
export const LONGEST = 64;

export function withinReach(a: Analysis): boolean {
  let words = 0;
  for (const t of a.tokens) if (t.pos !== 'PUNCT' && ++words > LONGEST) return false;
  return true;
}

/**
 * The probability a learned move needs to take the place of one the rules found that it cannot stand beside: hostility
 * over an acknowledgement, a premature fix over a deferral (see addFloor; the scorer then drops the other one).
 */
export const OVERRULE = 0.9;

/**
 * How sure must the model be to add `move` to this reply, given what the rules found? 0: its threshold is enough;
 * a number: at least that probability as well; Infinity: never. The same gate is used when training (to choose the
 * thresholds) and when scoring.
 * - Phases: a premature fix only before action items, an owner only from action items on, and only in a reply that
 *   names a person (a name, "I", "you") and a time (a date, a day, "next sprint"): the model may find the words the
 *   rules missed, but an owner without a date ("Priya, you own the runbook. When can you have it done?") is not one.
 *   Nor is an action the rules found handed to two people, a pair or a team ("shared-owner"): one owner is the point.
 * - Blame needs someone to blame: a reply that names no person or team ("the alert was missed") is not blame, however
 *   much its words look like replies that were; nor is a reply the rules read as the blameless frame ("I don't think
 *   this is anyone's fault"), whose words ("fault", names) look like blame to a bag of words.
 * - Acknowledging is not added to a reply the rules found hostile, or agreeing with an accusation.
 * - Hostility is not added to plain praise ("Great point!"): the rules flag it praise-judgement, and only a word of
 *   mockery from the rules makes it sarcasm. Over an acknowledgement the rules found, it needs OVERRULE:
 *   "I hear you. Really. Can we move on?" acknowledges nothing (p 0.99), but "Seriously, thank you for staying up
 *   all night" is sincere thanks whose "seriously" the model has mostly seen in sarcasm (p 0.8).
 * - A reply that proposes a fix does not defer one: no writer labelled both in 1,286 premature fixes ("We shouldn't
 *   rush a fix, but honestly, capping withdraw gas at 150k would stop this" is a fix). So a fix over a deferral the
 *   rules found needs OVERRULE, and the scorer then drops the deferral. (A deferral over a fix the rules found
 *   needs nothing more: blocking those cost 0.014 out-of-fold F1; the scorer drops the rules' fix instead.)
 */
export function addFloor(move: Move, phase: PhaseKind, a: Analysis, rules: Readonly<Record<Move, boolean>>, flags: ReadonlySet<string>): number {
  if ((move === 'blame' || move === 'prematureFix' || move === 'hostility') && !withinReach(a)) return Infinity;
  const late = phase === 'action-items' || phase === 'close';
  switch (move) {
    case 'prematureFix':
      return late ? Infinity : rules.deferral ? OVERRULE : 0;
    case 'ownership':
      return late && namesSomeone(a) && namesATime(a) && !flags.has('shared-owner') ? 0 : Infinity;
    case 'blame':
      return mentionsSomeone(a) && !flags.has('blameless-frame') ? 0 : Infinity;
    case 'acknowledge':
      return rules.hostility || flags.has('agrees-with-blame') ? Infinity : 0;
    case 'hostility':
      return flags.has('praise-judgement') ? Infinity : rules.acknowledge ? OVERRULE : 0;
    default:
      return 0;
  }
}
