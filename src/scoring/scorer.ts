/**
 * The reply scorer: `createScorer(nlp)` returns a pure, synchronous `ReplyScorer`.
 *
 * text -> analyse (wink tokens, offsets) -> judge (moves, flags, marks) -> score, highlights and tips.
 */
import { analyse, MAX_CHARS } from './analyse';
import { TIPS } from './lexicon';
import type { Nlp } from './nlp';
import { addFloor, compileModel, predict, withinReach, type CompiledModel, type LearnedModel } from './learned';
import defaultModel from './learned-model.json';
import { warmUp, type Compiled } from './match';
import { compileLexicon, judge, noMoves, type CompiledLexicon, type Judgement, type Mark } from './rules';
import { MOVES, type Move, type PhaseKind, type ReplyContext, type ReplyHighlight, type ReplyScorer, type ReplyTip, type ReplyVerdict } from './types';

/** Points per move and flag. Documented in docs/scoring.md. */
export const WEIGHTS = {
  base: 35,
  acknowledge: 20,
  evidence: 20,
  deferralBeforeActions: 20,
  deferralAtActions: 10,
  ownership: 35,
  howWhat: 5,
  symptomReframe: 5,
  safety: 5,
  blame: -40,
  hostility: -40,
  prematureFix: -30,
  counterfactual: -10,
  whyWho: -5,
  hindsight: -10,
  preventionPromise: -15,
  vagueAction: -15,
  readingOut: -15,
  praise: -5,
  onlyDashboard: -10,
  expectedMet: 5,
  expectedMissed: -5,
} as const;


const NEGATIVE_MOVES: Move[] = ['blame', 'hostility', 'prematureFix'];
/** Agreement at the start of a reply: "You're right", "Agreed", "Exactly". */
// "You're right to push / to ask / to be angry" agrees with raising the point, not with the accusation.
const AGREEMENT = /^\s*(?:you(?:'|\u2019)?re (?:absolutely |totally |so )?right(?!\s+to\b)|you are (?:absolutely |totally )?right(?!\s+to\b)|agreed|exactly|absolutely|i agree|totally|100%|true|correct|yes|yeah|yep)\b/i;
/** Flags that only say how a move was made: when the move is taken back, they go with it (and their tips). */
const FLAGS_OF: Partial<Record<Move, string[]>> = {
  blame: ['names-team'],
  hostility: ['sarcasm', 'threat'],
  prematureFix: ['hedged-fix'],
  deferral: ['parks-topic'],
};

/** Takes a move back (the learned veto, or a surer move in its place): with its highlights and the flags of FLAGS_OF. */
function dropMove(j: Judgement, move: Move): void {
  j.moves[move] = false;
  const gone = new Set<string>([move, ...(FLAGS_OF[move] ?? [])]);
  for (const flag of FLAGS_OF[move] ?? []) j.flags.delete(flag);
  j.marks = j.marks.filter((m) => !gone.has(m.name));
}

/**
 * The span `top` grown over every span that overlaps it, and the spans those overlap: "the infra" and "infra folks"
 * read as one mark, "the infra folks".
 */
function spanAround(top: { start: number; end: number }, spans: readonly { start: number; end: number }[]): { start: number; end: number } {
  let { start, end } = top;
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of spans) {
      if (e.start < end && e.end > start && (e.start < start || e.end > end)) {
        start = Math.min(start, e.start);
        end = Math.max(end, e.end);
        grew = true;
      }
    }
  }
  return { start, end };
}
const TIP_FLAGS = [
  'names-team',
  'counterfactual',
  'why-who-question',
  'hindsight',
  'sarcasm',
  'threat',
  'prevention-promise',
  'vague-action',
  'only-dashboard',
  'shared-owner',
  'reading-out',
  'praise-judgement',
] as const;

function rewriteFor(about: string, phase: PhaseKind): string | undefined {
  const tip = TIPS[about];
  if (!tip) return undefined;
  return tip.rewrite[phase] ?? tip.rewrite.default;
}

