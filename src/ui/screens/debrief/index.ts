export { Debrief, type DebriefProps } from './debrief';
export {
  compareAttempts,
  computeMoveRates,
  exportPayload,
  groupTranscript,
  meetingOutcome,
  moveRatesFor,
  practiceItems,
  strongMoments,
  summaryText,
  type DebriefMeeting,
  type DebriefReport,
  type PracticeItem,
  type PreviousAttempt,
} from './debrief-data';
