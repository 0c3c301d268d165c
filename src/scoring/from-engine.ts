/**
 * Maps the engine's meeting context onto the meeting scorer's input.
 *
 * `src/scoring/` never imports the engine: the shapes below are the subset of the engine's `MeetingContext` this
 * module reads, so the engine's context is assignable to them structurally and the type checker verifies the fit
 * where the two meet (`src/cli/wiring.ts`).
 */
import type { MeetingEntry, MeetingInput, MeetingVerdict } from './meeting';
import type { PhaseKind } from './types';

/** The fields of an engine transcript entry that the meeting score reads. */
export interface EngineEntryLike {
  kind: string;
  at: number;
  phase?: PhaseKind;
  tension: Readonly<Record<string, number>>;
  verdict?: MeetingVerdict;
  text?: string;
  label?: string;
  topicId?: string;
  outcome?: string;
}

export interface EngineParkedLike {
  topicId: string;
  label: string;
  at: number;
  revisitedAt?: number;
}

/** The fields of the engine's `MeetingContext` that the meeting score reads. */
export interface EngineContextLike {
  transcript: readonly EngineEntryLike[];
  parked: readonly EngineParkedLike[];
  outcome: string | null;
  scenario?: { settings?: { tensionLimit?: number } };
}

export function toMeetingInput(context: EngineContextLike): MeetingInput {
  const entries: MeetingEntry[] = context.transcript.map((e) => {
    const out: MeetingEntry = { kind: e.kind, at: e.at, tension: e.tension };
    if (e.phase !== undefined) out.phase = e.phase;
    if (e.verdict !== undefined) out.verdict = e.verdict;
    if (e.text !== undefined) out.text = e.text;
    if (e.label !== undefined) out.label = e.label;
    if (e.topicId !== undefined) out.topicId = e.topicId;
    if (e.outcome !== undefined) out.outcome = e.outcome;
    return out;
  });
  const input: MeetingInput = {
    entries,
    parked: context.parked.map((p) => {
      const out: { topicId: string; label: string; at: number; revisitedAt?: number } = {
        topicId: p.topicId,
        label: p.label,
        at: p.at,
      };
      if (p.revisitedAt !== undefined) out.revisitedAt = p.revisitedAt;
      return out;
    }),
    outcome: context.outcome,
  };
  const limit = context.scenario?.settings?.tensionLimit;
  if (limit !== undefined) input.tensionLimit = limit;
  return input;
}