function tipFor(about: string, phase: PhaseKind, text: string, m?: Mark): ReplyTip {
  const tip = TIPS[about];
  const out: ReplyTip = { about, message: tip?.message ?? about };
  const rewrite = rewriteFor(about, phase);
  if (rewrite) out.rewrite = rewrite;
  if (m) {
    out.quote = text.slice(m.start, m.end);
    out.start = m.start;
    out.end = m.end;
  }
  return out;
}

/** The 0-100 score for a judged reply. */
export function scoreOf(
  moves: Record<Move, boolean>,
  flags: ReadonlySet<string>,
  phase: PhaseKind,
  expected: readonly Move[],
): number {
  const w = WEIGHTS;
  const atActions = phase === 'action-items' || phase === 'close';
  let s: number = w.base;
  if (moves.acknowledge) s += w.acknowledge;
  if (moves.evidence) s += w.evidence;
  if (moves.deferral) s += atActions ? w.deferralAtActions : w.deferralBeforeActions;
  if (moves.ownership) s += w.ownership;
  if (flags.has('how-what-question')) s += w.howWhat;
  if (flags.has('symptom-reframe')) s += w.symptomReframe;
  if (flags.has('restores-safety') || flags.has('blameless-frame') || flags.has('keeps-fair')) s += w.safety;
  if (moves.blame) s += w.blame;
  if (moves.hostility) s += w.hostility;
  if (moves.prematureFix) s += w.prematureFix;
  if (flags.has('counterfactual') && !moves.blame) s += w.counterfactual;
  if (flags.has('why-who-question') && !moves.blame) s += w.whyWho;
  if (flags.has('hindsight') && !moves.blame) s += w.hindsight;
  if (flags.has('prevention-promise')) s += w.preventionPromise;
  if (flags.has('vague-action')) s += w.vagueAction;
  if (flags.has('reading-out')) s += w.readingOut;
  if (flags.has('praise-judgement')) s += w.praise;
  if (flags.has('only-dashboard')) s += w.onlyDashboard;
  for (const m of expected) {
    if (NEGATIVE_MOVES.includes(m)) continue;
    s += moves[m] ? w.expectedMet : w.expectedMissed;
  }
  return Math.max(0, Math.min(100, Math.round(s)));
}

function unreadableVerdict(phase: PhaseKind): ReplyVerdict {
  return { moves: noMoves(), flags: ['unreadable'], score: WEIGHTS.base, highlights: [], tips: [tipFor('unreadable', phase, '')] };
}

function emptyVerdict(phase: PhaseKind): ReplyVerdict {
  return {
    moves: noMoves(),
    flags: ['empty'],
    score: 0,
    highlights: [],
    tips: [tipFor('empty', phase, '')],
  };
}

/** Whether a stakeholder line blames someone, for the last line asked about (replies to one line come in turn). */
interface LineMemo {
  line: string | null;
  blames: boolean;
}

function lineBlames(line: string, nlp: Nlp, lex: CompiledLexicon, memo: LineMemo): boolean {
  if (memo.line !== line) {
    memo.blames = judge(analyse(nlp, line), 'timeline', lex).moves.blame;
    memo.line = line;
  }
  return memo.blames;
}

