/**
 * Types of the meeting engine: its input, context, the events it accepts, the events it emits, and the transcript.
 *
 * The transcript is the meeting's record for the debrief and the mentor's review. `log` is the list of accepted
 * input events with their times: replaying it on the same scenario, options and seed rebuilds the same meeting,
 * which is what a mentor console or a shared room will drive and replay.
 */
import type { CompiledScenario } from '../scenario/compile';
import type { Difficulty, PhaseKind, Verdict } from '../scenario/schema';
import type { ReplyVerdict } from './scorer-seam';

export type ReplyMode = 'type' | 'pick' | 'both';
export type Grade = 'strong' | 'mixed' | 'poor';
export type Outcome = 'completed' | 'derailed' | 'abandoned';

export interface MeetingOptions {
  replyMode: ReplyMode;
  difficulty: Difficulty;
  /** Seeds every random choice (which alternate line is said). */
  seed: number;
  /** Live hints on: the UI may show `expects.hint`; recorded so a debrief knows. */
  hints: boolean;
  /** Milliseconds a reaction stays before the next beat starts on its own (0 = wait for `meeting.continue`). */
  readMs: number;
}

export interface MeetingInput {
  scenario: CompiledScenario;
  options?: Partial<MeetingOptions>;
}

/** Tension of every stakeholder, by id, 0-100. */
export type TensionMap = Record<string, number>;

export interface ParkedTopic {
  topicId: string;
  label: string;
  beatId: string;
  /** Meeting time (ms since start) it was parked at. */
  at: number;
  by: 'trainee' | 'reply';
  revisitedAt?: number;
}

interface EntryBase {
  /** Milliseconds since the meeting started. */
  at: number;
  /** The beat in play, if any. */
  beatId?: string;
  phase?: PhaseKind;
  /** Everyone's tension after this entry. */
  tension: TensionMap;
}

export type TranscriptEntry =
  | (EntryBase & { kind: 'phase'; phaseId: string; title: string })
  | (EntryBase & { kind: 'challenge'; speaker: string; text: string })
  | (EntryBase & { kind: 'interrupt'; speaker: string; text: string; count: number })
  | (EntryBase & { kind: 'exhibit'; exhibitId: string; title: string; shown: boolean })
  | (EntryBase & { kind: 'park'; topicId: string; label: string; by: 'trainee' | 'reply' })
  | (EntryBase & {
      kind: 'reply';
      mode: 'text' | 'choice';
      text: string;
      optionId?: string;
      /** The author's verdict on the chosen option (choice mode). */
      authorVerdict?: Verdict;
      feedback?: string;
      exhibits: string[];
      verdict: ReplyVerdict;
      grade: Grade;
      /** Why this grade, in a sentence (which expected moves were met or which were avoided). */
      gradeReason: string;
    })
  | (EntryBase & { kind: 'reaction'; speaker: string; text: string; grade: Grade })
  | (EntryBase & { kind: 'walkout'; speaker: string; text: string })
  | (EntryBase & { kind: 'pause' | 'resume' })
  | (EntryBase & { kind: 'end'; outcome: Outcome; reason: string });

export type TranscriptKind = TranscriptEntry['kind'];

export interface MeetingContext {
  scenario: CompiledScenario;
  options: MeetingOptions;
  /** State of the seeded random source. */
  rng: number;
  /** Absolute clock time (ms) of `meeting.start`; null before. */
  startedAt: number | null;
  /** Latest known absolute time (ms), from events and fired timers. */
  now: number;
  /** When the trainee started waiting in the current beat (absolute ms): the pressure timer counts from here. */
  waitingSince: number;
  /** Index into `scenario.beats` of the beat in play, -1 before the meeting. */
  beatIndex: number;
  /** Interruptions on the current beat. */
  interruptions: number;
  tension: TensionMap;
  /** Exhibits on screen, which back the next reply. */
  shownExhibits: string[];
  parked: ParkedTopic[];
  transcript: TranscriptEntry[];
  /** Accepted input events, in order, with absolute times: enough to replay the meeting. */
  log: MeetingEvent[];
  outcome: Outcome | null;
  /** Why the last event was refused, for the UI or CLI to show; cleared by the next accepted event. */
  refusal: string | null;
}

/** Every event carries `at`, the sender's clock in ms; the engine never reads a clock itself. */
export type MeetingEvent =
  | { type: 'meeting.start'; at?: number }
  | { type: 'reply.submit'; text: string; at?: number }
  | { type: 'reply.choose'; optionId: string; at?: number }
  | { type: 'exhibit.show'; exhibitId: string; at?: number }
  | { type: 'exhibit.hide'; exhibitId: string; at?: number }
  | { type: 'topic.park'; topicId?: string; label?: string; at?: number }
  | { type: 'meeting.pause'; at?: number }
  | { type: 'meeting.resume'; at?: number }
  | { type: 'meeting.continue'; at?: number }
  | { type: 'meeting.quit'; at?: number };

/** Events the machine emits for sound, animation and live views (subscribe with `actor.on(type, ...)`). */
export type MeetingEmitted =
  | { type: 'stakeholder.spoke'; speaker: string; text: string; kind: 'challenge' | 'reaction' | 'interrupt' | 'walkout'; grade?: Grade }
  | { type: 'tension.changed'; stakeholder: string; from: number; to: number }
  | { type: 'reply.scored'; grade: Grade; score: number }
  | { type: 'phase.changed'; phase: PhaseKind; title: string }
  | { type: 'topic.parked'; topicId: string; label: string }
  | { type: 'topic.revisited'; topicId: string; label: string }
  | { type: 'timer.started'; ms: number }
  | { type: 'meeting.ended'; outcome: Outcome; reason: string };
