/**
 * The debrief, loaded lazily with its charts: computes the meeting report (`scoreMeeting`, pure, no language model),
 * records the attempt in the store (once, by id), and hands both to the Debrief screen with the earlier attempts.
 */
import { useEffect, useMemo, useState } from 'react';
import type { MeetingContext } from '../../engine/types';
import { scoreMeeting } from '../../scoring/meeting';
import { toMeetingInput } from '../../scoring/from-engine';
import { Debrief, type DebriefReport } from '../screens/debrief';
import type { Attempt } from '../storage/store';
import { useServices } from './services';

export interface DebriefSlotProps {
  context: MeetingContext;
  /** When the meeting started (shell clock, ms). */
  startedAt: number;
  onTryAgain: () => void;
  onHome: () => void;
}

/** The meeting-level report (`scoreMeeting`) in the shape the Debrief screen reads. */
export function meetingReport(context: MeetingContext): DebriefReport {
  const report = scoreMeeting(toMeetingInput(context));
  return { score: report.score, level: report.level, levelReasons: report.reasons, moveRates: report.moveRates };
}

export default function DebriefSlot({ context, startedAt, onTryAgain, onHome }: DebriefSlotProps) {
  const { store, now } = useServices();
  const report = useMemo(() => meetingReport(context), [context]);
  const attemptId = `${context.scenario.id}-${startedAt}`;
  const hasReplies = context.transcript.some((e) => e.kind === 'reply');
  const [previous, setPrevious] = useState<Attempt[]>(() => store.listAttempts(context.scenario.id));

  useEffect(() => {
    if (!hasReplies || context.outcome === null) return;
    const endedAt = Math.max(startedAt, (context.startedAt ?? startedAt) + (context.transcript.at(-1)?.at ?? 0));
    const attempt: Attempt = {
      id: attemptId,
      scenarioId: context.scenario.id,
      scenarioTitle: context.scenario.title,
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      outcome: context.outcome,
      score: report.score,
      level: report.level,
      moveRates: { ...(report.moveRates ?? {}) },
      transcript: [...context.transcript],
    };
    // Adding is idempotent by id, so StrictMode's second run replaces the same attempt.
    store.addAttempt(attempt);
    setPrevious(store.listAttempts(context.scenario.id));
  }, [store, attemptId, context, startedAt, report, hasReplies]);

  return (
    <Debrief
      context={context}
      report={report}
      previousAttempts={previous}
      currentAttemptId={attemptId}
      onTryAgain={onTryAgain}
      onHome={onHome}
      now={() => new Date((now ?? Date.now)())}
    />
  );
}
