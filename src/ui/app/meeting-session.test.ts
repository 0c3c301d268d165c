import { afterEach, describe, expect, it, vi } from 'vitest';
import { keywordScorer, tinyScenario } from '../../../tests/fixtures/engine-fixtures';
import { createMemoryStorage, createStore } from '../storage/store';
import { createMeetingSession, looksLikeSnapshot, RestoreError, type MeetingSession } from './meeting-session';

const scenario = tinyScenario();
let sessions: MeetingSession[] = [];

function open(options: Partial<Parameters<typeof createMeetingSession>[0]> = {}) {
  const session = createMeetingSession({ scenario, scorer: keywordScorer, ...options });
  sessions.push(session);
  return session;
}

afterEach(() => {
  for (const s of sessions) s.dispose();
  sessions = [];
  vi.useRealTimers();
});

describe('createMeetingSession', () => {
  it('starts the meeting at once and stamps every event with the shell clock', () => {
    let clock = 1_000;
    const session = open({ now: () => clock });
    const snap = session.actor.getSnapshot();
    expect(snap.hasTag('awaiting-reply')).toBe(true);
    expect(snap.context.startedAt).toBe(1_000);
    clock = 4_500;
    session.send({ type: 'exhibit.show', exhibitId: 'errors' });
    expect(session.actor.getSnapshot().context.log.map((e) => [e.type, e.at])).toEqual([
      ['meeting.start', 1_000],
      ['exhibit.show', 4_500],
    ]);
  });

  it('saves the persisted snapshot after every change and clears it when the meeting ends', () => {
    const store = createStore(createMemoryStorage());
    const ended = vi.fn();
    const session = open({ store, onEnded: ended, options: { readMs: 0 } });
    const saved = store.loadInProgress('tiny') as { context: { transcript: unknown[] } };
    expect(saved.context.transcript.length).toBeGreaterThan(0);

    session.send({ type: 'reply.submit', text: 'I hear you, let us park fixes for action items' });
    expect(JSON.stringify(store.loadInProgress('tiny'))).toContain('let us park fixes');

    session.send({ type: 'meeting.quit' });
    expect(store.loadInProgress('tiny')).toBeNull();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(ended.mock.calls[0]![0].context.outcome).toBe('abandoned');
  });

  it('restores a saved meeting exactly where it was, paused', () => {
    const store = createStore(createMemoryStorage());
    const first = open({ store, options: { readMs: 0, seed: 7 } });
    first.send({ type: 'reply.submit', text: 'I hear you, let us park fixes for action items' });
    first.send({ type: 'meeting.continue' });
    const before = first.actor.getSnapshot().context;
    first.dispose();

    const again = open({ store, snapshot: store.loadInProgress('tiny') });
    const snap = again.actor.getSnapshot();
    expect(again.restored).toBe(true);
    expect(snap.hasTag('paused')).toBe(true);
    expect(snap.context.beatIndex).toBe(before.beatIndex);
    expect(snap.context.transcript.slice(0, before.transcript.length)).toEqual(before.transcript);
    expect(snap.context.transcript.at(-1)?.kind).toBe('pause');
  });

  it('refuses a snapshot of another scenario or a broken one', () => {
    expect(() => open({ snapshot: { status: 'active', value: 'x', context: { scenario: { id: 'other' }, transcript: [] } } })).toThrow(RestoreError);
    expect(() => open({ snapshot: 'garbage' })).toThrow(RestoreError);
    expect(looksLikeSnapshot(null, 'tiny')).toBe(false);
  });

  it('follows the pressure timer: running from each new wait, frozen while paused, gone while reacting', () => {
    let clock = 0;
    const session = open({ now: () => clock, options: { difficulty: 'medium' } });
    expect(session.timer()).toEqual({ startedAt: 0, ms: 40_000, pausedAt: null });

    clock = 10_000;
    session.send({ type: 'meeting.pause' });
    expect(session.timer()).toEqual({ startedAt: 0, ms: 40_000, pausedAt: 10_000 });

    clock = 60_000;
    session.send({ type: 'meeting.resume' });
    // XState re-arms the delay in full on resume.
    expect(session.timer()).toEqual({ startedAt: 60_000, ms: 40_000, pausedAt: null });

    session.send({ type: 'reply.submit', text: 'I hear you' });
    expect(session.timer()).toBeNull();
  });

  it('plays the sound for each emitted event', () => {
    vi.useFakeTimers();
    const played: string[] = [];
    const session = open({ sound: { play: (n) => played.push(n) }, options: { difficulty: 'hard' } });
    session.send({ type: 'reply.submit', text: 'Your team should have caught this, it is their fault' });
    expect(played).toEqual(['sting']);
    session.send({ type: 'meeting.continue' });
    // Silence past the timer: an interruption buzzes.
    vi.advanceTimersByTime(25_001);
    expect(played).toContain('buzz');
  });

  it('stops the actor on dispose and ignores later sends', () => {
    const session = open();
    session.dispose();
    session.send({ type: 'meeting.pause' });
    expect(session.actor.getSnapshot().status).toBe('stopped');
    session.dispose();
  });
});
