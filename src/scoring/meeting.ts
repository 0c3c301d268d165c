/**
 * Meeting-level scoring: how the whole rehearsal went, from a small transcript shape.
 *
 * The input is deliberately minimal so the engine's transcript maps onto it directly (see `from-engine.ts`):
 * a list of entries in time order, the parked topics, and the outcome. Everything is optional except `entries`.
 * Pure: same input, same report.
 */
import { MOVES, PHASES, type Move, type PhaseKind } from './types';

/** The part of a reply verdict the meeting score reads. */
export interface MeetingVerdict {
  moves: Record<Move, boolean>;
  flags: readonly string[];
  score: number;
}

/** One transcript entry. `kind` is free text; the ones read here are listed. */
export interface MeetingEntry {
  /**
   * 'phase' (a new agenda phase starts), 'challenge', 'reply', 'reaction', 'interrupt', 'exhibit', 'park',
   * 'walkout', 'pause', 'resume', 'end'. Other kinds are ignored.
   */
  kind: string;
  /** Milliseconds since the meeting started. */
  at: number;
  /** The agenda phase the entry belongs to (required on 'phase' entries, used on 'reply'). */
  phase?: PhaseKind;
  /** Everyone's tension (0-100, by stakeholder id) after this entry. */
  tension?: Readonly<Record<string, number>>;
  /** The scorer's verdict, on 'reply' entries. */
  verdict?: MeetingVerdict;
  /** The reply's words, on 'reply' entries (used to judge action items). */
  text?: string;
  /** On 'park' entries. */
  label?: string;
  topicId?: string;
  /** On 'end' entries. */
  outcome?: string;
}

export interface MeetingParked {
  topicId?: string;
  label: string;
  /** When it was parked (ms). */
  at: number;
  /** When it was brought back (ms), if it was. */
  revisitedAt?: number;
}

export interface MeetingInput {
  entries: readonly MeetingEntry[];
  /** Parked topics; if absent, 'park' entries are used and counted as not revisited. */
  parked?: readonly MeetingParked[];
  /** 'completed' | 'derailed' | 'abandoned'; taken from an 'end' entry if absent. */
  outcome?: string | null;
  /** Tension at which a stakeholder walks out (default 100). */
  tensionLimit?: number;
}

export type Level = 'Novice' | 'Developing' | 'Proficient' | 'Advanced';
export const LEVELS: readonly Level[] = ['Novice', 'Developing', 'Proficient', 'Advanced'];

export interface MoveTrend {
  /** Share of replies making the move in the first and second half of the replies (0-1). */
  firstHalf: number;
  secondHalf: number;
  /** secondHalf - firstHalf. Positive is more often; for blame, hostility and prematureFix, negative is better. */
  change: number;
}

export interface MeetingReport {
  replies: number;
  /** Share of replies making each move (0-1). */
  moveRates: Record<Move, number>;
  trend: Record<Move, MoveTrend>;
  /** Mean of the reply scores (0-100), 0 with no replies. */
  meanReplyScore: number;
  agenda: {
    /** Phases in the order they were entered. */
    order: PhaseKind[];
    /** Every phase entered came after the ones before it in the standard agenda. */
    inOrder: boolean;
    /** Milliseconds spent in each phase entered. */
    timeMs: Partial<Record<PhaseKind, number>>;
    /** Share of the meeting spent in each phase (0-1). */
    share: Partial<Record<PhaseKind, number>>;
    /** Standard phases never entered. */
    missing: PhaseKind[];
  };
  parked: { total: number; revisited: number; notRevisited: string[] };
  actionItems: {
    /** Replies in the action-items phase. */
    count: number;
    /** ...with one owner and a date (the ownership move). */
    owned: number;
    /** ...flagged vague, unowned, or handed to more than one owner. */
    vague: number;
    /** owned / count, 0 with none. */
    quality: number;
  };
  tension: {
    /** Mean tension across stakeholders at the first and last entry that carries it. */
    start: number;
    end: number;
    peak: number;
    change: number;
    walkouts: number;
  };
  outcome: string | null;
  /** 0-100. */
  score: number;
  level: Level;
  /** Why this score and level, as sentences. */
  reasons: string[];
}

