/**
 * One meeting in the browser: the XState actor plus what the shell adds around it — the clock (every event is sent
 * with `at: Date.now()`), saving the persisted snapshot after every change, sounds for emitted events, and the
 * pressure timer as the room sees it.
 *
 * A session is created outside React's render and effects (in the click handler that starts or resumes a meeting),
 * so StrictMode's double effects never start or stop the actor twice. Whoever created it calls `dispose()`.
 * Components read it through `MeetingSessionContext` / `useMeetingSession()` and the actor with `useSelector`.
 */
import { createContext, useContext } from 'react';
import { createActor, type ActorRefFrom, type Snapshot, type SnapshotFrom } from 'xstate';
import { createMeetingMachine, type MeetingMachine } from '../../engine/machine';
import { pressureMs } from '../../engine/rules';
import type { ReplyScorer } from '../../engine/scorer-seam';
import type { MeetingEvent, MeetingOptions } from '../../engine/types';
import type { CompiledScenario } from '../../scenario/compile';
import { soundForEvent, type SoundName } from '../audio/sound';
import { looksLikeSnapshot, RestoreError } from './saved-meeting';

export { looksLikeSnapshot, RestoreError };

export type MeetingActor = ActorRefFrom<MeetingMachine>;
export type MeetingSnapshot = SnapshotFrom<MeetingMachine>;

/** An input event without its time: the session stamps it. */
export type MeetingCommand = MeetingEvent extends infer E ? (E extends MeetingEvent ? Omit<E, 'at'> : never) : never;

/** The pressure timer as the room shows it: started at `startedAt` (ms, shell clock) for `ms`; frozen while paused. */
export interface PressureTimer {
  startedAt: number;
  ms: number;
  /** When the meeting was paused, or null while it runs. */
  pausedAt: number | null;
}

export interface SessionStore {
  saveInProgress(scenarioId: string, snapshot: unknown): boolean;
  clearInProgress(scenarioId: string): void;
}

export interface SessionOptions {
  scenario: CompiledScenario;
  scorer: ReplyScorer;
  options?: Partial<MeetingOptions>;
  /** A persisted snapshot to resume from; the meeting is then paused at once. */
  snapshot?: unknown;
  store?: SessionStore;
  sound?: { play(name: SoundName): void };
  /** The shell's clock; defaults to `Date.now`. */
  now?: () => number;
  /** Called once, when the meeting reaches a final state. */
  onEnded?: (snapshot: MeetingSnapshot) => void;
}

export interface MeetingSession {
  readonly scenario: CompiledScenario;
  readonly actor: MeetingActor;
  /** True when the session was resumed from a saved snapshot. */
  readonly restored: boolean;
  /** Sends an event stamped with the shell's clock. */
  send(command: MeetingCommand): void;
  now(): number;
  /** The pressure timer, or null while it is not running (reacting, ended). */
  timer(): PressureTimer | null;
  /** Subscribe to timer changes (for `useSyncExternalStore`). */
  subscribeTimer(listener: () => void): () => void;
  /** Stops the actor and every subscription. Safe to call twice. */
  dispose(): void;
}

export function createMeetingSession(opts: SessionOptions): MeetingSession {
  const { scenario, scorer, store, sound, onEnded } = opts;
  const now = opts.now ?? (() => Date.now());
  const restoring = opts.snapshot !== undefined && opts.snapshot !== null;
  if (restoring && !looksLikeSnapshot(opts.snapshot, scenario.id)) {
    throw new RestoreError('The saved meeting does not match this scenario.');
  }

  const machine = createMeetingMachine({ scorer });
  const input = { scenario, options: opts.options ?? {} };
  let actor: MeetingActor;
  try {
    actor = restoring
      ? createActor(machine, { input, snapshot: opts.snapshot as Snapshot<unknown> })
      : createActor(machine, { input });
  } catch (error) {
    throw new RestoreError(error instanceof Error ? error.message : 'The saved meeting could not be read.');
  }

  let timer: PressureTimer | null = null;
  const timerListeners = new Set<() => void>();
  const setTimer = (next: PressureTimer | null) => {
    timer = next;
    for (const listener of timerListeners) listener();
  };

  let disposed = false;
  let ended = false;
  let wasRunning = false;

  const offEmitted = actor.on('*', (event) => {
    if (event.type === 'timer.started') setTimer({ startedAt: now(), ms: event.ms, pausedAt: null });
    const name = soundForEvent(event);
    if (name) sound?.play(name);
  });

  const follow = (snap: MeetingSnapshot) => {
    const running = snap.status === 'active' && snap.hasTag('timer-running');
    if (running && !wasRunning) {
      // Entering the wait (a new beat, or after a resume): XState arms the pressure delay in full from now.
      setTimer({ startedAt: now(), ms: pressureMs(snap.context), pausedAt: null });
    } else if (snap.status === 'active' && snap.hasTag('paused')) {
      if (timer && timer.pausedAt === null) setTimer({ ...timer, pausedAt: now() });
    } else if (!running && timer !== null) {
      setTimer(null);
    }
    wasRunning = running;
  };

  const subscription = actor.subscribe({
    next(snap) {
      if (disposed) return;
      follow(snap);
      if (snap.status === 'done') {
        store?.clearInProgress(scenario.id);
        if (!ended) {
          ended = true;
          onEnded?.(snap);
        }
        return;
      }
      if (snap.status === 'active') store?.saveInProgress(scenario.id, actor.getPersistedSnapshot());
    },
    // Errors reach the UI through `useSelector`, which throws them into the error boundary.
    error() {},
  });

  const send = (command: MeetingCommand) => {
    if (disposed) return;
    actor.send({ ...command, at: now() } as MeetingEvent);
  };

  try {
    actor.start();
  } catch (error) {
    subscription.unsubscribe();
    offEmitted.unsubscribe();
    throw new RestoreError(error instanceof Error ? error.message : 'The saved meeting could not be started.');
  }
  if (actor.getSnapshot().status === 'error') {
    subscription.unsubscribe();
    offEmitted.unsubscribe();
    throw new RestoreError('The saved meeting could not be started.');
  }

  if (restoring) {
    follow(actor.getSnapshot());
    // XState re-arms the pressure timer in full on restore: pause so a returning trainee can read the room first.
    send({ type: 'meeting.pause' });
  } else {
    send({ type: 'meeting.start' });
  }

  return {
    scenario,
    actor,
    restored: restoring,
    send,
    now,
    timer: () => timer,
    subscribeTimer(listener) {
      timerListeners.add(listener);
      return () => timerListeners.delete(listener);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      subscription.unsubscribe();
      offEmitted.unsubscribe();
      timerListeners.clear();
      actor.stop();
    },
  };
}

export const MeetingSessionContext = createContext<MeetingSession | null>(null);

/** The session of the meeting on screen; throws outside a `MeetingSessionContext` provider. */
export function useMeetingSession(): MeetingSession {
  const session = useContext(MeetingSessionContext);
  if (!session) throw new Error('useMeetingSession must be used inside the meeting room.');
  return session;
}
