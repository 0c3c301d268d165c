/**
 * A mentor reviews a transcript someone exported: the same Debrief, read-only, with a note that it is not the
 * reader's own attempt (nothing is saved).
 */
import type { CompiledScenario } from '../../scenario/compile';
import { Debrief } from '../screens/debrief';
import type { Review } from './review';

export interface ReviewSlotProps {
  review: Review;
  scenario: CompiledScenario;
  onTryAgain: () => void;
  onHome: () => void;
}

export default function ReviewSlot({ review, scenario, onTryAgain, onHome }: ReviewSlotProps) {
  const exported = new Date(review.exportedAt);
  const when = Number.isNaN(exported.getTime())
    ? 'at an unknown time'
    : exported.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p className="review-banner" role="note">
        You are reviewing a transcript exported {when}. It is shown as it was saved and is not added to your attempts.
      </p>
      <Debrief
        context={{ scenario, transcript: review.transcript, outcome: review.outcome }}
        report={review.report}
        previousAttempts={[]}
        onTryAgain={onTryAgain}
        onHome={onHome}
      />
    </>
  );
}