function verdictFor(text: string, context: ReplyContext, nlp: Nlp, lex: CompiledLexicon, memo: LineMemo, model: CompiledModel | null): ReplyVerdict {
  const phase = context.phase;
  if (text.trim() === '') return emptyVerdict(phase);
  const a = analyse(nlp, text);
  if (a.tokens.length === 0) return emptyVerdict(phase);
  const j = judge(a, phase, lex, context.exhibits);

  // "You're right." to an accusation agrees with the blame, even when the reply names nobody itself.
  const agreement = AGREEMENT.exec(text);
  if (agreement && !j.moves.blame && context.line.trim() !== '') {
    const firstSentence = a.sentences[0];
    const hedged = firstSentence !== undefined && /\bbut\b/i.test(text.slice(firstSentence.start, firstSentence.end));
    if (!hedged && lineBlames(context.line, nlp, lex, memo)) {
      const start = agreement.index + (agreement[0].length - agreement[0].trimStart().length);
      j.moves.blame = true;
      j.flags.add('agrees-with-blame');
      j.marks.unshift({ name: 'blame', start, end: agreement.index + agreement[0].length, rule: 'agrees-with-blame' });
      j.marks.unshift({ name: 'agrees-with-blame', start, end: agreement.index + agreement[0].length, rule: 'agrees-with-blame' });
      j.moves.acknowledge = false;
    }
  }

  // The learned second opinion adds a move the rules missed when it is confident, and points at the words it read;
  // where its veto is set, it drops a move the rules found that it finds very unlikely (see learned.ts).
  const strongest = new Map<string, (typeof j.marks)[number]>();
  if (model) {
    const learned = predict(model, a, phase);
    const reach = withinReach(a);
    let added = false;
    const rules = { ...j.moves };
    for (const move of MOVES) {
      const v = learned[move];
      // Never against what only the context shows: agreeing with the stakeholder's accusation, an exhibit put on screen.
      const fromContext = (move === 'blame' && j.flags.has('agrees-with-blame')) || (move === 'evidence' && j.flags.has('exhibit'));
      if (j.moves[move] && v.drop && reach && !fromContext) {
        dropMove(j, move);
        j.flags.add('learned');
        continue;
      }
      if (j.moves[move] || !v.add || v.p < addFloor(move, phase, a, rules, j.flags)) continue;
      j.moves[move] = true;
      j.flags.add('learned');
      added = true;
      for (const e of v.evidence) j.marks.push({ name: move, start: e.start, end: e.end, rule: `learned:${e.key}` });
      // The tip quotes the words that weighed most, not the first ones in the reply, as far as the highlight they sit
      // in reaches.
      const top = v.evidence[0];
      if (top) strongest.set(move, { name: move, ...spanAround(top, v.evidence), rule: `learned:${top.key}` });
    }
    // A brush-off the model found ("I hear you. Really. Can we move on?") acknowledges nothing, highlights included.
    if (j.moves.hostility && j.moves.acknowledge && j.marks.some((m) => m.name === 'hostility' && m.rule.startsWith('learned:'))) {
      dropMove(j, 'acknowledge');
    }
    // A reply never both proposes and defers a fix (no writer labelled both, in 1,286 premature fixes). A fix the
    // model found (sure enough to overrule, see addFloor) takes the place of the deferral the rules found: the hedge
    // before it ("we shouldn't rush a fix, but ...") defers nothing. A deferral the model found takes the place of a
    // fix the rules found: the rules' fixes over-fire on new writers (hence their veto), their deferrals do not. When
    // the model found both, the likelier stands.
    if (j.moves.prematureFix && j.moves.deferral) {
      dropMove(j, rules.deferral || (!rules.prematureFix && learned.prematureFix.p > learned.deferral.p) ? 'deferral' : 'prematureFix');
    }
    if (added) j.marks.sort((x, y) => x.start - y.start || x.end - y.end);
  }

  const highlights: ReplyHighlight[] = j.marks.map((m) =>
    m.rule.startsWith('learned:') ? { move: m.name, start: m.start, end: m.end, source: 'learned' } : { move: m.name, start: m.start, end: m.end },
  );
  const firstMark = (name: string) => strongest.get(name) ?? j.marks.find((m) => m.name === name);

  const tips: ReplyTip[] = [];
  for (const move of NEGATIVE_MOVES) {
    if (j.moves[move]) tips.push(tipFor(move, phase, text, firstMark(move)));
  }
  for (const flag of TIP_FLAGS) {
    if (!j.flags.has(flag)) continue;
    if (flag === 'sarcasm' && j.moves.hostility) continue;
    tips.push(tipFor(flag === 'vague-action' && j.flags.has('unowned-action') ? 'unowned-action' : flag, phase, text, firstMark(flag)));
  }
  for (const m of context.expected) {
    if (NEGATIVE_MOVES.includes(m) || j.moves[m]) continue;
    // (An action with two owners already has its tip: "give it one owner".)
    if (m === 'ownership' && j.flags.has('shared-owner')) continue;
    tips.push(tipFor(m, phase, text));
  }
  if (a.truncated) {
    tips.push({
      about: 'truncated',
      message: `${TIPS.truncated?.message ?? ''} (${text.length.toLocaleString('en')} characters given; the first ${MAX_CHARS.toLocaleString('en')} were read.)`.trim(),
    });
  }

  return {
    moves: j.moves,
    flags: [...j.flags].sort(),
    score: scoreOf(j.moves, j.flags, phase, context.expected),
    highlights,
    tips,
  };
}

