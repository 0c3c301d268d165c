/** The meeting engine's public surface. */
export { createMeetingMachine, type MeetingMachine, type MachineDeps } from './machine';
export {
  DEFAULT_OPTIONS,
  MAX_REPLY_CHARS,
  currentBeat,
  gradeVerdict,
  meetingTime,
  moveName,
  movesToAvoid,
  pressureMs,
  replyProblem,
} from './rules';
export {
  playMeeting,
  replayMeeting,
  bestStrategy,
  worstStrategy,
  randomStrategy,
  scriptedStrategy,
  StuckMeetingError,
  type Strategy,
  type TraineeAction,
  type PlayResult,
} from './headless';
export * from './selectors';
export type * from './types';
export type * from './scorer-seam';