/** How the 0-100 meeting score is made up; the parts add to 100. Documented in docs/scoring.md. */
export const MEETING_WEIGHTS = {
  replies: 40,
  discipline: 15,
  agenda: 15,
  parking: 10,
  actionItems: 15,
  tension: 5,
} as const;

const NEGATIVE: readonly Move[] = ['blame', 'hostility', 'prematureFix'];

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

function meanTension(t: Readonly<Record<string, number>> | undefined): number | null {
  if (!t) return null;
  const values = Object.values(t);
  return values.length === 0 ? null : mean(values);
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function rates(verdicts: readonly MeetingVerdict[]): Record<Move, number> {
  const out = {} as Record<Move, number>;
  for (const m of MOVES) out[m] = verdicts.length === 0 ? 0 : verdicts.filter((v) => v.moves[m]).length / verdicts.length;
  return out;
}

export function scoreMeeting(input: MeetingInput): MeetingReport {
  const entries = [...input.entries].sort((x, y) => x.at - y.at);
  const replies = entries.filter((e) => e.kind === 'reply' && e.verdict);
  const verdicts = replies.map((e) => e.verdict!);

  // Moves and trend.
  const moveRates = rates(verdicts);
  const half = Math.ceil(verdicts.length / 2);
  const first = rates(verdicts.slice(0, half));
  const second = rates(verdicts.slice(half));
  const trend = {} as Record<Move, MoveTrend>;
  for (const m of MOVES) trend[m] = { firstHalf: first[m], secondHalf: second[m], change: second[m] - first[m] };
  const meanReplyScore = Math.round(mean(verdicts.map((v) => v.score)));

  // Agenda.
  const phaseEntries = entries.filter((e) => e.kind === 'phase' && e.phase);
  const order: PhaseKind[] = [];
  for (const e of phaseEntries) if (order[order.length - 1] !== e.phase) order.push(e.phase!);
  if (order.length === 0) for (const r of replies) if (r.phase && order[order.length - 1] !== r.phase) order.push(r.phase);
  const inOrder = order.every((p, i) => i === 0 || PHASES.indexOf(p) >= PHASES.indexOf(order[i - 1]!));
  const endAt = entries.length > 0 ? entries[entries.length - 1]!.at : 0;
  const timeMs: Partial<Record<PhaseKind, number>> = {};
  phaseEntries.forEach((e, i) => {
    const until = phaseEntries[i + 1]?.at ?? endAt;
    timeMs[e.phase!] = (timeMs[e.phase!] ?? 0) + Math.max(0, until - e.at);
  });
  const total = Object.values(timeMs).reduce((s, x) => s + (x ?? 0), 0);
  const share: Partial<Record<PhaseKind, number>> = {};
  for (const [k, v] of Object.entries(timeMs) as [PhaseKind, number][]) share[k] = total > 0 ? v / total : 0;
  const missing = PHASES.filter((p) => !order.includes(p));

  // Parking lot.
  const parkedList: MeetingParked[] = input.parked
    ? [...input.parked]
    : entries.filter((e) => e.kind === 'park').map((e) => ({ label: e.label ?? e.topicId ?? 'topic', at: e.at }));
  const revisited = parkedList.filter((p) => p.revisitedAt !== undefined).length;
  const notRevisited = parkedList.filter((p) => p.revisitedAt === undefined).map((p) => p.label);

  // Action items.
  const actionReplies = replies.filter((r) => r.phase === 'action-items');
  const owned = actionReplies.filter((r) => r.verdict!.moves.ownership).length;
  const vague = actionReplies.filter((r) => r.verdict!.flags.includes('vague-action') || r.verdict!.flags.includes('shared-owner')).length;
  const actionQuality = actionReplies.length === 0 ? 0 : owned / actionReplies.length;

  // Tension.
  const withTension = entries.map((e) => meanTension(e.tension)).filter((x): x is number => x !== null);
  const tStart = withTension[0] ?? 0;
  const tEnd = withTension[withTension.length - 1] ?? tStart;
  const peak = withTension.length === 0 ? 0 : Math.max(...withTension);
  const walkouts = entries.filter((e) => e.kind === 'walkout').length;
  const outcome = input.outcome ?? entries.find((e) => e.kind === 'end')?.outcome ?? null;

  // Score.
  const W = MEETING_WEIGHTS;
  const negRate = verdicts.length === 0 ? 0 : verdicts.filter((v) => NEGATIVE.some((m) => v.moves[m])).length / verdicts.length;
  const timelineShare = share.timeline ?? 0;
  const agendaPart =
    order.length === 0
      ? 0
      : (inOrder ? 0.5 : 0.2) + 0.3 * (1 - missing.length / PHASES.length) + (timelineShare >= 0.25 ? 0.2 : timelineShare * 0.8);
  const parkingPart = parkedList.length === 0 ? 1 : revisited / parkedList.length;
  const tensionPart = Math.max(0, Math.min(1, 0.5 + (tStart - tEnd) / 40)) * (walkouts > 0 ? 0 : 1);
  let score =
    W.replies * (meanReplyScore / 100) +
    W.discipline * (verdicts.length === 0 ? 0 : 1 - negRate) +
    W.agenda * agendaPart +
    W.parking * (verdicts.length === 0 ? 0 : parkingPart) +
    W.actionItems * actionQuality +
    W.tension * (verdicts.length === 0 ? 0 : tensionPart);
  if (outcome === 'derailed' || outcome === 'abandoned') score = Math.min(score, 45);
  score = Math.max(0, Math.min(100, Math.round(score)));

  // Level, with gates a good average cannot buy past.
  let level: Level = score >= 85 ? 'Advanced' : score >= 70 ? 'Proficient' : score >= 50 ? 'Developing' : 'Novice';
  const cap = (max: Level) => {
    if (LEVELS.indexOf(level) > LEVELS.indexOf(max)) level = max;
  };
  if (walkouts > 0 || outcome === 'derailed' || outcome === 'abandoned') cap('Developing');
  if (moveRates.blame > 0.2 || moveRates.hostility > 0.2) cap('Developing');
  if (moveRates.blame > 0 || moveRates.hostility > 0) cap('Proficient');
  if (actionReplies.length > 0 && owned === 0) cap('Proficient');
  if (verdicts.length === 0) level = 'Novice';

  const reasons = explain({
    replies: verdicts.length,
    moveRates,
    trend,
    meanReplyScore,
    order,
    inOrder,
    missing,
    timelineShare,
    parked: parkedList.length,
    revisited,
    notRevisited,
    actionCount: actionReplies.length,
    owned,
    vague,
    tStart,
    tEnd,
    walkouts,
    outcome,
    score,
    level,
  });

  return {
    replies: verdicts.length,
    moveRates,
    trend,
    meanReplyScore,
    agenda: { order, inOrder, timeMs, share, missing },
    parked: { total: parkedList.length, revisited, notRevisited },
    actionItems: { count: actionReplies.length, owned, vague, quality: actionQuality },
    tension: { start: round1(tStart), end: round1(tEnd), peak: round1(peak), change: round1(tEnd - tStart), walkouts },
    outcome,
    score,
    level,
    reasons,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

interface Facts {
  replies: number;
  moveRates: Record<Move, number>;
  trend: Record<Move, MoveTrend>;
  meanReplyScore: number;
  order: PhaseKind[];
  inOrder: boolean;
  missing: PhaseKind[];
  timelineShare: number;
  parked: number;
  revisited: number;
  notRevisited: string[];
  actionCount: number;
  owned: number;
  vague: number;
  tStart: number;
  tEnd: number;
  walkouts: number;
  outcome: string | null;
  score: number;
  level: Level;
}

/** Moves and phases as a trainee reads them in the reasons ("premature fixes", "action items"), never as identifiers. */
const MOVE_WORDS: Record<Move, string> = {
  acknowledge: 'acknowledging',
  evidence: 'pointing at evidence',
  deferral: 'deferring fixes',
  blame: 'blame',
  prematureFix: 'premature fixes',
  hostility: 'hostility',
  ownership: 'owned actions',
};
const PHASE_WORDS: Record<PhaseKind, string> = {
  opening: 'opening',
  timeline: 'timeline',
  'root-cause': 'root cause',
  'action-items': 'action items',
  close: 'close',
};
/** "a", "a and b", "a, b and c". */
function listed(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function explain(f: Facts): string[] {
  const out: string[] = [];
  if (f.replies === 0) return ['No replies were given, so there is nothing to score yet.'];
  out.push(`Your ${f.replies} ${f.replies === 1 ? 'reply' : 'replies'} averaged ${f.meanReplyScore}/100.`);
  const blame = f.moveRates.blame;
  const hostile = f.moveRates.hostility;
  if (blame > 0) out.push(`${pct(blame)} of replies pointed at a person or team; a blameless review names none.`);
  else out.push('No reply blamed a person or team.');
  if (hostile > 0) out.push(`${pct(hostile)} of replies were hostile, dismissive or sarcastic.`);
  if (f.moveRates.prematureFix > 0) out.push(`${pct(f.moveRates.prematureFix)} of replies jumped to a fix before the analysis.`);
  if (f.moveRates.evidence >= 0.4) out.push(`You tied ${pct(f.moveRates.evidence)} of replies to evidence.`);
  else out.push(`Only ${pct(f.moveRates.evidence)} of replies pointed at evidence; pin claims to the timeline and the data.`);
  if (f.moveRates.acknowledge >= 0.3) out.push(`You acknowledged concerns in ${pct(f.moveRates.acknowledge)} of replies.`);
  const better = (['evidence', 'acknowledge', 'deferral'] as Move[]).filter((m) => f.trend[m].change >= 0.2);
  const worse = NEGATIVE.filter((m) => f.trend[m].change >= 0.2);
  if (better.length > 0) out.push(`You improved as the meeting went on (${listed(better.map((m) => MOVE_WORDS[m]))} more often in the second half).`);
  if (worse.length > 0) out.push(`Under pressure you slipped in the second half (${listed(worse.map((m) => MOVE_WORDS[m]))} more often).`);
  if (!f.inOrder) out.push(`The agenda went out of order (${f.order.map((p) => PHASE_WORDS[p]).join(' -> ')}).`);
  else if (f.missing.length > 0) out.push(`The meeting never reached ${listed(f.missing.map((p) => PHASE_WORDS[p]))}.`);
  else out.push('You kept to the agenda: opening, timeline, root cause, action items, close.');
  if (f.order.includes('timeline') && f.timelineShare < 0.25) out.push(`Only ${pct(f.timelineShare)} of the time went to the timeline; it deserves the most.`);
  if (f.parked > 0) {
    if (f.revisited === f.parked) out.push(`Every parked topic (${f.parked}) was brought back at the action items.`);
    else out.push(`${f.parked - f.revisited} of ${f.parked} parked topics were never revisited (${f.notRevisited.join(', ')}).`);
  }
  if (f.actionCount > 0) {
    out.push(`${f.owned} of ${f.actionCount} action-item replies named one owner and a date.`);
    if (f.vague > 0) out.push(`${f.vague} action-item ${f.vague === 1 ? 'reply was' : 'replies were'} vague or had no single owner.`);
  }
  if (f.walkouts > 0) out.push(`${f.walkouts} stakeholder${f.walkouts === 1 ? '' : 's'} walked out.`);
  else if (f.tEnd < f.tStart - 2) out.push(`Tension fell from ${Math.round(f.tStart)} to ${Math.round(f.tEnd)}.`);
  else if (f.tEnd > f.tStart + 2) out.push(`Tension rose from ${Math.round(f.tStart)} to ${Math.round(f.tEnd)}.`);
  if (f.outcome && f.outcome !== 'completed') out.push(`The meeting ended ${f.outcome}.`);
  out.push(`Overall ${f.score}/100: ${f.level}.`);
  return out;
}