/** A pure, synchronous scorer over a loaded wink-nlp instance. Compiles the lexicon once. */
export function createScorer(nlp: Nlp, options: { warm?: boolean; learned?: LearnedModel | null } = {}): ReplyScorer {
  const lex = compileLexicon();
  const source = options.learned === undefined ? (defaultModel as LearnedModel) : options.learned;
  const model = source ? compileModel(source) : null;
  const memo: LineMemo = { line: null, blames: false };
  const scorer: ReplyScorer = (text, context) => {
    try {
      return verdictFor(typeof text === 'string' ? text : String(text ?? ''), context, nlp, lex, memo, model);
    } catch {
      // A bug in a rule must never cost the trainee their meeting: the reply stands, unjudged, and says so. The fuzz
      // test in scorer.test.ts feeds every word of the corpora through the scorer, so this is a net, not a habit.
      return unreadableVerdict(context.phase);
    }
  };
  // V8 compiles each regular expression on its first use, and wink warms its caches on its first documents: do
  // that here, while the model is loading anyway, so the trainee's first reply is not the slow one.
  if (options.warm !== false) {
    for (const list of Object.values(lex) as Compiled[][]) warmUp(list);
    for (const [text, phase] of WARM_UP) scorer(text, { phase, archetype: 'neutral', line: '', exhibits: [], parkedTopics: [], expected: [] });
  }
  return scorer;
}

const WARM_UP: [string, PhaseKind][] = [
  ["I understand your concern. Let's pin that to the timeline: at 14:02 the gas graph spikes. What happened before?", 'timeline'],
  ["It's not the front-end team's fault, but Dave should have checked. Let's just roll back tonight!", 'root-cause'],
  ['Lena will add alerting by Dec 10, ticket OPS-123. Improve monitoring. This will never happen again.', 'action-items'],
  ["Calm down, that's ridiculous. We won't fix anything until we know the root cause; let's park it.", 'opening'],
  // One sentence per family the four above miss, so V8 compiles every rule function here, not on a trainee's reply.
  ['Thanks. Who was on call, and why did nobody page Kai? What did the relayer logs show after 14:11?', 'timeline'],
  ["Oh, brilliant work as always, Priya. Truly helpful. I'll remember this in your review, so save it.", 'root-cause'],
  ['If the relayer had a nonce check, in hindsight it was obvious. Maybe we could add more nodes? What if we just cap it at 500k?', 'root-cause'],
  ['Honestly this is the L2 vendor\'s mess; their validators failed to rotate and Sam ignored the alert. Human error.', 'timeline'],
  ["You're right, and I hear you. The error messaging was a symptom, not the root cause. How did that make sense at the time?", 'timeline'],
  ['Once we understand why the gas estimate was wrong, we decide on the limit. Whatever we skip goes on the parking lot.', 'root-cause'],
  ['Kai, can you own the nonce runbook by Friday? Someone should improve the dashboards. I will send the write-up on 12/10.', 'close'],
  ['Summary. At 14:02 UTC gas used per block was 29.9M of 30M; 2,140 withdrawals failed; p99 latency 4.1 s; tx 0xabc123.', 'timeline'],
];
