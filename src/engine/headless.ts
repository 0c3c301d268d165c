/**
 * Play a meeting without a UI, on a simulated clock: the CLI player, the golden and property tests, and replays
 * all use this. A `Strategy` decides what the trainee does at each turn.
 */
import { createActor, SimulatedClock, type SnapshotFrom } from 'xstate';
import type { CompiledBeat } from '../scenario/compile';
import { createMeetingMachine } from './machine';
import { nextRandom, seedState } from './random';
import { currentBeat, pressureMs } from './rules';
import type { ReplyScorer } from './scorer-seam';
import type { MeetingContext, MeetingEvent, MeetingInput, MeetingOptions } from './types';

export type TraineeAction =
  | { type: 'text'; text: string }
  | { type: 'choose'; optionId: string }
  | { type: 'exhibit'; exhibitId: string }
  | { type: 'park'; topicId?: string; label?: string }
  | { type: 'silence' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'quit' };

export interface Turn {
  context: MeetingContext;
  beat: CompiledBeat;
  paused: boolean;
}

export type Strategy = (turn: Turn) => TraineeAction;

export interface PlayOptions {
  input: MeetingInput;
  scorer: ReplyScorer;
  strategy: Strategy;
  /**
   * Simulated milliseconds the trainee takes to reply, or a function of the turn. Default: 60% of the pressure
   * timer, at most 20 s, so a prepared trainee answers in time and the meeting clock looks like a real meeting.
   */
  thinkMs?: number | ((turn: Turn) => number);
  /** Safety net: a meeting needing more turns than this is reported as stuck. Default 2000. */
  maxTurns?: number;
}

export interface PlayResult {
  context: MeetingContext;
  state: string;
  turns: number;
}

export class StuckMeetingError extends Error {}

export function defaultThinkMs({ context }: Turn): number {
  return Math.min(20_000, Math.round(pressureMs(context) * 0.6));
}

type Snapshot = SnapshotFrom<ReturnType<typeof createMeetingMachine>>;

/** Plays a whole meeting and returns the final context. Throws `StuckMeetingError` if it never ends. */
export function playMeeting({ input, scorer, strategy, thinkMs = defaultThinkMs, maxTurns = 2000 }: PlayOptions): PlayResult {
  const clock = new SimulatedClock();
  const options: Partial<MeetingOptions> = { ...input.options, readMs: 0 };
  const actor = createActor(createMeetingMachine({ scorer }), { input: { ...input, options }, clock });
  actor.start();
  const send = (event: MeetingEvent) => actor.send({ ...event, at: clock.now() });
  send({ type: 'meeting.start' });

  let turns = 0;
  for (;;) {
    const snap: Snapshot = actor.getSnapshot();
    if (snap.status === 'done') break;
    if (++turns > maxTurns) {
      actor.stop();
      throw new StuckMeetingError(`meeting did not end after ${maxTurns} turns (state ${JSON.stringify(snap.value)})`);
    }
    if (snap.hasTag('reacting')) {
      send({ type: 'meeting.continue' });
      continue;
    }
    const beat = currentBeat(snap.context);
    if (!beat) throw new StuckMeetingError(`no beat in play in state ${JSON.stringify(snap.value)}`);
    const paused = snap.hasTag('paused');
    const turn = { context: snap.context, beat, paused };
    const action = strategy(turn);
    switch (action.type) {
      case 'text':
      case 'choose': {
        clock.increment(typeof thinkMs === 'number' ? thinkMs : thinkMs(turn));
        if (actor.getSnapshot().status === 'done') break;
        const before = actor.getSnapshot().context.transcript.length;
        send(action.type === 'text' ? { type: 'reply.submit', text: action.text } : { type: 'reply.choose', optionId: action.optionId });
        const after = actor.getSnapshot();
        if (after.status !== 'done' && after.context.transcript.length === before && after.context.refusal) {
          // A refused reply would loop forever: treat it as the trainee giving up.
          send({ type: 'meeting.quit' });
        }
        break;
      }
      case 'exhibit':
        send({ type: 'exhibit.show', exhibitId: action.exhibitId });
        break;
      case 'park':
        send({ type: 'topic.park', topicId: action.topicId, label: action.label });
        break;
      case 'silence':
        if (paused) send({ type: 'meeting.resume' });
        else clock.increment(pressureMs(snap.context));
        break;
      case 'pause':
        send({ type: paused ? 'meeting.resume' : 'meeting.pause' });
        break;
      case 'resume':
        send({ type: 'meeting.resume' });
        break;
      case 'quit':
        send({ type: 'meeting.quit' });
        break;
    }
  }
  const final = actor.getSnapshot();
  actor.stop();
  return { context: final.context, state: String(final.value), turns };
}

