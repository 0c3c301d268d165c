import { describe, expect, it } from 'vitest';
import { toMeetingInput, type EngineContextLike } from './from-engine';
import { scoreMeeting, type MeetingEntry, type MeetingVerdict } from './meeting';
import { MOVES, type Move, type PhaseKind } from './types';

function verdict(on: Move[], score: number, flags: string[] = []): MeetingVerdict {
  const moves = Object.fromEntries(MOVES.map((m) => [m, on.includes(m)])) as Record<Move, boolean>;
  return { moves, flags, score };
}

const MIN = 60_000;

/** A meeting in agenda order: each phase gets `minutes`, with the given replies spread inside it. */
function meeting(plan: [PhaseKind, number, MeetingVerdict[]][], tension: [number, number] = [50, 30]): MeetingEntry[] {
  const entries: MeetingEntry[] = [];
  let at = 0;
  const total = plan.reduce((s, [, , r]) => s + r.length, 0);
  let n = 0;
  for (const [phase, minutes, replies] of plan) {
    entries.push({ kind: 'phase', at, phase });
    replies.forEach((v, i) => {
      const t = tension[0] + ((tension[1] - tension[0]) * n) / Math.max(1, total - 1);
      entries.push({ kind: 'reply', at: at + ((i + 1) * minutes * MIN) / (replies.length + 1), phase, verdict: v, tension: { a: t, b: t } });
      n++;
    });
    at += minutes * MIN;
  }
  entries.push({ kind: 'end', at, outcome: 'completed', tension: { a: tension[1], b: tension[1] } });
  return entries;
}

const good = verdict(['acknowledge', 'evidence'], 90);
const defer = verdict(['deferral', 'evidence'], 85);
const owned = verdict(['ownership'], 85);

