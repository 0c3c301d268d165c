import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../engine/types';
import { MOVES, type Move } from '../../../scenario/schema';
import { tinyScenario } from '../../../../tests/fixtures/engine-fixtures';
import {
  compareAttempts,
  computeMoveRates,
  direction,
  groupTranscript,
  practiceItems,
  summaryText,
  type DebriefMeeting,
  type ReplyEntry,
} from './debrief-data';
import { playedMeeting } from './debrief-fixture';

const scenario = tinyScenario();
const tension = { ann: 40, bo: 50 };
const moves = (...on: Move[]) => Object.fromEntries(MOVES.map((m) => [m, on.includes(m)])) as Record<Move, boolean>;

function reply(over: Partial<ReplyEntry> & { at: number; beatId: string }): ReplyEntry {
  return {
    kind: 'reply',
    mode: 'text',
    text: 'something',
    exhibits: [],
    tension,
    grade: 'mixed',
    gradeReason: 'Met 0 of 1 expected moves.',
    verdict: { moves: moves(), flags: [], score: 40, highlights: [], tips: [] },
    ...over,
  };
}

describe('practiceItems', () => {
  it('draws its lessons from different moments when it can, so one bad sentence does not fill the list', () => {
    const tip = (about: string) => ({ about, message: `${about} tip`, quote: about });
    const transcript: TranscriptEntry[] = [
      reply({
        at: 1,
        beatId: 'b-open',
        grade: 'poor',
        verdict: { moves: moves('blame'), flags: [], score: 0, highlights: [], tips: [tip('blame'), tip('counterfactual'), tip('why-who-question')] },
      }),
      reply({
        at: 2,
        beatId: 'b-infra',
        grade: 'mixed',
        verdict: { moves: moves(), flags: [], score: 45, highlights: [], tips: [tip('vague-action')] },
      }),
    ];
    const items = practiceItems({ scenario, transcript });
    // The mixed reply's lesson makes the list although the poor reply had more tips; the list stays in rank order.
    expect(items.map((i) => i.key)).toEqual(['blame', 'counterfactual', 'vague-action']);
    expect(items.map((i) => i.at)).toEqual([1, 1, 2]);
  });

  it('ranks trap tips on poor replies first and keeps one item per kind of problem', () => {
    const transcript: TranscriptEntry[] = [
      { kind: 'challenge', at: 0, beatId: 'b-open', speaker: 'ann', text: 'Who broke it?', tension },
      reply({
        at: 1,
        beatId: 'b-open',
        grade: 'poor',
        verdict: {
          moves: moves('blame'),
          flags: ['counterfactual'],
          score: 5,
          highlights: [],
          tips: [
            { about: 'counterfactual', message: '"Should have" judges with hindsight.', quote: 'should have', rewrite: 'What did they see?' },
            { about: 'blame', message: 'Names a team.', quote: 'the front-end team' },
          ],
        },
      }),
      reply({
        at: 2,
        beatId: 'b-infra',
        grade: 'poor',
        verdict: { moves: moves('blame'), flags: [], score: 0, highlights: [], tips: [{ about: 'blame', message: 'Again a team.' }] },
      }),
    ];
    const items = practiceItems({ scenario, transcript });
    expect(items.map((i) => i.key)).toEqual(['blame', 'counterfactual']);
    // The lower-scoring blame wins; without a rewrite, the beat's model reply is what to try.
    expect(items[0]).toMatchObject({ message: 'Again a team.', insteadOf: 'something', tryInstead: 'Let us look at gas usage.' });
    expect(items[1]).toMatchObject({ insteadOf: 'should have', tryInstead: 'What did they see?', prompt: { name: 'Ann', text: 'Who broke it?' } });
  });

  it('is empty for a meeting of strong replies without tips', () => {
    const transcript = [reply({ at: 1, beatId: 'b-open', grade: 'strong', verdict: { moves: moves('acknowledge'), flags: [], score: 90, highlights: [], tips: [] } })];
    expect(practiceItems({ scenario, transcript })).toEqual([]);
  });
});

describe('computeMoveRates', () => {
  it('leaves out replies the scorer did not analyse', () => {
    const transcript = [
      reply({ at: 1, beatId: 'b-open', verdict: { moves: moves('acknowledge'), flags: [], score: 60, highlights: [], tips: [] } }),
      reply({ at: 2, beatId: 'b-fe', verdict: { moves: moves(), flags: ['unscored'], score: 50, highlights: [], tips: [] } }),
    ];
    const rates = computeMoveRates({ scenario, transcript });
    expect(rates.acknowledge).toBe(1);
    expect(rates.blame).toBe(0);
    expect(computeMoveRates({ scenario, transcript: [] }).acknowledge).toBe(0);
  });
});

describe('compareAttempts', () => {
  it('finds the best and the most recent earlier attempt and treats a lower trap rate as better', () => {
    const c = compareAttempts(
      { score: 50, moveRates: { blame: 0.1, acknowledge: 0.5 } },
      [
        { id: 'x', startedAt: '2025-01-02T00:00:00Z', outcome: 'completed', score: 70, level: 'L', moveRates: { blame: 0.3 } },
        { id: 'y', startedAt: '2025-01-05T00:00:00Z', outcome: 'abandoned', score: 20, level: 'L', moveRates: {} },
        { id: 'self', startedAt: '2025-01-09T00:00:00Z', outcome: 'completed', score: 50, level: 'L', moveRates: {} },
      ],
      'self',
    );
    expect(c.previousCount).toBe(2);
    expect(c.best?.id).toBe('x');
    expect(c.last?.id).toBe('y');
    expect(c.history).toEqual([70, 20, 50]);
    const blame = c.rows.find((r) => r.key === 'blame')!;
    expect(direction(blame.current, blame.best, blame.higherIsBetter)).toBe('better');
    expect(blame.last).toBeNull();
    expect(direction(0.5, 0.5, true)).toBe('same');
    expect(direction(1, null, true)).toBeNull();
  });
});

describe('groupTranscript and summaryText', () => {
  it('groups a played meeting by phase and beat, keeping the end with the last beat', () => {
    const meeting: DebriefMeeting = playedMeeting();
    const phases = groupTranscript(meeting);
    expect(phases.map((p) => p.title)).toEqual(['Opening', 'Timeline', 'Action items']);
    expect(phases[1]!.beats.map((b) => b.beatId)).toEqual(['b-fe', 'b-escalate', 'b-infra']);
    expect(phases[2]!.beats).toHaveLength(1);
    expect(phases[2]!.beats[0]!.entries.at(-1)!.kind).toBe('end');
    const all = phases.flatMap((p) => p.beats.flatMap((b) => b.entries));
    expect(all).toHaveLength(meeting.transcript.filter((e) => e.kind !== 'phase').length);
  });

  it('summarises outcome, score, level, strengths and what to practise in plain text', () => {
    const text = summaryText({
      meeting: playedMeeting(),
      report: { score: 64, level: 'Practitioner' },
      moveRates: { acknowledge: 0.6 },
    });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Hotseat debrief: Tiny outage',
      expect.stringMatching(/^Outcome: Completed/),
      'Score: 64/100 · Level: Practitioner',
    ]);
    expect(text).toContain('What worked:');
    expect(text).toContain('Instead of: "should have caught this"');
    expect(text).toContain('acknowledge 60%');
  });
});