/**
 * Rebuilds a meeting from its event log (the `log` in the context) on the same scenario and options: a mentor's
 * replay, or a shared room catching up. Timer-driven interruptions happen again at the same moments.
 */
export function replayMeeting(input: MeetingInput, log: readonly MeetingEvent[], scorer: ReplyScorer): PlayResult {
  const clock = new SimulatedClock();
  const first = log[0]?.at ?? 0;
  clock.set(first);
  const actor = createActor(createMeetingMachine({ scorer }), { input, clock });
  actor.start();
  for (const event of log) {
    const at = event.at ?? clock.now();
    if (at > clock.now()) clock.increment(at - clock.now());
    if (actor.getSnapshot().status === 'done') break;
    actor.send(event);
  }
  const final = actor.getSnapshot();
  actor.stop();
  return { context: final.context, state: String(final.value), turns: log.length };
}

// ---------------------------------------------------------------- strategies

const RANK = { good: 0, weak: 1, poor: 2 } as const;

/** Always the author's best option; shows the beat's first expected exhibit first, as a prepared lead would. */
export function bestStrategy(): Strategy {
  let lastBeat = '';
  return ({ beat, context }) => {
    const exhibit = beat.expects.exhibits?.find((id) => !context.shownExhibits.includes(id));
    if (exhibit && lastBeat !== beat.id) {
      lastBeat = beat.id;
      return { type: 'exhibit', exhibitId: exhibit };
    }
    lastBeat = beat.id;
    const best = [...beat.options].sort((a, b) => RANK[a.verdict] - RANK[b.verdict])[0]!;
    return { type: 'choose', optionId: best.id };
  };
}

/** Always the author's poorest option. */
export function worstStrategy(): Strategy {
  return ({ beat }) => {
    const worst = [...beat.options].sort((a, b) => RANK[b.verdict] - RANK[a.verdict])[0]!;
    return { type: 'choose', optionId: worst.id };
  };
}

/** A seeded random trainee: mostly picks options, sometimes shows data, stays silent, pauses or parks a topic. */
export function randomStrategy(seed: number, allowQuit = false): Strategy {
  let state = seedState(seed);
  const rand = () => {
    const [value, next] = nextRandom(state);
    state = next;
    return value;
  };
  return ({ beat, paused, context }) => {
    const r = rand();
    if (paused) return r < 0.8 ? { type: 'resume' } : { type: 'choose', optionId: beat.options[0]!.id };
    if (allowQuit && r < 0.005) return { type: 'quit' };
    if (r < 0.1) return { type: 'silence' };
    if (r < 0.15) return { type: 'pause' };
    if (r < 0.22 && context.scenario.exhibits.length > 0) {
      const ex = context.scenario.exhibits[Math.floor(rand() * context.scenario.exhibits.length)]!;
      return { type: 'exhibit', exhibitId: ex.id };
    }
    if (r < 0.25) return { type: 'park' };
    const option = beat.options[Math.floor(rand() * beat.options.length)]!;
    return { type: 'choose', optionId: option.id };
  };
}

/** Plays the given actions in order; when they run out, the trainee quits (the meeting ends abandoned). */
export function scriptedStrategy(actions: readonly TraineeAction[]): Strategy {
  let i = 0;
  return () => actions[i++] ?? { type: 'quit' };
}
