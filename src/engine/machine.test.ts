import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { keywordScorer, tinyScenario } from '../../tests/fixtures/engine-fixtures';
import { createMeetingMachine } from './machine';
import { playMeeting, replayMeeting, scriptedStrategy, bestStrategy, worstStrategy } from './headless';
import type { MeetingEmitted, MeetingOptions } from './types';
import type { ReplyScorer } from './scorer-seam';

function startMeeting(options: Partial<MeetingOptions> = {}, scenario = tinyScenario()) {
  const clock = new SimulatedClock();
  const actor = createActor(createMeetingMachine({ scorer: keywordScorer }), {
    input: { scenario, options: { difficulty: 'easy', readMs: 0, ...options } },
    clock,
  });
  const emitted: MeetingEmitted[] = [];
  actor.on('*', (e) => emitted.push(e as MeetingEmitted));
  actor.start();
  actor.send({ type: 'meeting.start', at: 0 });
  return { actor, clock, emitted };
}

const GOOD = 'I hear you. The logs at 14:02 show the spike; let us park fixes for action items.';
const POOR = 'Honestly the front-end team should have caught this, blame them.';

describe('meeting machine', () => {
  it('opens with the first phase and the first stakeholder challenge, then waits for a reply', () => {
    const { actor, emitted } = startMeeting();
    const snap = actor.getSnapshot();
    expect(snap.hasTag('awaiting-reply')).toBe(true);
    expect(snap.context.transcript.map((e) => e.kind)).toEqual(['phase', 'challenge']);
    const challenge = snap.context.transcript[1]!;
    expect(challenge.kind === 'challenge' && ['Who broke it?', 'Whose fault is this?']).toContain(
      challenge.kind === 'challenge' ? challenge.text : '',
    );
    expect(emitted.map((e) => e.type)).toEqual(['phase.changed', 'stakeholder.spoke', 'timer.started']);
  });

  it('a strong reply calms the speaker and moves to the next beat; a poor one raises tension', () => {
    const { actor, emitted } = startMeeting();
    actor.send({ type: 'reply.submit', text: GOOD, at: 5000 });
    let snap = actor.getSnapshot();
    expect(snap.hasTag('reacting')).toBe(true);
    const reply = snap.context.transcript.find((e) => e.kind === 'reply');
    expect(reply?.kind === 'reply' && reply.grade).toBe('strong');
    expect(snap.context.tension.ann).toBeLessThan(40);
    expect(emitted).toContainEqual({ type: 'reply.scored', grade: 'strong', score: 100 });

    actor.send({ type: 'meeting.continue', at: 6000 });
    snap = actor.getSnapshot();
    expect(snap.context.scenario.beats[snap.context.beatIndex]!.id).toBe('b-fe');
    const annBefore = snap.context.tension.ann!;
    actor.send({ type: 'reply.submit', text: POOR, at: 9000 });
    snap = actor.getSnapshot();
    const poor = snap.context.transcript.filter((e) => e.kind === 'reply').at(-1);
    expect(poor?.kind === 'reply' && poor.grade).toBe('poor');
    expect(poor?.kind === 'reply' && poor.gradeReason).toMatch(/blame/);
    expect(snap.context.tension.ann).toBeGreaterThan(annBefore);
  });

  it('follow-up beats are skipped in order and reached only through a poor reaction\'s jump', () => {
    const goodRun = playMeeting({
      input: { scenario: tinyScenario(), options: { difficulty: 'easy' } },
      scorer: keywordScorer,
      strategy: bestStrategy(),
    });
    const beatsSpoken = (ctx: typeof goodRun.context) =>
      ctx.transcript.filter((e) => e.kind === 'challenge').map((e) => e.beatId);
    expect(beatsSpoken(goodRun.context)).toEqual(['b-open', 'b-fe', 'b-infra', 'b-actions']);

    const { actor } = startMeeting();
    actor.send({ type: 'reply.submit', text: GOOD, at: 1000 });
    actor.send({ type: 'meeting.continue', at: 2000 });
    actor.send({ type: 'reply.submit', text: POOR, at: 3000 });
    actor.send({ type: 'meeting.continue', at: 4000 });
    expect(beatsSpoken(actor.getSnapshot().context)).toEqual(['b-open', 'b-fe', 'b-escalate']);
  });

  it('a silent trainee is interrupted exactly when the pressure timer runs out, and tension rises', () => {
    // Ann has patience 3; easy is 60 s for patience 3.
    const { actor, clock, emitted } = startMeeting();
    clock.increment(59_999);
    expect(actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(false);
    clock.increment(1);
    const snap = actor.getSnapshot();
    const interruption = snap.context.transcript.find((e) => e.kind === 'interrupt');
    expect(interruption).toMatchObject({ kind: 'interrupt', at: 60_000, count: 1 });
    expect(snap.context.tension.ann).toBe(47); // +10 (fallback) x 0.7 on easy
    expect(snap.hasTag('awaiting-reply')).toBe(true);
    expect(emitted.filter((e) => e.type === 'stakeholder.spoke').map((e) => e.type === 'stakeholder.spoke' && e.kind)).toEqual([
      'challenge',
      'interrupt',
    ]);
  });

  it('the pressure timer is shorter on hard and for impatient speakers', () => {
    const easy = startMeeting({ difficulty: 'easy' });
    const hard = startMeeting({ difficulty: 'hard' });
    hard.clock.increment(25_000);
    easy.clock.increment(25_000);
    expect(hard.actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(true);
    expect(easy.actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(false);
  });

  it('ignoring a stakeholder through too many interruptions makes them walk out: derailed', () => {
    const { actor, clock, emitted } = startMeeting();
    for (let i = 0; i < 3; i++) clock.increment(60_000);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('derailed');
    expect(snap.status).toBe('done');
    expect(snap.context.outcome).toBe('derailed');
    expect(snap.context.transcript.at(-2)).toMatchObject({ kind: 'walkout', speaker: 'ann' });
    expect(emitted.at(-1)).toMatchObject({ type: 'meeting.ended', outcome: 'derailed' });
  });

  it('tension past the limit derails the meeting right after the reaction', () => {
    const { actor } = startMeeting({ difficulty: 'hard' }, tinyScenario({ settings: { tensionLimit: 60 } }));
    actor.send({ type: 'reply.submit', text: POOR, at: 1000 }); // Ann 40 + 20 x 1.3 = 66
    expect(actor.getSnapshot().value).toBe('derailed');
    expect(actor.getSnapshot().context.transcript.map((e) => e.kind).slice(-3)).toEqual(['reaction', 'walkout', 'end']);
  });

  it('quitting abandons the meeting', () => {
    const { actor } = startMeeting();
    actor.send({ type: 'meeting.quit', at: 1000 });
    expect(actor.getSnapshot().value).toBe('abandoned');
    expect(actor.getSnapshot().context.outcome).toBe('abandoned');
  });

  it('completes when the last agenda item is answered', () => {
    const run = playMeeting({ input: { scenario: tinyScenario() }, scorer: keywordScorer, strategy: bestStrategy() });
    expect(run.state).toBe('completed');
    expect(run.context.transcript.at(-1)).toMatchObject({ kind: 'end', outcome: 'completed' });
  });

  it('refuses empty, overlong and wrong-mode replies with a reason and changes nothing else', () => {
    const { actor } = startMeeting({ replyMode: 'type' });
    const before = actor.getSnapshot().context.transcript.length;
    actor.send({ type: 'reply.submit', text: '   \n ', at: 100 });
    expect(actor.getSnapshot().context.refusal).toMatch(/empty/);
    actor.send({ type: 'reply.submit', text: 'x'.repeat(100_000), at: 200 });
    expect(actor.getSnapshot().context.refusal).toMatch(/limited to 4,000 characters; this one has 100,000/);
    actor.send({ type: 'reply.choose', optionId: 'open-good', at: 300 });
    expect(actor.getSnapshot().context.refusal).toMatch(/type mode/);
    expect(actor.getSnapshot().context.transcript.length).toBe(before);
    expect(actor.getSnapshot().hasTag('awaiting-reply')).toBe(true);
    actor.send({ type: 'reply.submit', text: GOOD, at: 400 });
    expect(actor.getSnapshot().context.refusal).toBeNull();
  });

  it('an exhibit on screen backs the reply as evidence and is cleared after it', () => {
    const { actor } = startMeeting();
    actor.send({ type: 'reply.submit', text: GOOD, at: 1000 });
    actor.send({ type: 'meeting.continue', at: 1500 });
    actor.send({ type: 'exhibit.show', exhibitId: 'errors', at: 2000 });
    actor.send({ type: 'reply.submit', text: 'I understand the concern about users.', at: 3000 });
    const snap = actor.getSnapshot();
    const reply = snap.context.transcript.filter((e) => e.kind === 'reply').at(-1);
    // acknowledge by words + evidence by the chart: both expected moves met.
    expect(reply).toMatchObject({ kind: 'reply', exhibits: ['errors'] });
    expect(reply?.kind === 'reply' && reply.gradeReason).toMatch(/Met 2 of 2/);
    expect(snap.context.shownExhibits).toEqual([]);
  });

  it('never grades a reply poor only for setting the blameless frame, unless it also hurts', () => {
    // The keyword scorer, plus the scorer's flag for the blameless frame.
    const framing: ReplyScorer = (text, context) => {
      const v = keywordScorer(text, context);
      return /blameless/i.test(text) ? { ...v, flags: [...v.flags, 'blameless-frame'] } : v;
    };
    const first = (text: string) => {
      const run = playMeeting({ input: { scenario: tinyScenario() }, scorer: framing, strategy: scriptedStrategy([{ type: 'text', text }]) });
      const reply = run.context.transcript.find((e) => e.kind === 'reply');
      return reply?.kind === 'reply' ? reply : undefined;
    };
    const framed = first('This is a blameless review; we are here to look at the system.');
    expect(framed?.grade).toBe('mixed');
    expect(framed?.gradeReason).toMatch(/Met 0 of 2 expected moves.*kept the room blameless/);
    expect(first('We are here to look at the system.')?.grade).toBe('poor');
    // Blame still hurts, however blameless the words around it.
    expect(first('This is a blameless review, but Dave should have caught it.')?.grade).toBe('poor');
  });

  it('a deferral parks the beat\'s topic, and the action items revisit it', () => {
    const run = playMeeting({
      input: { scenario: tinyScenario() },
      scorer: keywordScorer,
      strategy: scriptedStrategy([
        { type: 'text', text: GOOD },
        { type: 'text', text: 'I hear you; the logs at 14:02 matter. Let us park the error copy for action items.' },
        { type: 'text', text: 'The metrics show the contract gas.' },
        { type: 'text', text: 'Lena owns the error copy ticket, due Friday.' },
      ]),
    });
    expect(run.state).toBe('completed');
    expect(run.context.parked).toHaveLength(1);
    expect(run.context.parked[0]).toMatchObject({ topicId: 'fe-copy', label: 'Front-end error copy', by: 'reply' });
    expect(run.context.parked[0]!.revisitedAt).toBeGreaterThan(run.context.parked[0]!.at);
  });

  it('pausing stops the pressure timer; resuming restarts it', () => {
    const { actor, clock } = startMeeting();
    clock.increment(30_000);
    actor.send({ type: 'meeting.pause', at: 30_000 });
    clock.increment(120_000);
    expect(actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(false);
    actor.send({ type: 'meeting.resume', at: 150_000 });
    clock.increment(59_000);
    expect(actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(false);
    clock.increment(1_000);
    expect(actor.getSnapshot().context.transcript.find((e) => e.kind === 'interrupt')).toMatchObject({ at: 210_000 });
  });

  it('the same seed and replies give the same transcript; another seed picks other lines', () => {
    const run = (seed: number) =>
      playMeeting({ input: { scenario: tinyScenario(), options: { seed } }, scorer: keywordScorer, strategy: worstStrategy() })
        .context.transcript;
    expect(run(7)).toEqual(run(7));
    const lines = (seed: number) => run(seed).filter((e) => e.kind === 'challenge' || e.kind === 'reaction').map((e) => ('text' in e ? e.text : ''));
    const variants = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => lines(s).join('|')));
    expect(variants.size).toBeGreaterThan(1);
  });

  it('a persisted snapshot restores mid-meeting and carries on exactly as if never interrupted', () => {
    const machine = createMeetingMachine({ scorer: keywordScorer });
    const input = { scenario: tinyScenario(), options: { readMs: 0, seed: 3 } };
    const steps = [
      { type: 'meeting.start', at: 0 },
      { type: 'reply.submit', text: GOOD, at: 4000 },
      { type: 'meeting.continue', at: 5000 },
      { type: 'exhibit.show', exhibitId: 'errors', at: 6000 },
    ] as const;
    const rest = [
      { type: 'reply.submit', text: 'I understand; see the logs at 14:02.', at: 9000 },
      { type: 'meeting.continue', at: 10000 },
      { type: 'reply.choose', optionId: 'infra-good', at: 12000 },
    ] as const;

    const straight = createActor(machine, { input, clock: new SimulatedClock() }).start();
    [...steps, ...rest].forEach((e) => straight.send(e));

    const first = createActor(machine, { input, clock: new SimulatedClock() }).start();
    steps.forEach((e) => first.send(e));
    const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    first.stop();
    const restored = createActor(machine, { input, snapshot: saved, clock: new SimulatedClock() }).start();
    expect(restored.getSnapshot().value).toEqual(first.getSnapshot().value);
    rest.forEach((e) => restored.send(e));

    expect(restored.getSnapshot().context.transcript).toEqual(straight.getSnapshot().context.transcript);
    expect(restored.getSnapshot().context.shownExhibits).toEqual(straight.getSnapshot().context.shownExhibits);
  });

  it('the event log replays into the same meeting, interruptions included', () => {
    const original = playMeeting({
      input: { scenario: tinyScenario(), options: { seed: 11 } },
      scorer: keywordScorer,
      strategy: scriptedStrategy([
        { type: 'silence' },
        { type: 'text', text: GOOD },
        { type: 'exhibit', exhibitId: 'errors' },
        { type: 'text', text: POOR },
        { type: 'silence' },
        { type: 'choose', optionId: 'esc-good' },
        { type: 'choose', optionId: 'infra-weak' },
      ]),
    });
    expect(original.state).toBe('abandoned');
    const replay = replayMeeting({ scenario: tinyScenario(), options: { seed: 11, readMs: 0 } }, original.context.log, keywordScorer);
    expect(replay.context.transcript).toEqual(original.context.transcript);
    expect(replay.context.transcript.filter((e) => e.kind === 'interrupt')).toHaveLength(2);
  });
});

describe('pressure timer floor', () => {
  it('never interrupts sooner than 10 seconds, however short the scenario sets it', () => {
    const scenario = tinyScenario({ settings: { pressureSeconds: { easy: 3, medium: 3, hard: 3 } } });
    const { actor, clock } = startMeeting({ difficulty: 'hard' }, scenario);
    clock.increment(9_999);
    expect(actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(false);
    clock.increment(1);
    expect(actor.getSnapshot().context.transcript.some((e) => e.kind === 'interrupt')).toBe(true);
  });
});
