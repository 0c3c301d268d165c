/**
 * Read-only views of a meeting's context for the UI, the CLI and the debrief. Pure; no machine needed.
 */
import type { PhaseKind } from '../scenario/schema';
import type { MeetingContext, TranscriptEntry } from './types';

export type ReplyEntry = Extract<TranscriptEntry, { kind: 'reply' }>;

export function replies(context: Pick<MeetingContext, 'transcript'>): ReplyEntry[] {
  return context.transcript.filter((e): e is ReplyEntry => e.kind === 'reply');
}

export interface PhaseSummary {
  phase: PhaseKind;
  phaseId: string;
  title: string;
  /** Meeting time (ms) the phase began and ended. */
  start: number;
  end: number;
  replies: number;
  /** Mean reply score, or null without replies. */
  averageScore: number | null;
  grades: { strong: number; mixed: number; poor: number };
  interruptions: number;
}

/** One summary per phase the meeting reached, in the order they were reached. */
export function phaseSummaries(context: Pick<MeetingContext, 'transcript'>): PhaseSummary[] {
  const out: PhaseSummary[] = [];
  const end = context.transcript.at(-1)?.at ?? 0;
  for (const entry of context.transcript) {
    if (entry.kind === 'phase') {
      const last = out.at(-1);
      if (last) last.end = entry.at;
      out.push({
        phase: entry.phase!,
        phaseId: entry.phaseId,
        title: entry.title,
        start: entry.at,
        end,
        replies: 0,
        averageScore: null,
        grades: { strong: 0, mixed: 0, poor: 0 },
        interruptions: 0,
      });
      continue;
    }
    const current = out.at(-1);
    if (!current) continue;
    if (entry.kind === 'reply') {
      const total = (current.averageScore ?? 0) * current.replies + entry.verdict.score;
      current.replies += 1;
      current.averageScore = Math.round(total / current.replies);
      current.grades[entry.grade] += 1;
    } else if (entry.kind === 'interrupt') {
      current.interruptions += 1;
    }
  }
  return out;
}

/** Tension of every stakeholder over meeting time, one point per transcript entry that changed it. */
export function tensionSeries(context: Pick<MeetingContext, 'transcript' | 'scenario'>): { at: number; tension: Record<string, number> }[] {
  const series: { at: number; tension: Record<string, number> }[] = [];
  const initial = Object.fromEntries(context.scenario.stakeholders.map((s) => [s.id, s.tension]));
  series.push({ at: 0, tension: initial });
  for (const entry of context.transcript) {
    const previous = series.at(-1)!.tension;
    if (Object.keys(entry.tension).some((id) => entry.tension[id] !== previous[id])) {
      series.push({ at: entry.at, tension: entry.tension });
    }
  }
  return series;
}

/** Formats meeting milliseconds as m:ss. */
export function clockLabel(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
