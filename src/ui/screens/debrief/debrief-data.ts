/**
 * Pure derivations behind the Debrief screen: outcome, move rates, the best moments, what to practise next (with
 * "instead of / try" rewrites), comparison with earlier attempts, tension over time, the transcript grouped by phase
 * and beat, the copyable summary and the exported JSON. No React here, so all of it is unit-testable.
 */
import type { CompiledBeat, CompiledScenario } from '../../../scenario/compile';
import { NEGATIVE_MOVES, POSITIVE_MOVES } from '../../../scenario/vocabulary';
import type { Grade, MeetingOptions, Outcome, TranscriptEntry } from '../../../engine/types';
import { clockLabel, tensionSeries } from '../../../engine/selectors';
import type { Attempt } from '../../storage/store';
import { moveKind, moveLabel } from '../../highlight/moves';

export type ReplyEntry = Extract<TranscriptEntry, { kind: 'reply' }>;

/** What the debrief needs of a finished meeting; a whole `MeetingContext` fits. */
export interface DebriefMeeting {
  scenario: CompiledScenario;
  transcript: readonly TranscriptEntry[];
  outcome?: Outcome | null;
  options?: MeetingOptions;
}

/**
 * The meeting-level report, as far as the debrief uses it. Defined here until `src/scoring/meeting.ts` exports its
 * report type; that report should be assignable to this (score 0-100, ladder level, its reasons, move rates 0..1).
 */
export interface DebriefReport {
  score: number;
  level: string;
  levelReasons?: readonly string[];
  /** Share of replies that made each move, 0..1, by move name. Missing moves are computed from the transcript. */
  moveRates?: Readonly<Record<string, number>>;
}

/** What the comparison reads of an earlier attempt; a stored `Attempt` fits. */
export type PreviousAttempt = Pick<Attempt, 'id' | 'startedAt' | 'outcome' | 'score' | 'level' | 'moveRates'> &
  Partial<Pick<Attempt, 'endedAt'>>;

/** The verdict flag the UI's stand-in scorer puts on replies whose words were not analysed. */
export const UNSCORED = 'unscored';

export const DEBRIEF_MOVES = [...POSITIVE_MOVES, ...NEGATIVE_MOVES] as readonly string[];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  completed: 'Completed',
  derailed: 'Derailed',
  abandoned: 'Abandoned',
};

export const GRADE_LABELS: Record<Grade, string> = { strong: 'Strong', mixed: 'Mixed', poor: 'Poor' };

export function replyEntries(meeting: DebriefMeeting): ReplyEntry[] {
  return meeting.transcript.filter((e): e is ReplyEntry => e.kind === 'reply');
}

export function isUnscored(reply: ReplyEntry): boolean {
  return reply.verdict.flags.includes(UNSCORED);
}

export function beatOf(scenario: CompiledScenario, beatId: string | undefined): CompiledBeat | undefined {
  if (beatId === undefined) return undefined;
  const index = scenario.beatIndex[beatId];
  return index === undefined ? undefined : scenario.beats[index];
}

export function speakerName(scenario: CompiledScenario, id: string): string {
  return scenario.stakeholderIndex[id]?.name ?? id;
}

export interface OutcomeInfo {
  outcome: Outcome | null;
  reason: string;
  walkouts: { speaker: string; name: string; text: string }[];
}

export function meetingOutcome(meeting: DebriefMeeting): OutcomeInfo {
  const end = [...meeting.transcript].reverse().find((e) => e.kind === 'end');
  const walkouts = meeting.transcript
    .filter((e): e is Extract<TranscriptEntry, { kind: 'walkout' }> => e.kind === 'walkout')
    .map((e) => ({ speaker: e.speaker, name: speakerName(meeting.scenario, e.speaker), text: e.text }));
  return {
    outcome: end?.kind === 'end' ? end.outcome : (meeting.outcome ?? null),
    reason: end?.kind === 'end' ? end.reason : '',
    walkouts,
  };
}

/** Share of analysed replies that made each move (0..1); replies the scorer did not analyse are left out. */
export function computeMoveRates(meeting: DebriefMeeting): Record<string, number> {
  const scored = replyEntries(meeting).filter((r) => !isUnscored(r));
  const rates: Record<string, number> = {};
  for (const move of DEBRIEF_MOVES) {
    const made = scored.filter((r) => (r.verdict.moves as Record<string, boolean>)[move] === true).length;
    rates[move] = scored.length === 0 ? 0 : made / scored.length;
  }
  return rates;
}