describe('scoreMeeting', () => {
  it('rates a well-run meeting highly, with reasons', () => {
    const r = scoreMeeting({
      entries: meeting([
        ['opening', 4, [good]],
        ['timeline', 30, [good, defer, good]],
        ['root-cause', 12, [good, defer]],
        ['action-items', 10, [owned, owned]],
        ['close', 4, [good]],
      ]),
      parked: [{ label: 'second RPC provider', at: 10 * MIN, revisitedAt: 50 * MIN }],
    });
    expect(r.level).toBe('Advanced');
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.agenda.inOrder).toBe(true);
    expect(r.agenda.missing).toEqual([]);
    expect(r.agenda.share.timeline).toBeCloseTo(0.5, 1);
    expect(r.actionItems).toMatchObject({ count: 2, owned: 2, quality: 1 });
    expect(r.parked).toMatchObject({ total: 1, revisited: 1 });
    expect(r.tension.change).toBeLessThan(0);
    expect(r.reasons.join(' ')).toMatch(/No reply blamed/);
    expect(r.reasons.join(' ')).toMatch(/Tension fell/);
  });

  it('caps a meeting with blame, however good the rest, and says why', () => {
    const blame = verdict(['blame'], 10);
    const r = scoreMeeting({
      entries: meeting([
        ['opening', 4, [good]],
        ['timeline', 30, [blame, blame, good]],
        ['root-cause', 12, [blame, good]],
        ['action-items', 10, [owned]],
        ['close', 4, [good]],
      ]),
    });
    expect(r.moveRates.blame).toBeCloseTo(3 / 8, 5);
    expect(['Novice', 'Developing']).toContain(r.level);
    expect(r.reasons.join(' ')).toMatch(/pointed at a person or team/);
  });

  it('reports the trend between the first and second half', () => {
    const hostile = verdict(['hostility'], 5);
    const r = scoreMeeting({
      entries: meeting([
        ['timeline', 30, [good, good, good]],
        ['root-cause', 20, [hostile, hostile, hostile]],
      ]),
    });
    expect(r.trend.hostility.firstHalf).toBe(0);
    expect(r.trend.hostility.secondHalf).toBeCloseTo(1, 5);
    expect(r.reasons.join(' ')).toMatch(/slipped in the second half \(hostility more often\)/);
  });

  it('names moves and phases in words, never as identifiers', () => {
    const fix = verdict(['prematureFix', 'blame'], 10);
    const r = scoreMeeting({
      entries: meeting([
        ['opening', 5, [good, good]],
        ['timeline', 10, [fix, fix]],
      ]),
    });
    const reasons = r.reasons.join(' ');
    expect(reasons).toMatch(/slipped in the second half \(blame and premature fixes more often\)/);
    expect(reasons).toMatch(/never reached root cause, action items and close\./);
    expect(reasons).not.toMatch(/prematureFix|action-items|root-cause/);
  });

  it('notices an agenda out of order, missing phases and unrevisited parked topics', () => {
    const entries: MeetingEntry[] = [
      { kind: 'phase', at: 0, phase: 'root-cause' },
      { kind: 'reply', at: MIN, phase: 'root-cause', verdict: good },
      { kind: 'phase', at: 5 * MIN, phase: 'timeline' },
      { kind: 'reply', at: 6 * MIN, phase: 'timeline', verdict: good },
      { kind: 'park', at: 7 * MIN, label: 'oracle swap' },
      { kind: 'end', at: 10 * MIN, outcome: 'completed' },
    ];
    const r = scoreMeeting({ entries });
    expect(r.agenda.inOrder).toBe(false);
    expect(r.agenda.missing).toEqual(['opening', 'action-items', 'close']);
    expect(r.parked.notRevisited).toEqual(['oracle swap']);
    expect(r.reasons.join(' ')).toMatch(/out of order \(root cause -> timeline\)/);
    expect(r.reasons.join(' ')).toMatch(/never revisited \(oracle swap\)/);
  });

  it('judges action items by owners and dates', () => {
    const vague = verdict([], 30, ['vague-action']);
    const shared = verdict([], 40, ['shared-owner']);
    const r = scoreMeeting({ entries: meeting([['action-items', 10, [vague, shared, owned]]]) });
    expect(r.actionItems).toMatchObject({ count: 3, owned: 1, vague: 2 });
    expect(r.actionItems.quality).toBeCloseTo(1 / 3, 5);
    expect(r.reasons.join(' ')).toMatch(/1 of 3 action-item replies named one owner and a date/);
    expect(r.reasons.join(' ')).toMatch(/2 action-item replies were vague or had no single owner/);
  });

  it('a walkout or a derailed meeting caps the level', () => {
    const entries = meeting([
      ['timeline', 30, [good, good]],
      ['action-items', 10, [owned]],
    ]);
    entries.splice(2, 0, { kind: 'walkout', at: 2 * MIN });
    const r = scoreMeeting({ entries, outcome: 'derailed' });
    expect(r.score).toBeLessThanOrEqual(45);
    expect(['Novice', 'Developing']).toContain(r.level);
    expect(r.tension.walkouts).toBe(1);
  });

  it('an empty transcript is Novice with an explanation', () => {
    const r = scoreMeeting({ entries: [] });
    expect(r.replies).toBe(0);
    expect(r.level).toBe('Novice');
    expect(r.reasons[0]).toMatch(/No replies/);
  });
});

describe('toMeetingInput', () => {
  it('maps an engine-shaped context, keeping verdicts, phases, tension and parked topics', () => {
    const context: EngineContextLike = {
      transcript: [
        { kind: 'phase', at: 0, phase: 'timeline', tension: { a: 40 } },
        { kind: 'reply', at: 1000, phase: 'timeline', tension: { a: 35 }, text: 'x', verdict: good },
        { kind: 'park', at: 2000, tension: { a: 35 }, label: 'oracle', topicId: 'oracle' },
        { kind: 'end', at: 3000, tension: { a: 30 }, outcome: 'completed' },
      ],
      parked: [{ topicId: 'oracle', label: 'oracle', at: 2000, revisitedAt: 2500 }],
      outcome: 'completed',
      scenario: { settings: { tensionLimit: 90 } },
    };
    const input = toMeetingInput(context);
    expect(input.entries).toHaveLength(4);
    expect(input.entries[1]).toMatchObject({ kind: 'reply', phase: 'timeline', verdict: good, text: 'x' });
    expect(input.parked).toEqual([{ topicId: 'oracle', label: 'oracle', at: 2000, revisitedAt: 2500 }]);
    expect(input.tensionLimit).toBe(90);
    const r = scoreMeeting(input);
    expect(r.replies).toBe(1);
    expect(r.parked.revisited).toBe(1);
    expect(r.tension.start).toBe(40);
    expect(r.tension.end).toBe(30);
  });
});
