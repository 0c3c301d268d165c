/**
 * The pressure timer: a ring that empties as the speaker's patience runs out, the seconds in the middle, a tick each
 * second of the last five, then (from the engine) the interruption. Frozen while paused.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { soundForEvent } from '../../audio/sound';
import type { MeetingSession, PressureTimer } from '../../app/meeting-session';

/** Seconds left at which the ring turns urgent and starts ticking. */
export const WARNING_SECONDS = 5;

export function remainingMs(timer: PressureTimer, now: number): number {
  const end = timer.pausedAt ?? now;
  return Math.max(0, timer.ms - (end - timer.startedAt));
}

interface PressureRingProps {
  session: MeetingSession;
  play: (name: 'tick') => void;
  /** Step once a second instead of sweeping smoothly. */
  reducedMotion: boolean;
}

const RADIUS = 27;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function PressureRing({ session, play, reducedMotion }: PressureRingProps) {
  const timer = useSyncExternalStore(session.subscribeTimer, session.timer, session.timer);
  const [now, setNow] = useState(() => session.now());
  const lastTick = useRef<number | null>(null);

  useEffect(() => {
    if (!timer || timer.pausedAt !== null) return;
    const update = () => setNow(session.now());
    update();
    const id = window.setInterval(update, reducedMotion ? 1000 : 100);
    return () => window.clearInterval(id);
  }, [timer, session, reducedMotion]);

  const left = timer ? remainingMs(timer, timer.pausedAt ?? now) : 0;
  const seconds = Math.ceil(left / 1000);
  const warning = timer !== null && timer.pausedAt === null && seconds <= WARNING_SECONDS && left > 0;

  useEffect(() => {
    if (!warning) {
      lastTick.current = null;
      return;
    }
    if (lastTick.current !== seconds) {
      lastTick.current = seconds;
      const sound = soundForEvent({ type: 'timer.warning' });
      if (sound === 'tick') play(sound);
    }
  }, [warning, seconds, play]);

  if (!timer) return null;
  const share = timer.ms > 0 ? left / timer.ms : 0;
  const paused = timer.pausedAt !== null;
  const label = paused ? 'Timer paused' : `${seconds} seconds before someone cuts in`;
  return (
    <div
      className={`ring${warning ? ' ring--warning' : ''}${paused ? ' ring--paused' : ''}`}
      role="timer"
      aria-label="Time to reply"
      aria-live="off"
    >
      <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <circle className="ring__track" cx="32" cy="32" r={RADIUS} />
        <circle
          className="ring__fill"
          cx="32"
          cy="32"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - share)}
          transform="rotate(-90 32 32)"
        />
      </svg>
      <span className="ring__value" aria-hidden="true">{paused ? '❚❚' : seconds}</span>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