/** The report's rates where it has them, the transcript's otherwise; always all seven moves. */
export function moveRatesFor(meeting: DebriefMeeting, report: DebriefReport): Record<string, number> {
  const computed = computeMoveRates(meeting);
  const out: Record<string, number> = {};
  for (const move of DEBRIEF_MOVES) {
    const r = report.moveRates?.[move];
    out[move] = typeof r === 'number' && Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : (computed[move] ?? 0);
  }
  return out;
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** The stakeholder line a reply answered: the last challenge or interruption of its beat before it. */
export function promptFor(meeting: DebriefMeeting, reply: ReplyEntry): { speaker: string; name: string; text: string } | undefined {
  const index = meeting.transcript.indexOf(reply);
  for (let i = index - 1; i >= 0; i--) {
    const e = meeting.transcript[i]!;
    if (e.beatId !== reply.beatId) break;
    if (e.kind === 'challenge' || e.kind === 'interrupt') {
      return { speaker: e.speaker, name: speakerName(meeting.scenario, e.speaker), text: e.text };
    }
  }
  return undefined;
}

export interface Moment {
  reply: ReplyEntry;
  prompt: { speaker: string; name: string; text: string } | undefined;
  /** Good moves and good flags the reply made, as labels. */
  goodMoves: string[];
}

/** Up to `n` strong replies, best score first. */
export function strongMoments(meeting: DebriefMeeting, n = 3): Moment[] {
  return replyEntries(meeting)
    .filter((r) => r.grade === 'strong')
    .map((reply, order) => ({ reply, order }))
    .sort((a, b) => b.reply.verdict.score - a.reply.verdict.score || a.order - b.order)
    .slice(0, n)
    .map(({ reply }) => ({
      reply,
      prompt: promptFor(meeting, reply),
      goodMoves: [
        ...POSITIVE_MOVES.filter((m) => reply.verdict.moves[m]),
        ...reply.verdict.flags.filter((f) => moveKind(f) === 'good'),
      ].map(moveLabel),
    }));
}

export interface PracticeItem {
  /** What the lesson is about (a move, a flag, "silence" or "grade"); items are unique by key. */
  key: string;
  title: string;
  message: string;
  /** What was said (or done), quoted. */
  insteadOf: string;
  /** A better phrasing: the scorer's rewrite, or the scenario's model reply for that moment. */
  tryInstead?: string;
  /** The line being answered. */
  prompt?: { name: string; text: string };
  at: number;
  beatId?: string;
}

const GRADE_WEIGHT: Record<Grade, number> = { poor: 30, mixed: 20, strong: 5 };

/**
 * The `n` most important things to say differently, one per kind of problem: the scorer's tips (trap tips on poor
 * replies first), then weak replies without tips (with the model reply), and silences that drew interruptions.
 */
export function practiceItems(meeting: DebriefMeeting, n = 3): PracticeItem[] {
  const candidates: { item: PracticeItem; weight: number; score: number }[] = [];
  for (const reply of replyEntries(meeting)) {
    const beat = beatOf(meeting.scenario, reply.beatId);
    const model = beat?.model[0];
    const prompt = promptFor(meeting, reply);
    const base = GRADE_WEIGHT[reply.grade];
    const common = { at: reply.at, ...(reply.beatId ? { beatId: reply.beatId } : {}), ...(prompt ? { prompt } : {}) };
    for (const tip of reply.verdict.tips) {
      const rewrite = tip.rewrite ?? model;
      candidates.push({
        item: {
          key: tip.about,
          title: moveLabel(tip.about),
          message: tip.message,
          insteadOf: tip.quote && tip.quote.trim() ? tip.quote : reply.text,
          ...(rewrite ? { tryInstead: rewrite } : {}),
          ...common,
        },
        weight: base + (moveKind(tip.about) === 'trap' ? 5 : 0),
        score: reply.verdict.score,
      });
    }
    if (reply.verdict.tips.length === 0 && reply.grade !== 'strong') {
      const traps = NEGATIVE_MOVES.filter((m) => reply.verdict.moves[m]);
      const key = traps[0] ?? `grade-${reply.beatId ?? reply.at}`;
      candidates.push({
        item: {
          key,
          title: traps.length > 0 ? traps.map(moveLabel).join(', ') : reply.grade === 'poor' ? 'a poor reply' : 'a reply that could be stronger',
          message: reply.gradeReason,
          insteadOf: reply.text,
          ...(model ? { tryInstead: model } : {}),
          ...common,
        },
        weight: base - 1,
        score: reply.verdict.score,
      });
    }
  }
  // Silences: interruptions on a beat mean the speaker waited past their patience.
  const interrupts = new Map<string, { count: number; speaker: string; at: number; prompt?: string }>();
  for (const e of meeting.transcript) {
    if (e.kind !== 'interrupt' || !e.beatId) continue;
    const seen = interrupts.get(e.beatId);
    if (seen) seen.count += 1;
    else interrupts.set(e.beatId, { count: 1, speaker: e.speaker, at: e.at });
  }
  for (const [beatId, info] of interrupts) {
    const beat = beatOf(meeting.scenario, beatId);
    const challenge = meeting.transcript.find((e) => e.kind === 'challenge' && e.beatId === beatId);
    const name = speakerName(meeting.scenario, info.speaker);
    const model = beat?.model[0];
    candidates.push({
      item: {
        key: 'silence',
        title: 'silence under pressure',
        message: `${name} interrupted ${info.count === 1 ? 'once' : `${info.count} times`} while waiting for your answer. A short acknowledgement buys time: say what you heard, then turn to the data.`,
        insteadOf: 'saying nothing',
        ...(model ? { tryInstead: model } : {}),
        ...(challenge && challenge.kind === 'challenge' ? { prompt: { name: speakerName(meeting.scenario, challenge.speaker), text: challenge.text } } : {}),
        at: info.at,
        beatId,
      },
      weight: 25,
      score: 0,
    });
  }
  candidates.sort((a, b) => b.weight - a.weight || a.score - b.score || a.item.at - b.item.at);
  // One lesson per problem; and, where there are enough, each from a different moment of the meeting, so one bad
  // sentence does not fill the whole list.
  const out: PracticeItem[] = [];
  for (const distinctMoment of [true, false]) {
    for (const { item } of candidates) {
      if (out.length >= n) break;
      if (out.includes(item) || out.some((o) => o.key === item.key)) continue;
      if (distinctMoment && out.some((o) => o.at === item.at)) continue;
      out.push(item);
    }
  }
  return out.sort((a, b) => candidates.findIndex((c) => c.item === a) - candidates.findIndex((c) => c.item === b));
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** Score: 0-100; moves: 0..1. */
  current: number;
  best: number | null;
  last: number | null;
  /** Whether a higher value is better (score, good moves) or worse (traps). */
  higherIsBetter: boolean;
  /** Every attempt's value, oldest first, this attempt last (moves: 0..1; null where an attempt lacks it). */
  history: (number | null)[];
}

export interface Comparison {
  previousCount: number;
  best: PreviousAttempt | null;
  last: PreviousAttempt | null;
  rows: ComparisonRow[];
  /** Scores, oldest first, this attempt last. */
  history: number[];
}

const timeOf = (a: PreviousAttempt) => Date.parse(a.endedAt ?? a.startedAt) || 0;

/** This attempt against the best and the most recent earlier attempt (the current one, by id, is left out). */
export function compareAttempts(
  current: { score: number; moveRates: Record<string, number> },
  previous: readonly PreviousAttempt[],
  currentId?: string,
): Comparison {
  const earlier = previous.filter((a) => a.id !== currentId).sort((a, b) => timeOf(b) - timeOf(a));
  const last = earlier[0] ?? null;
  let best: PreviousAttempt | null = null;
  for (const a of earlier) if (!best || a.score > best.score) best = a;
  const oldestFirst = [...earlier].reverse();
  const rows: ComparisonRow[] = [
    {
      key: 'score',
      label: 'Score',
      current: current.score,
      best: best?.score ?? null,
      last: last?.score ?? null,
      higherIsBetter: true,
      history: [...oldestFirst.map((a) => a.score), current.score],
    },
    ...DEBRIEF_MOVES.map((m) => ({
      key: m,
      label: moveLabel(m),
      current: current.moveRates[m] ?? 0,
      best: best ? (best.moveRates[m] ?? null) : null,
      last: last ? (last.moveRates[m] ?? null) : null,
      higherIsBetter: moveKind(m) !== 'trap',
      history: [...oldestFirst.map((a) => a.moveRates[m] ?? null), current.moveRates[m] ?? 0],
    })),
  ];
  return {
    previousCount: earlier.length,
    best,
    last,
    rows,
    history: [...earlier.map((a) => a.score).reverse(), current.score],
  };
}

/** "better", "worse" or "same" for a change from `before` to `now`. */
export function direction(now: number, before: number | null, higherIsBetter: boolean, epsilon = 1e-9): 'better' | 'worse' | 'same' | null {
  if (before === null) return null;
  if (Math.abs(now - before) < epsilon) return 'same';
  return now > before === higherIsBetter ? 'better' : 'worse';
}

export interface TensionSummary {
  id: string;
  name: string;
  start: number;
  peak: number;
  end: number;
  walkedOut: boolean;
}

export function tensionSummaries(meeting: DebriefMeeting): TensionSummary[] {
  const series = tensionSeries({ transcript: [...meeting.transcript], scenario: meeting.scenario });
  const walked = new Set(meeting.transcript.filter((e) => e.kind === 'walkout').map((e) => (e.kind === 'walkout' ? e.speaker : '')));
  return meeting.scenario.stakeholders.map((s) => {
    const values = series.map((p) => p.tension[s.id]).filter((v): v is number => typeof v === 'number');
    return {
      id: s.id,
      name: s.name,
      start: values[0] ?? s.tension,
      peak: values.length ? Math.max(...values) : s.tension,
      end: values.at(-1) ?? s.tension,
      walkedOut: walked.has(s.id),
    };
  });
}

export interface TensionChartData {
  rows: ({ at: number; label: string } & Record<string, number | string>)[];
  people: { id: string; name: string; color?: string }[];
  limit: number;
}

export function tensionChartData(meeting: DebriefMeeting): TensionChartData {
  const series = tensionSeries({ transcript: [...meeting.transcript], scenario: meeting.scenario });
  return {
    rows: series.map((p) => ({ ...p.tension, at: p.at, label: clockLabel(p.at) })),
    people: meeting.scenario.stakeholders.map((s) => ({ id: s.id, name: s.name, ...(s.color ? { color: s.color } : {}) })),
    limit: meeting.scenario.settings.tensionLimit,
  };
}

export interface BeatGroup {
  beatId: string | undefined;
  beat: CompiledBeat | undefined;
  entries: TranscriptEntry[];
}

export interface PhaseGroup {
  phaseId: string | undefined;
  title: string;
  beats: BeatGroup[];
}

/** The transcript as phases (from `phase` entries) holding runs of entries that share a beat. */
export function groupTranscript(meeting: DebriefMeeting): PhaseGroup[] {
  const phases: PhaseGroup[] = [];
  for (const entry of meeting.transcript) {
    if (entry.kind === 'phase') {
      phases.push({ phaseId: entry.phaseId, title: entry.title, beats: [] });
      continue;
    }
    let phase = phases.at(-1);
    if (!phase) {
      phase = { phaseId: undefined, title: 'Before the agenda', beats: [] };
      phases.push(phase);
    }
    let group = phase.beats.at(-1);
    // Pause/resume/end belong to whatever beat is in play; they never start a new group.
    const attach = entry.kind === 'end' || entry.kind === 'pause' || entry.kind === 'resume';
    if (!group || (!attach && group.beatId !== entry.beatId)) {
      group = { beatId: entry.beatId, beat: beatOf(meeting.scenario, entry.beatId), entries: [] };
      phase.beats.push(group);
    }
    group.entries.push(entry);
  }
  return phases.filter((p) => p.beats.length > 0);
}

export interface SummaryInput {
  meeting: DebriefMeeting;
  report: DebriefReport;
  moveRates: Record<string, number>;
}

/** The debrief in plain text, for "Copy summary" (a chat message to a mentor, a note to self). */
export function summaryText({ meeting, report, moveRates }: SummaryInput): string {
  const { outcome, reason } = meetingOutcome(meeting);
  const lines = [`Hotseat debrief: ${meeting.scenario.title}`];
  lines.push(`Outcome: ${outcome ? OUTCOME_LABELS[outcome] : 'Unknown'}${reason ? ` (${reason})` : ''}`);
  lines.push(`Score: ${Math.round(report.score)}/100 · Level: ${report.level}`);
  const moments = strongMoments(meeting);
  if (moments.length > 0) {
    lines.push('', 'What worked:');
    for (const m of moments) lines.push(`- "${m.reply.text}"${m.goodMoves.length ? ` (${m.goodMoves.join(', ')})` : ''}`);
  }
  const practice = practiceItems(meeting);
  if (practice.length > 0) {
    lines.push('', 'Practise next:');
    for (const p of practice) {
      lines.push(`- ${p.title}: ${p.message}`);
      lines.push(`  Instead of: "${p.insteadOf}"`);
      if (p.tryInstead) lines.push(`  Try: "${p.tryInstead}"`);
    }
  }
  lines.push('', `Moves: ${DEBRIEF_MOVES.map((m) => `${moveLabel(m)} ${percent(moveRates[m] ?? 0)}`).join(', ')}`);
  return lines.join('\n');
}

/** The JSON a mentor reviews: the scenario's id, the options, the outcome, the report and the full transcript. */
export function exportPayload(meeting: DebriefMeeting, report: DebriefReport, exportedAt: Date): string {
  const { outcome, reason } = meetingOutcome(meeting);
  return JSON.stringify(
    {
      app: 'hotseat',
      kind: 'transcript',
      version: 1,
      exportedAt: exportedAt.toISOString(),
      scenario: { id: meeting.scenario.id, title: meeting.scenario.title },
      options: meeting.options ?? null,
      outcome,
      reason,
      report,
      transcript: meeting.transcript,
    },
    null,
    2,
  );
}

export function exportFileName(scenarioId: string, exportedAt: Date): string {
  const stamp = exportedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `hotseat-${scenarioId}-${stamp}.json`;
}
